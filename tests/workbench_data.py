"""A small store of fictional articles and hand-made events with evidence spans, for the
workbench's API and browser tests (written by the Accord team; no extraction runs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from accord.ingest.normalize import content_hash
from accord.model import (
    Actor,
    ActorKind,
    Article,
    DateBasis,
    DatePrecision,
    Event,
    EventDate,
    EventType,
    Evidence,
    LanguageBasis,
    Modality,
    Place,
    PlacePrecision,
    Provenance,
    SourceKind,
    Span,
)
from accord.store import Store

ARVENIA = Actor("Arvenia", ActorKind.STATE, country="NER")
BELMORA = Actor("Belmora", ActorKind.STATE, country="NGA")
RED_HAND = Actor("Red Hand Brigade", ActorKind.ARMED_GROUP)
EXTRACTOR = "events.test.v1"
_RULES = Provenance(EXTRACTOR, "1", 0.9)

PACT = (
    "Arvenia and Belmora signed a border security pact in Corvin on Wednesday. "
    "Officials said patrols would start next month."
)
RAID = (
    "The Red Hand Brigade attacked a Belmora army post near Dasso on Monday, "
    "killing four soldiers. Belmora condemned the raid."
)
TALKS = "Arvenia hosted talks with Belmora in Tessa on 3 March about the refugee camps."


@dataclass(frozen=True, slots=True)
class Seeded:
    pact_article: int
    raid_article: int
    talks_article: int
    pact_event: int
    raid_event: int
    talks_event: int


def jsonl_article(
    external_id: str,
    text: str,
    published: date | None,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Article:
    """An English article as JSONL ingestion stores it, keyed by the caller's id, dated by
    the caller."""
    return Article(
        key=f"id:{external_id}",
        external_id=external_id,
        text=text,
        content_hash=content_hash(text),
        kind=SourceKind.JSONL,
        origin="test",
        language="en",
        language_basis=LanguageBasis.DECLARED,
        published=published,
        date_basis=DateBasis.CALLER,
        title=title,
        outlet=outlet,
        url=url,
    )


def _article(key: str, text: str, published: date, title: str) -> Article:
    url = f"https://wire.example/{key}"
    return jsonl_article(key, text, published, title=title, outlet="Test Wire", url=url)


def _evidence(field: str, article_id: int, text: str, phrase: str) -> Evidence:
    start = text.index(phrase)
    return Evidence(field, article_id, Span.of(text, start, start + len(phrase)), _RULES)


def make_event(
    article_id: int,
    text: str,
    *,
    event_type: EventType,
    trigger: str,
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...] = (),
    day: date,
    place: Place,
    modality: Modality = Modality.OCCURRED,
) -> Event:
    evidence = [
        _evidence("event_type", article_id, text, trigger),
        _evidence("place", article_id, text, place.raw_name),
    ]
    evidence += [_evidence("actor", article_id, text, actor.name) for actor in actors]
    return Event(
        article_id=article_id,
        event_type=event_type,
        actors=actors,
        recipients=recipients,
        modality=modality,
        date=EventDate("that day", DatePrecision.DAY, day, day),
        place=place,
        evidence=tuple(evidence),
    )


def pact_event(article_id: int, place: Place) -> Event:
    """The pact article's one event, as extraction finds it."""
    return make_event(
        article_id,
        PACT,
        event_type=EventType.AGREE,
        trigger="signed a border security pact",
        actors=(ARVENIA,),
        recipients=(BELMORA,),
        day=date(2024, 8, 28),
        place=place,
    )


def reextract_pact(store: Store, seeded: Seeded) -> int:
    """Extract the pact article again: its stored event goes and an equal one (the place
    now without coordinates) comes with a new id, which this returns."""
    return _store_event(store, pact_event(seeded.pact_article, Place("Corvin")))


def _store_event(store: Store, event: Event) -> int:
    (event_id,) = store.events.replace_for_article(event.article_id, [event], EXTRACTOR)
    return event_id


def seed(store: Store) -> Seeded:
    """Three articles, one event each: a pact (cooperation, in Niger's capital), a raid
    (material conflict, in Nigeria) and talks (verbal cooperation, a month later)."""
    pact = store.add_article(
        _article("pact", PACT, date(2024, 8, 29), "Pact signed in Corvin")
    ).article_id
    raid = store.add_article(_article("raid", RAID, date(2024, 9, 3), "Raid near Dasso")).article_id
    talks = store.add_article(
        _article("talks", TALKS, date(2025, 3, 4), "Talks in Tessa")
    ).article_id
    corvin = Place("Corvin", "Corvin", "NER", 13.5, 2.1, PlacePrecision.CITY)
    dasso = Place("Dasso", "Dasso", "NGA", 11.8, 13.1, PlacePrecision.CITY)
    tessa = Place("Tessa", "Tessa", "NER", 14.0, 5.3, PlacePrecision.CITY)
    pact_id = _store_event(store, pact_event(pact, corvin))
    raid_id = _store_event(
        store,
        make_event(
            raid,
            RAID,
            event_type=EventType.ASSAULT,
            trigger="attacked",
            actors=(RED_HAND,),
            recipients=(BELMORA,),
            day=date(2024, 9, 2),
            place=dasso,
        ),
    )
    talks_id = _store_event(
        store,
        make_event(
            talks,
            TALKS,
            event_type=EventType.CONSULT,
            trigger="hosted talks",
            actors=(ARVENIA,),
            recipients=(BELMORA,),
            day=date(2025, 3, 3),
            place=tessa,
        ),
    )
    return Seeded(pact, raid, talks, pact_id, raid_id, talks_id)

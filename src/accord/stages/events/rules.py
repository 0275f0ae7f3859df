"""`events.rules.v1`: PLOVER events from trigger phrases, actor mentions, dates and places.

One candidate event per sentence: the highest-priority trigger found in it, its parties
(see `roles`), the nearest date and place mention in the sentence, and its modality. Every
field keeps the span it came from. The article's main event is then chosen (see `salience`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from accord.model import (
    Actor,
    ActorKind,
    ActorMention,
    Commitment,
    Event,
    EventRole,
    EventType,
    Evidence,
    Modality,
    PlaceMention,
    Provenance,
    Span,
    TemporalMention,
)
from accord.pipeline.document import Document, sentence_bounds
from accord.stages.dates.tense import announced_as_future
from accord.stages.events.casualties import fatalities_in
from accord.stages.events.lexicon import TRIGGERS
from accord.stages.events.location import (
    STORY_OPENING,
    Located,
    event_date,
    event_place,
    in_the_week_before,
    inside,
    story_date,
    story_place,
)
from accord.stages.events.modality import modality_of
from accord.stages.events.roles import UNIDENTIFIED, Roles, assign_roles, relative_clauses
from accord.stages.events.salience import (
    SHORT_LINE,
    choose_main,
    contexts_for,
    dateline_end,
    fallback_date,
    lead_end,
)
from accord.stages.events.turkish_modality import turkish_modality
from accord.stages.events.turkish_roles import TURKISH_LOCATIVE, assign_turkish_roles
from accord.stages.places import Gazetteer

NAME = "events.rules.v1"
TURKISH = "tr"
VERSION = "1"
# A locative preposition a few words before a place ("in Türkiye's capital, Ankara").
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|outside|inside|off|à|au|aux|en|dans|près de|au large de)\b"
    r"(?:\s+[\w'’.-]+){0,4},?\s*|\b(?:près|au large) d['’])$",  # "près d’Abidjan"
    re.IGNORECASE,
)
_GATHERING = re.compile(
    r"\b(?:meeting|session|summit|conference|talks|r[ée]union|sommet|conf[ée]rence)s?\b", re.I
)
_AUTHOR_REACH = 3  # sentences after an unattributed attack searched for its author
_ARTICLE_ABOUT = 2  # mentions: an organisation named this often is what the article is about
_DEADLY = frozenset({EventType.ASSAULT})  # events whose text may count the dead
# Bodies whose agreement is a binding decision: what they "agree to" is done by agreeing.
DECIDING_BODIES = frozenset({"United Nations Security Council"})
_INTENT_TYPES = frozenset({EventType.AGREE, EventType.SUPPORT})
_DECIDED_TYPES = frozenset(
    {EventType.SANCTION, EventType.RETREAT, EventType.COERCE, EventType.AID, EventType.MOBILIZE}
)
_COMMITMENT_TYPES = frozenset(
    {EventType.AGREE, EventType.CONSULT, EventType.COOPERATE, EventType.AID}
)
_CONFIDENCE = {
    "event_type": 0.7,
    "actor": 0.75,
    "recipient": 0.65,
    "date": 0.8,
    "place": 0.6,
    "modality": 0.7,
    "mode": 0.6,
}


@dataclass(frozen=True, slots=True)
class Found:
    """The trigger chosen in one sentence."""

    event_type: EventType
    mode: str | None
    start: int  # article offsets
    end: int
    mode_span: Span | None = None  # the words that gave the mode, when a mode was found


class RuleEventExtractor:
    name = NAME
    version = VERSION
    requires: tuple[str, ...] = ("parse", "mentions", "dates", "places", "commitments")
    provides = "events"

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer  # places recipients' countries when the text names no place

    def load(self) -> None:
        if self.gazetteer is not None:
            self.gazetteer.load()

    def predict(self, documents: Sequence[Document]) -> list[tuple[Event, ...]]:
        return [self.events(document) for document in documents]

    def events(self, document: Document) -> tuple[Event, ...]:
        text = document.text
        sentences = sentence_bounds(document)
        lead = (dateline_end(text), lead_end(text, sentences))
        short_lines = tuple(s for s in sentences if len(text[s[0] : s[1]].strip()) < SHORT_LINE)
        countries = frozenset(
            m.actor.country
            for m in document.mentions
            if m.actor.kind is ActorKind.STATE and m.actor.country
        )
        candidates = []
        for start, end in sentences:
            found = best_trigger(text[start:end], start)
            if found is None:
                continue
            scene = _Scene(document, (start, end), lead, countries, short_lines)
            roles = self._roles(scene, found) or _gathering_of(document, found)
            if roles is not None:
                candidates.append(self._event(scene, *self._decided(scene, found, roles)))
        chosen = choose_main(self.retyped(document, candidates), document)
        return tuple(
            self._told_by_story(event, chosen, document, (lead, countries))
            if event.role is EventRole.MAIN
            else event
            for event in chosen
        )

    def retyped(self, document: Document, candidates: list[Event]) -> list[Event]:
        """The candidates as typed before the main event is chosen: here the rules' own
        types; a subclass (the trained typer, `events.typer.v1`) may replace them."""
        return candidates

    def _roles(self, scene: _Scene, found: Found) -> Roles | None:
        sentence = scene.sentence
        inside = [
            m
            for m in scene.document.mentions
            if sentence[0] <= m.span.start and m.span.end <= sentence[1]
        ]
        # Turkish marks roles with case suffixes, not word order (see `turkish_roles`).
        assign = assign_turkish_roles if scene.turkish else assign_roles
        return assign(scene.text, sentence[0], (found.start, found.end), inside, found.event_type)

    def _decided(self, scene: _Scene, found: Found, roles: Roles) -> tuple[Found, Roles]:
        """What a body whose decisions are acts decided: the Security Council "agreed to"
        or "voted to" impose sanctions or end a mission is the sanction or the withdrawal,
        not a promise. The body stays the actor; the content's parties receive."""
        bodies = tuple(m for m in roles.actors if m.actor.name in DECIDING_BODIES)
        if found.event_type is not EventType.AGREE or not bodies:
            return found, roles
        content = best_trigger(scene.text, scene.sentence[0], excluding=_INTENT_TYPES)
        if content is None or content.event_type not in _DECIDED_TYPES:
            return found, roles
        content_roles = self._roles(scene, content)
        parties = (*content_roles.actors, *content_roles.recipients) if content_roles else ()
        names = {m.actor.name for m in bodies}
        targets = tuple(m for m in parties if m.actor.name not in names)
        return content, Roles(bodies, targets, symmetric=False)

    def _told_by_story(
        self,
        event: Event,
        events: Sequence[Event],
        document: Document,
        story: tuple[tuple[int, int], frozenset[str]],
    ) -> Event:
        """The main event whose author is not named takes the author of the same kind of
        event told again soon after (`_names_the_author`); without a date or place of its
        own it takes them from the same kind of event told again ("Last French troops leave
        Niger" ... "left the country on Friday"), its place from the meeting of the same
        party where it was said, else from the story: its date (`story_date`), its first
        named place (`story_place`), and for an attack the first count of the dead in the
        story's opening."""
        published = document.article.published
        retold = [e for e in events if e is not event and e.event_type is event.event_type]
        if event.actors == (UNIDENTIFIED,):
            author = next((e for e in retold if _names_the_author(e, event, document)), None)
            if author is not None:  # "condemns the attack" ... "Iran's attacks across borders"
                kept = tuple(i for i in event.evidence if i.field != "actor")
                event = _taking(
                    replace(event, evidence=kept), "actor", author, actors=author.actors
                )
        if not event.evidence_for("date"):
            dated = next((e for e in retold if _recently_dated(e, published)), None)
            if dated is not None and dated.date is not None:
                event = _taking(event, "date", dated, date=dated.date)
            elif (found := story_date(document.dates, published)) is not None:
                evidence = self._evidence(document, "date", found.span)
                event = replace(event, date=found.date, evidence=(*event.evidence, evidence))
        if event.event_type in _DEADLY and event.fatalities is None:
            counted = fatalities_in(document.text, (story[0][0], story[0][0] + STORY_OPENING))
            if counted is not None:
                evidence = self._evidence(document, "fatalities", counted[1])
                event = replace(event, fatalities=counted[0], evidence=(*event.evidence, evidence))
        if event.place is None:
            placed = next((e for e in retold if e.place is not None), None) or next(
                (e for e in events if _gathered(e, event) and e.place is not None), None
            )
            if placed is not None:
                event = _taking(event, "place", placed, place=placed.place)
            elif (named := story_place(_places(document, story[0]), *story)) or (
                named := _home_dateline(document, story[0], event)
            ):
                evidence = self._evidence(document, "place", named.span)
                event = replace(event, place=named.place, evidence=(*event.evidence, evidence))
        return event

    def _event(self, scene: _Scene, found: Found, roles: Roles) -> Event:
        document, sentence = scene.document, scene.sentence
        clauses = [
            c for c in relative_clauses(scene.text, sentence[0]) if not c[0] <= found.start < c[1]
        ]
        date = event_date(
            [
                d
                for d in document.dates
                if (inside(d.span, sentence) or not scene.stamped(d))
                and not any(inside(d.span, c) for c in clauses)
            ],
            sentence=sentence,
            lead=scene.lead,
            trigger=found.start,
            published=document.article.published,
        )
        located = self._place(scene, found, roles)
        cue = (
            turkish_modality(
                scene.text, (found.start - sentence[0], found.end - sentence[0]), found.event_type
            )
            if scene.turkish  # Turkish negates and modalises with verb suffixes
            else modality_of(scene.text, found.start - sentence[0], found.event_type)
        )
        commitments = _commitments(document.commitments, found.event_type)
        killed = fatalities_in(document.text, sentence) if found.event_type in _DEADLY else None
        spans = {
            "event_type": [Span.of(document.text, found.start, found.end)],
            "mode": [found.mode_span] if found.mode_span else [],
            "actor": [m.span for m in roles.actors],
            "recipient": [m.span for m in roles.recipients],
            "date": [date.span] if date else [],
            "place": [located.evidence.span] if located else [],
            "modality": [
                Span.of(document.text, sentence[0] + cue.start, sentence[0] + cue.end)
                if cue
                else Span.of(document.text, found.start, found.end)
            ],
            "commitment": [c.span for c in commitments],
            "fatalities": [killed[1]] if killed else [],
        }
        return Event(
            article_id=document.article_id,
            event_type=found.event_type,
            actors=_actors(roles.actors),
            recipients=_actors(roles.recipients),
            mode=found.mode,
            contexts=contexts_for(found.event_type, roles.actors, roles.recipients, commitments),
            modality=cue.modality if cue else Modality.OCCURRED,
            date=date.date if date else fallback_date(document.article),
            place=located.place if located else None,
            symmetric=roles.symmetric,
            commitments=commitments,
            fatalities=killed[0] if killed else None,
            evidence=tuple(
                self._evidence(document, f, span)
                for f, found_spans in spans.items()
                for span in found_spans
            ),
        )

    def _place(self, scene: _Scene, found: Found, roles: Roles) -> Located | None:
        return event_place(
            _places(scene.document, scene.lead, scene.sentence),
            sentence=scene.sentence,
            lead=scene.lead,
            actors=roles.actors,
            recipients=roles.recipients,
            event_type=found.event_type,
            gazetteer=self.gazetteer,
            article_countries=scene.countries,
        )

    def _evidence(self, document: Document, field: str, span: Span) -> Evidence:
        provenance = Provenance(NAME, VERSION, _CONFIDENCE.get(field, 0.6))
        return Evidence(field, document.article_id, span, provenance)


@dataclass(frozen=True, slots=True)
class _Scene:
    """One sentence of a document and what its events are read against."""

    document: Document
    sentence: tuple[int, int]
    lead: tuple[int, int]
    countries: frozenset[str]  # states the article names
    short_lines: tuple[tuple[int, int], ...] = ()  # headlines, bylines, time stamps

    def stamped(self, mention: TemporalMention) -> bool:
        """Whether the date stands on a short line of its own ("Xinhua) 13:44, December 23,
        2023"): the story's time stamp, not an event's date."""
        return any(inside(mention.span, line) for line in self.short_lines)

    @property
    def text(self) -> str:
        return self.document.text[self.sentence[0] : self.sentence[1]]

    @property
    def turkish(self) -> bool:
        return self.document.article.language == TURKISH


def best_trigger(
    sentence: str, offset: int, *, excluding: frozenset[EventType] = frozenset()
) -> Found | None:
    """The highest-priority trigger in the sentence (the earliest among equals), with the
    most specific mode any trigger of that type gives; triggers of the `excluding` types
    are not considered."""
    matches = [
        (trigger, match)
        for trigger in TRIGGERS
        if trigger.event_type not in excluding
        for match in trigger.pattern.finditer(sentence)
    ]
    if not matches:
        return None
    trigger, match = min(matches, key=lambda item: (-item[0].priority, item[1].start()))
    start, end = offset + match.start(), offset + match.end()
    if trigger.mode:
        return Found(
            trigger.event_type,
            trigger.mode,
            start,
            end,
            Span.of(sentence, match.start(), match.end()).shifted(offset),
        )
    moded = next(
        ((t, m) for t, m in matches if t.event_type is trigger.event_type and t.mode), None
    )
    if moded is None:
        return Found(trigger.event_type, None, start, end)
    mode_trigger, mode_match = moded
    mode_span = Span.of(sentence, mode_match.start(), mode_match.end()).shifted(offset)
    return Found(trigger.event_type, mode_trigger.mode, start, end, mode_span)


def _named_as_party(text: str, place: PlaceMention, mentions: Sequence[ActorMention]) -> bool:
    """A place named as an actor ("leaving Paris with no base", "Niamey affirmed") rather
    than where something happened ("in Abuja", "à Niamey", Turkish "Abuja'da")."""
    if _LOCATIVE.search(text, max(0, place.span.start - 50), place.span.start):
        return False
    if TURKISH_LOCATIVE.match(text, place.span.end):
        return False
    return any(m.span.start <= place.span.start and place.span.end <= m.span.end for m in mentions)


def _gathering_of(document: Document, found: Found) -> Roles | None:
    """Who held a meeting the sentence names without its parties ("The meeting also
    recommended ...", "the 2022 meeting in Morocco"): the organisation the article is
    about, when one is named there at least twice."""
    words = document.text[found.start : found.end]
    if found.event_type is not EventType.CONSULT or not _GATHERING.search(words):
        return None
    bodies = Counter(m.actor for m in document.mentions if m.actor.kind is ActorKind.IGO)
    if not bodies:
        return None
    body, times = bodies.most_common(1)[0]
    if times < _ARTICLE_ABOUT:
        return None
    first = next(m for m in document.mentions if m.actor == body)
    return Roles((first,), (), symmetric=False)


def _gathered(meeting: Event, said: Event) -> bool:
    """Whether `meeting` is a meeting of a party to `said`: what a coalition resolved at its
    meeting in Marrakesh was resolved in Marrakesh. A meeting still to come ("Istanbul will
    host a summit") is where nothing has happened yet."""
    return (
        meeting.event_type is EventType.CONSULT
        and meeting.modality is Modality.OCCURRED
        and bool(set(meeting.actors) & set(said.actors))
    )


def _home_dateline(document: Document, lead: tuple[int, int], event: Event) -> PlaceMention | None:
    """The dateline's place for a state's own act announced at home ("N'DJAMENA (Reuters) -
    Chad said it was ending its defence agreement with France"): a dateline names the
    agency's office, which is where a one-sided act of that country's government was
    announced. Never for a joint act: the office is in one party's country only."""
    countries = {actor.country for actor in event.actors}
    if event.symmetric or len(countries) != 1 or None in countries:
        return None
    return next(
        (p for p in document.places if p.span.end <= lead[0] and p.place.country in countries),
        None,
    )


# Characters after a place name within which its clause's future verb is read.
_FORETOLD_REACH = 25


def _places(
    document: Document, lead: tuple[int, int], sentence: tuple[int, int] = (0, 0)
) -> list[PlaceMention]:
    """The article's geocoded places that can be where an event happened: not in the
    dateline, not a capital named as a party, and, outside the event's own `sentence`, not
    where something is still to happen ("Istanbul will host a summit")."""
    language = document.article.language or "en"
    return [
        p
        for p in document.places
        if p.span.start >= lead[0]
        and p.place.country
        and not _named_as_party(document.text, p, document.mentions)
        and (sentence[0] <= p.span.start < sentence[1] or not _foretold(document.text, p, language))
    ]


def _foretold(text: str, place: PlaceMention, language: str) -> bool:
    """Whether the clause naming `place` tells of what is still to come, its future verb
    before the name or just after it ("will be held in Abuja", "Istanbul will host")."""
    return announced_as_future(text, min(len(text), place.span.end + _FORETOLD_REACH), language)


def _recently_dated(event: Event, published: date | None) -> bool:
    """Whether the event is dated by its own words to a day or week in the week up to
    publication: the same story in other words, when it is the main event's kind."""
    when = event.date
    if when is None or published is None or not event.evidence_for("date"):
        return False
    return in_the_week_before(when, published)


def _names_the_author(retold: Event, event: Event, document: Document) -> bool:
    """Whether an event of the same kind told soon after (within `_AUTHOR_REACH` sentences)
    names who did what `event` leaves unattributed: a party other than its victims."""
    if UNIDENTIFIED in retold.actors:
        return False
    victims = {actor.country or actor.name for actor in event.recipients}
    if victims & {actor.country or actor.name for actor in retold.actors}:
        return False
    starts = [start for start, _ in sentence_bounds(document)]
    told, again = (
        bisect_right(starts, e.evidence_for("event_type")[0].span.start) for e in (event, retold)
    )
    return 0 < again - told <= _AUTHOR_REACH


def _taking(event: Event, field: str, source: Event, **values: object) -> Event:
    """`event` with `values` and the evidence that gave them in `source`."""
    evidence = source.evidence_for(field)
    return replace(event, **values, evidence=(*event.evidence, *evidence))  # type: ignore[arg-type]


def _actors(mentions: Sequence[ActorMention]) -> tuple[Actor, ...]:
    return tuple(mention.actor for mention in mentions)


def _commitments(found: Sequence[Commitment], event_type: EventType) -> tuple[Commitment, ...]:
    if event_type not in _COMMITMENT_TYPES:
        return ()
    unique: dict[str, Commitment] = {}
    for commitment in found:
        unique.setdefault(commitment.topic, commitment)
    return tuple(unique.values())

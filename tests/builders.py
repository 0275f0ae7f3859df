"""Small builders of articles, mentions and documents for the extraction tests."""

from __future__ import annotations

from datetime import date

from accord.ingest.normalize import content_hash
from accord.model import (
    Actor,
    ActorKind,
    ActorMention,
    Article,
    DateBasis,
    DatePrecision,
    EventDate,
    LanguageBasis,
    Place,
    PlaceMention,
    PlacePrecision,
    Sector,
    SourceKind,
    Span,
    TemporalMention,
)
from accord.pipeline import Document

ARVENIA = Actor("Arvenia", ActorKind.STATE, country="ARV")
BELMORA = Actor("Belmora", ActorKind.STATE, country="BLM")
BELMORA_ARMY = Actor("Belmora", ActorKind.STATE, country="BLM", sector=Sector.MIL, code="BLMMIL")
RED_HAND = Actor("Red Hand Brigade", ActorKind.ARMED_GROUP, sector=Sector.REB)


def article(text: str, *, published: date | None = date(2024, 8, 29), number: int = 1) -> Article:
    return Article(
        id=number,
        key=f"id:t{number}",
        external_id=f"t{number}",
        text=text,
        content_hash=content_hash(text),
        kind=SourceKind.JSONL,
        origin="test",
        language="en",
        language_basis=LanguageBasis.DECLARED,
        published=published,
        date_basis=DateBasis.CALLER if published else DateBasis.UNKNOWN,
    )


def mention(text: str, phrase: str, actor: Actor, occurrence: int = 0) -> ActorMention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return ActorMention(Span.of(text, start, start + len(phrase)), actor)


def day(text: str, phrase: str, value: date) -> TemporalMention:
    start = text.index(phrase)
    return TemporalMention(
        Span.of(text, start, start + len(phrase)),
        EventDate(phrase, DatePrecision.DAY, start=value, end=value),
    )


def place(text: str, phrase: str, country: str) -> PlaceMention:
    start = text.index(phrase)
    resolved = Place(phrase, phrase, country, 10.0, 10.0, PlacePrecision.CITY)
    return PlaceMention(Span.of(text, start, start + len(phrase)), resolved)


def document(text: str, **layers: object) -> Document:
    """A document without a parse (its paragraphs are its sentences) and the given layers."""
    current = Document(article(text))
    for layer in ("mentions", "dates", "places", "commitments"):
        current = current.with_layer(layer, layers.get(layer, ()))
    return current

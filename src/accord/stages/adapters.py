"""Pipeline stages around the components that work on plain text: dates, places, quotes
and commitments. Each declares what it needs and provides; the components do the work."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from accord.model import (
    ActorKind,
    Commitment,
    DatePrecision,
    Place,
    PlaceMention,
    PlacePrecision,
    Quote,
    Span,
    TemporalMention,
)
from accord.pipeline.document import Document
from accord.stages.commitments import CommitmentFinder
from accord.stages.dates import TemporalTagger
from accord.stages.dates.tense import announced_as_future
from accord.stages.mentions.compass import is_compass_direction
from accord.stages.places import Gazetteer
from accord.stages.places.focus import in_context, placed_at_focus
from accord.stages.quotes import QuoteFinder

_ANCHOR_WINDOW = 600  # characters: a full date this early is the story's own dateline
_TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC", "STATE", "CAPITAL", "ADMIN_REGION", "TOPONYM"})
# What sets a name in a place: "X in Y", "X, near Y", "X près d'Y", "X (Y)".
_SET_IN = re.compile(
    r",?\s*(?:\(|(?:in|at|near|outside|à|au|en|dans|près de|près d['’]|aux environs de)\s*"
    r"(?:the\s+|la\s+|le\s+|l['’])?)",
    re.IGNORECASE,
)
_AT_A_SITE = frozenset({"at", "in", "inside", "outside", "au", "à"})


class DatesStage:
    """Temporal expressions anchored on the publication date. When an article has none, a
    full date written in its first lines (a dateline's "January 27, 2026", not a deadline
    "by 31 December 2023") anchors the relative expressions instead, and each resolved
    date's reason says so; with neither, relative expressions stay unresolved. The day the
    article was collected (its ingest time; today for an article not stored) bounds the
    year a weekday implies ("mercredi 8 janvier" with no year and no publication date)."""

    name = "dates.rules.v1"
    version = "1"
    requires: tuple[str, ...] = ()
    provides = "dates"

    def __init__(self, tagger: TemporalTagger) -> None:
        self.tagger = tagger

    def load(self) -> None:
        self.tagger.load()

    def predict(self, documents: Sequence[Document]) -> list[list[TemporalMention]]:
        return [self.dates(document) for document in documents]

    def dates(self, document: Document) -> list[TemporalMention]:
        article = document.article
        collected = article.ingested_at.date() if article.ingested_at else date.today()
        found = self.tagger.find(
            document.text, article.published, article.language, not_after=collected
        )
        if article.published is not None:
            return found
        anchor = next(
            (
                m
                for m in found
                if m.span.start < _ANCHOR_WINDOW
                and m.date.resolved
                and m.date.precision is DatePrecision.DAY
                and m.date.start is not None
                and not announced_as_future(document.text, m.span.start, article.language or "en")
            ),
            None,
        )
        if anchor is None or anchor.date.start is None:
            return found
        note = f"; anchored on {anchor.date.start}, the first full date in the text"
        anchored = self.tagger.find(
            document.text, anchor.date.start, article.language, not_after=collected
        )
        unanchored = {m.span for m in found if m.date.resolved}
        return [m if m.span in unanchored else _with_note(m, note) for m in anchored]


def _with_note(mention: TemporalMention, note: str) -> TemporalMention:
    return replace(mention, date=replace(mention.date, reason=(mention.date.reason or "") + note))


class PlacesStage:
    """Toponyms of the parse resolved in the gazetteer, with the countries the article's
    actors name as hints ("Niger State" in an article about Nigeria)."""

    name = "places.gazetteer.v1"
    version = "1"
    requires: tuple[str, ...] = ("parse", "mentions")
    provides = "places"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def load(self) -> None:
        self.gazetteer.load()

    def predict(self, documents: Sequence[Document]) -> list[list[PlaceMention]]:
        return [self.places(document) for document in documents]

    def places(self, document: Document) -> list[PlaceMention]:
        if document.parse is None:
            return []
        countries = Counter(
            m.actor.country
            for m in document.mentions
            if m.actor.country and m.actor.kind is ActorKind.STATE
        )
        hints = [country for country, _ in countries.most_common()]
        people = {
            (m.span.start, m.span.end)
            for m in document.mentions
            if m.actor.kind is ActorKind.PERSON
        }
        actors = [(m.span.start, m.span.end) for m in document.mentions]
        named: list[tuple[Any, Place | None]] = []
        for entity in document.parse.ents:
            if is_compass_direction(entity.text) or (entity.start_char, entity.end_char) in people:
                continue  # "Secretary of Defense Austin" is a person, not the city
            if entity.label_ in _TOPONYM_LABELS:
                place = self.gazetteer.resolve(entity.text, country_hints=hints)
                if place is not None or not _overlaps(entity, actors):
                    named.append((entity, place))  # an unknown actor's name is no place
            else:
                place = self._site_named_as_a_place(entity)
                if place is not None:
                    named.append((entity, place))
        named = _anchored(document.text, named)
        # A name the gazetteer lacks lies at the article's focus; a town far from the focus
        # gives way to its namesake near it.
        placed = in_context([(entity.text, place) for entity, place in named], self.gazetteer)
        return [
            PlaceMention(Span.of(document.text, entity.start_char, entity.end_char), place)
            for (entity, _), place in zip(named, placed, strict=True)
            if place is not None
        ]

    def _site_named_as_a_place(self, entity: Any) -> Place | None:
        """An institution named by its building after "at" or "in" ("talks at the White
        House", "a ceremony at the Élysée Palace"): its seat is where it happened."""
        if entity.start == 0 or entity.doc[entity.start - 1].lower_ not in _AT_A_SITE:
            return None
        place = self.gazetteer.resolve(entity.text)
        return place if place is not None and place.precision is PlacePrecision.POINT else None


def _anchored(text: str, named: list[tuple[Any, Place | None]]) -> list[tuple[Any, Place | None]]:
    """Each name the gazetteer lacks that the text itself sets in a place it knows, placed
    there: "Camp Geille in Dakar", "le camp de Port-Bouët, près d'Abidjan"."""
    anchored = list(named)
    for index, (entity, place) in enumerate(named[:-1]):
        following, there = named[index + 1]
        if place is None and there is not None:
            between = text[entity.end_char : following.start_char]
            if _SET_IN.fullmatch(between):
                anchored[index] = (entity, placed_at_focus(entity.text, there))
    return anchored


def _overlaps(entity: Any, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < entity.end_char and entity.start_char < end for start, end in spans)


class QuotesStage:
    name = "quotes.rules.v1"
    version = "1"
    requires: tuple[str, ...] = ("parse", "mentions")
    provides = "quotes"

    def __init__(self, finder: QuoteFinder) -> None:
        self.finder = finder

    def load(self) -> None:
        self.finder.load()

    def predict(self, documents: Sequence[Document]) -> list[list[Quote]]:
        return [self.finder.find(d.text, d.parse, d.mentions) for d in documents]


class CommitmentsStage:
    name = "commitments.rules.v1"
    version = "1"
    requires: tuple[str, ...] = ()
    provides = "commitments"

    def __init__(self, finder: CommitmentFinder) -> None:
        self.finder = finder

    def load(self) -> None:
        self.finder.load()

    def predict(self, documents: Sequence[Document]) -> list[list[Commitment]]:
        return [self.finder.find(d.text) for d in documents]

"""Pipeline stages around the components that work on plain text: dates, places, quotes
and commitments. Each declares what it needs and provides; the components do the work."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from accord.model import ActorKind, Commitment, PlaceMention, Quote, Span, TemporalMention
from accord.pipeline.document import Document
from accord.stages.commitments import CommitmentFinder
from accord.stages.dates import TemporalTagger
from accord.stages.places import Gazetteer
from accord.stages.quotes import QuoteFinder

_TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC", "STATE", "CAPITAL", "ADMIN_REGION"})


class DatesStage:
    name = "dates.rules.v1"
    version = "1"
    requires: tuple[str, ...] = ()
    provides = "dates"

    def __init__(self, tagger: TemporalTagger) -> None:
        self.tagger = tagger

    def load(self) -> None:
        self.tagger.load()

    def predict(self, documents: Sequence[Document]) -> list[list[TemporalMention]]:
        return [
            self.tagger.find(d.text, d.article.published, d.article.language) for d in documents
        ]


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
        found = []
        for entity in document.parse.ents:
            if entity.label_ not in _TOPONYM_LABELS:
                continue
            place = self.gazetteer.resolve(entity.text, country_hints=hints)
            if place is not None:
                span = Span.of(document.text, entity.start_char, entity.end_char)
                found.append(PlaceMention(span, place))
        return found


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

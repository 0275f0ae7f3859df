"""The document as it moves through the pipeline: the article plus one layer per stage."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from accord.model import (
    ActorMention,
    Article,
    Commitment,
    Event,
    Issue,
    PlaceMention,
    Quote,
    TemporalMention,
)

# Every layer a stage may provide, in no particular order. `parse` holds the language
# pipeline's own analysis (a spaCy Doc: sentences, tokens, entities).
LAYERS = ("parse", "mentions", "dates", "places", "quotes", "commitments", "events")


@dataclass(frozen=True, slots=True)
class Document:
    article: Article
    parse: Any = None
    mentions: tuple[ActorMention, ...] = ()
    dates: tuple[TemporalMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    events: tuple[Event, ...] = ()
    issues: tuple[Issue, ...] = ()
    filled: frozenset[str] = field(default_factory=frozenset)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def article_id(self) -> int:
        if self.article.id is None:
            raise ValueError("the pipeline runs on stored articles only (this one has no id)")
        return self.article.id

    def with_layer(self, layer: str, value: Any) -> Document:
        if layer not in LAYERS:
            raise ValueError(f"unknown layer {layer!r}; layers are {', '.join(LAYERS)}")
        changes: dict[str, Any] = {
            layer: value if layer == "parse" else tuple(value),
            "filled": self.filled | {layer},
        }
        return replace(self, **changes)

    def with_issue(self, issue: Issue) -> Document:
        return replace(self, issues=(*self.issues, issue))

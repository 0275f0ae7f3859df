"""The document as it moves through the pipeline: the article plus one layer per stage."""

from __future__ import annotations

import re
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
_FALLBACK_SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s)|$)", re.MULTILINE)
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


def sentence_bounds(document: Document) -> list[tuple[int, int]]:
    """Character bounds of each sentence of the parse; without one, of each run of text
    ending in sentence punctuation or a line break."""
    if document.parse is not None:
        return [(sentence.start_char, sentence.end_char) for sentence in document.parse.sents]
    return [
        (m.start(), m.end())
        for m in _FALLBACK_SENTENCE.finditer(document.text)
        if m.group().strip()
    ]

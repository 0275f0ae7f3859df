"""Spans of article text and the mentions and entities built on them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """Characters `start`..`end` (end exclusive) of one article's text, with the text itself.

    Keeping the text lets any consumer check that the span still re-locates in the stored
    article: `article.text[span.start:span.end] == span.text`.
    """

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span offsets {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but offsets cover "
                f"{self.end - self.start}"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of `text[start:end]`."""
        return cls(start, end, text[start:end])

    def relocates_in(self, text: str) -> bool:
        return text[self.start : self.end] == self.text


@dataclass(frozen=True, slots=True)
class Mention:
    """A named thing as written in the text: "the Nigerian army", "Vicky Ford", "ISWA"."""

    span: Span
    label: str  # NER or ruler label, e.g. GPE, ORG, PERSON, NORP, ARMED_GROUP


@dataclass(frozen=True, slots=True)
class Entity:
    """Mentions of one thing within an article, with the canonical name they resolve to."""

    name: str
    label: str
    mentions: tuple[Mention, ...]

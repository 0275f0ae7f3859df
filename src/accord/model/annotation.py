"""Spans of article text and what stages find in them: mentions of actors, dates, places,
quotes and commitments. Each carries the `Span` that justifies it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from accord.model.event import Actor, EventDate, Place


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

    def shifted(self, offset: int) -> Span:
        """The same text at offsets moved by `offset` (a sentence's span made an article's)."""
        return Span(self.start + offset, self.end + offset, self.text)

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


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span resolved to a canonical actor ("the Nigerian army" -> Nigeria, MIL)."""

    span: Span
    actor: Actor
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class TemporalMention:
    """A temporal expression ("last July", "on Tuesday") and the date it resolves to."""

    span: Span
    date: EventDate


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A toponym and the gazetteer entry it resolves to (place.name is None if unresolved)."""

    span: Span
    place: Place


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: the quoted words, and the speaker where the text names one."""

    span: Span  # the quoted words, without the quotation marks
    speaker: Actor | None = None
    speaker_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Commitment:
    """A commitment or cooperation topic stated for an agreement ("civilian policing")."""

    topic: str  # a stable topic name, e.g. "policing", "human_rights", "border_security"
    span: Span

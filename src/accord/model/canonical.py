"""One real-world event and the many reports of it, merged across articles and outlets.

An `Event` is what one article says; a `CanonicalEvent` is what the merge step concludes
after grouping the events of many articles that report the same thing. Nothing is thrown
away: every report stays attached, and where reports disagree the disagreement is kept as
a `FieldConflict` instead of being silently resolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from accord.model.event import Event


@dataclass(frozen=True, slots=True)
class Report:
    """One article's event that reports a canonical event."""

    event_id: int  # stored event id (accord.model.Event.id)
    article_id: int  # stored article id
    external_id: str | None  # the caller's article id (JSONL "id"), for `reports` in exports
    outlet: str | None
    url: str | None
    published: date | None
    duplicate_of: int | None = None  # article id this article near-duplicates (one source)


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    """A near-duplicate article (syndicated copy, light rewrite, detectable translation)
    and the earliest article it repeats: the two count as one source."""

    article_id: int
    duplicate_of: int
    similarity: float  # 0..1, as the method measures it
    method: str  # "shingles" or "numbers-names"

    def __post_init__(self) -> None:
        if self.article_id == self.duplicate_of:
            raise ValueError(f"article {self.article_id} cannot duplicate itself")


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """Reports that disagree on one field: each value with the articles that give it."""

    field: str  # "date", "place", "event_type", "fatalities"...
    values: tuple[tuple[str, tuple[int, ...]], ...]  # (value as text, article ids)


@dataclass(frozen=True, slots=True)
class CanonicalEvent:
    """The merged event: its fields, every report of it, and where the reports disagree."""

    id: str  # stable across re-runs: "ce-" + hash of the earliest report's key
    event: Event  # merged fields; evidence of every report kept
    reports: tuple[Report, ...]  # earliest first
    first_seen: date | None  # earliest publication date among reports
    outlets: int  # independent sources (near-duplicates count once)
    conflicts: tuple[FieldConflict, ...] = ()
    # background mentions in other articles ("after last July's coup") that refer to it
    mentions: tuple[Report, ...] = ()

    def __post_init__(self) -> None:
        if not self.reports:
            raise ValueError(f"canonical event {self.id} has no reports")
        if self.outlets < 1:
            raise ValueError(f"canonical event {self.id} counts {self.outlets} outlets")

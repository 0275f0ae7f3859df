"""Events and their parts: who did what to whom, when, where, how sure, and on what evidence.

The extraction engine fills these; they are defined here so every stage, the store and the
exporters share one vocabulary. Every field an extractor sets carries `Evidence`: the span of
article text that justifies it and the extractor that decided it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from accord.model.annotation import Commitment, Span
from accord.model.plover import Context, EventType, QuadClass, Sector, codebook, threat_mode


class ActorKind(StrEnum):
    STATE = "state"
    IGO = "igo"
    ARMED_GROUP = "armed_group"
    PERSON = "person"
    ORGANISATION = "organisation"
    OTHER = "other"


class Modality(StrEnum):
    """Whether the event happened, or is only promised, threatened, denied..."""

    OCCURRED = "occurred"
    PROMISED = "promised"  # planned, agreed to happen, announced for the future
    THREATENED = "threatened"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"  # the text says it did not happen
    DENIED = "denied"  # someone denies it happened
    BACKGROUND = "background"  # historical context recalled by the article


class EventRole(StrEnum):
    MAIN = "main"  # what the article reports
    BACKGROUND = "background"  # mentioned to explain the main event


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"

    @property
    def rank(self) -> int:
        """0 for a day up to 3 for a year: the smaller, the more precise."""
        return list(DatePrecision).index(self)


class PlacePrecision(StrEnum):
    POINT = "point"  # a named site: a base, a village
    CITY = "city"
    ADMIN1 = "admin1"  # state, province, region
    COUNTRY = "country"
    REGION = "region"  # supranational: the Sahel, Lake Chad basin


@dataclass(frozen=True, slots=True)
class Provenance:
    """Which extractor decided a value (a registered, versioned name) and how sure it was."""

    extractor: str  # e.g. "events.rules.v1"
    version: str
    confidence: float

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} is outside 0..1")


@dataclass(frozen=True, slots=True)
class Evidence:
    """The text behind one field of one event, in one article."""

    field: str  # "event_type", "actor", "date", "place", "modality", ...
    article_id: int
    span: Span
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor: a state, organisation, armed group or person."""

    name: str
    kind: ActorKind
    country: str | None = None  # ISO 3166-1 alpha-3 for states and state agents
    sector: Sector | None = None
    code: str | None = None  # PLOVER/CAMEO actor code, e.g. "NGAMIL", "IGOUNO"
    aliases: tuple[str, ...] = ()
    role: str | None = None  # for people: "Minister for Africa"


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened, as written and as resolved in the gazetteer."""

    raw_name: str
    name: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: PlacePrecision | None = None
    gazetteer_id: str | None = None


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened: a day, or a range, at a stated precision.

    `resolved` is False when the expression could not be anchored (no publication date),
    in which case `start`/`end` are None and `reason` says why.
    """

    expression: str
    precision: DatePrecision | None
    start: date | None = None
    end: date | None = None
    resolved: bool = True
    reason: str | None = None

    def __post_init__(self) -> None:
        if self.resolved and self.start is None:
            raise ValueError("a resolved date needs a start")
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"date range ends ({self.end}) before it starts ({self.start})")


@dataclass(frozen=True, slots=True)
class Fatalities:
    """People killed, as a range: one report's count is `low == high`; reports that
    disagree ("12 soldiers" and "15 soldiers") make a range, their sources kept apart."""

    low: int
    high: int

    def __post_init__(self) -> None:
        if not 0 <= self.low <= self.high:
            raise ValueError(f"fatalities must be 0 <= low <= high, not {self.low}..{self.high}")

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"


@dataclass(frozen=True, slots=True)
class Event:
    """One event reported by one article."""

    article_id: int
    event_type: EventType
    actors: tuple[Actor, ...]
    recipients: tuple[Actor, ...] = ()
    mode: str | None = None
    contexts: tuple[Context, ...] = ()
    modality: Modality = Modality.OCCURRED
    role: EventRole = EventRole.MAIN
    date: EventDate | None = None
    place: Place | None = None
    symmetric: bool = False
    commitments: tuple[Commitment, ...] = ()
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    id: int | None = None
    fatalities: Fatalities | None = None  # people killed, where the text counts them

    def __post_init__(self) -> None:
        if not self.actors:
            raise ValueError("an event needs at least one actor")
        info = codebook()[self.event_type]
        if self.mode is not None and self.mode not in info.mode_scores:
            raise ValueError(f"{self.mode!r} is not a mode of {self.event_type}")

    @property
    def quad_class(self) -> QuadClass:
        return codebook()[self.event_type].quad

    @property
    def score(self) -> float:
        return codebook()[self.event_type].score_for(self.mode)

    def plover_coding(self) -> tuple[EventType, str | None]:
        """The PLOVER type and mode of this event: a threatened act is THREATEN, its mode
        naming what was threatened ("threatened to impose sanctions": THREATEN/restrict);
        every other event is its own type and mode."""
        if self.modality is not Modality.THREATENED or self.event_type is EventType.THREATEN:
            return self.event_type, self.mode
        return EventType.THREATEN, threat_mode(self.event_type, self.mode)

    def evidence_for(self, field_name: str) -> tuple[Evidence, ...]:
        return tuple(item for item in self.evidence if item.field == field_name)

"""The graph's vocabulary: actors as nodes, and the dated relations between them, each
kept with the canonical events that support it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from accord.model import ActorKind, Commitment, EventType, Modality


class Relation(StrEnum):
    PARTNERSHIP = "partnership"  # AGREE, CONSULT, SUPPORT, COOPERATE, AID
    HOSTILITY = (
        "hostility"  # ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
    )
    MEMBERSHIP = "membership"  # a member and its organisation
    OFFICE = "office"  # a person and the state or organisation they hold an office in


class Change(StrEnum):
    """What a membership event does to a member's place in an organisation."""

    FOUNDED = "founded"
    JOINED = "joined"
    LEFT = "left"


@dataclass(frozen=True, slots=True)
class Node:
    """One actor. States are keyed by their ISO 3166-1 alpha-3 code, so "Nigeria", "NGA"
    and the Nigerian army are one node; other actors by kind and name."""

    key: str
    name: str
    kind: ActorKind
    country: str | None = None
    codes: tuple[str, ...] = ()  # PLOVER/CAMEO codes seen for the actor ("NGAMIL")
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Tie:
    """What one canonical event says of a pair of actors."""

    source: str  # node key of the actor (for undirected ties, the smaller key)
    target: str
    relation: Relation
    event_type: EventType
    canonical_id: str
    start: date | None  # when it happened; the first report's date where the text gives none
    end: date | None
    modality: Modality = Modality.OCCURRED
    mode: str | None = None
    directed: bool = True
    commitments: tuple[Commitment, ...] = ()  # what a partnership event commits to
    role: str | None = None  # for office ties: the office held
    change: Change | None = None  # for membership ties: founded, joined or left

    @property
    def pair(self) -> tuple[str, str]:
        return (self.source, self.target)


class TieSummary:
    """What a group of ties says as a whole: the canonical events behind it, the days it
    spans and its event types. Shared by edges and query answers that hold `ties`."""

    __slots__ = ()
    ties: tuple[Tie, ...]

    @property
    def canonical_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(tie.canonical_id for tie in self.ties))

    @property
    def first(self) -> date | None:
        return min((tie.start for tie in self.ties if tie.start), default=None)

    @property
    def last(self) -> date | None:
        return max((tie.end or tie.start for tie in self.ties if tie.start), default=None)

    @property
    def event_types(self) -> tuple[EventType, ...]:
        return tuple(dict.fromkeys(tie.event_type for tie in self.ties))


@dataclass(frozen=True, slots=True)
class Edge(TieSummary):
    """Every tie of one relation between two actors, earliest first."""

    source: str
    target: str
    relation: Relation
    directed: bool
    ties: tuple[Tie, ...]


@dataclass(frozen=True, slots=True)
class MembershipChange:
    """A member founding, joining or leaving an organisation, and the evidence for it."""

    member: str  # node keys
    organisation: str
    change: Change
    on: date | None
    canonical_id: str
    cue: str  # the words that made it a membership change ("withdrawal from ECOWAS")


@dataclass(frozen=True, slots=True)
class Office:
    """A person seen holding a role, from the first to the last event that names it."""

    person: str  # node key
    role: str
    seat: str | None  # node key of the state or organisation, when known
    first: date | None
    last: date | None
    canonical_ids: tuple[str, ...]

"""Questions asked of the graph: partners in a period, the history of a pair, members of an
organisation at a date, who targets whom, and what a partnership covers. Each answer keeps
the canonical event ids behind it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from accord.graph.build import ActorGraph
from accord.graph.model import (
    Change,
    Edge,
    MembershipChange,
    Node,
    Office,
    Relation,
    Tie,
    TieSummary,
)


@dataclass(frozen=True, slots=True)
class Period:
    """Days `start`..`end`, both included; either end open when None."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")

    @property
    def open(self) -> bool:
        return self.start is None and self.end is None

    def overlaps(self, tie: Tie) -> bool:
        """Whether the tie falls in the period; an undated tie only in an open period."""
        if self.open:
            return True
        if tie.start is None:
            return False
        last = tie.end or tie.start
        return (self.end is None or tie.start <= self.end) and (
            self.start is None or last >= self.start
        )


@dataclass(frozen=True, slots=True)
class Counterpart(TieSummary):
    """Another actor and the ties with it that answer a query, earliest first."""

    node: Node
    ties: tuple[Tie, ...]


@dataclass(frozen=True, slots=True)
class Member:
    """A member of an organisation at a date, and the changes that say so."""

    node: Node
    since: date | None  # when it founded or joined, if an event says
    basis: tuple[MembershipChange, ...]


@dataclass(frozen=True, slots=True)
class Coverage:
    """One commitment topic of a partnership, with the words and events that state it."""

    topic: str
    texts: tuple[str, ...]
    canonical_ids: tuple[str, ...]
    first: date | None


def partners(
    graph: ActorGraph, actor: str, period: Period | None = None, *, office_holders: bool = True
) -> list[Counterpart]:
    """The actors with partnership ties to `actor` in the period, most ties first. A state's
    partners include those of the people seen holding office in it (its foreign minister's
    visit is the state's), unless `office_holders` is False."""
    key = graph.node(actor).key
    sides = {key}
    if office_holders:
        sides |= {office.person for office in graph.offices if office.seat == key}
    return _counterparts(graph, sides, Relation.PARTNERSHIP, period or Period())


def history(graph: ActorGraph, first: str, second: str) -> list[Tie]:
    """Every tie between two actors, of any relation and either direction, by date."""
    pair = {graph.node(first).key, graph.node(second).key}
    found = [
        tie
        for edge in graph.edges.values()
        if {edge.source, edge.target} == pair
        for tie in edge.ties
    ]
    return sorted(found, key=lambda tie: (tie.start or date.min, tie.canonical_id))


def targets(graph: ActorGraph, actor: str | None = None) -> list[Edge]:
    """Hostility edges, most ties first: those `actor` is party to, or all of them."""
    key = graph.node(actor).key if actor else None
    found = [
        edge
        for edge in graph.edges.values()
        if edge.relation is Relation.HOSTILITY and key in (None, edge.source, edge.target)
    ]
    return sorted(found, key=lambda edge: (-len(edge.ties), edge.source, edge.target))


def members(graph: ActorGraph, organisation: str, at: date) -> list[Member]:
    """The members of an organisation on a day, by what membership events say: a member
    whose last change on or before the day is a founding or joining, or whose first change
    after it is a leaving (it was a member until then)."""
    key = graph.node(organisation).key
    changes: dict[str, list[MembershipChange]] = defaultdict(list)
    for change in graph.memberships:
        if change.organisation == key and change.on is not None:
            changes[change.member].append(change)
    found = []
    for member, history_of in changes.items():
        before = [c for c in history_of if c.on is not None and c.on <= at]
        after = [c for c in history_of if c.on is not None and c.on > at]
        if before and before[-1].change is not Change.LEFT:
            found.append(Member(graph.nodes[member], before[-1].on, tuple(history_of)))
        elif not before and after and after[0].change is Change.LEFT:
            found.append(Member(graph.nodes[member], None, tuple(history_of)))
    return sorted(found, key=lambda item: item.node.name)


def covers(graph: ActorGraph, first: str, second: str | None = None) -> list[Coverage]:
    """The commitments stated in the partnership events of `first` (with `second` only,
    when given), by topic, most supported first."""
    key = graph.node(first).key
    other = graph.node(second).key if second else None
    texts: dict[str, dict[str, None]] = defaultdict(dict)
    ids: dict[str, dict[str, None]] = defaultdict(dict)
    dates: dict[str, list[date]] = defaultdict(list)
    for edge in graph.edges_of(key, Relation.PARTNERSHIP):
        if other is not None and other not in (edge.source, edge.target):
            continue
        for tie in edge.ties:
            for commitment in tie.commitments:
                texts[commitment.topic][commitment.span.text] = None
                ids[commitment.topic][tie.canonical_id] = None
                if tie.start:
                    dates[commitment.topic].append(tie.start)
    found = [
        Coverage(topic, tuple(texts[topic]), tuple(ids[topic]), min(dates[topic], default=None))
        for topic in texts
    ]
    return sorted(found, key=lambda item: (-len(item.canonical_ids), item.topic))


def offices(graph: ActorGraph, actor: str) -> list[Office]:
    """The offices a person was seen holding, or those held in a state, earliest first."""
    key = graph.node(actor).key
    found = [office for office in graph.offices if key in (office.person, office.seat)]
    return sorted(found, key=lambda office: (office.first or date.min, office.person))


def _counterparts(
    graph: ActorGraph, sides: set[str], relation: Relation, period: Period
) -> list[Counterpart]:
    """The actors at the other end of `relation` edges from any of `sides`."""
    by_other: dict[str, list[Tie]] = defaultdict(list)
    for key in sides:
        for edge in graph.edges_of(key, relation):
            other = edge.target if edge.source == key else edge.source
            if other not in sides:
                by_other[other].extend(tie for tie in edge.ties if period.overlaps(tie))
    found = [
        Counterpart(graph.nodes[other], tuple(sorted(ties, key=lambda t: t.start or date.min)))
        for other, ties in by_other.items()
        if ties
    ]
    return sorted(found, key=lambda item: (-len(item.ties), item.node.name))

"""The actor graph built from canonical events: nodes, evidence-backed edges, membership
changes and offices held, in memory (a few hundred bytes per tie: a million canonical events
fit in a laptop's memory)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from accord.graph.identity import ActorIndex, merged, node_for, node_key, state_name
from accord.graph.model import Edge, MembershipChange, Node, Office, Relation, Tie
from accord.graph.relations import counts, dates_of, membership_changes, ties
from accord.model import Actor, ActorKind, CanonicalEvent

EdgeKey = tuple[str, str, Relation]


@dataclass(frozen=True, slots=True)
class ActorGraph:
    """Actors and what the canonical events say of them. Build with `build_graph`."""

    nodes: dict[str, Node]
    edges: dict[EdgeKey, Edge]
    memberships: tuple[MembershipChange, ...]
    offices: tuple[Office, ...]
    events: int  # canonical events read
    index: ActorIndex = field(repr=False)
    adjacency: dict[str, tuple[EdgeKey, ...]] = field(repr=False, default_factory=dict)

    def node(self, query: str) -> Node:
        """The node `query` names (a key, name, alias, code or ISO code)."""
        return self.index.resolve(query)

    def edges_of(self, key: str, relation: Relation | None = None) -> list[Edge]:
        """The edges `key` is an end of, of one relation or all."""
        found = (self.edges[edge_key] for edge_key in self.adjacency.get(key, ()))
        return [edge for edge in found if relation in (None, edge.relation)]


@dataclass
class _Offices:
    seat: str | None = None
    dates: list[date] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)


class _Builder:
    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.ties: dict[EdgeKey, list[Tie]] = defaultdict(list)
        self.changes: list[MembershipChange] = []
        self.offices: dict[tuple[str, str], _Offices] = defaultdict(_Offices)
        self.events = 0
        self.seen: set[Actor] = set()  # actors already folded into their node

    def add(self, item: CanonicalEvent) -> None:
        self.events += 1
        event = item.event
        for actor in (*event.actors, *event.recipients):
            self._add_node(actor)
            if counts(item) and actor.kind is ActorKind.PERSON and actor.role:
                self._add_office(actor, actor.role, item)
        for tie in ties(item):
            self._add_tie(tie)
        for change in membership_changes(item):
            self.changes.append(change)
            tie = Tie(
                source=change.member,
                target=change.organisation,
                relation=Relation.MEMBERSHIP,
                event_type=event.event_type,
                canonical_id=item.id,
                start=change.on,
                end=change.on,
                modality=event.modality,
                change=change.change,
            )
            self._add_tie(tie)

    def _add_node(self, actor: Actor) -> None:
        if actor in self.seen:
            return
        self.seen.add(actor)
        node = node_for(actor)
        known = self.nodes.get(node.key)
        self.nodes[node.key] = node if known is None else merged(known, node)

    def _add_office(self, person: Actor, role: str, item: CanonicalEvent) -> None:
        """The person's role as this event names it, and a tie to the state it serves."""
        key = node_key(person)
        held = self.offices[(key, role)]
        start, end = dates_of(item)
        if start is not None:
            held.dates.append(start)
        held.ids.append(item.id)
        if not person.country:
            return
        code = person.country.upper()
        seat = Actor(state_name(code) or code, ActorKind.STATE, country=code)
        self._add_node(seat)
        held.seat = node_key(seat)
        tie = Tie(
            source=key,
            target=held.seat,
            relation=Relation.OFFICE,
            event_type=item.event.event_type,
            canonical_id=item.id,
            start=start,
            end=end,
            modality=item.event.modality,
            role=role,
        )
        self._add_tie(tie)

    def _add_tie(self, tie: Tie) -> None:
        self.ties[(tie.source, tie.target, tie.relation)].append(tie)

    def graph(self) -> ActorGraph:
        offices = tuple(self._office(key, held) for key, held in sorted(self.offices.items()))
        edges = {key: _edge(key, found) for key, found in self.ties.items()}
        adjacency: dict[str, list[EdgeKey]] = defaultdict(list)
        for source, target, relation in edges:
            adjacency[source].append((source, target, relation))
            adjacency[target].append((source, target, relation))
        changes = sorted(self.changes, key=lambda c: (c.on or date.min, c.member))
        return ActorGraph(
            nodes=self.nodes,
            edges=edges,
            memberships=tuple(changes),
            offices=offices,
            events=self.events,
            index=ActorIndex(self.nodes.values()),
            adjacency={key: tuple(found) for key, found in adjacency.items()},
        )

    @staticmethod
    def _office(key: tuple[str, str], held: _Offices) -> Office:
        return Office(
            person=key[0],
            role=key[1],
            seat=held.seat,
            first=min(held.dates, default=None),
            last=max(held.dates, default=None),
            canonical_ids=tuple(dict.fromkeys(held.ids)),
        )


def _edge(key: EdgeKey, found: list[Tie]) -> Edge:
    ordered = tuple(sorted(found, key=lambda tie: (tie.start or date.min, tie.canonical_id)))
    return Edge(key[0], key[1], key[2], ordered[0].directed, ordered)


def build_graph(canonical_events: Iterable[CanonicalEvent]) -> ActorGraph:
    """The graph of these canonical events (typically `store.canonical.iter_canonical()`)."""
    builder = _Builder()
    for item in canonical_events:
        builder.add(item)
    return builder.graph()

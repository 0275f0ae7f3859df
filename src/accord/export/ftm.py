"""FollowTheMoney entities, one JSON object per line (the `ftm` tools' format): actors as
`PublicBody` (states), `Organization` (organisations, armed groups) and `Person` (with the
offices seen), canonical events as `Event` with the actors involved and the reports' URLs,
memberships as `Membership` with founding, joining and leaving dates, and partnership and
hostility relations as `UnknownLink`.

Ids are stable digests of Accord's keys. Countries are ISO 3166-1 alpha-2, lower case, as
FollowTheMoney writes them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from accord.export.registry import ExportFormat
from accord.export.summary import alpha2, event_country, outlets, summary, urls
from accord.graph import ActorGraph, Change, Edge, Node, Relation, build_graph
from accord.graph.identity import node_key
from accord.graph.relations import dates_of
from accord.model import ActorKind, CanonicalEvent

Entity = dict[str, Any]

_SCHEMA = {
    ActorKind.STATE: ("PublicBody", ["gov.national"]),
    ActorKind.IGO: ("Organization", ["gov.igo"]),
    ActorKind.ARMED_GROUP: ("Organization", []),
    ActorKind.PERSON: ("Person", []),
    ActorKind.ORGANISATION: ("Organization", []),
    ActorKind.OTHER: ("LegalEntity", []),
}


def entity_id(kind: str, key: str) -> str:
    return f"accord-{kind}-{hashlib.sha1(f'{kind}:{key}'.encode()).hexdigest()[:20]}"  # noqa: S324 - an id, not a secret


def _entity(schema: str, entity: str, properties: dict[str, list[str]]) -> Entity:
    return {
        "id": entity,
        "schema": schema,
        "properties": {name: values for name, values in properties.items() if values},
    }


def actor_entity(graph: ActorGraph, node: Node) -> Entity:
    schema, topics = _SCHEMA[node.kind]
    country = alpha2(node.country)
    properties: dict[str, list[str]] = {
        "name": [node.name],
        "alias": list(node.aliases),
        "country": [country.lower()] if country else [],
        "topics": topics,
        "classification": ["armed group"] if node.kind is ActorKind.ARMED_GROUP else [],
        "notes": [f"Accord actor {node.key}"],
    }
    if node.kind is ActorKind.PERSON:
        properties["position"] = [
            office.role for office in graph.offices if office.person == node.key
        ]
    return _entity(schema, entity_id("actor", node.key), properties)


def event_entity(item: CanonicalEvent) -> Entity:
    event = item.event
    start, end = dates_of(item)
    country = alpha2(event_country(item))
    place = event.place
    involved = [node_key(actor) for actor in (*event.actors, *event.recipients)]
    return _entity(
        "Event",
        entity_id("event", item.id),
        {
            "name": [f"{event.event_type.value} {start.isoformat() if start else ''}".strip()],
            "summary": [summary(item)],
            "startDate": [start.isoformat()] if start else [],
            "endDate": [end.isoformat()] if end and end != start else [],
            "location": [place.name or place.raw_name] if place else [],
            "country": [country.lower()] if country else [],
            "organizer": [entity_id("actor", node_key(actor)) for actor in event.actors],
            "involved": [entity_id("actor", key) for key in dict.fromkeys(involved)],
            "sourceUrl": urls(item),
            "publisher": outlets(item),
            "recordId": [item.id],
        },
    )


def membership_entities(graph: ActorGraph) -> Iterator[Entity]:
    """One `Membership` per member and organisation, from its first founding or joining to
    its first leaving after that."""
    pairs: dict[tuple[str, str], list[Any]] = {}
    for change in graph.memberships:
        pairs.setdefault((change.member, change.organisation), []).append(change)
    for (member, organisation), changes in pairs.items():
        joined = next((c for c in changes if c.change is not Change.LEFT), None)
        left = next(
            (
                c
                for c in changes
                if c.change is Change.LEFT and (joined is None or c.on >= joined.on)
            ),
            None,
        )
        yield _entity(
            "Membership",
            entity_id("membership", f"{member}|{organisation}"),
            {
                "member": [entity_id("actor", member)],
                "organization": [entity_id("actor", organisation)],
                "startDate": [joined.on.isoformat()] if joined and joined.on else [],
                "endDate": [left.on.isoformat()] if left and left.on else [],
                "role": [joined.change.value] if joined else [],
                "description": [
                    f"{c.change.value} {c.on} ({c.cue!r}, {c.canonical_id})" for c in changes
                ],
            },
        )


def link_entity(edge: Edge) -> Entity:
    return _entity(
        "UnknownLink",
        entity_id("link", f"{edge.source}|{edge.target}|{edge.relation.value}"),
        {
            "subject": [entity_id("actor", edge.source)],
            "object": [entity_id("actor", edge.target)],
            "role": [edge.relation.value],
            "startDate": [edge.first.isoformat()] if edge.first else [],
            "endDate": [edge.last.isoformat()] if edge.last else [],
            "summary": [", ".join(t.value for t in edge.event_types)],
            "description": [f"events: {', '.join(edge.canonical_ids)}"],
        },
    )


def ftm_entities(items: Iterable[CanonicalEvent]) -> Iterator[Entity]:
    events = list(items)
    graph = build_graph(events)
    for node in sorted(graph.nodes.values(), key=lambda n: n.key):
        yield actor_entity(graph, node)
    for item in events:
        yield event_entity(item)
    yield from membership_entities(graph)
    for edge in graph.edges.values():
        if edge.relation in (Relation.PARTNERSHIP, Relation.HOSTILITY):
            yield link_entity(edge)


def write_ftm(items: Iterable[CanonicalEvent], output: TextIO) -> int:
    count = 0
    for entity in ftm_entities(items):
        output.write(json.dumps(entity, ensure_ascii=False) + "\n")
        count += 1
    return count


FORMAT = ExportFormat(
    "ftm",
    "FollowTheMoney entities (JSON lines): actors, events, memberships, links",
    "entities",
    lambda source, handle: write_ftm(source.canonical_events(), handle),
)

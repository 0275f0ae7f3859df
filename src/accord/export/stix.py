"""STIX 2.1 bundles: armed groups as `threat-actor`, states, organisations and people as
`identity`, places as `location`, dated relations as `relationship`, and one `report` per
canonical event with its articles' URLs as external references.

Identifiers are derived from Accord keys (a SHA-256 digest laid out as a version-4 UUID, the
version STIX asks of domain objects), so an actor keeps its id across exports and bundles
merge in a threat-intelligence platform. Timestamps come from the events (an actor is
created when first seen), not from the time of export, so re-exporting the same data
gives the same bundle.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any, TextIO

from accord.export.registry import ExportFormat
from accord.export.summary import alpha2, summary
from accord.graph import ActorGraph, Edge, Node, Relation, build_graph
from accord.graph.identity import node_key
from accord.graph.relations import HOSTILITY_TYPES, dates_of
from accord.model import ActorKind, CanonicalEvent, Context, Place, Report

_SALT = "accord-stix-1:"  # changing it changes every id
EPOCH = date(1970, 1, 1)  # the timestamp of an object no dated event speaks of

# STIX defines "targets" from a threat actor to an identity; every other relation is
# "related-to" (which every platform imports), Accord's relation named in its description.


def stix_id(kind: str, key: str) -> str:
    digest = hashlib.sha256(f"{_SALT}{kind}:{key}".encode()).digest()
    return f"{kind}--{uuid.UUID(bytes=digest[:16], version=4)}"


def timestamp(day: date | None) -> str:
    return f"{(day or EPOCH).isoformat()}T00:00:00.000Z"


def actor_object(node: Node, first: date | None, last: date | None, terror: bool) -> dict[str, Any]:
    common: dict[str, Any] = {
        "spec_version": "2.1",
        "created": timestamp(first),
        "modified": timestamp(last or first),
        "name": node.name,
    }
    if node.kind is ActorKind.ARMED_GROUP:
        threat = {
            "type": "threat-actor",
            "id": stix_id("threat-actor", node.key),
            **common,
            "threat_actor_types": ["terrorist" if terror else "unknown"],
            "first_seen": timestamp(first),
            "last_seen": timestamp(last or first),
        }
        if node.aliases:
            threat["aliases"] = list(node.aliases)
        return threat
    identity = {"type": "identity", "id": stix_id("identity", node.key), **common}
    identity["identity_class"] = "individual" if node.kind is ActorKind.PERSON else "organization"
    if node.kind is ActorKind.STATE:
        identity["sectors"] = ["government-national"]
    elif node.kind is ActorKind.IGO:
        identity["sectors"] = ["government"]
    description = [f"Accord actor {node.key}"]
    if node.aliases:
        description.append("also named " + ", ".join(node.aliases))
    identity["description"] = "; ".join(description) + "."
    return identity


def location_object(place: Place, day: date | None) -> dict[str, Any] | None:
    """A place, when it has a country or coordinates (STIX requires one or the other)."""
    country = alpha2(place.country)
    has_point = place.latitude is not None and place.longitude is not None
    if country is None and not has_point:
        return None
    key = place.gazetteer_id or f"{place.name or place.raw_name}|{place.country}"
    found: dict[str, Any] = {
        "type": "location",
        "spec_version": "2.1",
        "id": stix_id("location", key),
        "created": timestamp(day),
        "modified": timestamp(day),
        "name": place.name or place.raw_name,
    }
    if country:
        found["country"] = country
    if has_point:
        found["latitude"] = place.latitude
        found["longitude"] = place.longitude
    return found


class _Bundle:
    """The objects of one bundle, each added once."""

    def __init__(self, graph: ActorGraph) -> None:
        self.graph = graph
        self.objects: dict[str, dict[str, Any]] = {}
        self.ids: dict[str, str] = {}  # node key -> STIX id
        self.edge_ids: dict[str, list[str]] = {}  # canonical id -> relationship ids

    def add_actors(self, terror: set[str]) -> None:
        for node in self.graph.nodes.values():
            days = [
                day
                for edge in self.graph.edges_of(node.key)
                for tie in edge.ties
                for day in (tie.start, tie.end)
                if day
            ]
            found = actor_object(
                node, min(days, default=None), max(days, default=None), node.key in terror
            )
            self.objects[found["id"]] = found
            self.ids[node.key] = found["id"]

    def add_relationships(self) -> None:
        for edge in self.graph.edges.values():
            found = self._relationship(edge)
            self.objects[found["id"]] = found
            for canonical_id in edge.canonical_ids:
                self.edge_ids.setdefault(canonical_id, []).append(found["id"])

    def _relationship(self, edge: Edge) -> dict[str, Any]:
        source, target = self.ids[edge.source], self.ids[edge.target]
        kind = "related-to"
        if (
            edge.relation is Relation.HOSTILITY
            and source.startswith("threat-actor--")
            and target.startswith("identity--")
        ):
            kind = "targets"  # what STIX defines from a threat actor to an identity
        found: dict[str, Any] = {
            "type": "relationship",
            "spec_version": "2.1",
            "id": stix_id("relationship", f"{edge.source}|{edge.target}|{edge.relation.value}"),
            "created": timestamp(edge.first),
            "modified": timestamp(edge.last or edge.first),
            "relationship_type": kind,
            "source_ref": source,
            "target_ref": target,
            "description": f"{edge.relation.value}: "
            + ", ".join(t.value for t in edge.event_types)
            + f"; {len(edge.ties)} event(s)",
            "external_references": [
                {"source_name": "accord", "external_id": canonical_id}
                for canonical_id in edge.canonical_ids
            ],
        }
        if edge.first:
            found["start_time"] = timestamp(edge.first)
            found["stop_time"] = (
                timestamp(edge.last) if edge.last and edge.last > edge.first else None
            )
            if found["stop_time"] is None:
                del found["stop_time"]
        return found

    def add_report(self, item: CanonicalEvent) -> None:
        start, _ = dates_of(item)
        refs = [
            self.ids[key]
            for key in dict.fromkeys(
                node_key(actor) for actor in (*item.event.actors, *item.event.recipients)
            )
        ]
        refs += self.edge_ids.get(item.id, [])
        if item.event.place is not None:
            place = location_object(item.event.place, start)
            if place is not None:
                self.objects.setdefault(place["id"], place)
                refs.append(place["id"])
        hostile = item.event.event_type in HOSTILITY_TYPES
        found: dict[str, Any] = {
            "type": "report",
            "spec_version": "2.1",
            "id": stix_id("report", item.id),
            "created": timestamp(item.first_seen or start),
            "modified": timestamp(item.first_seen or start),
            "name": summary(item),
            "published": timestamp(item.first_seen or start),
            "report_types": ["threat-report" if hostile else "identity"],
            "object_refs": list(dict.fromkeys(refs)),
            "external_references": [_reference(report) for report in item.reports],
        }
        self.objects[found["id"]] = found


def _reference(report: Report) -> dict[str, str]:
    found = {"source_name": report.outlet or "article"}
    if report.url:
        found["url"] = report.url
    if report.external_id:
        found["external_id"] = report.external_id
    return found


def stix_bundle(items: Iterable[CanonicalEvent]) -> dict[str, Any]:
    events = list(items)
    graph = build_graph(events)
    terror = {
        node_key(actor)
        for item in events
        if Context.TERRORISM in item.event.contexts
        for actor in item.event.actors
    }
    bundle = _Bundle(graph)
    bundle.add_actors(terror)
    bundle.add_relationships()
    for item in events:
        bundle.add_report(item)
    ids = ",".join(sorted(item.id for item in events))
    return {
        "type": "bundle",
        "id": stix_id("bundle", ids),
        "objects": list(bundle.objects.values()),
    }


def write_stix(items: Iterable[CanonicalEvent], output: TextIO) -> int:
    """Write one bundle; return the number of objects in it."""
    bundle = stix_bundle(items)
    json.dump(bundle, output, ensure_ascii=False, indent=1)
    output.write("\n")
    return len(bundle["objects"])


FORMAT = ExportFormat(
    "stix",
    "a STIX 2.1 bundle: threat actors, identities, locations, relationships, reports",
    "objects",
    lambda source, handle: write_stix(source.canonical_events(), handle),
)

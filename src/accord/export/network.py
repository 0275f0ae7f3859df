"""The actor graph as the graph file formats (GraphML, GEXF) lay it out: nodes with the
days they are first and last seen, and one edge per tie, so that tools slicing by time
(Gephi's timeline, Cytoscape's filters) see each relation when it happened."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TextIO
from xml.etree.ElementTree import Element, indent, tostring
from xml.sax.saxutils import quoteattr

from accord.graph import ActorGraph, Node, Relation, Tie, build_graph
from accord.model import CanonicalEvent

NODE_ATTRIBUTES = ("name", "kind", "country", "codes", "aliases", "offices", "first", "last")
EDGE_ATTRIBUTES = (
    "relation",
    "event_type",
    "mode",
    "modality",
    "canonical_id",
    "start",
    "end",
    "mutual",
    "detail",
)


@dataclass(frozen=True, slots=True)
class Network:
    nodes: list[tuple[Node, dict[str, str]]]
    edges: list[tuple[Tie, dict[str, str]]]


def network(items: Iterable[CanonicalEvent]) -> Network:
    graph = build_graph(items)
    seen: dict[str, list[date]] = {key: [] for key in graph.nodes}
    edges = []
    for edge in sorted(graph.edges.values(), key=lambda e: (e.source, e.target, e.relation)):
        for tie in edge.ties:
            for key in tie.pair:
                seen[key].extend(day for day in (tie.start, tie.end) if day)
            edges.append((tie, _tie_attributes(tie)))
    nodes = [
        (node, _node_attributes(graph, node, seen[node.key]))
        for node in sorted(graph.nodes.values(), key=lambda n: n.key)
    ]
    return Network(nodes, edges)


def _node_attributes(graph: ActorGraph, node: Node, days: list[date]) -> dict[str, str]:
    offices = [
        f"{office.role} ({office.first or '?'}..{office.last or '?'})"
        for office in graph.offices
        if office.person == node.key
    ]
    return {
        "name": node.name,
        "kind": node.kind.value,
        "country": node.country or "",
        "codes": ";".join(node.codes),
        "aliases": ";".join(node.aliases),
        "offices": ";".join(offices),
        "first": min(days).isoformat() if days else "",
        "last": max(days).isoformat() if days else "",
    }


def _tie_attributes(tie: Tie) -> dict[str, str]:
    if tie.relation is Relation.MEMBERSHIP and tie.change:
        detail = tie.change.value
    elif tie.relation is Relation.OFFICE:
        detail = tie.role or ""
    else:
        detail = ";".join(dict.fromkeys(c.topic for c in tie.commitments))
    return {
        "relation": tie.relation.value,
        "event_type": tie.event_type.value,
        "mode": tie.mode or "",
        "modality": tie.modality.value,
        "canonical_id": tie.canonical_id,
        "start": tie.start.isoformat() if tie.start else "",
        "end": (tie.end or tie.start).isoformat() if tie.start else "",
        "mutual": "false" if tie.directed else "true",
        "detail": detail,
    }


def start_tag(tag: str, attributes: dict[str, str]) -> str:
    """An opening tag on its own line: the graph formats are written element by element,
    so a large graph is never held as one XML tree."""
    written = " ".join(f"{name}={quoteattr(value)}" for name, value in attributes.items())
    return f"<{tag} {written}>\n"


def write_element(output: TextIO, element: Element, level: int) -> None:
    indent(element, space="  ", level=level)
    output.write("  " * level + tostring(element, encoding="unicode").rstrip() + "\n")

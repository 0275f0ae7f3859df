"""GEXF 1.2 in dynamic mode, for Gephi's timeline: nodes live from the first to the last
day a tie names them, and each tie is an edge with the spell of its event. Partnerships
are `mutual` edges in a directed graph, so one file holds both kinds of relation.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TextIO
from xml.etree.ElementTree import Element, SubElement

from accord import __version__
from accord.export.network import (
    EDGE_ATTRIBUTES,
    NODE_ATTRIBUTES,
    network,
    start_tag,
    write_element,
)
from accord.export.registry import ExportFormat
from accord.model import CanonicalEvent

NAMESPACE = "http://www.gexf.net/1.2draft"
SCHEMA = "http://www.gexf.net/1.2draft/gexf.xsd"
_NODE_ONLY = ("name", "first", "last")  # carried by the label and the node's spell


def write_gexf(
    items: Iterable[CanonicalEvent], output: TextIO, *, today: date | None = None
) -> int:
    """Write the graph, one element at a time; return the number of edges."""
    built = network(items)
    output.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    output.write(
        start_tag(
            "gexf",
            {
                "xmlns": NAMESPACE,
                "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation": f"{NAMESPACE} {SCHEMA}",
                "version": "1.2",
            },
        )
    )
    meta = Element("meta", {"lastmodifieddate": (today or date.today()).isoformat()})
    SubElement(meta, "creator").text = f"Accord {__version__}"
    write_element(output, meta, 1)
    graph = {"mode": "dynamic", "defaultedgetype": "directed", "timeformat": "date"}
    output.write("  " + start_tag("graph", graph))
    node_names = [name for name in NODE_ATTRIBUTES if name not in _NODE_ONLY]
    edge_names = [name for name in EDGE_ATTRIBUTES if name not in ("start", "end", "mutual")]
    write_element(output, _declare("node", node_names), 2)
    write_element(output, _declare("edge", edge_names), 2)
    output.write("    <nodes>\n")
    for node, attributes in built.nodes:
        element = Element("node", {"id": node.key, "label": node.name})
        _values(element, node_names, attributes)
        _spell(element, attributes["first"], attributes["last"])
        write_element(output, element, 3)
    output.write("    </nodes>\n    <edges>\n")
    for number, (tie, attributes) in enumerate(built.edges, start=1):
        element = Element(
            "edge",
            {
                "id": f"e{number}",
                "source": tie.source,
                "target": tie.target,
                "type": "directed" if tie.directed else "mutual",
                "label": attributes["relation"],
            },
        )
        _values(element, edge_names, attributes)
        _spell(element, attributes["start"], attributes["end"])
        write_element(output, element, 3)
    output.write("    </edges>\n  </graph>\n</gexf>\n")
    return len(built.edges)


def _declare(scope: str, names: list[str]) -> Element:
    declared = Element("attributes", {"class": scope, "mode": "static"})
    for name in names:
        SubElement(declared, "attribute", {"id": name, "title": name, "type": "string"})
    return declared


def _values(element: Element, names: list[str], attributes: dict[str, str]) -> None:
    present = [name for name in names if attributes[name]]
    if present:
        values = SubElement(element, "attvalues")
        for name in present:
            SubElement(values, "attvalue", {"for": name, "value": attributes[name]})


def _spell(element: Element, start: str, end: str) -> None:
    if start:
        spells = SubElement(element, "spells")
        SubElement(spells, "spell", {"start": start, "end": end or start})


FORMAT = ExportFormat(
    "gexf",
    "the actor graph as dynamic GEXF 1.2 for Gephi's timeline: nodes and ties with spells",
    "edges",
    lambda source, handle: write_gexf(source.canonical_events(), handle),
)

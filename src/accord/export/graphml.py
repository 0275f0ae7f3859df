"""GraphML: actors as nodes, one directed edge per tie with its relation, dates and the
canonical event behind it. Partnerships are undirected relations; GraphML readers
(networkx, Cytoscape) do not take mixed graphs, so they are written directed with
`mutual=true`. Dates are ISO strings (`start`, `end` on edges; `first`, `last` on nodes).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO
from xml.etree.ElementTree import Element, SubElement

from accord.export.network import (
    EDGE_ATTRIBUTES,
    NODE_ATTRIBUTES,
    network,
    start_tag,
    write_element,
)
from accord.export.registry import ExportFormat
from accord.model import CanonicalEvent

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"


def write_graphml(items: Iterable[CanonicalEvent], output: TextIO) -> int:
    """Write the graph, one element at a time; return the number of edges."""
    built = network(items)
    output.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    output.write(
        start_tag(
            "graphml",
            {
                "xmlns": NAMESPACE,
                "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation": f"{NAMESPACE} {SCHEMA}",
            },
        )
    )
    for scope, names in (("node", NODE_ATTRIBUTES), ("edge", EDGE_ATTRIBUTES)):
        for name in names:
            key = {"id": f"{scope[0]}_{name}", "for": scope, "attr.name": name}
            write_element(output, Element("key", {**key, "attr.type": "string"}), 1)
    output.write("  " + start_tag("graph", {"id": "accord", "edgedefault": "directed"}))
    for node, attributes in built.nodes:
        write_element(output, _data(Element("node", {"id": node.key}), "n", attributes), 2)
    for number, (tie, attributes) in enumerate(built.edges, start=1):
        element = Element("edge", {"id": f"e{number}", "source": tie.source, "target": tie.target})
        write_element(output, _data(element, "e", attributes), 2)
    output.write("  </graph>\n</graphml>\n")
    return len(built.edges)


def _data(element: Element, prefix: str, attributes: dict[str, str]) -> Element:
    for name, value in attributes.items():
        if value:
            SubElement(element, "data", {"key": f"{prefix}_{name}"}).text = value
    return element


FORMAT = ExportFormat(
    "graphml",
    "the actor graph as GraphML: one edge per tie, dated, with its canonical event",
    "edges",
    lambda source, handle: write_graphml(source.canonical_events(), handle),
)

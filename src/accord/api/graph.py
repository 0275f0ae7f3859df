"""`/api/graph`: the actor graph of a period, built from the canonical events (see
`accord.graph`): actors, and the dated partnership, hostility, membership and office edges
whose events fall in the period, each with the canonical events that support it."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from accord.api.deps import ReaderDep, StoreDep
from accord.graph import build_graph
from accord.graph.model import Tie

router = APIRouter(prefix="/api", tags=["graph"])

FromDate = Annotated[date | None, Query(alias="from", description="First day (inclusive).")]
ToDate = Annotated[date | None, Query(alias="to", description="Last day (inclusive).")]


@router.get("/graph")
def get_graph(
    store: StoreDep, _reader: ReaderDep, start: FromDate = None, end: ToDate = None
) -> dict[str, Any]:
    """Actors and edges for the period; an edge keeps only the ties dated inside it (an
    undated tie counts only when no period is asked for)."""
    if start and end and end < start:
        raise HTTPException(422, "`to` is before `from`")
    graph = build_graph(store.canonical.iter_canonical())
    edges = []
    for edge in graph.edges.values():
        ties = [tie for tie in edge.ties if _within(tie, start, end)]
        if ties:
            edges.append(
                {
                    "source": edge.source,
                    "target": edge.target,
                    "relation": edge.relation.value,
                    "directed": edge.directed,
                    "first": min((t.start for t in ties if t.start), default=None),
                    "last": max((t.end or t.start for t in ties if t.start), default=None),
                    "event_types": sorted({t.event_type.value for t in ties}),
                    "canonical_ids": list(dict.fromkeys(t.canonical_id for t in ties)),
                }
            )
    ends = {key for edge in edges for key in (edge["source"], edge["target"])}
    nodes = [
        {"key": node.key, "name": node.name, "kind": node.kind.value, "country": node.country}
        for node in graph.nodes.values()
        if node.key in ends
    ]
    return {"from": start, "to": end, "nodes": nodes, "edges": edges}


def _within(tie: Tie, start: date | None, end: date | None) -> bool:
    if tie.start is None:
        return start is None and end is None
    last = tie.end or tie.start
    return (start is None or last >= start) and (end is None or tie.start <= end)

"""`/api/canonical/{id}`: one real-world event merged from many reports, with every report,
the background mentions that refer to it, and the fields on which reports disagree."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from accord.api.deps import ReaderDep, StoreDep
from accord.api.views import actor_json, conflicts_json, report_json
from accord.corrections import machine_values

router = APIRouter(prefix="/api", tags=["events"])


@router.get("/canonical/{canonical_id}")
def get_canonical(canonical_id: str, store: StoreDep, _reader: ReaderDep) -> dict[str, Any]:
    merged = store.canonical.get(canonical_id)
    if merged is None:
        raise HTTPException(404, f"no canonical event {canonical_id!r}")
    event = merged.event
    return {
        "id": merged.id,
        **machine_values(event),
        "quad_class": int(event.quad_class),
        "actors": [actor_json(actor) for actor in event.actors],
        "recipients": [actor_json(actor) for actor in event.recipients],
        "first_seen": merged.first_seen.isoformat() if merged.first_seen else None,
        "outlets": merged.outlets,
        "reports": [report_json(report) for report in merged.reports],
        "mentions": [report_json(report) for report in merged.mentions],
        "conflicts": conflicts_json(merged.conflicts),
    }

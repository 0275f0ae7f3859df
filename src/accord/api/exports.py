"""`/api/export?format=`: every registered export format over HTTP. The PLOVER lines carry
the reviewers' corrections: corrected values in place, the machine's kept under `review`,
and rejected events marked (never silently dropped: the consumer decides)."""

from __future__ import annotations

import io
import json
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

from accord.api.deps import QueriesDep, ReaderDep, ReviewDep, StoreDep
from accord.api.views import apply_edits, review_json
from accord.export.registry import ExportSource, export_formats
from accord.model import EventRole, EventType
from accord.model.plover import codebook
from accord.store.queries import EventQueries
from accord.store.review import Correction, ReviewRepository

router = APIRouter(prefix="/api", tags=["export"])

_MEDIA = {"graphml": "application/xml", "gexf": "application/xml", "acled-csv": "text/csv"}


@router.get("/export")
def export(
    store: StoreDep,
    queries: QueriesDep,
    review: ReviewDep,
    _reader: ReaderDep,
    output_format: Annotated[
        str, Query(alias="format", description="An `accord export` format.")
    ] = "plover-jsonl",
    role: Annotated[str, Query(description="main, background or all.")] = "all",
) -> Response:
    """The whole store in one export format, as `accord export --format` writes it."""
    formats = export_formats()
    if output_format not in formats:
        raise HTTPException(422, f"unknown format {output_format!r}; formats: {', '.join(formats)}")
    if role not in ("main", "background", "all"):
        raise HTTPException(422, "role is main, background or all")
    source = ExportSource(store, None if role == "all" else EventRole(role))
    buffer = io.StringIO()
    formats[output_format].write(source, buffer)
    text = buffer.getvalue()
    if output_format == "plover-jsonl":
        text = _reviewed_plover(text, queries, review)
    jsonl = output_format.endswith("jsonl")
    media = _MEDIA.get(output_format, "application/x-ndjson" if jsonl else "text/plain")
    return Response(text, media_type=f"{media}; charset=utf-8")


def _reviewed_plover(text: str, queries: EventQueries, review: ReviewRepository) -> str:
    records = [json.loads(line) for line in text.splitlines() if line.strip()]
    ids = [int(record["id"].removeprefix("accord-event-")) for record in records]
    signatures = queries.signatures(ids)
    corrections = review.for_signatures(sorted(set(signatures.values())))
    lines = []
    for event_id, record in zip(ids, records, strict=True):
        found = corrections.get(signatures.get(event_id, ""), [])
        if found:
            _apply(record, found)
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(lines)


def _apply(record: dict[str, Any], found: list[Correction]) -> None:
    """Put the corrected values into a PLOVER record (its key names), keeping the machine's."""
    machine = _machine_of(record)
    values = apply_edits(machine, found)
    record["event"] = values["event_type"]
    record["quad_code"] = int(codebook()[EventType(values["event_type"])].quad)
    record["modality"], record["role"] = values["modality"], values["role"]
    record["mode"], record["date"] = values["mode"], values["date"]
    if record.get("event_loc") is not None and values["place"] != machine["place"]:
        record["event_loc"] = {**record["event_loc"], "name": values["place"]}
    record["review"] = review_json(machine, values, found)


def _machine_of(record: dict[str, Any]) -> dict[str, Any]:
    location = record.get("event_loc") or {}
    return {
        "event_type": record["event"],
        "modality": record["modality"],
        "mode": record["mode"],
        "role": record["role"],
        "date": record["date"],
        "place": location.get("name") or location.get("raw_name"),
    }

"""`/api/export?format=`: every registered export format over HTTP, exactly as `accord
export --format` writes it (PLOVER lines with the reviewers' corrections applied, see
`accord.corrections`)."""

from __future__ import annotations

import io
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

from accord.api.deps import ReaderDep, StoreDep
from accord.export.registry import ExportSource, export_formats
from accord.model import EventRole

router = APIRouter(prefix="/api", tags=["export"])

_MEDIA = {"graphml": "application/xml", "gexf": "application/xml", "acled-csv": "text/csv"}


@router.get("/export")
def export(
    store: StoreDep,
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
    jsonl = output_format.endswith("jsonl")
    media = _MEDIA.get(output_format, "application/x-ndjson" if jsonl else "text/plain")
    return Response(buffer.getvalue(), media_type=f"{media}; charset=utf-8")

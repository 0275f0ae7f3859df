"""The bundled sample documents: openly licensed security and defence texts (see NOTICE)."""

from __future__ import annotations

import json
from importlib.resources import files

from accord.ingest.source import parse_iso_date
from accord.ingest.text import markdown_to_text
from accord.model import DateBasis, RawDocument, SourceKind


def sample_documents() -> list[RawDocument]:
    """Every bundled document with the metadata its manifest gives (id, URL, outlet,
    publication date where known, licence and attribution)."""
    folder = files("accord.samples")
    documents = []
    for line in folder.joinpath("manifest.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        text = folder.joinpath("documents", entry["file"]).read_text("utf-8")
        if entry["file"].endswith(".md"):
            text, _ = markdown_to_text(text)
        published = parse_iso_date(entry.get("published"))
        documents.append(
            RawDocument(
                origin=f"samples/{entry['file']}",
                kind=SourceKind.SAMPLE,
                text=text,
                title=entry.get("title"),
                url=entry.get("url"),
                external_id=entry["id"],
                outlet=entry.get("outlet"),
                published=published,
                date_basis=DateBasis.CALLER if published else DateBasis.UNKNOWN,
                language=entry.get("language"),
                metadata={"licence": entry["licence"], "attribution": entry["attribution"]},
            )
        )
    return documents

"""JSON Lines exports: one article per line with `id, url, outlet, title, published,
language, text` (other fields are kept as metadata). The size limit applies to each line,
not to the file, so a large export of ordinary articles goes through."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO, ClassVar

from accord.errors import DocumentError
from accord.ingest.decode import decode_text
from accord.ingest.source import PathSource, SourceContext, parse_iso_date
from accord.model import DateBasis, Issue, RawDocument, Severity, SourceKind

KNOWN_FIELDS = ("id", "url", "outlet", "title", "published", "language", "text")


class JsonlSource(PathSource):
    name: ClassVar[str] = "jsonl"
    suffixes: ClassVar[tuple[str, ...]] = (".jsonl", ".ndjson")

    def documents(self, context: SourceContext) -> Iterator[RawDocument | Issue]:
        try:
            handle = self.path.open("rb")
        except OSError as error:
            code = "ingest.missing" if isinstance(error, FileNotFoundError) else "ingest.unreadable"
            raise DocumentError(
                f"cannot read: {error.strerror}", origin=self.origin, code=code
            ) from None
        seen_any = False
        with handle:
            for number, line in enumerate(_capped_lines(handle, context.max_bytes), start=1):
                if not line.strip():
                    continue
                seen_any = True
                origin = f"{self.origin}:{number}"
                try:
                    yield from self._line(line, origin, context)
                except DocumentError as error:
                    yield Issue(error.code, Severity.ERROR, error.message, origin)
        if not seen_any:
            raise DocumentError(
                "the file has no JSON lines", origin=self.origin, code="ingest.empty"
            )

    def _line(
        self, line: bytes, origin: str, context: SourceContext
    ) -> Iterator[RawDocument | Issue]:
        if len(line) > context.max_bytes:
            raise DocumentError(
                f"the line is {len(line)} bytes, over the size limit of {context.max_bytes}",
                code="ingest.too-large",
            )
        try:
            record = json.loads(decode_text(line, origin))
        except json.JSONDecodeError as error:
            raise DocumentError(
                f"not valid JSON ({error.msg} at column {error.colno})", code="jsonl.invalid"
            ) from None
        if not isinstance(record, dict):
            raise DocumentError("the line is not a JSON object", code="jsonl.invalid")
        yield from record_to_documents(record, origin, SourceKind.JSONL)


def _capped_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """The file's lines, never holding more than `max_bytes` + 1 bytes of one line in
    memory: the rest of an oversized line is skipped, and what is yielded for it is longer
    than `max_bytes`, so it is reported as too large."""
    while line := handle.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
        yield line


def record_to_documents(
    record: Mapping[str, Any], origin: str, kind: SourceKind
) -> Iterator[RawDocument | Issue]:
    """One document from a record of the JSONL article format, with a warning when its
    `published` value is present but not a date."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise DocumentError("the record has no 'text'", code="jsonl.no-text")
    published = parse_iso_date(record.get("published"))
    if record.get("published") and published is None:
        yield Issue(
            "jsonl.bad-date",
            Severity.WARNING,
            f"'published' is {record['published']!r}, not an ISO date; the date is left unknown",
            origin,
        )
    external_id = record.get("id")
    yield RawDocument(
        origin=origin,
        kind=kind,
        text=text,
        title=_string(record.get("title")),
        url=_string(record.get("url")),
        external_id=None if external_id is None else str(external_id),
        outlet=_string(record.get("outlet")),
        published=published,
        date_basis=DateBasis.CALLER if published else DateBasis.UNKNOWN,
        language=_string(record.get("language")),
        metadata={
            key: value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            for key, value in record.items()
            if key not in KNOWN_FIELDS and value is not None
        },
    )


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None

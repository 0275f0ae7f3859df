"""Bytes to text: size limits, binary detection and encoding detection, with clear refusals."""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from accord.errors import DocumentError

_SNIFF_BYTES = 8192
# Control characters that never appear in real text (NUL and most C0 codes, not \t \n \f \r).
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


def read_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing missing, unreadable, empty and oversized files by name."""
    origin = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError("no such file", origin=origin, code="ingest.missing") from None
    except OSError as error:
        raise DocumentError(
            f"cannot read: {error.strerror}", origin=origin, code="ingest.unreadable"
        ) from None
    if size == 0:
        raise DocumentError("the file is empty", origin=origin, code="ingest.empty")
    check_size(size, max_bytes, origin)
    try:
        return path.read_bytes()
    except OSError as error:
        raise DocumentError(
            f"cannot read: {error.strerror}", origin=origin, code="ingest.unreadable"
        ) from None


def check_size(size: int, max_bytes: int, origin: str) -> None:
    if size > max_bytes:
        raise DocumentError(
            f"{_megabytes(size)} is over the size limit of {_megabytes(max_bytes)}; "
            "raise it with --max-bytes or ACCORD_MAX_DOCUMENT_BYTES if the file is genuine",
            origin=origin,
            code="ingest.too-large",
        )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size} bytes"


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding we read: NULs or many control bytes.

    UTF-16 text has NULs too, so a byte-order mark exempts it.
    """
    head = data[:_SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte in _CONTROL)
    return controls > max(8, len(head) // 100)


def decode_text(data: bytes, origin: str) -> str:
    """Decode `data` as UTF-8 (with or without BOM) or UTF-16 with BOM, else detect the
    encoding; refuse binary data and bytes no encoding explains."""
    if not data.strip():
        raise DocumentError("the document has no text", origin=origin, code="ingest.empty")
    if looks_binary(data):
        raise DocumentError(
            "this is a binary file, not text (wrong extension?)",
            origin=origin,
            code="ingest.binary",
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", origin)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None or best.chaos > 0.2:
        raise DocumentError(
            "the bytes are not UTF-8 and no other text encoding explains them; "
            "convert the file to UTF-8",
            origin=origin,
            code="ingest.undecodable",
        )
    return _strict(data, best.encoding, origin)


def _strict(data: bytes, encoding: str, origin: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise DocumentError(
            f"the bytes cannot be decoded as {encoding}; convert the file to UTF-8",
            origin=origin,
            code="ingest.undecodable",
        ) from None

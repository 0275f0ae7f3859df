"""PDF documents: the text layer with page boundaries kept. A scanned PDF (images only) and
an encrypted or damaged one are refused with a message that says so."""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import ClassVar

from accord.errors import DocumentError
from accord.ingest.decode import read_file
from accord.ingest.normalize import clean_text
from accord.ingest.source import PathSource, SourceContext
from accord.model import DateBasis, Issue, RawDocument, SourceKind

PAGE_SEPARATOR = "\n\n"
# pypdf raises its own errors for most damage, and plain Python errors for the rest
# (a truncated object table shows up as KeyError or ValueError deep inside it).
_DAMAGE = (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError, zlib.error)


def pdf_to_document(data: bytes, origin: str, *, url: str | None = None) -> RawDocument:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    if not data.startswith(b"%PDF-"):
        raise DocumentError("not a PDF (no %PDF- header)", origin=origin, code="pdf.invalid")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError("a password is needed")
        pages = [clean_text(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata
        title = (info.title or None) if info else None
        created = info.creation_date if info else None
    except (FileNotDecryptedError, DependencyError):
        raise DocumentError(
            "the PDF is encrypted and needs a password; save a decrypted copy first",
            origin=origin,
            code="pdf.encrypted",
        ) from None
    except (PyPdfError, *_DAMAGE) as error:
        raise DocumentError(
            f"the PDF is damaged or truncated ({type(error).__name__}: {error})",
            origin=origin,
            code="pdf.damaged",
        ) from None
    if not pages:
        raise DocumentError(
            "the PDF has no pages (damaged or truncated?)", origin=origin, code="pdf.damaged"
        )
    if not any(pages):
        raise DocumentError(
            f"the PDF has {len(pages)} page(s) but no text layer (a scanned image?); "
            "run OCR on it first",
            origin=origin,
            code="pdf.no-text",
        )
    text, starts = _join_pages(pages)
    published = created.date() if created else None
    return RawDocument(
        origin=origin,
        kind=SourceKind.PDF,
        text=text,
        title=title,
        url=url,
        published=published,
        date_basis=DateBasis.PDF_METADATA if published else DateBasis.UNKNOWN,
        page_starts=starts,
        metadata={"pages": str(len(pages))},
    )


def _join_pages(pages: list[str]) -> tuple[str, tuple[int, ...]]:
    """The non-empty pages joined by a blank line, and the offset where each page starts
    (an empty page starts where the next one does). The pages are already clean, so
    cleaning the joined text again at storage keeps these offsets."""
    starts: list[int] = []
    text = ""
    for page in pages:
        if text and page:
            text += PAGE_SEPARATOR
        starts.append(len(text))
        text += page
    return text, tuple(starts)


class PdfFileSource(PathSource):
    name: ClassVar[str] = "pdf"
    suffixes: ClassVar[tuple[str, ...]] = (".pdf",)

    def documents(self, context: SourceContext) -> Iterator[RawDocument | Issue]:
        yield pdf_to_document(read_file(self.path, context.max_bytes), self.origin)

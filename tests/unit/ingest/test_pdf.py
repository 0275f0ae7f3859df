from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.errors import DocumentError
from accord.ingest.pdf import PdfFileSource, pdf_to_document
from accord.ingest.source import SourceContext
from accord.model import DateBasis, RawDocument
from tests.factories import COMMUNIQUE_PAGES, make_pdf


def test_text_layer_with_page_boundaries_and_metadata() -> None:
    document = pdf_to_document(make_pdf(COMMUNIQUE_PAGES, title="Joint communique"), "c.pdf")
    assert document.title == "Joint communique"
    assert document.published == date(2024, 8, 28) and document.date_basis is DateBasis.PDF_METADATA
    assert len(document.page_starts) == 2
    for start, page in zip(document.page_starts, COMMUNIQUE_PAGES, strict=True):
        assert document.text[start : start + len(page)] == page
    assert document.metadata["pages"] == "2"


def test_empty_pages_keep_the_offsets_of_the_others() -> None:
    document = pdf_to_document(make_pdf((COMMUNIQUE_PAGES[0], None, COMMUNIQUE_PAGES[1])), "c.pdf")
    last = document.page_starts[2]
    assert document.text[last:] == COMMUNIQUE_PAGES[1]
    assert "\n\n\n" not in document.text


def test_a_scanned_pdf_is_reported_as_such() -> None:
    with pytest.raises(DocumentError, match="no text layer") as raised:
        pdf_to_document(make_pdf((None, None)), "scan.pdf")
    assert raised.value.code == "pdf.no-text"


def test_an_encrypted_pdf_needs_its_password() -> None:
    with pytest.raises(DocumentError, match="encrypted") as raised:
        pdf_to_document(make_pdf(COMMUNIQUE_PAGES, password="s3cret"), "locked.pdf")
    assert raised.value.code == "pdf.encrypted"


def test_an_encrypted_pdf_with_an_empty_password_opens() -> None:
    document = pdf_to_document(make_pdf(COMMUNIQUE_PAGES, password=""), "open.pdf")
    assert COMMUNIQUE_PAGES[1] in document.text


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.95])
def test_a_truncated_pdf_is_refused_as_damaged(fraction: float) -> None:
    data = make_pdf(COMMUNIQUE_PAGES)
    with pytest.raises(DocumentError, match="damaged or truncated") as raised:
        pdf_to_document(data[: int(len(data) * fraction)], "cut.pdf")
    assert raised.value.code == "pdf.damaged"


def test_not_a_pdf() -> None:
    with pytest.raises(DocumentError, match="not a PDF"):
        pdf_to_document(b"<html>hello</html>", "fake.pdf")


def test_pdf_file_source(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    path.write_bytes(make_pdf(COMMUNIQUE_PAGES))
    (document,) = PdfFileSource(path).documents(SourceContext(max_bytes=100_000))
    assert isinstance(document, RawDocument) and document.origin == str(path)

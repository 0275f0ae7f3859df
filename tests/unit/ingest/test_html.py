from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.errors import DocumentError
from accord.ingest.html import HtmlFileSource, html_fragment_to_text, html_to_document
from accord.ingest.source import SourceContext
from accord.model import DateBasis, RawDocument
from tests.factories import ARTICLE_HTML


def test_main_text_and_metadata_are_extracted() -> None:
    document = html_to_document(ARTICLE_HTML.encode(), "pact.html")
    assert document.title == "Arvenia and Belmora sign border security pact"
    assert document.outlet == "Test Wire"
    assert document.published == date(2024, 8, 28)
    assert document.date_basis is DateBasis.HTML_METADATA
    assert document.language == "en"
    assert "pledging joint patrols along their shared border" in document.text
    assert "Cookies policy" not in document.text and "Log in" not in document.text
    assert "\n\n" in document.text  # paragraphs stay apart


def test_a_date_in_the_body_is_not_taken_for_the_publication_date() -> None:
    page = ARTICLE_HTML.replace(
        '<meta property="article:published_time" content="2024-08-28T09:30:00Z">', ""
    ).replace("since 2023.", "since 12 March 2023.")
    document = html_to_document(page.encode(), "pact.html")
    assert document.published is None
    assert document.date_basis is DateBasis.UNKNOWN


def test_malformed_html_still_gives_its_text() -> None:
    broken = (
        "<html><body><div><p>Troops of the joint force withdrew from the northern base on Friday "
        "after a two-year deployment, officials in the capital confirmed to reporters."
        "<p>The handover ceremony was attended by both defence ministers<div></span>"
    )
    document = html_to_document(broken.encode(), "broken.html")
    assert "withdrew from the northern base on Friday" in document.text


@pytest.mark.parametrize(
    "page", ["<html><head><script>var a = 1;</script></head><body></body></html>", "<html>"]
)
def test_a_page_without_main_text_is_refused(page: str) -> None:
    with pytest.raises(DocumentError, match="no main text") as raised:
        html_to_document(page.encode(), "empty.html")
    assert raised.value.code == "html.no-text"


def test_html_file_source_reads_the_file(tmp_path: Path) -> None:
    path = tmp_path / "pact.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    (document,) = HtmlFileSource(path).documents(SourceContext(max_bytes=100_000))
    assert isinstance(document, RawDocument) and document.origin == str(path)


def test_fragments_become_paragraphs() -> None:
    text = html_fragment_to_text("<p>First <b>bold</b> claim.</p><p>Second claim.</p>")
    assert [line for line in text.split("\n") if line] == ["First bold claim.", "Second claim."]


def test_absurdly_deep_nesting_is_refused_quickly() -> None:
    sentence = (
        "<p>Troops withdrew from the base on Friday after two years there, officials said.</p>"
    )
    deep = "<html><body>" + "<div>" * 100_000 + sentence + "</div>" * 100_000 + "</body></html>"
    with pytest.raises(DocumentError, match="no main text"):
        html_to_document(deep.encode(), "deep.html")

from __future__ import annotations

import pytest

from accord.errors import DocumentError
from accord.ingest.fetch import Fetcher
from accord.ingest.source import SourceContext
from accord.ingest.url import UrlSource
from accord.model import RawDocument, SourceKind
from tests.factories import ARTICLE_HTML, COMMUNIQUE_PAGES, make_feed, make_pdf
from tests.http_server import Route, serve

CONTEXT = SourceContext(
    max_bytes=100_000, fetcher=Fetcher(timeout=2.0, max_bytes=100_000, allow_private_addresses=True)
)


def test_urls_are_read_by_their_content_type_or_their_first_bytes() -> None:
    routes = {
        "/page": Route(ARTICLE_HTML.encode()),
        "/communique": Route(make_pdf(COMMUNIQUE_PAGES), content_type="application/pdf"),
        "/unlabelled-pdf": Route(
            make_pdf(COMMUNIQUE_PAGES), content_type="application/octet-stream"
        ),
        "/feed": Route(
            make_feed([{"title": "t", "description": "Troops withdrew from the base on Friday."}]),
            content_type="application/rss+xml",
        ),
        "/note": Route(b"Plain text note about the ceasefire.", content_type="text/plain"),
    }
    with serve(routes) as base:
        page, pdf, unlabelled, feed, note = (
            next(iter(UrlSource(base + path).documents(CONTEXT)))
            for path in ("/page", "/communique", "/unlabelled-pdf", "/feed", "/note")
        )
    assert isinstance(page, RawDocument) and page.kind is SourceKind.URL
    assert page.url == base + "/page" and "joint patrols" in page.text
    assert isinstance(pdf, RawDocument) and pdf.kind is SourceKind.PDF and len(pdf.page_starts) == 2
    assert isinstance(unlabelled, RawDocument) and unlabelled.kind is SourceKind.PDF
    assert isinstance(feed, RawDocument) and feed.kind is SourceKind.FEED
    assert isinstance(note, RawDocument) and note.text == "Plain text note about the ceasefire."


def test_fetching_turned_off_is_a_clear_error() -> None:
    with pytest.raises(DocumentError, match="--no-fetch") as raised:
        list(UrlSource("https://wire.example/a").documents(SourceContext(max_bytes=10)))
    assert raised.value.code == "fetch.disabled"

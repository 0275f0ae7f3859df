"""URLs: fetched once (see `fetch`), then read as HTML, a feed, a PDF or text by their
content type, or by their first bytes when the server does not say."""

from __future__ import annotations

from collections.abc import Iterator

from accord.errors import DocumentError
from accord.ingest.decode import decode_text
from accord.ingest.feed import feed_documents
from accord.ingest.fetch import FetchedPage
from accord.ingest.html import html_to_document
from accord.ingest.pdf import pdf_to_document
from accord.ingest.source import SourceContext
from accord.model import Issue, RawDocument, SourceKind

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
_TEXT_TYPES = ("text/plain", "text/markdown")
_BY_MEDIA_TYPE = (
    (("application/pdf",), "pdf"),
    (_FEED_TYPES, "feed"),
    (_HTML_TYPES, "html"),
    (_TEXT_TYPES, "text"),
)
_BY_FIRST_BYTES = (
    ((b"%pdf-",), "pdf"),
    ((b"<rss", b"<feed"), "feed"),
    ((b"<!doctype html", b"<html"), "html"),
)


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


class UrlSource:
    def __init__(self, url: str) -> None:
        self.url = url
        self.origin = url

    def documents(self, context: SourceContext) -> Iterator[RawDocument | Issue]:
        if context.fetcher is None:
            raise DocumentError(
                "fetching is turned off (--no-fetch); save the page and ingest the file",
                origin=self.origin,
                code="fetch.disabled",
            )
        page = context.fetcher.fetch(self.url)
        yield from _page_documents(page, self.origin, context)


def _page_documents(
    page: FetchedPage, origin: str, context: SourceContext
) -> Iterator[RawDocument | Issue]:
    kind = _format(page)
    if kind == "pdf":
        yield pdf_to_document(page.content, origin, url=page.url)
    elif kind == "feed":
        yield from feed_documents(page.content, origin, context)
    elif kind == "html":
        yield html_to_document(page.content, origin, url=page.url, kind=SourceKind.URL)
    else:
        text = decode_text(page.content, origin)
        yield RawDocument(origin=origin, kind=SourceKind.URL, text=text, url=page.url)


def _format(page: FetchedPage) -> str:
    """ "pdf", "feed", "html" or "text": by the declared type, else by the first bytes."""
    for media_types, kind in _BY_MEDIA_TYPE:
        if page.content_type in media_types:
            return kind
    head = page.content[:512].lstrip().lower()
    for markers, kind in _BY_FIRST_BYTES:
        if any(marker in head for marker in markers):
            return kind
    return "text"

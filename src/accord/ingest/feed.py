"""RSS and Atom feeds with feedparser: each entry's page when it can be fetched, else the
entry's own summary or content, with a warning saying which."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from accord.errors import DocumentError
from accord.ingest.decode import read_file
from accord.ingest.html import html_fragment_to_text, html_to_document
from accord.ingest.source import PathSource, SourceContext
from accord.model import DateBasis, Issue, RawDocument, Severity, SourceKind


def feed_documents(
    data: bytes, origin: str, context: SourceContext
) -> Iterator[RawDocument | Issue]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        reason = parsed.get("bozo_exception")
        detail = f": {reason}" if reason else ""
        raise DocumentError(
            f"not an RSS or Atom feed with entries{detail}", origin=origin, code="feed.invalid"
        )
    channel = parsed.get("feed", {})
    for number, entry in enumerate(entries, start=1):
        entry_origin = f"{origin}#{number}"
        try:
            yield from _entry_documents(entry, channel, entry_origin, context)
        except DocumentError as error:
            yield Issue(error.code, Severity.ERROR, error.message, entry_origin)


def _entry_documents(
    entry: Any, channel: Any, origin: str, context: SourceContext
) -> Iterator[RawDocument | Issue]:
    link = entry.get("link")
    published = _entry_date(entry)
    page: RawDocument | None = None
    if link and context.fetcher is not None:
        try:
            fetched = context.fetcher.fetch(link)
            page = html_to_document(fetched.content, origin, url=fetched.url, kind=SourceKind.FEED)
        except DocumentError as error:
            yield Issue(
                "feed.page-unavailable",
                Severity.WARNING,
                f"the entry's page could not be had ({error.message}); its summary is stored",
                origin,
            )
    text = page.text if page else _entry_text(entry)
    if not text.strip():
        raise DocumentError("the entry has no page, summary or content", code="feed.no-text")
    metadata = {"feed_entry_id": str(entry["id"])} if entry.get("id") else {}
    if page is None:
        metadata["text_from"] = "feed summary"
    date_value = published or (page.published if page else None)
    yield RawDocument(
        origin=origin,
        kind=SourceKind.FEED,
        text=text,
        title=entry.get("title") or (page.title if page else None),
        url=link or None,
        outlet=channel.get("title") or (page.outlet if page else None),
        published=date_value,
        date_basis=_basis(published, page),
        language=_language(channel.get("language")) or (page.language if page else None),
        metadata=metadata,
    )


def _basis(feed_date: date | None, page: RawDocument | None) -> DateBasis:
    if feed_date is not None:
        return DateBasis.FEED
    return page.date_basis if page else DateBasis.UNKNOWN


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    fragment = contents[0].get("value", "") if contents else entry.get("summary", "")
    return html_fragment_to_text(fragment or "")


def _entry_date(entry: Any) -> date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC).date()


def _language(code: object) -> str | None:
    return code.split("-")[0].lower() if isinstance(code, str) and code else None


class FeedFileSource(PathSource):
    name: ClassVar[str] = "feed"
    suffixes: ClassVar[tuple[str, ...]] = (".rss", ".atom", ".xml")

    def documents(self, context: SourceContext) -> Iterator[RawDocument | Issue]:
        yield from feed_documents(read_file(self.path, context.max_bytes), self.origin, context)

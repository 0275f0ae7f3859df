from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.errors import DocumentError
from accord.ingest.feed import FeedFileSource, feed_documents
from accord.ingest.fetch import Fetcher
from accord.ingest.source import SourceContext
from accord.model import DateBasis, Issue, RawDocument, SourceKind
from tests.factories import ARTICLE_HTML, make_feed
from tests.http_server import Route, serve

SUMMARY = (
    "<p>The defence chiefs of Arvenia and Belmora met in the capital to sign a border pact.</p>"
)
OFFLINE = SourceContext(max_bytes=100_000)


def _online() -> SourceContext:
    fetcher = Fetcher(timeout=2.0, max_bytes=100_000, allow_private_addresses=True)
    return SourceContext(max_bytes=100_000, fetcher=fetcher)


def test_without_fetching_each_entry_is_its_summary() -> None:
    feed = make_feed(
        [
            {
                "title": "Pact signed",
                "link": "https://wire.example/pact",
                "guid": "w-1",
                "pubDate": "Wed, 28 Aug 2024 22:30:00 GMT",
                "description": SUMMARY,
            },
            {"title": "Undated", "link": "https://wire.example/other", "description": SUMMARY},
        ]
    )
    first, second = feed_documents(feed, "wire.rss", OFFLINE)
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.kind is SourceKind.FEED
    assert first.title == "Pact signed" and first.outlet == "Test Wire security desk"
    assert first.published == date(2024, 8, 28) and first.date_basis is DateBasis.FEED
    assert first.language == "en"
    assert first.text.strip().startswith("The defence chiefs of Arvenia")
    assert (
        first.metadata["text_from"] == "feed summary" and first.metadata["feed_entry_id"] == "w-1"
    )
    assert second.published is None and second.date_basis is DateBasis.UNKNOWN


def test_entry_pages_are_fetched_and_failures_fall_back_to_the_summary() -> None:
    with serve({"/pact": Route(ARTICLE_HTML.encode())}) as base:
        feed = make_feed(
            [
                {"title": "Pact", "link": base + "/pact", "description": SUMMARY},
                {"title": "Gone", "link": base + "/missing", "description": SUMMARY},
            ]
        )
        items = list(feed_documents(feed, "wire.rss", _online()))
    documents = [item for item in items if isinstance(item, RawDocument)]
    warnings = [item for item in items if isinstance(item, Issue)]
    assert "pledging joint patrols" in documents[0].text  # the whole page, not the summary
    assert "text_from" not in documents[0].metadata
    assert documents[1].metadata["text_from"] == "feed summary"
    assert [w.code for w in warnings] == ["feed.page-unavailable"]
    assert "HTTP 404" in warnings[0].message and warnings[0].origin == "wire.rss#2"


def test_an_entry_with_nothing_in_it_is_reported_and_others_kept() -> None:
    feed = make_feed([{"title": "Empty"}, {"title": "Full", "description": SUMMARY}])
    problem, document = feed_documents(feed, "wire.rss", OFFLINE)
    assert (
        isinstance(problem, Issue)
        and problem.code == "feed.no-text"
        and problem.origin == "wire.rss#1"
    )
    assert isinstance(document, RawDocument)


@pytest.mark.parametrize(
    "data",
    [
        b"this is not xml at all",
        b"<html><body><p>A page</p></body></html>",
        b'<?xml version="1.0"?><rss><channel><title>x</title>',
    ],
)
def test_a_feed_that_is_not_a_feed_is_refused(data: bytes) -> None:
    with pytest.raises(DocumentError, match="not an RSS or Atom feed") as raised:
        list(feed_documents(data, "broken.xml", OFFLINE))
    assert raised.value.code == "feed.invalid"


def test_atom_feed_file(tmp_path: Path) -> None:
    atom = tmp_path / "desk.atom"
    atom.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Atom desk</title><entry><title>Ceasefire holds</title><id>urn:a:1</id>"
        "<updated>2025-01-09T08:00:00Z</updated><link href='https://wire.example/c'/>"
        "<summary>The ceasefire in the east held for a third day, monitors said.</summary>"
        "</entry></feed>"
    )
    (document,) = FeedFileSource(atom).documents(OFFLINE)
    assert isinstance(document, RawDocument)
    assert document.published == date(2025, 1, 9) and document.url == "https://wire.example/c"


def test_an_entity_expansion_bomb_is_not_expanded() -> None:
    entities = "".join(f'<!ENTITY e{level} "{f"&e{level - 1};" * 10}">' for level in range(1, 10))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "boom">{entities}]>'
        '<rss version="2.0"><channel><title>t</title><item><title>&e9;</title>'
        "<description>Troops withdrew from the base on Friday.</description></item></channel></rss>"
    )
    items = list(feed_documents(bomb.encode(), "bomb.rss", OFFLINE))
    assert all(len(getattr(item, "title", "") or "") < 10_000 for item in items)

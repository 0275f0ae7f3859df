"""HTML pages: main text and metadata (title, publication date, site name, language) with
trafilatura. The date is read from the page's metadata only (meta tags, structured data,
the URL path), never from dates that merely appear in the body text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from configparser import ConfigParser
from functools import cache
from typing import ClassVar

from accord.errors import DocumentError
from accord.ingest.decode import decode_text, looks_binary, read_file
from accord.ingest.source import PathSource, SourceContext, parse_iso_date
from accord.model import DateBasis, Issue, RawDocument, SourceKind

_LANG_ATTRIBUTE = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
# Pages with more elements than this are refused by trafilatura rather than parsed for minutes.
_MAX_TREE_SIZE = 500_000
_DATE_PARAMETERS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


@cache
def _trafilatura_config() -> ConfigParser:
    from trafilatura.settings import use_config

    config: ConfigParser = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(_MAX_TREE_SIZE))
    # trafilatura's own timeout uses SIGALRM, which only works in the main thread.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def html_to_document(
    data: bytes, origin: str, *, url: str | None = None, kind: SourceKind = SourceKind.HTML
) -> RawDocument:
    """The main text of an HTML page and its metadata, or a `DocumentError` naming the page
    when it holds no readable main text."""
    import trafilatura

    if looks_binary(data):
        raise DocumentError("this is a binary file, not HTML", origin=origin, code="ingest.binary")
    markup = decode_text(data, origin)
    extracted = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=_DATE_PARAMETERS,
        config=_trafilatura_config(),
    )
    text = getattr(extracted, "text", None)
    if not text or not text.strip():
        raise DocumentError(
            "no main text found in the HTML (an empty page, a script-only page, or not HTML)",
            origin=origin,
            code="html.no-text",
        )
    published = parse_iso_date(getattr(extracted, "date", None))
    language = _LANG_ATTRIBUTE.search(data[:4096])
    return RawDocument(
        origin=origin,
        kind=kind,
        # trafilatura puts one block per line; a blank line between blocks keeps paragraphs.
        text=text.replace("\n", "\n\n"),
        title=getattr(extracted, "title", None),
        url=url or getattr(extracted, "url", None),
        outlet=getattr(extracted, "sitename", None),
        published=published,
        date_basis=DateBasis.HTML_METADATA if published else DateBasis.UNKNOWN,
        language=language.group(1).decode("ascii").lower() if language else None,
    )


class HtmlFileSource(PathSource):
    name: ClassVar[str] = "html"
    suffixes: ClassVar[tuple[str, ...]] = (".html", ".htm", ".xhtml")

    def documents(self, context: SourceContext) -> Iterator[RawDocument | Issue]:
        yield html_to_document(read_file(self.path, context.max_bytes), self.origin)


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary), paragraphs on their own lines."""
    import lxml.html
    from lxml.etree import ParserError

    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment)
    for element in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4"):
        element.tail = "\n\n" + (element.tail or "")
    return str(root.text_content())

"""Plain text and Markdown files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from accord.ingest.decode import decode_text, read_file
from accord.ingest.source import PathSource, SourceContext
from accord.model import Issue, RawDocument, SourceKind

_MARKDOWN_SUFFIXES = (".md", ".markdown")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")
_LIST_MARKER = re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+", re.MULTILINE)
_QUOTE_MARKER = re.compile(r"^\s{0,3}>\s?", re.MULTILINE)


def markdown_to_text(markdown: str) -> tuple[str, str | None]:
    """Readable text from Markdown (headings, links and emphasis kept as their words) and
    the first heading as a title."""
    heading = _HEADING.search(markdown)
    text = _HEADING.sub(r"\1", markdown)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _LIST_MARKER.sub("", text)
    text = _QUOTE_MARKER.sub("", text)
    return text, heading.group(1) if heading else None


class TextFileSource(PathSource):
    """A `.txt` or Markdown file is one document. A Markdown file's first heading is its
    title; a plain text file has none (its first line is not guessed to be one)."""

    name: ClassVar[str] = "text"
    suffixes: ClassVar[tuple[str, ...]] = (".txt", ".text", *_MARKDOWN_SUFFIXES)

    def documents(self, context: SourceContext) -> Iterator[RawDocument | Issue]:
        text = decode_text(read_file(self.path, context.max_bytes), self.origin)
        title = None
        kind = SourceKind.TEXT
        if self.path.suffix.lower() in _MARKDOWN_SUFFIXES:
            text, title = markdown_to_text(text)
            kind = SourceKind.MARKDOWN
        yield RawDocument(origin=self.origin, kind=kind, text=text, title=title)

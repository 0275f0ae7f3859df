"""Documents as they arrive (`RawDocument`) and as they are stored (`Article`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType


class SourceKind(StrEnum):
    """Where a document came from; decides how its text was obtained."""

    TEXT = "text"
    MARKDOWN = "markdown"
    JSONL = "jsonl"
    HTML = "html"
    FEED = "feed"
    PDF = "pdf"
    URL = "url"
    SAMPLE = "sample"


class DateBasis(StrEnum):
    """How the publication date was learned. `UNKNOWN` means no date: it is never guessed."""

    CALLER = "caller"  # given by the person running the ingest (--published, JSONL field)
    HTML_METADATA = "html-metadata"  # meta tags / structured data read by trafilatura
    FEED = "feed"  # the feed entry's published/updated field
    PDF_METADATA = "pdf-metadata"  # the PDF's document information dictionary
    UNKNOWN = "unknown"


class LanguageBasis(StrEnum):
    """How the language was learned."""

    DECLARED = "declared"  # the source said so (JSONL field, HTML lang, feed language)
    DETECTED = "detected"  # identified from the text by lingua
    UNKNOWN = "unknown"  # too short, or not one of the configured languages


def _frozen(mapping: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as a source yields it, before cleaning, language and hashing.

    `origin` names where it was read ("reports/a.html", "feed.xml#3", "export.jsonl:12") so
    that every error and every stored article can point back to it.
    """

    origin: str
    kind: SourceKind
    text: str
    title: str | None = None
    url: str | None = None
    external_id: str | None = None
    outlet: str | None = None
    published: date | None = None
    date_basis: DateBasis = DateBasis.UNKNOWN
    language: str | None = None
    page_starts: tuple[int, ...] = ()
    metadata: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "metadata", _frozen(self.metadata))
        if self.published is None and self.date_basis is not DateBasis.UNKNOWN:
            raise ValueError("a document without a publication date must have date basis UNKNOWN")


@dataclass(frozen=True, slots=True)
class Article:
    """A stored document: clean text plus the metadata every export refers back to.

    `key` is the article's identity across versions: the caller's id, else the URL, else the
    file it came from. Ingesting the same `key` with a different `content_hash` stores a new
    `version`; the old one is kept. `page_starts` are character offsets where PDF pages begin.
    """

    key: str
    text: str
    content_hash: str
    kind: SourceKind
    origin: str
    language: str | None
    language_basis: LanguageBasis
    published: date | None
    date_basis: DateBasis
    title: str | None = None
    url: str | None = None
    external_id: str | None = None
    outlet: str | None = None
    page_starts: tuple[int, ...] = ()
    metadata: Mapping[str, str] = field(default_factory=dict)
    id: int | None = None
    version: int = 1
    is_current: bool = True
    ingested_at: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "metadata", _frozen(self.metadata))

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @property
    def reference(self) -> str:
        """What exports use to point at this article: the caller's id where one was given."""
        if self.external_id is not None:
            return self.external_id
        return f"accord:{self.id}" if self.id is not None else self.key

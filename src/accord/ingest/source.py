"""What every source is: something that yields raw documents (or issues) from one input."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ClassVar, Protocol

from accord.ingest.fetch import Fetcher
from accord.model import Issue, RawDocument


@dataclass(frozen=True, slots=True)
class SourceContext:
    """What sources may use. `fetcher` is None when fetching is off (no network)."""

    max_bytes: int
    fetcher: Fetcher | None = None


class Source(Protocol):
    """One input: a file, a URL. `documents` yields each document it holds, or an `Issue`
    for a part that failed (a broken JSONL line); it raises `DocumentError` when the whole
    input is unusable."""

    origin: str

    def documents(self, context: SourceContext) -> Iterator[RawDocument | Issue]: ...


class FileSource(Protocol):
    """A source read from a file, chosen by the file's suffix."""

    name: ClassVar[str]
    suffixes: ClassVar[tuple[str, ...]]
    origin: str

    def __init__(self, path: Path) -> None: ...

    def documents(self, context: SourceContext) -> Iterator[RawDocument | Issue]: ...


class PathSource:
    """Base of the built-in file sources: keeps the path and names it as the origin."""

    name: ClassVar[str]
    suffixes: ClassVar[tuple[str, ...]]

    def __init__(self, path: Path) -> None:
        self.path = path
        self.origin = str(path)


def parse_iso_date(value: object) -> date | None:
    """A date from 'YYYY-MM-DD' or a full ISO timestamp; None for anything else."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None

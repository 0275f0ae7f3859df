"""Which file source reads which file: built-ins and plugins, all through entry points."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path, PurePath

from accord.errors import ConfigurationError
from accord.ingest.feed import FeedFileSource
from accord.ingest.html import HtmlFileSource
from accord.ingest.jsonl import JsonlSource
from accord.ingest.pdf import PdfFileSource
from accord.ingest.source import FileSource, Source
from accord.ingest.text import TextFileSource
from accord.ingest.url import UrlSource, is_url
from accord.model import Issue, Severity

ENTRY_POINT_GROUP = "accord.sources"
# Used when Accord runs from a source tree that was never installed (no entry points).
_BUILT_IN: tuple[type[FileSource], ...] = (
    TextFileSource,
    JsonlSource,
    HtmlFileSource,
    FeedFileSource,
    PdfFileSource,
)


@cache
def file_sources() -> dict[str, type[FileSource]]:
    """Suffix (".pdf") to source class. A plugin may claim a new suffix; two sources
    claiming the same suffix is a configuration error, reported when first needed."""
    classes = [point.load() for point in entry_points(group=ENTRY_POINT_GROUP)] or list(_BUILT_IN)
    by_suffix: dict[str, type[FileSource]] = {}
    for source_class in classes:
        for suffix in source_class.suffixes:
            other = by_suffix.get(suffix)
            if other is not None and other is not source_class:
                raise ConfigurationError(
                    f"both {other.name!r} and {source_class.name!r} sources claim {suffix} files"
                )
            by_suffix[suffix] = source_class
    return by_suffix


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(file_sources()))


def source_for_file(path: Path) -> FileSource | None:
    source_class = file_sources().get(path.suffix.lower())
    return source_class(path) if source_class else None


def expand_targets(
    targets: Sequence[str], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[Source | Issue]:
    """A source for each URL and file, walking folders recursively. In folders, hidden
    entries are skipped, `include` globs (if any) must match and `exclude` globs must not;
    files of unknown type are skipped with a warning. A missing target is an error."""
    for target in targets:
        if is_url(target):
            yield UrlSource(target)
            continue
        path = Path(target).expanduser()
        if path.is_dir():
            yield from _folder_sources(path, include, exclude)
        elif path.is_file():
            yield _file_source(path, explicit=True)
        else:
            yield Issue("ingest.missing", Severity.ERROR, "no such file or folder", target)


def _folder_sources(
    folder: Path, include: Sequence[str], exclude: Sequence[str]
) -> Iterator[Source | Issue]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if include and not _matches(relative, include):
            continue
        if exclude and _matches(relative, exclude):
            continue
        yield _file_source(path, explicit=False)


def _matches(relative: PurePath, patterns: Sequence[str]) -> bool:
    return any(relative.match(pattern) or relative.name == pattern for pattern in patterns)


def _file_source(path: Path, *, explicit: bool) -> Source | Issue:
    source = source_for_file(path)
    if source is not None:
        return source
    known = ", ".join(supported_suffixes())
    return Issue(
        "ingest.unsupported",
        Severity.ERROR if explicit else Severity.WARNING,
        f"unsupported file type {path.suffix or '(no suffix)'!r}; Accord reads {known}",
        str(path),
    )

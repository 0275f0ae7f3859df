"""Export formats by name: the built-ins and plugins, registered the same way.

A format is a function writing text to a handle from an `ExportSource` (the store, read only
through its repositories, and the caller's choice of events); it returns how many items it
wrote. Plugins add formats under the `accord.exports` entry-point group; none may take a
built-in's name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, TextIO, TypeVar

from accord.errors import AccordError
from accord.model import Article, CanonicalEvent, Event, EventRole, Quote

if TYPE_CHECKING:
    from accord.store import Store

ENTRY_POINT_GROUP = "accord.exports"
BUILT_IN = (
    "plover-jsonl",
    "plover-canonical-jsonl",
    "quotes-jsonl",
    "acled-csv",
    "cameo-tsv",
    "graphml",
    "gexf",
    "stix",
    "ftm",
)
Item = TypeVar("Item")


@dataclass(frozen=True, slots=True)
class ExportSource:
    """What a format may read: stored events or quotes with their articles, or canonical
    events, restricted to main or background events when `role` is given."""

    store: Store
    role: EventRole | None = None

    def events_with_articles(self) -> Iterator[tuple[Event, Article]]:
        events = (
            (event.article_id, event) for event in self.store.events.iter_events(role=self.role)
        )
        return _with_their_articles(self.store, events)

    def quotes_with_articles(self) -> Iterator[tuple[Quote, Article]]:
        return _with_their_articles(self.store, self.store.events.iter_quotes())

    def canonical_with_articles(self) -> Iterator[tuple[CanonicalEvent, dict[int, Article]]]:
        """Each merged event with the articles of its reports, by id."""
        for item in self.canonical_events():
            articles = {
                report.article_id: article
                for report in item.reports
                if (article := self.store.get_article(report.article_id)) is not None
            }
            yield item, articles

    def canonical_events(self) -> Iterator[CanonicalEvent]:
        """The merged events; an error, not an empty file, when no merge has run."""
        if self.store.canonical.count() == 0:
            raise AccordError("no canonical events to export; run `accord merge` first")
        for item in self.store.canonical.iter_canonical():
            if self.role is None or item.event.role is self.role:
                yield item


Writer = Callable[[ExportSource, TextIO], int]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str
    summary: str  # one line for `--help` and the README
    unit: str  # what the count counts: "events", "quotes", "rows"...
    write: Writer


def _with_their_articles(
    store: Store, items: Iterable[tuple[int, Item]]
) -> Iterator[tuple[Item, Article]]:
    """Each item with its article. Items come grouped by article (the store writes an
    article's events and quotes together), so only the current article is kept in memory."""
    current: Article | None = None
    for article_id, item in items:
        if current is None or current.id != article_id:
            current = store.get_article(article_id)
        if current is not None:
            yield item, current


def _built_in() -> dict[str, ExportFormat]:
    from accord.corrections import reviewed_plover_records
    from accord.export import acled, cameo, ftm, gexf, graphml, stix
    from accord.export.plover import write_canonical_plover_jsonl, write_plover_jsonl
    from accord.export.quotes import write_quotes_jsonl

    formats = [
        ExportFormat(
            "plover-jsonl",
            "stored events, one per line, each with the evidence behind its fields and the "
            "reviewers' corrections",
            "events",
            lambda source, handle: write_plover_jsonl(
                reviewed_plover_records(source.events_with_articles(), source.store.review),
                handle,
            ),
        ),
        ExportFormat(
            "plover-canonical-jsonl",
            "canonical events, one per line, with every report's evidence, outlets and conflicts",
            "events",
            lambda source, handle: write_canonical_plover_jsonl(
                source.canonical_with_articles(), handle
            ),
        ),
        ExportFormat(
            "quotes-jsonl",
            "who said what: article, offsets, quoted text, speaker with role",
            "quotes",
            lambda source, handle: write_quotes_jsonl(source.quotes_with_articles(), handle),
        ),
        *(module.FORMAT for module in (acled, cameo, graphml, gexf, stix, ftm)),
    ]
    return {item.name: item for item in formats}


@cache
def export_formats() -> dict[str, ExportFormat]:
    """Every registered format by name."""
    formats = _built_in()
    for point in entry_points(group=ENTRY_POINT_GROUP):
        if point.name in formats:
            raise AccordError(f"a plugin registers {point.name!r}, the name of a built-in export")
        loaded = point.load()
        if not isinstance(loaded, ExportFormat):
            raise AccordError(f"export plugin {point.name!r} is not an ExportFormat")
        formats[point.name] = loaded
    return formats

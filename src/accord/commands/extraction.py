"""`accord extract` and `accord export`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, TextIO, TypeVar

import typer
from rich.markup import escape

from accord.commands.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    DatabaseOption,
    console,
    errors,
    fail,
    open_store,
)
from accord.errors import AccordError
from accord.export.plover import write_plover_jsonl
from accord.export.quotes import write_quotes_jsonl
from accord.extraction import extract_articles
from accord.model import Article, Event, EventRole, Quote
from accord.pipeline.registry import DEFAULT_STAGES, build_pipeline
from accord.store import Store
from accord.terminal import progress_bar

FORMATS = ("plover-jsonl", "quotes-jsonl")
Item = TypeVar("Item")


def extract(
    references: Annotated[
        list[str] | None,
        typer.Argument(
            help="Articles (ids given at ingest, or numbers); all when none is given.",
            show_default=False,
        ),
    ] = None,
    stages: Annotated[
        str, typer.Option(help="Comma-separated registered stage names, in order.")
    ] = ",".join(DEFAULT_STAGES),
    database: DatabaseOption = None,
) -> None:
    """Extract events from stored articles; re-extracting replaces an article's events."""
    try:
        pipeline = build_pipeline([name.strip() for name in stages.split(",") if name.strip()])
        with open_store(database) as store:
            articles, total = _articles(store, references or [])
            with progress_bar(errors, "extract") as advance:
                report = extract_articles(
                    store, pipeline, articles, lambda done: advance(done, total, "")
                )
    except AccordError as error:
        raise fail(error) from None
    console.print(
        f"[bold]articles[/] {report.articles}   [bold]events[/] {report.events}   "
        f"[bold]main events[/] {report.main_events}   [bold]issues[/] {len(report.issues)}"
    )
    for issue in report.issues:
        console.print(f"[red]✗[/] {escape(str(issue))}")
    raise typer.Exit(EXIT_SOME_FAILED if report.issues else EXIT_OK)


def _articles(store: Store, references: list[str]) -> tuple[Iterable[Article], int]:
    """The articles asked for, and how many: all current ones, read in batches, by default."""
    if not references:
        return store.iter_articles(), store.count_articles()
    found = []
    for reference in references:
        article = store.find_article(reference)
        if article is None:
            raise AccordError(f"no article {reference!r}; `accord articles` lists them")
        found.append(article)
    return found, len(found)


def export(
    output_format: Annotated[
        str, typer.Option("--format", help=f"One of: {', '.join(FORMATS)}.")
    ] = "plover-jsonl",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write (default: standard output)."),
    ] = None,
    role: Annotated[str, typer.Option(help="main, background or all events.")] = "all",
    database: DatabaseOption = None,
) -> None:
    """Export stored events (plover-jsonl: one per line, each with the evidence behind its
    fields) or quotes (quotes-jsonl: who said what, with spans)."""
    if output_format not in FORMATS:
        raise typer.BadParameter(f"unknown format {output_format!r}; formats: {', '.join(FORMATS)}")
    if role not in ("main", "background", "all"):
        raise typer.BadParameter("role is main, background or all")
    wanted = None if role == "all" else EventRole(role)
    try:
        with open_store(database) as store:
            writer = _writer(store, output_format, wanted)
            count = writer(sys.stdout) if output is None else _write(writer, output)
    except AccordError as error:
        raise fail(error) from None
    except OSError as error:
        raise fail(AccordError(f"cannot write {output}: {error.strerror}")) from None
    what = "quotes" if output_format == "quotes-jsonl" else "events"
    errors.print(escape(f"{count} {what} written" + (f" to {output}" if output else "")))


def _writer(store: Store, output_format: str, role: EventRole | None) -> Callable[[TextIO], int]:
    if output_format == "quotes-jsonl":
        return lambda handle: write_quotes_jsonl(_quotes_with_articles(store), handle)
    return lambda handle: write_plover_jsonl(_with_articles(store, role), handle)


def _write(writer: Callable[[TextIO], int], output: Path) -> int:
    """Write to a temporary file beside `output`, then put it in place: a failure part-way
    leaves no truncated export behind."""
    partial = output.with_name(output.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            count = writer(handle)
        partial.replace(output)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _quotes_with_articles(store: Store) -> Iterator[tuple[Quote, Article]]:
    return _with_their_articles(store, store.events.iter_quotes())


def _with_articles(store: Store, role: EventRole | None) -> Iterator[tuple[Event, Article]]:
    events = ((event.article_id, event) for event in store.events.iter_events(role=role))
    return _with_their_articles(store, events)


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

"""`accord extract` and `accord export`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

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
from accord.extraction import extract_articles
from accord.model import Article, Event, EventRole
from accord.pipeline.registry import DEFAULT_STAGES, build_pipeline
from accord.store import Store

FORMATS = ("plover-jsonl",)


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
        store = open_store(database)
        articles = _articles(store, references or [])
        pipeline = build_pipeline([name.strip() for name in stages.split(",") if name.strip()])
        with _progress(len(articles)) as advance:
            report = extract_articles(store, pipeline, articles, advance)
    except AccordError as error:
        raise fail(error) from None
    console.print(
        f"[bold]articles[/] {report.articles}   [bold]events[/] {report.events}   "
        f"[bold]main events[/] {report.main_events}   [bold]issues[/] {len(report.issues)}"
    )
    for issue in report.issues:
        console.print(f"[red]✗[/] {issue}")
    raise typer.Exit(EXIT_SOME_FAILED if report.issues else EXIT_OK)


def _articles(store: Store, references: list[str]) -> list[Article]:
    if not references:
        return list(store.iter_articles())
    found = []
    for reference in references:
        article = store.find_article(reference)
        if article is None:
            raise AccordError(f"no article {reference!r}; `accord articles` lists them")
        found.append(article)
    return found


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None]]:
    progress = Progress(
        TextColumn("[bold]extract[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
        disable=not errors.is_terminal,
    )
    task = progress.add_task("", total=total)
    with progress:
        yield lambda done: progress.update(task, completed=done)


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
    """Export stored events, one record per line, each with the evidence behind its fields."""
    if output_format not in FORMATS:
        raise typer.BadParameter(f"unknown format {output_format!r}; formats: {', '.join(FORMATS)}")
    if role not in ("main", "background", "all"):
        raise typer.BadParameter("role is main, background or all")
    try:
        store = open_store(database)
        wanted = None if role == "all" else EventRole(role)
        pairs = _with_articles(store, wanted)
        if output is None:
            count = write_plover_jsonl(pairs, sys.stdout)
        else:
            with output.open("w", encoding="utf-8") as handle:
                count = write_plover_jsonl(pairs, handle)
    except AccordError as error:
        raise fail(error) from None
    errors.print(f"{count} events written" + (f" to {output}" if output else ""))


def _with_articles(store: Store, role: EventRole | None) -> Iterator[tuple[Event, Article]]:
    cache: dict[int, Article] = {}
    for event in store.events.iter_events(role=role):
        if event.article_id not in cache:
            article = store.get_article(event.article_id)
            if article is None:
                continue
            cache[event.article_id] = article
        yield event, cache[event.article_id]

"""`accord extract` and `accord export`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated, TextIO

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
from accord.dedup.rebuild import rebuild
from accord.errors import AccordError
from accord.export.registry import BUILT_IN, ExportSource, export_formats
from accord.extraction import extract_articles
from accord.model import Article, EventRole
from accord.pipeline.registry import DEFAULT_STAGES, build_pipeline
from accord.store import Store
from accord.terminal import progress_bar


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
    merge: Annotated[
        bool, typer.Option(help="Then rebuild the canonical events, as `accord merge` does.")
    ] = True,
    database: DatabaseOption = None,
) -> None:
    """Extract events from stored articles; re-extracting replaces an article's events.
    Canonical events are then rebuilt (`--no-merge` leaves them for `accord merge`)."""
    try:
        pipeline = build_pipeline([name.strip() for name in stages.split(",") if name.strip()])
        with open_store(database) as store:
            articles, total = _articles(store, references or [])
            with progress_bar(errors, "extract") as advance:
                report = extract_articles(
                    store, pipeline, articles, lambda done: advance(done, total, "")
                )
            merged = rebuild(store) if merge else None
    except AccordError as error:
        raise fail(error) from None
    console.print(
        f"[bold]articles[/] {report.articles}   [bold]events[/] {report.events}   "
        f"[bold]main events[/] {report.main_events}   [bold]issues[/] {len(report.issues)}"
        + (f"   [bold]canonical events[/] {merged.canonical}" if merged else "")
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
        str, typer.Option("--format", help=f"One of: {', '.join(BUILT_IN)}, or a plugin's.")
    ] = "plover-jsonl",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write (default: standard output)."),
    ] = None,
    role: Annotated[str, typer.Option(help="main, background or all events.")] = "all",
    database: DatabaseOption = None,
) -> None:
    """Export stored events (plover-jsonl: one per line, each with the evidence behind its
    fields), quotes (quotes-jsonl: who said what, with spans) or canonical events
    (plover-canonical-jsonl, acled-csv, cameo-tsv, graphml, gexf, stix, ftm: merged events
    with their reports, see docs/exports.md)."""
    formats = export_formats()
    if output_format not in formats:
        raise typer.BadParameter(f"unknown format {output_format!r}; formats: {', '.join(formats)}")
    if role not in ("main", "background", "all"):
        raise typer.BadParameter("role is main, background or all")
    wanted = None if role == "all" else EventRole(role)
    try:
        with open_store(database) as store:
            chosen = formats[output_format]
            source = ExportSource(store, wanted)

            def writer(handle: TextIO) -> int:
                return chosen.write(source, handle)

            count = writer(sys.stdout) if output is None else _write(writer, output)
    except AccordError as error:
        raise fail(error) from None
    except OSError as error:
        raise fail(AccordError(f"cannot write {output}: {error.strerror}")) from None
    errors.print(escape(f"{count} {chosen.unit} written" + (f" to {output}" if output else "")))


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

"""The `accord` command line.

Exit codes: 0 all good; 1 some documents failed (the others were stored); 2 usage or
configuration errors (a bad option, an unreachable database).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from accord import __version__
from accord.commands import extraction, merge
from accord.commands.bench import bench_app
from accord.commands.build import build_app
from accord.commands.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    DatabaseOption,
    console,
    errors,
    fail,
    open_store,
    settings_for,
)
from accord.commands.evaluation import eval_app
from accord.commands.graph import graph_app
from accord.commands.serve import run_workbench, serve
from accord.commands.training import train_app
from accord.commands.users import users_app
from accord.errors import AccordError
from accord.ingest import Fetcher, IngestOptions, Ingestor, IngestReport, LanguageIdentifier
from accord.ingest.source import SourceContext
from accord.settings import Settings
from accord.store import ArticleQuery, Store
from accord.terminal import articles_table, print_article, print_report, progress_bar

app = typer.Typer(
    name="accord",
    help="Turn security and defence news and communiqués into verifiable event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        console.print(f"accord {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Accord reads documents and keeps them, ready for event extraction."""


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _read_url_list(path: Path | None) -> list[str]:
    if path is None:
        return []
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise typer.BadParameter(f"cannot read the URL list {path}: {error}") from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@app.command()
def ingest(
    targets: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, folders (read recursively) and http(s) URLs.", show_default=False
        ),
    ] = None,
    url_list: Annotated[
        Path | None, typer.Option("--url-list", help="A file with one URL per line.")
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option("--include", help="In folders, only files matching this glob."),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", help="In folders, skip files matching this glob."),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date YYYY-MM-DD for these documents."),
    ] = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="Outlet for documents that name none.")
    ] = None,
    fetch: Annotated[
        bool, typer.Option("--fetch/--no-fetch", help="Fetch URLs and feed entries' pages.")
    ] = True,
    allow_private_addresses: Annotated[
        bool,
        typer.Option(help="Allow URLs on loopback, private and link-local addresses."),
    ] = False,
    max_bytes: Annotated[
        int | None,
        typer.Option("--max-bytes", min=1, help="Largest file accepted, in bytes."),
    ] = None,
    all_warnings: Annotated[bool, typer.Option(help="List every warning.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    database: DatabaseOption = None,
) -> None:
    """Store documents as clean text with their metadata. Re-ingesting adds nothing."""
    every_target = [*(targets or []), *_read_url_list(url_list)]
    if not every_target:
        raise typer.BadParameter("give at least one file, folder or URL (or --url-list)")
    options = IngestOptions(
        include=tuple(include or ()),
        exclude=tuple(exclude or ()),
        published=_parse_date(published),
        outlet=outlet,
    )
    try:
        settings = settings_for(database)
        context = _source_context(settings, max_bytes, fetch=fetch, private=allow_private_addresses)
        with Store.open(settings.database_url) as store, progress_bar(errors, "ingest") as progress:
            ingestor = Ingestor(store, context, LanguageIdentifier(settings.languages))
            report = ingestor.ingest(every_target, options, progress)
    except AccordError as error:
        raise fail(error) from None
    if as_json:
        console.print_json(json.dumps(_report_json(report)))
    else:
        print_report(console, report, all_warnings=all_warnings)
    raise typer.Exit(EXIT_SOME_FAILED if report.failures else EXIT_OK)


def _source_context(
    settings: Settings, max_bytes: int | None, *, fetch: bool, private: bool
) -> SourceContext:
    limit = max_bytes or settings.max_document_bytes
    fetcher = Fetcher(
        timeout=settings.fetch_timeout,
        max_bytes=limit,
        allow_private_addresses=private or settings.allow_private_addresses,
    )
    return SourceContext(max_bytes=limit, fetcher=fetcher if fetch else None)


def _report_json(report: IngestReport) -> dict[str, object]:
    totals = report.totals
    return {
        "run": report.run_id,
        "stored": totals.stored,
        "new_versions": totals.new_versions,
        "unchanged": totals.unchanged,
        "failed": totals.failed,
        "documents": [
            {
                "origin": item.origin,
                "article": item.result.article_id,
                "version": item.result.version,
                "outcome": item.result.outcome.value,
            }
            for item in report.stored
        ],
        "issues": [
            {
                "origin": issue.origin,
                "code": issue.code,
                "severity": issue.severity.value,
                "message": issue.message,
                "article": issue.article_id,
            }
            for issue in report.issues
        ],
    }


@app.command()
def articles(
    search: Annotated[
        str | None, typer.Option("--search", "-s", help='Full-text search: words and "phrases".')
    ] = None,
    language: Annotated[str | None, typer.Option(help="Only this language (ISO 639-1).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    all_versions: Annotated[bool, typer.Option(help="Include superseded versions.")] = False,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    database: DatabaseOption = None,
) -> None:
    """List stored articles, or search their text."""
    query = ArticleQuery(search, language, outlet, all_versions, limit, offset)
    try:
        with open_store(database) as store:
            found = store.list_articles(query)
            total = store.count_articles(all_versions=all_versions)
    except AccordError as error:
        raise fail(error) from None
    console.print(
        articles_table(found, width=console.width, title=f"{len(found)} shown of {total} articles")
    )


@app.command()
def show(
    reference: Annotated[
        str, typer.Argument(help="The article's id (as given at ingest) or number.")
    ],
    text: Annotated[
        bool, typer.Option("--text/--no-text", help="Print the article's text.")
    ] = True,
    database: DatabaseOption = None,
) -> None:
    """Show one article: metadata, versions, issues and text."""
    try:
        with open_store(database) as store:
            article = store.find_article(reference)
            if article is None:
                errors.print(
                    f"[red]error:[/] no article {escape(repr(reference))}; "
                    "`accord articles` lists them"
                )
                raise typer.Exit(EXIT_SOME_FAILED)
            versions = store.versions(article.key)
            issues = store.issues_for_article(article.id) if article.id is not None else []
    except AccordError as error:
        raise fail(error) from None
    print_article(console, article, versions, issues, with_text=text)


@app.command()
def demo(
    database: DatabaseOption = None,
    open_workbench: Annotated[
        bool | None,
        typer.Option(
            "--serve/--no-serve",
            help="Then serve the workbench on it (default: only when run in a terminal).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Build a fresh demo database from the bundled sample documents and summarise it."""
    from accord.demo import demo_database_url, run_demo

    try:
        settings = settings_for(database)
        run_demo(settings, console, explicit_database=database is not None)
    except AccordError as error:
        raise fail(error) from None
    if open_workbench is None:
        open_workbench = sys.stdin.isatty() and sys.stdout.isatty()
    if open_workbench:
        run_workbench(settings.with_database(database or demo_database_url(settings)))


app.command()(extraction.extract)
app.command()(extraction.export)
app.command()(merge.merge)
app.command()(serve)
eval_app.command("clusters")(merge.evaluate_clusters)
bench_app.command("merge")(merge.bench_merge)
app.add_typer(bench_app, name="bench")
app.add_typer(eval_app, name="eval")
app.add_typer(build_app, name="build")
app.add_typer(graph_app, name="graph")
app.add_typer(users_app, name="users")
app.add_typer(train_app, name="train")

if __name__ == "__main__":
    sys.exit(app())

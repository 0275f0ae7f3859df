"""`accord demo`: a fresh database with the bundled sample documents, their events
extracted, then a summary of both."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from sqlalchemy.engine import make_url

from accord.dedup.rebuild import rebuild
from accord.extraction import extract_articles
from accord.ingest import Ingestor, IngestReport, LanguageIdentifier, SourceContext
from accord.model import DateBasis
from accord.pipeline.registry import build_pipeline
from accord.samples import sample_documents
from accord.settings import Settings
from accord.store import ArticleQuery, Store
from accord.terminal import articles_table, main_events_table, print_report

DEMO_DATABASE = "demo.db"


def demo_database_url(settings: Settings) -> str:
    return f"sqlite:///{settings.home / DEMO_DATABASE}"


def run_demo(settings: Settings, console: Console, *, explicit_database: bool) -> IngestReport:
    """Ingest the samples into a fresh SQLite file under ACCORD_HOME (or into the database
    given with --database, which is not emptied), extract their events, merge reports of
    the same event, and print them."""
    url = settings.database_url if explicit_database else demo_database_url(settings)
    if not explicit_database:
        _remove_sqlite_files(url)
    store = Store.open(url)
    try:
        ingestor = Ingestor(
            store,
            SourceContext(max_bytes=settings.max_document_bytes),
            LanguageIdentifier(settings.languages),
        )
        report = ingestor.ingest_documents(sample_documents())
        _summarise(console, store, report, url)
        extract_articles(store, build_pipeline(), store.iter_articles())
        merged = rebuild(store)
        console.print(main_events_table(store, width=console.width))
        console.print(
            f"{store.events.count()} events in all; the {merged.main_events} main events are "
            f"{merged.canonical} distinct events once reports of the same event are merged. "
            "`accord export` writes them with evidence."
        )
    finally:
        store.close()
    return report


def _remove_sqlite_files(url: str) -> None:
    database = make_url(url).database
    if not database:
        return
    for suffix in ("", "-wal", "-shm"):
        Path(database + suffix).unlink(missing_ok=True)


def _summarise(console: Console, store: Store, report: IngestReport, url: str) -> None:
    shown = store.list_articles(ArticleQuery(limit=1000))
    console.print(
        articles_table(
            shown, width=console.width, title="Accord demo: the bundled sample documents"
        )
    )
    print_report(console, report)
    languages = ", ".join(
        f"{code} {count}" for code, count in sorted(store.language_counts().items())
    )
    undated = sum(1 for article in shown if article.date_basis is DateBasis.UNKNOWN)
    words = sum(article.word_count for article in shown)
    console.print(
        f"{len(shown)} articles, {words:,} words; languages: {languages}; "
        f"{undated} without a publication date (flagged, never guessed)."
    )
    console.print(f"Database: {make_url(url).render_as_string(hide_password=True)}")
    console.print('Try: accord articles --search "Boko Haram" --database ' + url)
    console.print(f"     accord export -o events.jsonl --database {url}")

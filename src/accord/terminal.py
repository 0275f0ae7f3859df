"""How the command line shows things: reports, article lists and articles, with rich."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from rich import box
from rich.console import Console, JustifyMethod
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from accord.ingest.runner import IngestReport, ProgressCallback
from accord.model import Article, DateBasis, EventRole, Issue
from accord.store import Store

_SHOWN_WARNINGS = 10


@contextmanager
def progress_bar(console: Console, label: str) -> Iterator[ProgressCallback]:
    """A progress bar labelled `label`, shown only on a terminal; the callback it yields
    takes (done, total, what is being worked on)."""
    progress = Progress(
        TextColumn(f"[bold]{escape(label)}[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
    task = progress.add_task("", total=None)

    def advance(done: int, total: int, origin: str) -> None:
        progress.update(task, completed=done, total=total, description=escape(origin[-50:]))

    with progress:
        yield advance


def print_report(console: Console, report: IngestReport, *, all_warnings: bool = False) -> None:
    totals = report.totals
    console.print(
        f"[bold]stored[/] {totals.stored}   [bold]new versions[/] {totals.new_versions}   "
        f"[bold]unchanged[/] {totals.unchanged}   "
        f"[bold {'red' if totals.failed else 'green'}]failed[/] {totals.failed}"
    )
    for issue in report.failures:
        console.print(f"[red]✗[/] {escape(str(issue))}")
    warnings = report.warnings
    shown = warnings if all_warnings else warnings[:_SHOWN_WARNINGS]
    for issue in shown:
        console.print(f"[yellow]![/] {escape(str(issue))}")
    if len(warnings) > len(shown):
        counts = Counter(issue.code for issue in warnings[len(shown) :])
        summary = ", ".join(f"{count} × {code}" for code, count in counts.most_common())
        console.print(
            f"[yellow]![/] and {len(warnings) - len(shown)} more warnings ({summary}); "
            "--all-warnings lists them"
        )


def articles_table(articles: Sequence[Article], *, width: int, title: str | None = None) -> Table:
    """One line per article, fitted to `width` columns: the title takes what is left."""
    table = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1, 0, 0))
    fixed = {"#": 3, "id": 18, "published": 10, "lang": 4, "outlet": 14, "words": 5}
    # Each cell has one column of padding on its right.
    title_width = max(12, width - sum(fixed.values()) - 2 * len(fixed) - 3)
    for name, column_width in {**fixed, "title": title_width}.items():
        justify: JustifyMethod = "right" if name in ("#", "words") else "left"
        table.add_column(name, width=column_width, no_wrap=True, justify=justify)
    for article in articles:
        table.add_row(
            str(article.id),
            escape(article.external_id or ""),
            _published(article),
            article.language or "?",
            escape(article.outlet or ""),
            str(article.word_count),
            escape(_title(article)),
        )
    return table


def print_article(
    console: Console,
    article: Article,
    versions: Sequence[Article],
    issues: Sequence[Issue],
    *,
    with_text: bool = True,
) -> None:
    console.print(f"[bold]{escape(article.title or '(no title)')}[/]")
    fields = {
        "article": str(article.id),
        "id": article.external_id or "",
        "version": f"{article.version} of {len(versions)}"
        + ("" if article.is_current else " (superseded)"),
        "url": article.url or "",
        "outlet": article.outlet or "",
        "published": _published(article) + f" ({article.date_basis.value})",
        "language": f"{article.language or 'unknown'} ({article.language_basis.value})",
        "source": f"{article.kind.value}: {article.origin}",
        "words": str(article.word_count),
        "hash": article.content_hash[:16],
    }
    if article.page_starts:
        fields["pages"] = str(len(article.page_starts))
    for key, value in {**fields, **article.metadata}.items():
        if value:
            console.print(f"  [dim]{key:>10}[/]  {escape(str(value))}")
    for issue in issues:
        console.print(f"  [yellow]![/] {escape(issue.message)} [dim]\\[{issue.code}][/]")
    if with_text:
        console.print()
        console.print(escape(article.text), soft_wrap=False)


def _published(article: Article) -> str:
    if article.published is None or article.date_basis is DateBasis.UNKNOWN:
        return "unknown"
    return article.published.isoformat()


def _title(article: Article) -> str:
    return article.title or article.text.split("\n", 1)[0]


def main_events_table(store: Store, *, width: int) -> Table:
    """Each article's main event: who did what to whom, when and where."""
    table = Table(title="Main events", box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1, 0, 0))
    table.add_column("article", no_wrap=True, overflow="ellipsis", max_width=max(12, width // 5))
    for name in ("event", "who", "whom", "when", "where"):
        table.add_column(name, overflow="fold", max_width=max(12, width // 5))
    for event in store.events.iter_events(role=EventRole.MAIN):
        article = store.get_article(event.article_id)
        when = event.date.start.isoformat() if event.date and event.date.start else "unknown"
        if event.date and event.date.precision and event.date.start:
            when += f" ({event.date.precision.value})"
        table.add_row(
            escape(article.reference if article else str(event.article_id)),
            f"{event.event_type.value}" + (f"/{event.mode}" if event.mode else ""),
            escape(", ".join(actor.name for actor in event.actors)),
            escape(", ".join(actor.name for actor in event.recipients)),
            when,
            escape(event.place.name or event.place.raw_name) if event.place else "",
        )
    return table

"""Extraction over stored articles: the pipeline's events written back through the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from accord.errors import AccordError
from accord.model import Article, EventRole, Issue, Severity
from accord.pipeline import Pipeline
from accord.store import Store


@dataclass(slots=True)
class ExtractionReport:
    articles: int = 0
    events: int = 0
    main_events: int = 0
    issues: list[Issue] = field(default_factory=list)


def extract_articles(
    store: Store,
    pipeline: Pipeline,
    articles: Iterable[Article],
    progress: Callable[[int], None] | None = None,
) -> ExtractionReport:
    """Run `pipeline` on `articles` and store each article's events in place of earlier
    ones (one transaction per article). An article on which a stage failed keeps the events
    it had, and the failure is recorded on it."""
    if "events" not in pipeline.provided:
        raise AccordError("the pipeline has no stage that provides events; add events.rules.v1")
    report = ExtractionReport()
    extractor = "+".join(pipeline.names)
    for document in pipeline.run(articles):
        failed = any(issue.severity is Severity.ERROR for issue in document.issues)
        if failed:
            store.record_issues(None, document.issues)
        else:
            store.events.replace_for_article(
                document.article_id, document.events, extractor, document.issues, document.quotes
            )
        report.issues.extend(document.issues)
        report.articles += 1
        report.events += len(document.events)
        report.main_events += sum(1 for e in document.events if e.role is EventRole.MAIN)
        if progress:
            progress(report.articles)
    return report

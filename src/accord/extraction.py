"""Extraction over stored articles: the pipeline's events written back through the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from accord.model import Article, EventRole, Issue
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
    ones (one transaction per article). Failures become issues on the article."""
    report = ExtractionReport()
    extractor = "+".join(pipeline.names)
    for document in pipeline.run(articles):
        store.events.replace_for_article(document.article_id, document.events, extractor)
        if document.issues:
            store.record_issues(None, document.issues)
            report.issues.extend(document.issues)
        report.articles += 1
        report.events += len(document.events)
        report.main_events += sum(1 for e in document.events if e.role is EventRole.MAIN)
        if progress:
            progress(report.articles)
    return report

"""The Sahel canonical events written to a real database, as `accord merge` would leave
them: an article per report, the event stored for each article, then the canonical
events pointing at those rows."""

from __future__ import annotations

from dataclasses import replace

from accord.model import Article, CanonicalEvent, Report
from accord.store import Store
from tests.unit.graph.sahel import sahel_events
from tests.workbench_data import jsonl_article


def _article(report: Report, text: str) -> Article:
    assert report.external_id is not None, "every Sahel report carries its article's id"
    return jsonl_article(
        report.external_id, text, report.published, outlet=report.outlet, url=report.url
    )


def _stored(store: Store, item: CanonicalEvent) -> CanonicalEvent:
    reports = []
    for report in item.reports:
        text = f"Report {report.external_id}: {item.event.event_type.value} news."
        article_id = store.add_article(_article(report, text)).article_id
        evidence = tuple(replace(e, article_id=article_id) for e in item.event.evidence)
        event = replace(item.event, article_id=article_id, evidence=evidence)
        (event_id,) = store.events.replace_for_article(article_id, [event], "events.rules.v1")
        reports.append(replace(report, article_id=article_id, event_id=event_id))
    return replace(item, reports=tuple(reports))


def store_sahel(store: Store) -> list[CanonicalEvent]:
    merged = [_stored(store, item) for item in sahel_events()]
    store.canonical.replace_all(merged, [])
    return merged

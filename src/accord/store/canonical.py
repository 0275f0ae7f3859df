"""Canonical events and near-duplicate links: the merged half of the store (`Store.canonical`).

The merge step (`accord.dedup`) computes them from stored events and hands them here whole;
readers (the graph, the exports, the web UI) get `CanonicalEvent` objects back with their
reports joined to the articles they come from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select

from accord.model import CanonicalEvent, DuplicateLink, FieldConflict, Report
from accord.store.codec import event_from_record, event_to_record
from accord.store.tables import (
    article_duplicates,
    articles,
    canonical_conflicts,
    canonical_events,
    canonical_reports,
)

_REPORT = "report"
_MENTION = "mention"
_BATCH = 500


class CanonicalRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- writing ----------------------------------------------------------------------------

    def replace_all(
        self, merged: Iterable[CanonicalEvent], duplicates: Sequence[DuplicateLink]
    ) -> int:
        """Replace every canonical event and duplicate link by a fresh merge, in one
        transaction, so readers never see half of a rebuild; return how many were stored."""
        with self.engine.begin() as connection:
            connection.execute(delete(canonical_conflicts))
            connection.execute(delete(canonical_reports))
            connection.execute(delete(canonical_events))
            connection.execute(delete(article_duplicates))
            if duplicates:
                connection.execute(article_duplicates.insert(), [_link_row(d) for d in duplicates])
            return _insert(connection, merged)

    def upsert(self, merged: Sequence[CanonicalEvent]) -> int:
        """Store these canonical events in place of those with the same ids."""
        ids = [item.id for item in merged]
        with self.engine.begin() as connection:
            for chunk in _chunks(ids):
                connection.execute(delete(canonical_events).where(canonical_events.c.id.in_(chunk)))
            return _insert(connection, merged)

    # -- reading ----------------------------------------------------------------------------

    def iter_canonical(self, *, since: date | None = None) -> Iterator[CanonicalEvent]:
        """Canonical events first seen on or after `since` (all when None), earliest first."""
        last: tuple[date, str] | None = None
        while True:
            statement = select(canonical_events).order_by(
                func.coalesce(canonical_events.c.first_seen, date.min), canonical_events.c.id
            )
            if since is not None:
                statement = statement.where(canonical_events.c.first_seen >= since)
            if last is not None:
                seen = func.coalesce(canonical_events.c.first_seen, date.min)
                statement = statement.where(
                    (seen > last[0]) | ((seen == last[0]) & (canonical_events.c.id > last[1]))
                )
            with self.engine.connect() as connection:
                rows = connection.execute(statement.limit(_BATCH)).all()
                built = _build(connection, rows)
            if not rows:
                return
            yield from built
            last = (rows[-1].first_seen or date.min, rows[-1].id)

    def get(self, canonical_id: str) -> CanonicalEvent | None:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(canonical_events).where(canonical_events.c.id == canonical_id)
            ).all()
            built = _build(connection, rows)
        return built[0] if built else None

    def count(self) -> int:
        """Canonical events that still have a report (a re-extraction drops reports until
        the next merge), as `iter_canonical` yields them."""
        statement = select(func.count(func.distinct(canonical_reports.c.canonical_id))).where(
            canonical_reports.c.kind == _REPORT
        )
        with self.engine.connect() as connection:
            return int(connection.execute(statement).scalar_one())

    def for_events(self, event_ids: Iterable[int]) -> dict[int, str]:
        """The canonical event each of these stored events reports (mentions excluded)."""
        found: dict[int, str] = {}
        with self.engine.connect() as connection:
            for chunk in _chunks(list(event_ids)):
                statement = select(
                    canonical_reports.c.event_id, canonical_reports.c.canonical_id
                ).where(
                    canonical_reports.c.event_id.in_(chunk),
                    canonical_reports.c.kind == _REPORT,
                )
                found.update(
                    {row.event_id: row.canonical_id for row in connection.execute(statement)}
                )
        return found

    def duplicates(self) -> list[DuplicateLink]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(article_duplicates).order_by(article_duplicates.c.article_id)
            ).all()
        return [DuplicateLink(r.article_id, r.duplicate_of, r.similarity, r.method) for r in rows]


def _chunks(values: Sequence[Any], size: int = _BATCH) -> Iterator[list[Any]]:
    iterator = iter(values)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _insert(connection: Connection, merged: Iterable[CanonicalEvent]) -> int:
    now = datetime.now(UTC)
    count = 0
    for batch in _chunks(list(merged)):
        connection.execute(canonical_events.insert(), [_canonical_row(c, now) for c in batch])
        reports = [row for c in batch for row in _report_rows(c)]
        if reports:
            connection.execute(canonical_reports.insert(), reports)
        conflicts = [_conflict_row(c.id, item) for c in batch for item in c.conflicts]
        if conflicts:
            connection.execute(canonical_conflicts.insert(), conflicts)
        count += len(batch)
    return count


def _canonical_row(item: CanonicalEvent, now: datetime) -> dict[str, object]:
    event = item.event
    when = event.date
    return {
        "id": item.id,
        "event_type": event.event_type.value,
        "date_start": when.start if when else None,
        "date_end": (when.end or when.start) if when else None,
        "date_precision": when.precision.value if when and when.precision else None,
        "country": event.place.country if event.place else None,
        "first_seen": item.first_seen,
        "outlets": item.outlets,
        "record": event_to_record(event),
        "merged_at": now,
    }


def _report_rows(item: CanonicalEvent) -> list[dict[str, object]]:
    tagged = [(_REPORT, r) for r in item.reports] + [(_MENTION, r) for r in item.mentions]
    return [
        {
            "canonical_id": item.id,
            "event_id": report.event_id,
            "article_id": report.article_id,
            "kind": kind,
            "position": position,
            "duplicate_of": report.duplicate_of,
        }
        for position, (kind, report) in enumerate(tagged)
    ]


def _conflict_row(canonical_id: str, conflict: FieldConflict) -> dict[str, object]:
    values = [[value, list(ids)] for value, ids in conflict.values]
    return {"canonical_id": canonical_id, "field": conflict.field, "values": values}


def _link_row(link: DuplicateLink) -> dict[str, object]:
    return {
        "article_id": link.article_id,
        "duplicate_of": link.duplicate_of,
        "similarity": link.similarity,
        "method": link.method,
    }


def _build(connection: Connection, rows: Sequence[Any]) -> list[CanonicalEvent]:
    """Canonical events from their rows, reading their reports and conflicts in two queries."""
    if not rows:
        return []
    ids = [row.id for row in rows]
    reports: dict[str, dict[str, list[Report]]] = defaultdict(lambda: defaultdict(list))
    statement = (
        select(
            canonical_reports,
            articles.c.external_id,
            articles.c.outlet,
            articles.c.url,
            articles.c.published,
        )
        .join(articles, articles.c.id == canonical_reports.c.article_id)
        .where(canonical_reports.c.canonical_id.in_(ids))
        .order_by(canonical_reports.c.canonical_id, canonical_reports.c.position)
    )
    for row in connection.execute(statement):
        report = Report(
            event_id=row.event_id,
            article_id=row.article_id,
            external_id=row.external_id,
            outlet=row.outlet,
            url=row.url,
            published=row.published,
            duplicate_of=row.duplicate_of,
        )
        reports[row.canonical_id][row.kind].append(report)
    conflicts: dict[str, list[FieldConflict]] = defaultdict(list)
    statement = (
        select(canonical_conflicts)
        .where(canonical_conflicts.c.canonical_id.in_(ids))
        .order_by(canonical_conflicts.c.id)
    )
    for row in connection.execute(statement):
        values = tuple((str(value), tuple(int(i) for i in who)) for value, who in row.values)
        conflicts[row.canonical_id].append(FieldConflict(row.field, values))
    built = []
    for row in rows:
        own = reports.get(row.id, {})
        if not own.get(_REPORT):
            continue  # its reports were deleted by a re-extraction; the next merge rebuilds it
        built.append(
            CanonicalEvent(
                id=row.id,
                event=event_from_record(row.record),
                reports=tuple(own[_REPORT]),
                first_seen=row.first_seen,
                outlets=row.outlets,
                conflicts=tuple(conflicts.get(row.id, ())),
                mentions=tuple(own.get(_MENTION, ())),
            )
        )
    return built

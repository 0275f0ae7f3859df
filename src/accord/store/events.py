"""Stored events and their evidence: the event half of the store (`Store.events`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from sqlalchemy import Engine, and_, delete, func, select

from accord.model import Event, EventRole, Evidence, Issue
from accord.store.codec import event_from_record, event_to_record
from accord.store.tables import articles, events, evidence, issues


class EventRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def replace_for_article(
        self,
        article_id: int,
        extracted: Sequence[Event],
        extractor: str,
        problems: Sequence[Issue] = (),
    ) -> list[int]:
        """Store the events extracted from one article, and the problems met doing it, in
        place of those of the previous extraction, in one transaction; return the ids."""
        now = datetime.now(UTC)
        ids = []
        with self.engine.begin() as connection:
            connection.execute(delete(events).where(events.c.article_id == article_id))
            connection.execute(
                delete(issues).where(
                    and_(issues.c.article_id == article_id, issues.c.run_id.is_(None))
                )
            )
            if problems:
                connection.execute(issues.insert(), [issue_row(None, p) for p in problems])
            for event in extracted:
                if event.article_id != article_id:
                    raise ValueError(
                        f"event of article {event.article_id} given for article {article_id}"
                    )
                event_id = connection.execute(
                    events.insert()
                    .values(**_event_row(event, extractor, now))
                    .returning(events.c.id)
                ).scalar_one()
                ids.append(int(event_id))
                if event.evidence:
                    connection.execute(
                        evidence.insert(),
                        [_evidence_row(event_id, item) for item in event.evidence],
                    )
        return ids

    def for_article(self, article_id: int) -> list[Event]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(events.c.id, events.c.record)
                .where(events.c.article_id == article_id)
                .order_by(events.c.id)
            ).all()
        return [event_from_record(row.record, row.id) for row in rows]

    def iter_events(
        self, *, role: EventRole | None = None, batch_size: int = 500
    ) -> Iterator[Event]:
        """Stored events of current article versions, in id order."""
        last_id = 0
        while True:
            statement = (
                select(events.c.id, events.c.record)
                .join(articles, articles.c.id == events.c.article_id)
                .where(events.c.id > last_id, articles.c.is_current)
                .order_by(events.c.id)
                .limit(batch_size)
            )
            if role is not None:
                statement = statement.where(events.c.role == role.value)
            with self.engine.connect() as connection:
                rows = connection.execute(statement).all()
            if not rows:
                return
            for row in rows:
                yield event_from_record(row.record, row.id)
            last_id = rows[-1].id

    def count(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(events)).scalar_one())


def _event_row(event: Event, extractor: str, now: datetime) -> dict[str, object]:
    date = event.date
    return {
        "article_id": event.article_id,
        "extractor": extractor,
        "event_type": event.event_type.value,
        "mode": event.mode,
        "quad_class": int(event.quad_class),
        "modality": event.modality.value,
        "role": event.role.value,
        "date_start": date.start if date else None,
        "date_end": (date.end or date.start) if date else None,
        "date_precision": date.precision.value if date and date.precision else None,
        "country": event.place.country if event.place else None,
        "record": event_to_record(event),
        "extracted_at": now,
    }


def _evidence_row(event_id: int, item: Evidence) -> dict[str, object]:
    return {
        "event_id": event_id,
        "article_id": item.article_id,
        "field": item.field,
        "start": item.span.start,
        "end": item.span.end,
        "text": item.span.text,
        "extractor": item.provenance.extractor,
        "version": item.provenance.version,
        "confidence": item.provenance.confidence,
    }


def issue_row(run_id: int | None, issue: Issue) -> dict[str, object]:
    """An issue as the `issues` table stores it; extraction issues have no ingest run."""
    return {
        "run_id": run_id,
        "article_id": issue.article_id,
        "code": issue.code,
        "severity": issue.severity.value,
        "message": issue.message,
        "origin": issue.origin,
    }

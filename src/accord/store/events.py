"""Stored events and their evidence: the event half of the store (`Store.events`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, and_, delete, func, select

from accord.model import Event, EventRole, Evidence, Issue, Quote, Span
from accord.store.codec import (
    actor_from_record,
    actor_to_record,
    event_from_record,
    event_to_record,
)
from accord.store.tables import articles, events, evidence, issues, quotes


class EventRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def replace_for_article(
        self,
        article_id: int,
        extracted: Sequence[Event],
        extractor: str,
        problems: Sequence[Issue] = (),
        found_quotes: Sequence[Quote] = (),
    ) -> list[int]:
        """Store the events and quotes extracted from one article, and the problems met
        doing it, in place of those of the previous extraction, in one transaction; return
        the events' ids."""
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
            connection.execute(delete(quotes).where(quotes.c.article_id == article_id))
            if found_quotes:
                connection.execute(
                    quotes.insert(), [_quote_row(article_id, q) for q in found_quotes]
                )
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

    def quotes_for_article(self, article_id: int) -> list[Quote]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(quotes).where(quotes.c.article_id == article_id).order_by(quotes.c.start)
            ).all()
        return [_quote(row) for row in rows]

    def iter_quotes(self, *, batch_size: int = 500) -> Iterator[tuple[int, Quote]]:
        """(article id, quote) for the quotes of current article versions, article by article."""
        last_id = 0
        while True:
            statement = (
                select(quotes)
                .join(articles, articles.c.id == quotes.c.article_id)
                .where(quotes.c.id > last_id, articles.c.is_current)
                .order_by(quotes.c.id)
                .limit(batch_size)
            )
            with self.engine.connect() as connection:
                rows = connection.execute(statement).all()
            if not rows:
                return
            for row in rows:
                yield row.article_id, _quote(row)
            last_id = rows[-1].id

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


def _quote_row(article_id: int, quote: Quote) -> dict[str, object]:
    speaker_span = quote.speaker_span
    return {
        "article_id": article_id,
        "start": quote.span.start,
        "end": quote.span.end,
        "text": quote.span.text,
        "speaker": actor_to_record(quote.speaker) if quote.speaker else None,
        "speaker_start": speaker_span.start if speaker_span else None,
        "speaker_end": speaker_span.end if speaker_span else None,
        "speaker_text": speaker_span.text if speaker_span else None,
    }


def _quote(row: Any) -> Quote:
    speaker_span = (
        Span(row.speaker_start, row.speaker_end, row.speaker_text)
        if row.speaker_start is not None
        else None
    )
    return Quote(
        span=Span(row.start, row.end, row.text),
        speaker=actor_from_record(row.speaker) if row.speaker else None,
        speaker_span=speaker_span,
    )

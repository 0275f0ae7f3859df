"""Read models to JSON: events with their evidence in context, and reviewers' corrections
applied on top of what the machine extracted (the machine's value kept beside)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from accord.corrections import apply_edits, machine_values, review_json
from accord.model import (
    Actor,
    Article,
    EventRole,
    EventType,
    Evidence,
    FieldConflict,
    Modality,
    Report,
)
from accord.store.event_index import actor_key
from accord.store.queries import ArticleRef, StoredEvent
from accord.store.review import Correction, ReviewRepository

# Fields a reviewer may edit, and how a new value is checked.
EDITABLE_FIELDS = ("event_type", "modality", "mode", "role", "date", "place")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+|\n")


class CorrectionValueError(ValueError):
    """A corrected value that the field cannot hold."""


def check_value(field: str, value: str) -> str:
    """`value` normalised for `field`, or `CorrectionValueError` saying what is allowed."""
    value = value.strip()
    allowed: dict[str, list[str]] = {
        "event_type": [member.value for member in EventType],
        "modality": [member.value for member in Modality],
        "role": [member.value for member in EventRole],
    }
    if field not in EDITABLE_FIELDS:
        raise CorrectionValueError(f"{field!r} cannot be edited; edit one of {EDITABLE_FIELDS}")
    if field == "event_type":
        value = value.upper()
    if field in allowed and value not in allowed[field]:
        raise CorrectionValueError(f"{value!r} is not a {field}; use one of {allowed[field]}")
    if field == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise CorrectionValueError(f"{value!r} is not a date in YYYY-MM-DD form") from None
    if not value:
        raise CorrectionValueError(f"give the new value of {field}")
    return value


def actor_json(actor: Actor) -> dict[str, Any]:
    return {
        "key": actor_key(actor),
        "name": actor.name,
        "kind": actor.kind.value,
        "country": actor.country,
        "sector": actor.sector.value if actor.sector else None,
        "code": actor.code,
        "role": actor.role,
        "aliases": list(actor.aliases),
    }


def article_json(article: Article | ArticleRef) -> dict[str, Any]:
    """What every view shows of an article it points at (the article page adds its text)."""
    return {
        "id": article.id,
        "reference": article.reference,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
    }


def report_json(report: Report) -> dict[str, Any]:
    """One report of a canonical event: the stored event and the article it came from."""
    return {
        "event_id": report.event_id,
        "article_id": report.article_id,
        "reference": report.external_id or f"accord:{report.article_id}",
        "outlet": report.outlet,
        "url": report.url,
        "published": report.published.isoformat() if report.published else None,
        "duplicate_of": report.duplicate_of,
    }


def conflicts_json(conflicts: Iterable[FieldConflict]) -> list[dict[str, Any]]:
    """The fields on which a canonical event's reports disagree, each value with the
    articles that give it."""
    return [
        {
            "field": conflict.field,
            "values": [{"value": value, "articles": list(ids)} for value, ids in conflict.values],
        }
        for conflict in conflicts
    ]


def event_json(stored: StoredEvent, found: list[Correction]) -> dict[str, Any]:
    """An event as the list shows it: the reviewed values, and the machine's where edited."""
    event = stored.event
    machine = machine_values(event)
    values = apply_edits(machine, found)
    place = event.place
    return {
        "id": event.id,
        "signature": stored.signature,
        "canonical_id": stored.canonical_id,
        **values,
        "quad_class": int(event.quad_class),
        "date_text": event.date.expression if event.date else None,
        "date_end": event.date.end.isoformat() if event.date and event.date.end else None,
        "date_precision": event.date.precision.value
        if event.date and event.date.precision
        else None,
        "country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "contexts": [context.value for context in event.contexts],
        "actors": [actor_json(actor) for actor in event.actors],
        "recipients": [actor_json(actor) for actor in event.recipients],
        "article": article_json(stored.article),
        "extracted_at": stored.extracted_at.isoformat(),
        "review": review_json(machine, values, found),
    }


def events_json(items: Sequence[StoredEvent], review: ReviewRepository) -> list[dict[str, Any]]:
    """Stored events as the lists show them, each with the corrections in force on it."""
    corrections = review.for_signatures([item.signature for item in items])
    return [event_json(item, corrections.get(item.signature, [])) for item in items]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) of `text` holding characters start..end."""
    opening = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        opening = match.end()
    closing = _SENTENCE_END.search(text, end)
    return opening, (closing.start() + 1 if closing else len(text))


def evidence_json(item: Evidence, text: str | None) -> dict[str, Any]:
    """One piece of evidence with the sentence that holds it and the span's place in it."""
    span = item.span
    record: dict[str, Any] = {
        "field": item.field,
        "article_id": item.article_id,
        "start": span.start,
        "end": span.end,
        "text": span.text,
        "extractor": item.provenance.extractor,
        "version": item.provenance.version,
        "confidence": item.provenance.confidence,
        "sentence": None,
    }
    if text is not None and span.relocates_in(text):
        opening, closing = sentence_bounds(text, span.start, span.end)
        record["sentence"] = {
            "start": opening,
            "text": text[opening:closing],
            "before": text[opening : span.start],
            "match": span.text,
            "after": text[span.end : closing],
        }
    return record

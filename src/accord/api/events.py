"""`/api/events`: the filtered list (with `since=` for incremental sync) and one event with
every field's evidence in its sentence, its reports and the reviewers' corrections."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from accord.api.deps import QueriesDep, ReaderDep, ReviewDep, StoreDep
from accord.api.filters import FilterDep, parse_since
from accord.api.views import (
    EDITABLE_FIELDS,
    conflicts_json,
    event_json,
    events_json,
    evidence_json,
    report_json,
)
from accord.corrections import apply_edits, correction_json, machine_values
from accord.dedup.corroboration import corroborated
from accord.model import CanonicalEvent, Event
from accord.store import Store
from accord.store.queries import StoredEvent
from accord.store.review import Correction

router = APIRouter(prefix="/api", tags=["events"])

# Evidence fields shown under each editable field on the event page.
_EVIDENCE_OF = {
    "event_type": ("event_type", "mode"),
    "modality": ("modality",),
    "mode": ("mode",),
    "role": ("role",),
    "date": ("date",),
    "place": ("place",),
}


@router.get("/events")
def list_events(
    queries: QueriesDep,
    review: ReviewDep,
    where: FilterDep,
    _reader: ReaderDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    since: Annotated[
        str | None,
        Query(description="ISO timestamp: events extracted or reviewed after it; deletions."),
    ] = None,
) -> dict[str, Any]:
    """Events of current article versions, newest first. With `since`, only events
    extracted or reviewed (corrected, undone) after it, and the answer also lists events
    deleted since then (re-extraction replaces an article's events) and gives `next_since`
    to pass next time."""
    moment = parse_since(since)
    now = datetime.now(UTC)
    if moment is not None:
        where = replace(where, since=moment)
    page = queries.list_events(where, limit=limit, offset=offset)
    answer: dict[str, Any] = {
        "total": page.total,
        "limit": limit,
        "offset": offset,
        "items": events_json(page.items, review),
    }
    if moment is not None:
        answer["deleted"] = [
            {"id": gone.event_id, "article_id": gone.article_id, "at": gone.deleted_at.isoformat()}
            for gone in queries.deleted_since(moment)
        ]
        answer["next_since"] = now.isoformat().replace("+00:00", "Z")  # safe in a URL
    return answer


@router.get("/events/{event_id}")
def get_event(
    event_id: int, queries: QueriesDep, review: ReviewDep, store: StoreDep, _reader: ReaderDep
) -> dict[str, Any]:
    stored = queries.get_event(event_id)
    if stored is None:
        raise HTTPException(404, f"no event {event_id}; /api/events lists them")
    return event_detail(stored, store, review.for_signature(stored.signature))


def event_detail(stored: StoredEvent, store: Store, history: list[Correction]) -> dict[str, Any]:
    """Everything the event page shows: each field with its evidence and sentence, every
    report, conflicts between reports, and the whole review history."""
    in_force = [correction for correction in history if correction.undone_at is None]
    article = store.get_article(stored.article.id)
    text = article.text if article else None
    event = stored.event
    detail = event_json(stored, in_force)
    detail["fields"] = _field_views(event, in_force, text)
    detail["evidence"] = [evidence_json(item, text) for item in event.evidence]
    detail["history"] = [correction_json(correction) for correction in history]
    canonical = store.canonical.get(stored.canonical_id) if stored.canonical_id else None
    detail["reports"] = _reports(stored, canonical)
    detail["conflicts"] = conflicts_json(canonical.conflicts if canonical else ())
    detail["corroborated"] = _corroborated_json(event, canonical, store)
    return detail


def _corroborated_json(
    event: Event, canonical: CanonicalEvent | None, store: Store
) -> dict[str, Any] | None:
    """What the other reports of the event settle that this article leaves open (an
    unanchored or missing date, a missing or country-only place), with their evidence in
    their own articles; None when the article settles everything itself."""
    if canonical is None:
        return None
    shown = corroborated(event, canonical)
    if shown is event:
        return None
    when = shown.date if shown.date is not event.date else None
    place = shown.place if shown.place is not event.place else None
    texts = {
        item.article_id: article.text
        for item in shown.evidence
        if item.article_id != event.article_id
        and (article := store.get_article(item.article_id)) is not None
    }
    return {
        "canonical_id": canonical.id,
        "date": when.start.isoformat() if when and when.start else None,
        "date_end": when.end.isoformat() if when and when.end else None,
        "date_precision": when.precision.value if when and when.precision else None,
        "date_basis": when.reason if when else None,
        "place": (place.name or place.raw_name) if place else None,
        "country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "evidence": [
            evidence_json(item, texts.get(item.article_id))
            for item in shown.evidence
            if item.article_id != event.article_id
        ],
    }


def _field_views(
    event: Event, in_force: list[Correction], text: str | None
) -> list[dict[str, Any]]:
    """Each editable field (corrected value, machine value, evidence, corrections), then the
    actors and recipients, which are shown with their evidence but not edited here."""
    machine = machine_values(event)
    values = apply_edits(machine, in_force)
    fields = [
        {
            "field": name,
            "value": values[name],
            "machine_value": machine[name],
            "evidence": [
                evidence_json(item, text)
                for source in _EVIDENCE_OF[name]
                for item in event.evidence_for(source)
            ],
            "corrections": [correction_json(c) for c in in_force if c.field == name],
            "editable": True,
        }
        for name in EDITABLE_FIELDS
    ]
    for name, actors in (("actor", event.actors), ("recipient", event.recipients)):
        fields.append(
            {
                "field": name,
                "value": ", ".join(actor.name for actor in actors) or None,
                "machine_value": None,
                "evidence": [evidence_json(item, text) for item in event.evidence_for(name)],
                "corrections": [],
                "editable": False,
            }
        )
    return fields


def _reports(stored: StoredEvent, canonical: CanonicalEvent | None) -> list[dict[str, Any]]:
    if canonical is None:
        article = stored.article
        return [
            {
                "event_id": stored.event.id,
                "article_id": article.id,
                "reference": article.reference,
                "outlet": article.outlet,
                "url": article.url,
                "published": article.published.isoformat() if article.published else None,
                "duplicate_of": None,
            }
        ]
    return [report_json(report) for report in canonical.reports]

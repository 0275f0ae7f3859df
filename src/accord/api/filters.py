"""The facet filters every list and aggregate route accepts, parsed once into the store's
`EventFilter` so the map, timeline, network and list always agree."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import Depends, HTTPException, Query

from accord.model import EventType, Modality
from accord.store.queries import BoundingBox, EventFilter


def event_filter(
    start: Annotated[date | None, Query(description="Events on or after this day.")] = None,
    end: Annotated[date | None, Query(description="Events on or before this day.")] = None,
    actor: Annotated[str | None, Query(description="Actor key, as /api/actors gives.")] = None,
    country: Annotated[
        str | None, Query(description="ISO alpha-3: where it happened or a participant's.")
    ] = None,
    event_type: Annotated[
        list[str] | None, Query(alias="type", description="PLOVER event type(s).")
    ] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="PLOVER quad class.")] = None,
    modality: Annotated[str | None, Query(description="occurred, promised, denied...")] = None,
    role: Annotated[str | None, Query(description="main or background.")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees.")] = None,
    q: Annotated[str | None, Query(description="Full text over the reporting article.")] = None,
    article: Annotated[int | None, Query(description="Only this article's events.")] = None,
) -> EventFilter:
    types = tuple(value.upper() for value in event_type or () if value)
    unknown = [value for value in types if value not in EventType.__members__]
    if unknown:
        raise HTTPException(422, f"unknown PLOVER type(s) {unknown}; use one of {list(EventType)}")
    if modality and modality not in {m.value for m in Modality}:
        raise HTTPException(422, f"unknown modality {modality!r}; use one of {list(Modality)}")
    return EventFilter(
        start=start,
        end=end,
        actor=actor or None,
        country=country or None,
        event_types=types,
        quad_class=quad_class,
        modality=modality or None,
        role=role or None,
        bbox=_bbox(bbox) if bbox else None,
        text=q or None,
        article_id=article,
    )


def _bbox(raw: str) -> BoundingBox:
    try:
        west, south, east, north = (float(part) for part in raw.split(","))
        return BoundingBox(west, south, east, north)
    except ValueError as error:
        raise HTTPException(
            422, f"bbox={raw!r} is not west,south,east,north in degrees ({error})"
        ) from None


def parse_since(raw: str | None) -> datetime | None:
    if raw is None:
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise HTTPException(422, f"since={raw!r} is not an ISO 8601 timestamp") from None
    # The store keeps UTC; a timestamp without an offset is read as UTC too.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


FilterDep = Annotated[EventFilter, Depends(event_filter)]

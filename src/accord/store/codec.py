"""Events to JSON-safe records and back, for the store's `events.record` column."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from accord.model import (
    Actor,
    ActorKind,
    Commitment,
    Context,
    DatePrecision,
    Event,
    EventDate,
    EventRole,
    EventType,
    Evidence,
    Fatalities,
    Modality,
    Place,
    PlacePrecision,
    Provenance,
    Sector,
    Span,
)

Record = dict[str, Any]


def event_to_record(event: Event) -> Record:
    return {
        "article_id": event.article_id,
        "event_type": event.event_type.value,
        "mode": event.mode,
        "contexts": [context.value for context in event.contexts],
        "modality": event.modality.value,
        "role": event.role.value,
        "symmetric": event.symmetric,
        "actors": [actor_to_record(actor) for actor in event.actors],
        "recipients": [actor_to_record(actor) for actor in event.recipients],
        "date": _date_record(event.date),
        "place": asdict(event.place) if event.place else None,
        "commitments": [{"topic": c.topic, "span": asdict(c.span)} for c in event.commitments],
        "fatalities": asdict(event.fatalities) if event.fatalities else None,
        "evidence": [
            {
                "field": e.field,
                "article_id": e.article_id,
                "span": asdict(e.span),
                "provenance": asdict(e.provenance),
            }
            for e in event.evidence
        ],
    }


def actor_to_record(actor: Actor) -> Record:
    record = asdict(actor)
    record["aliases"] = list(actor.aliases)
    return record


def _date_record(value: EventDate | None) -> Record | None:
    if value is None:
        return None
    record = asdict(value)
    record["start"] = value.start.isoformat() if value.start else None
    record["end"] = value.end.isoformat() if value.end else None
    return record


def event_from_record(record: Record, event_id: int | None = None) -> Event:
    return Event(
        id=event_id,
        article_id=record["article_id"],
        event_type=EventType(record["event_type"]),
        mode=record["mode"],
        contexts=tuple(Context(c) for c in record["contexts"]),
        modality=Modality(record["modality"]),
        role=EventRole(record["role"]),
        symmetric=record["symmetric"],
        actors=tuple(actor_from_record(a) for a in record["actors"]),
        recipients=tuple(actor_from_record(a) for a in record["recipients"]),
        date=_date_from_record(record["date"]),
        place=_place_from_record(record["place"]),
        commitments=tuple(Commitment(c["topic"], Span(**c["span"])) for c in record["commitments"]),
        evidence=tuple(
            Evidence(e["field"], e["article_id"], Span(**e["span"]), Provenance(**e["provenance"]))
            for e in record["evidence"]
        ),
        # Records written before fatalities were extracted have no such key.
        fatalities=Fatalities(**record["fatalities"]) if record.get("fatalities") else None,
    )


def actor_from_record(record: Record) -> Actor:
    return Actor(
        name=record["name"],
        kind=ActorKind(record["kind"]),
        country=record["country"],
        sector=Sector(record["sector"]) if record["sector"] else None,
        code=record["code"],
        aliases=tuple(record["aliases"]),
        role=record["role"],
    )


def _date_from_record(record: Record | None) -> EventDate | None:
    if record is None:
        return None
    return EventDate(
        expression=record["expression"],
        precision=DatePrecision(record["precision"]) if record["precision"] else None,
        start=date.fromisoformat(record["start"]) if record["start"] else None,
        end=date.fromisoformat(record["end"]) if record["end"] else None,
        resolved=record["resolved"],
        reason=record["reason"],
    )


def _place_from_record(record: Record | None) -> Place | None:
    if record is None:
        return None
    precision = record.get("precision")
    return Place(**{**record, "precision": PlacePrecision(precision) if precision else None})

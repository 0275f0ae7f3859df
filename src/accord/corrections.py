"""Reviewers' corrections on top of what the machine extracted: the values in force, each
event's review status, and PLOVER records with the corrected values in place, the machine's
kept under `review` and rejected events marked (never silently dropped: the consumer
decides), and the reviewed events that `accord merge` merges. The API's views, the exports
and the merge read corrections through here, so an analyst's correction shows the same
wherever the event goes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from itertools import islice
from typing import Any, TypeVar

from accord.export.plover import plover_record
from accord.model import (
    Article,
    DatePrecision,
    Event,
    EventDate,
    EventRole,
    EventType,
    Modality,
)
from accord.model.plover import codebook
from accord.store.event_index import event_signature
from accord.store.review import Action, Correction, ReviewRepository

_BATCH = 500  # events whose corrections are read in one query
Item = TypeVar("Item")


def machine_values(event: Event) -> dict[str, Any]:
    """The editable fields as the extractor left them, as text."""
    day = event.date
    return {
        "event_type": event.event_type.value,
        "modality": event.modality.value,
        "mode": event.mode,
        "role": event.role.value,
        "date": day.start.isoformat() if day and day.start else None,
        "place": (event.place.name or event.place.raw_name) if event.place else None,
    }


def review_status(found: list[Correction]) -> str:
    """rejected, edited, accepted or unreviewed, from the corrections in force."""
    actions = {correction.action for correction in found}
    whole = [c.action for c in found if c.field is None]
    if whole and whole[-1] is Action.REJECT:
        return "rejected"
    if Action.EDIT in actions:
        return "edited"
    if Action.ACCEPT in actions:
        return "accepted"
    return "unreviewed"


def apply_edits(machine: dict[str, Any], found: list[Correction]) -> dict[str, Any]:
    """The machine's values with the edits in force in their place (accepting or rejecting
    changes no value)."""
    values = dict(machine)
    for correction in found:
        if correction.action is Action.EDIT and correction.field in values:
            values[correction.field] = correction.value
    return values


def review_json(
    machine: dict[str, Any], values: dict[str, Any], found: list[Correction]
) -> dict[str, Any]:
    """The review of one event: its status, the machine's value of each edited field and
    the corrections in force."""
    return {
        "status": review_status(found),
        "machine": {key: machine[key] for key in machine if machine[key] != values[key]},
        "corrections": [correction_json(correction) for correction in found],
    }


def correction_json(correction: Correction) -> dict[str, Any]:
    return {
        "id": correction.id,
        "field": correction.field,
        "action": correction.action.value,
        "value": correction.value,
        "reason": correction.reason,
        "by": correction.username,
        "at": correction.created_at.isoformat(),
        "undone_at": correction.undone_at.isoformat() if correction.undone_at else None,
        "undone_by": correction.undone_by,
    }


def reviewed_plover_records(
    pairs: Iterable[tuple[Event, Article]], review: ReviewRepository
) -> Iterator[dict[str, Any]]:
    """The PLOVER record of each event with the corrections in force applied."""
    signed = ((pair, event_signature(pair[1].key, pair[0])) for pair in pairs)
    for (event, article), found in _in_force(signed, review):
        record = plover_record(event, article)
        if found:
            _apply(record, machine_values(event), found)
        yield record


def reviewed_events(
    events: Iterable[Event], article_keys: Mapping[int, str], review: ReviewRepository
) -> Iterator[Event]:
    """The events as the reviewers left them, for merging: rejected events left out, the
    edits in force in place of the machine's values (`article_keys`: each article's key, by
    id, which with the event's signature identifies its corrections)."""
    signed = ((event, event_signature(article_keys[event.article_id], event)) for event in events)
    for event, found in _in_force(signed, review):
        if not found:
            yield event
        elif review_status(found) != "rejected":
            yield _edited(event, apply_edits(machine_values(event), found))


def _in_force(
    signed: Iterable[tuple[Item, str]], review: ReviewRepository
) -> Iterator[tuple[Item, list[Correction]]]:
    """Each item (given with its event's signature) with the corrections in force on that
    event, read _BATCH events at a time."""
    iterator = iter(signed)
    while chunk := list(islice(iterator, _BATCH)):
        corrections = review.for_signatures(sorted({signature for _, signature in chunk}))
        for item, signature in chunk:
            yield item, corrections.get(signature, [])


def _edited(event: Event, values: dict[str, Any]) -> Event:
    """`event` with the reviewed values of its editable fields."""
    day = event.date
    if values["date"] != machine_values(event)["date"]:
        chosen = date.fromisoformat(values["date"])
        day = EventDate(f"corrected: {values['date']}", DatePrecision.DAY, chosen, chosen)
    place = event.place
    if place is not None and values["place"] != (place.name or place.raw_name):
        place = replace(place, name=values["place"])
    return replace(
        event,
        event_type=EventType(values["event_type"]),
        modality=Modality(values["modality"]),
        role=EventRole(values["role"]),
        mode=values["mode"],
        date=day,
        place=place,
    )


def _apply(record: dict[str, Any], machine: dict[str, Any], found: list[Correction]) -> None:
    """Put the corrected values into a PLOVER record (its key names), keeping the machine's."""
    values = apply_edits(machine, found)
    record["event"] = values["event_type"]
    record["quad_code"] = int(codebook()[EventType(values["event_type"])].quad)
    record["modality"], record["role"] = values["modality"], values["role"]
    record["mode"], record["date"] = values["mode"], values["date"]
    if record.get("event_loc") is not None and values["place"] != machine["place"]:
        record["event_loc"] = {**record["event_loc"], "name": values["place"]}
    record["review"] = review_json(machine, values, found)

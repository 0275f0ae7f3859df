"""CSV with ACLED-style columns: one row per canonical event, for analysts used to ACLED.

ACLED's categories are derived from PLOVER (`acled_category`); its precision codes from
Accord's date and place precision. `fatalities` is the low end of the death toll the
reports give (ACLED's conservative reading; the full range is in `notes`), and empty rather
than ACLED's 0 when no report counts the dead, which would claim that none were killed. The
columns are described in `docs/exports.md` (the data dictionary).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from accord.export.registry import ExportFormat
from accord.export.summary import actor_label, country_name, event_country, outlets, summary, urls
from accord.graph.relations import dates_of
from accord.model import (
    ActorKind,
    CanonicalEvent,
    DatePrecision,
    Event,
    EventType,
    PlacePrecision,
    Sector,
)

COLUMNS = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "time_precision",
    "source",
    "notes",
    "fatalities",
    "plover_event",
    "plover_mode",
    "modality",
    "source_urls",
)

_REMOTE = {
    "aerial": "Air/drone strike",
    "drone": "Air/drone strike",
    "heavy-weapons": "Shelling/artillery/missile attack",
    "explosives": "Remote explosive/landmine/IED",
    "suicide-attack": "Suicide bomb",
}
_ARMED_SECTORS = frozenset({Sector.MIL, Sector.REB, Sector.COP, Sector.SPY})
_GEO = {
    PlacePrecision.POINT: 1,
    PlacePrecision.CITY: 1,
    PlacePrecision.ADMIN1: 3,
    PlacePrecision.COUNTRY: 3,
    PlacePrecision.REGION: 3,
}
_TIME = {DatePrecision.DAY: 1, DatePrecision.WEEK: 2, DatePrecision.MONTH: 3, DatePrecision.YEAR: 3}


def acled_category(event: Event) -> tuple[str, str]:
    """ACLED's event type and sub-event type for a PLOVER event, as PLOVER codes it: an
    attack that was only threatened is a strategic development, not a battle."""
    kind, mode = event.plover_coding()
    if kind is EventType.ASSAULT:
        return _violence(event)
    if kind is EventType.PROTEST:
        if mode == "riot":
            return "Riots", "Violent demonstration"
        return "Protests", "Peaceful protest"
    return "Strategic developments", _STRATEGIC.get((kind, mode), "Other")


_STRATEGIC = {
    (EventType.AGREE, None): "Agreement",
    (EventType.COERCE, "arrest"): "Arrests",
    (EventType.COERCE, "seize"): "Looting/property destruction",
}


def _violence(event: Event) -> tuple[str, str]:
    if event.mode in _REMOTE:
        return "Explosions/Remote violence", _REMOTE[event.mode]
    if event.mode == "abduct":
        return "Violence against civilians", "Abduction/forced disappearance"
    if event.mode == "sexual":
        return "Violence against civilians", "Sexual violence"
    armed = [
        actor
        for actor in event.recipients
        if actor.kind is ActorKind.ARMED_GROUP or actor.sector in _ARMED_SECTORS
    ]
    if armed:
        return "Battles", "Armed clash"
    return "Violence against civilians", "Attack"


def acled_row(item: CanonicalEvent) -> dict[str, str]:
    event = item.event
    start, _ = dates_of(item)
    event_type, sub_event_type = acled_category(event)
    place = event.place
    actors = [actor_label(actor) for actor in event.actors]
    recipients = [actor_label(actor) for actor in event.recipients]
    precision = event.date.precision if event.date and event.date.resolved else None
    return {
        "event_id_cnty": item.id,
        "event_date": start.isoformat() if start else "",
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actors[0],
        "assoc_actor_1": "; ".join(actors[1:]),
        "actor2": recipients[0] if recipients else "",
        "assoc_actor_2": "; ".join(recipients[1:]),
        "country": country_name(event_country(item)),
        "location": (place.name or place.raw_name) if place else "",
        "latitude": _number(place.latitude if place else None),
        "longitude": _number(place.longitude if place else None),
        "geo_precision": str(_GEO[place.precision]) if place and place.precision else "",
        "time_precision": str(_TIME[precision]) if precision else "3",
        "source": "; ".join(outlets(item)),
        "notes": _notes(item),
        "fatalities": str(event.fatalities.low) if event.fatalities else "",
        "plover_event": event.plover_coding()[0].value,
        "plover_mode": event.plover_coding()[1] or "",
        "modality": event.modality.value,
        "source_urls": " ".join(urls(item)),
    }


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def write_acled_csv(items: Iterable[CanonicalEvent], output: TextIO) -> int:
    writer = csv.DictWriter(output, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for item in items:
        writer.writerow(acled_row(item))
        count += 1
    return count


FORMAT = ExportFormat(
    "acled-csv",
    "canonical events as CSV with ACLED-style columns (data dictionary in docs/exports.md)",
    "events",
    lambda source, handle: write_acled_csv(source.canonical_events(), handle),
)


def _notes(item: CanonicalEvent) -> str:
    """The event's summary, and the death toll's range when the reports disagree on it."""
    toll = item.event.fatalities
    if toll is None or toll.low == toll.high:
        return summary(item)
    return f"{summary(item)} Reports give {toll} killed."

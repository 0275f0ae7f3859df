from __future__ import annotations

import pytest

from accord.model import PlacePrecision
from accord.stages.places import Gazetteer
from accord.stages.places.counties import county_states

_STATES = {"OH": {"name": "Ohio"}, "PA": {"name": "Pennsylvania"}, "XX": {"name": "Nowhere"}}


def _state_named(name: str) -> str | None:
    return None if name == "Nowhere" else f"place:{name}"


def test_counties_map_to_every_state_holding_one_of_that_name() -> None:
    counties = [
        {"name": "Washington County", "state": "OH"},
        {"name": "Washington County", "state": "PA"},
        {"name": "Cuyahoga County", "state": "OH"},
    ]
    assert county_states(counties, _STATES, _state_named) == {
        "washington county": ["place:Ohio", "place:Pennsylvania"],
        "cuyahoga county": ["place:Ohio"],
    }


def test_counties_of_unknown_states_are_left_out() -> None:
    counties = [{"name": "Lost County", "state": "XX"}, {"name": "Odd County", "state": "ZZ"}]
    assert county_states(counties, _STATES, _state_named) == {}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    loaded = Gazetteer(towns=False)
    loaded.load()
    return loaded


def test_a_us_county_resolves_to_its_state(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Cuyahoga County")
    assert place is not None
    assert (place.name, place.country, place.precision) == ("Ohio", "USA", PlacePrecision.ADMIN1)
    assert place.raw_name == "Cuyahoga County"


def test_a_namesake_region_abroad_wins_unless_the_story_is_american(gazetteer: Gazetteer) -> None:
    english = gazetteer.resolve("Suffolk County")
    american = gazetteer.resolve("Suffolk County", country_hints=["USA"])
    assert english is not None and english.country == "GBR"
    assert american is not None and american.country == "USA"

"""An article's focus, and names read in its light: unknown names placed there, namesakes
near it preferred."""

from __future__ import annotations

import pytest

from accord.model import Place, PlacePrecision
from accord.stages.places import Gazetteer
from accord.stages.places.focus import article_focus, in_context, is_placed_at_focus, localised


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    loaded = Gazetteer()
    loaded.load()
    return loaded


def _alone(gazetteer: Gazetteer, *names: str) -> list[tuple[str, Place | None]]:
    return [(name, gazetteer.resolve(name, country_hints=("USA",))) for name in names]


def _focus(gazetteer: Gazetteer, *names: str) -> Place | None:
    return article_focus([place for _, place in _alone(gazetteer, *names) if place], gazetteer)


def test_the_focus_is_the_city_the_other_places_surround(gazetteer: Gazetteer) -> None:
    # "Columbus" is the larger city, but Louisiana and Baton Rouge sit near New Orleans.
    focus = _focus(gazetteer, "New Orleans", "Louisiana", "Baton Rouge", "Columbus", "Columbus")
    assert focus is not None and focus.name == "New Orleans"


def test_the_focus_country_is_where_most_places_lie(gazetteer: Gazetteer) -> None:
    focus = _focus(gazetteer, "Lagos", "Abuja", "Kano", "London")
    assert focus is not None and focus.country == "NGA"


def test_only_a_country_makes_the_country_the_focus(gazetteer: Gazetteer) -> None:
    focus = article_focus([gazetteer.resolve("Chad")], gazetteer)  # type: ignore[list-item]
    assert focus is not None
    assert (focus.country, focus.precision) == ("TCD", PlacePrecision.COUNTRY)


def test_no_place_no_focus(gazetteer: Gazetteer) -> None:
    assert article_focus([], gazetteer) is None
    assert in_context([("Frobnitz Street", None)], gazetteer) == [None]


def test_an_unknown_street_lies_at_the_focus_and_says_so(
    gazetteer: Gazetteer,
) -> None:
    named = _alone(gazetteer, "New Orleans", "Frobnitz Street", "Louisiana")
    street = in_context(named, gazetteer)[1]
    assert street is not None
    assert (street.raw_name, street.name, street.country) == (
        "Frobnitz Street",
        "New Orleans",
        "USA",
    )
    assert street.precision is PlacePrecision.CITY
    assert street.gazetteer_id == f"focus:{named[0][1].gazetteer_id}"  # name not found
    assert is_placed_at_focus(street) and not is_placed_at_focus(named[0][1])


def test_common_nouns_do_not_move_the_focus(gazetteer: Gazetteer) -> None:
    # "mills" is a town in Wyoming; a story's lower-case words say nothing of where it is.
    named = [("mills", gazetteer.resolve("Mills", country_hints=("USA",)))] * 3
    named += _alone(gazetteer, "New Orleans")
    focus_of_unknown = in_context([*named, ("Frobnitz Street", None)], gazetteer)[-1]
    assert focus_of_unknown is not None and focus_of_unknown.name == "New Orleans"


def test_a_namesake_near_the_focus_beats_a_far_one(gazetteer: Gazetteer) -> None:
    focus = gazetteer.resolve("New Orleans")
    franklin = gazetteer.resolve("Franklin", country_hints=("USA",))
    assert franklin is not None and franklin.latitude is not None and franklin.latitude > 33
    near = localised(franklin, focus, gazetteer)
    assert near.country == "USA" and near.latitude is not None and near.latitude < 31
    assert near.raw_name == "Franklin"


def test_a_place_with_no_namesake_near_the_focus_stays(gazetteer: Gazetteer) -> None:
    focus = gazetteer.resolve("New Orleans")
    vienna = gazetteer.resolve("Vienna")
    assert vienna is not None
    assert localised(vienna, focus, gazetteer) == vienna


def test_countries_and_regions_are_never_moved(gazetteer: Gazetteer) -> None:
    focus = gazetteer.resolve("Atlanta")
    georgia = gazetteer.resolve("Georgia")  # the country, with no US hint
    assert georgia is not None
    assert localised(georgia, focus, gazetteer) == georgia


def test_the_focus_country_is_read_from_towns_before_country_names(gazetteer: Gazetteer) -> None:
    # News names the parties' countries again and again; its towns say where it happened.
    focus = _focus(gazetteer, "France", "France", "France", "Abidjan", "France")
    assert focus is not None and focus.name == "Abidjan"


def test_a_story_between_two_countries_has_no_focus(gazetteer: Gazetteer) -> None:
    assert _focus(gazetteer, "Lagos", "Niamey", "Nigeria", "Niger") is None

from __future__ import annotations

import pytest

from accord.model import PlacePrecision
from accord.stages.places import Gazetteer
from accord.stages.places.embedded import embedded_parts, resolve_embedded


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    loaded = Gazetteer()
    loaded.load()
    return loaded


def test_parts_are_the_of_complement_then_leading_words_longest_first() -> None:
    assert embedded_parts("Borno State Police Command") == [
        "Borno State Police",
        "Borno State",
        "Borno",
    ]
    assert embedded_parts("University of Maiduguri") == ["Maiduguri"]
    assert embedded_parts("Bank of Central African States") == ["Central African States"]
    assert embedded_parts("Kano") == []


def test_a_whole_name_that_resolves_is_kept(gazetteer: Gazetteer) -> None:
    place = resolve_embedded(gazetteer, "Kaduna State")
    assert place is not None and place.precision is PlacePrecision.ADMIN1


def test_an_institution_resolves_to_the_place_it_names(gazetteer: Gazetteer) -> None:
    place = resolve_embedded(gazetteer, "Borno State Police Command")
    assert place is not None
    assert (place.raw_name, place.country, place.precision) == (
        "Borno State Police Command",
        "NGA",
        PlacePrecision.ADMIN1,
    )
    university = resolve_embedded(gazetteer, "University of Maiduguri")
    assert university is not None and university.name == "Maiduguri"


def test_a_leading_demonym_gives_its_country_or_region(gazetteer: Gazetteer) -> None:
    embassy = resolve_embedded(gazetteer, "Nigerian Embassy")
    assert embassy is not None
    assert (embassy.country, embassy.precision) == ("NGA", PlacePrecision.COUNTRY)
    bank = resolve_embedded(gazetteer, "African Development Bank")
    assert bank is not None
    assert (bank.name, bank.precision) == ("Africa", PlacePrecision.REGION)


def test_parts_never_fall_to_small_towns(gazetteer: Gazetteer) -> None:
    # Nenagh is only in the town tier: a name beginning with it does not resolve to it.
    assert gazetteer.resolve("Nenagh", country_hints=["IRL"]) is not None
    assert resolve_embedded(gazetteer, "Nenagh Courthouse Annex", country_hints=["IRL"]) is None


def test_names_with_no_place_in_them_stay_unresolved(gazetteer: Gazetteer) -> None:
    assert resolve_embedded(gazetteer, "Supreme Court") is None

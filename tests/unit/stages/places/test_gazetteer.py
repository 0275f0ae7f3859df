from __future__ import annotations

import pytest

from accord.errors import ConfigurationError
from accord.model import PlacePrecision
from accord.stages.places import Gazetteer, GazetteerNotLoadedError


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    loaded = Gazetteer()
    loaded.load()
    return loaded


def test_lookup_before_load_says_how_to_fix() -> None:
    with pytest.raises(GazetteerNotLoadedError, match=r"call Gazetteer\.load\(\)"):
        Gazetteer().resolve("Niamey")


def test_capital_resolves_to_the_city(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Niamey")
    assert place is not None
    assert (place.name, place.country, place.precision) == ("Niamey", "NER", PlacePrecision.CITY)
    assert place.latitude == pytest.approx(13.51, abs=0.05)
    assert place.longitude == pytest.approx(2.11, abs=0.05)


def test_accents_and_case_do_not_matter(gazetteer: Gazetteer) -> None:
    spellings = ["Tillabéri", "Tillaberi", "TILLABERI", "tillabéri"]
    places = [gazetteer.resolve(spelling) for spelling in spellings]
    assert {place.gazetteer_id for place in places if place} == {"geonames:2438678"}
    assert all(place is not None and place.country == "NER" for place in places)


@pytest.mark.parametrize("name", ["Côte d'Ivoire", "Cote d’Ivoire", "Ivory Coast", "COTE D'IVOIRE"])
def test_ivory_coast_in_its_spellings(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.resolve(name)
    assert place is not None
    assert (place.country, place.precision) == ("CIV", PlacePrecision.COUNTRY)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Tchad", "TCD"),
        ("Bénin", "BEN"),
        ("Sénégal", "SEN"),
        ("Allemagne", "DEU"),
        ("Burkina", "BFA"),
    ],
)
def test_french_country_names(gazetteer: Gazetteer, name: str, iso3: str) -> None:
    place = gazetteer.resolve(name)
    assert place is not None
    assert (place.country, place.precision) == (iso3, PlacePrecision.COUNTRY)


def test_niger_alone_is_the_country(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Niger")
    assert place is not None
    assert (place.country, place.precision) == ("NER", PlacePrecision.COUNTRY)


def test_niger_state_is_the_nigerian_state(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Niger State")
    assert place is not None
    assert (place.name, place.country, place.precision) == (
        "Niger State",
        "NGA",
        PlacePrecision.ADMIN1,
    )


def test_paris_is_the_french_capital(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Paris", country_hints=["FRA"])
    assert place is not None
    assert (place.country, place.gazetteer_id) == ("FRA", "geonames:2988507")


def test_a_country_hint_picks_the_namesake_in_that_country(gazetteer: Gazetteer) -> None:
    unhinted = gazetteer.resolve("Birmingham")
    hinted = gazetteer.resolve("Birmingham", country_hints=["USA"])
    assert unhinted is not None and hinted is not None
    assert (unhinted.country, hinted.country) == ("GBR", "USA")
    assert hinted.latitude == pytest.approx(33.5, abs=0.2)  # Alabama


def test_a_hint_does_not_outweigh_a_far_larger_namesake(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Paris", country_hints=["USA"])
    assert place is not None
    assert place.country == "FRA"


def test_washington_is_the_capital(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Washington")
    assert place is not None
    assert (place.country, place.precision) == ("USA", PlacePrecision.CITY)
    assert place.latitude == pytest.approx(38.9, abs=0.1)


@pytest.mark.parametrize("name", ["Washington State", "Washington state", "Wash."])
def test_washington_state_is_the_state(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.resolve(name)
    assert place is not None
    assert (place.country, place.precision) == ("USA", PlacePrecision.ADMIN1)
    assert place.longitude == pytest.approx(-120.5, abs=1.0)


def test_georgia_is_the_country_unless_the_story_is_american(gazetteer: Gazetteer) -> None:
    country = gazetteer.resolve("Georgia")
    state = gazetteer.resolve("Georgia", country_hints=["USA"])
    assert country is not None and state is not None
    assert (country.country, country.precision) == ("GEO", PlacePrecision.COUNTRY)
    assert (state.country, state.precision) == ("USA", PlacePrecision.ADMIN1)


@pytest.mark.parametrize("name", ["Nigerian", "Nigerians", "French", "Burkinabè", "Sahelian"])
def test_demonyms_are_not_places(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.resolve(name) is None
    assert gazetteer.lookup(name) == []


def test_demonyms_know_their_country(gazetteer: Gazetteer) -> None:
    assert gazetteer.demonym_country("Nigerians") == "NGA"
    assert gazetteer.demonym_country("Ivorian") == "CIV"
    assert gazetteer.demonym_country("Sahelian") is None
    assert gazetteer.demonym_country("Niamey") is None


def test_region_loses_to_its_namesake_city(gazetteer: Gazetteer) -> None:
    city = gazetteer.resolve("Kaduna")
    state = gazetteer.resolve("Kaduna State")
    assert city is not None and state is not None
    assert (city.precision, state.precision) == (PlacePrecision.CITY, PlacePrecision.ADMIN1)
    assert city.country == state.country == "NGA"


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Borno", "NGA"),
        ("Borno State", "NGA"),
        ("Zamfara state", "NGA"),
        ("Yobe", "NGA"),
        ("Mopti region", "MLI"),
        ("Ménaka Region", "MLI"),
        ("Tillabéri region", "NER"),
        ("Diffa Region", "NER"),
        ("Centre-Nord", "BFA"),
        ("Far North Region", "CMR"),
    ],
)
def test_sahel_admin_regions(gazetteer: Gazetteer, name: str, iso3: str) -> None:
    place = gazetteer.resolve(name)
    assert place is not None
    assert (place.country, place.precision) == (iso3, PlacePrecision.ADMIN1)


@pytest.mark.parametrize(
    "name",
    ["Sahel", "the Sahel", "Lake Chad Basin", "Gulf of Guinea", "Liptako-Gourma", "Horn of Africa"],
)
def test_supranational_regions(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.resolve(name)
    assert place is not None
    assert (place.country, place.precision) == (None, PlacePrecision.REGION)


def test_park_w_has_one_identity(gazetteer: Gazetteer) -> None:
    names = ["W National Park", "Park W", "Parc W"]
    places = [gazetteer.resolve(name) for name in names]
    assert {place.gazetteer_id for place in places if place} == {"accord:region-w-park"}


@pytest.mark.parametrize(
    ("name", "iso3", "latitude", "longitude"),
    [
        ("Gwoza", "NGA", 11.08, 13.70),
        ("Barsalogho", "BFA", 13.42, -1.06),
        ("Chibok", "NGA", 10.87, 12.85),
        ("Malam Fatori", "NGA", 13.68, 13.34),
    ],
)
def test_small_newsworthy_places(
    gazetteer: Gazetteer, name: str, iso3: str, latitude: float, longitude: float
) -> None:
    place = gazetteer.resolve(name)
    assert place is not None
    assert place.country == iso3
    assert (place.latitude, place.longitude) == pytest.approx((latitude, longitude), abs=0.05)


def test_possessive_and_abbreviation(gazetteer: Gazetteer) -> None:
    possessive = gazetteer.resolve("Nigeria's")
    abbreviation = gazetteer.resolve("U.S.")
    assert possessive is not None and abbreviation is not None
    assert (possessive.country, abbreviation.country) == ("NGA", "USA")


def test_unknown_name_resolves_to_nothing(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Qwertyville Heights") is None
    assert gazetteer.resolve("") is None


def test_lookup_lists_every_namesake(gazetteer: Gazetteer) -> None:
    countries = {candidate.country for candidate in gazetteer.lookup("Paris")}
    assert {"FRA", "USA"} <= countries


def test_place_keeps_the_name_as_written(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Tchad")
    assert place is not None
    assert (place.raw_name, place.name) == ("Tchad", "Chad")


def test_country_by_code(gazetteer: Gazetteer) -> None:
    mali = gazetteer.country("mli")
    assert mali is not None
    assert (mali.name, mali.precision) == ("Mali", PlacePrecision.COUNTRY)
    assert gazetteer.country("ZZZ") is None


def test_nearest_reverse_geocodes(gazetteer: Gazetteer) -> None:
    nearest = gazetteer.nearest(13.5, 2.1)
    assert nearest is not None
    assert (nearest.name, nearest.country) == ("Niamey", "NER")


def test_toponyms_for_running_text_are_regions_towns_and_big_cities(gazetteer: Gazetteer) -> None:
    names = set(gazetteer.toponyms())
    assert {"Kaduna State", "Borno", "Aleppo", "Ouagadougou"} <= names
    assert not any(len(name) < 4 or name.isupper() for name in names)
    assert len(gazetteer.toponyms(min_population=1_000_000)) < len(names)


@pytest.mark.parametrize(
    ("word", "name", "precision"),
    [
        ("European", "Europe", PlacePrecision.REGION),
        ("Africans", "Africa", PlacePrecision.REGION),
        ("Kurdish", "Kurdistan", PlacePrecision.REGION),
        ("Nigerian", "Nigeria", PlacePrecision.COUNTRY),
    ],
)
def test_demonyms_stand_for_their_country_or_region(
    gazetteer: Gazetteer, word: str, name: str, precision: PlacePrecision
) -> None:
    place = gazetteer.demonym_place(word)
    assert place is not None and (place.name, place.precision) == (name, precision)


def test_demonyms_of_a_people_stand_for_no_place(gazetteer: Gazetteer) -> None:
    assert gazetteer.demonym_place("Fulani") is None
    assert gazetteer.demonym_place("Niamey") is None
    assert gazetteer.resolve("European") is None  # still no place in running text


def test_a_demonym_region_the_gazetteer_lacks_is_a_clear_error(gazetteer: Gazetteer) -> None:
    with pytest.raises(ConfigurationError, match="no continent or curated region"):
        gazetteer._region_named("Atlantis")


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("the White House", "USA"),
        ("Kremlin", "RUS"),
        ("Aso Rock", "NGA"),
        ("UN headquarters", "USA"),
    ],
)
def test_seats_of_government_are_sites_in_their_country(
    gazetteer: Gazetteer, name: str, iso3: str
) -> None:
    # "White House" is also among Casablanca's translated names: the seat wins.
    place = gazetteer.resolve(name)
    assert place is not None and place.country == iso3
    assert place.precision is PlacePrecision.POINT


def test_a_stray_alternate_name_yields_to_the_place_that_bears_it(gazetteer: Gazetteer) -> None:
    # GeoNames lists "Venice" among Dayton's names and "Riverdale" among Glendale's.
    venice = gazetteer.resolve("Venice")
    assert venice is not None and venice.country == "ITA"
    riverdale = gazetteer.resolve("Riverdale", country_hints=("USA",))
    assert riverdale is not None and riverdale.name == "Riverdale"


def test_a_far_larger_place_keeps_its_alternate_name(gazetteer: Gazetteer) -> None:
    kyiv = gazetteer.resolve("Kiev")
    assert kyiv is not None and kyiv.country == "UKR"


def test_two_letter_codes_are_no_alternate_names_of_towns(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("SA") is None  # not Lhasa


def test_the_namesake_nearest_a_point(gazetteer: Gazetteer) -> None:
    near = gazetteer.namesake_near("Cambridge", 51.5, -0.12, 250)  # from London
    assert near is not None and near.country == "GBR"
    assert gazetteer.namesake_near("Cambridge", -33.9, 18.4, 250) is None  # from Cape Town

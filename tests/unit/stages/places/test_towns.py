from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from accord.errors import ConfigurationError
from accord.model import PlacePrecision
from accord.stages.places import Candidate, Gazetteer
from accord.stages.places.ranking import is_weak_abroad
from accord.stages.places.towns import TownIndex

_ISO3 = {"Ireland": "IRL", "United States": "USA", "Nigeria": "NGA"}


def _database(path: Path, rows: list[tuple[str, str, float, float]]) -> Path:
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE TABLE cities (id INTEGER PRIMARY KEY AUTOINCREMENT, city TEXT, country TEXT,"
        " lat REAL, lon REAL)"
    )
    connection.executemany("INSERT INTO cities (city, country, lat, lon) VALUES (?,?,?,?)", rows)
    connection.commit()
    connection.close()
    return path


@pytest.fixture
def towns(tmp_path: Path) -> TownIndex:
    rows = [
        ("Ballyfoyle", "Ireland", 52.9, -8.2),
        ("Ballyfoyle", "United States", 41.0, -95.2),
        ("Dikwaba", "Nigeria", 11.9, 13.1),
        ("Ada", "Nigeria", 7.9, 4.6),
    ]
    return TownIndex(_ISO3, _database(tmp_path / "towns.db", rows))


def test_a_town_answers_in_a_hinted_country(towns: TownIndex) -> None:
    town = towns.find("ballyfoyle", ["IRL"])
    assert town is not None and (town.country, town.latitude) == ("IRL", 52.9)


def test_the_earliest_hint_wins_among_namesakes(towns: TownIndex) -> None:
    town = towns.find("ballyfoyle", ["USA", "IRL"])
    assert town is not None and town.country == "USA"


def test_without_a_hinted_country_no_town_answers(towns: TownIndex) -> None:
    assert towns.find("dikwaba", []) is None
    assert towns.find("dikwaba", ["IRL"]) is None


def test_short_names_are_left_to_codes(towns: TownIndex) -> None:
    assert towns.find("ada", ["NGA"]) is None


def test_the_table_is_read_only_on_first_need(towns: TownIndex) -> None:
    assert not towns.loaded
    towns.find("dikwaba", ["NGA"])
    assert towns.loaded


def test_an_unreadable_table_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_text("not a database", encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"broken\.db"):
        TownIndex(_ISO3, broken).find("dikwaba", ["NGA"])


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    loaded = Gazetteer()
    loaded.load()
    return loaded


def test_gazetteer_falls_back_to_packaged_towns_in_hinted_countries(gazetteer: Gazetteer) -> None:
    # Nenagh (Tipperary, about 8,000 people) is below the primary tier's 15,000.
    assert gazetteer.lookup("Nenagh") == []
    assert gazetteer.resolve("Nenagh") is None
    place = gazetteer.resolve("Nenagh", country_hints=["IRL"])
    assert place is not None
    assert (place.country, place.precision) == ("IRL", PlacePrecision.CITY)
    assert place.gazetteer_id is not None and place.gazetteer_id.startswith("geopointdb:")
    assert gazetteer.resolve("Nenagh", country_hints=["IRL"], towns=False) is None


def test_primary_tier_is_preferred_over_towns(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Maiduguri", country_hints=["USA"])
    assert place is not None and place.gazetteer_id == "geonames:2331447"


def test_demonyms_never_reach_the_towns(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Nigerians", country_hints=["NGA"]) is None


def test_a_gazetteer_without_towns_stays_without() -> None:
    loaded = Gazetteer(towns=False)
    loaded.load()
    assert loaded.resolve("Nenagh", country_hints=["IRL"]) is None


def test_a_hinted_town_beats_a_small_namesake_abroad(gazetteer: Gazetteer) -> None:
    # Without hints Nelson is a primary-tier city abroad; in a Canadian story it is the
    # British Columbia town the primary tier lacks.
    abroad = gazetteer.resolve("Nelson")
    canadian = gazetteer.resolve("Nelson", country_hints=["CAN"])
    assert abroad is not None and abroad.country != "CAN"
    assert canadian is not None and canadian.country == "CAN"


def test_a_metropolis_keeps_its_name_against_hinted_towns(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Cairo", country_hints=["USA"])
    assert place is not None and place.country == "EGY"


def test_weak_answers_abroad_are_small_or_alias_settlements() -> None:
    def city(population: int, *, alias: bool = False, country: str = "GBR") -> Candidate:
        return Candidate(
            "geonames:1", "X", country, 0.0, 0.0, PlacePrecision.CITY, population, alias
        )

    assert is_weak_abroad(city(30_000), ("CAN",))
    assert is_weak_abroad(city(5_000_000, alias=True), ("CAN",))
    assert not is_weak_abroad(city(5_000_000), ("CAN",))
    assert not is_weak_abroad(city(30_000, country="CAN"), ("CAN",))
    assert not is_weak_abroad(city(30_000), ())
    region = Candidate("accord:r", "R", "GBR", 0.0, 0.0, PlacePrecision.ADMIN1, 0, False)
    assert not is_weak_abroad(region, ("CAN",))


def test_named_lists_every_namesake_in_table_order(towns: TownIndex) -> None:
    assert [town.country for town in towns.named("ballyfoyle")] == ["IRL", "USA"]
    assert towns.named("nowhereville") == []

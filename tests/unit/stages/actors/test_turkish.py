"""Turkish names resolve to the same actors as the English ones, and the Turkish parse
finds them whatever suffix they carry."""

from __future__ import annotations

from typing import Any

import pytest

from accord.model import ActorKind, Sector
from accord.stages.actors import ActorDictionary
from accord.stages.actors.turkish import demonym_of, state_names
from accord.stages.mentions.parse import SpacyParser


@pytest.mark.parametrize(
    ("name", "demonym"),
    [("Nijerya", "Nijeryalı"), ("Türkiye", "Türkiyeli"), ("Mali", "Malili"), ("Çad", "Çadlı")],
)
def test_a_regular_demonym_follows_vowel_harmony(name: str, demonym: str) -> None:
    assert demonym_of(name) == demonym


def test_every_state_has_a_turkish_name_from_iso() -> None:
    names = state_names()
    assert "Nijerya" in names["NGA"] and "Türkiye" in names["TUR"]
    assert "ABD" in names["USA"]  # a news form besides ISO's
    assert all("," not in name for written in names.values() for name in written)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Nijerya", "NGA", None),
        ("Nijeryalı", "NGA", None),
        ("Türk", "TUR", None),
        ("Fransız", "FRA", None),
        ("Moskova", "RUS", Sector.GOV),
        ("Nijerya ordusu", "NGA", Sector.MIL),
        ("Nijerya Cumhurbaşkanı", "NGA", Sector.GOV),
        ("Cumhurbaşkanı", "TUR", Sector.GOV),  # an office without a country is Türkiye's
        ("TSK", "TUR", Sector.MIL),
    ],
)
def test_turkish_names_resolve_to_states(
    actors: ActorDictionary, text: str, country: str, sector: Sector | None
) -> None:
    actor = actors.resolve(text)
    assert actor is not None and actor.kind is ActorKind.STATE
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("BM", "United Nations"),
        ("AB", "European Union"),
        ("Avrupa Birliği", "European Union"),
        ("DEAŞ", "Islamic State"),
    ],
)
def test_turkish_names_of_organisations(actors: ActorDictionary, text: str, name: str) -> None:
    actor = actors.resolve(text)
    assert actor is not None and actor.name == name


def test_english_names_keep_their_reading(actors: ActorDictionary) -> None:
    niger = actors.resolve("Niger")
    assert niger is not None and niger.country == "NER"


@pytest.fixture(scope="module")
def turkish(actors: ActorDictionary) -> Any:
    parser = SpacyParser(actors)
    return parser._pipeline("tr")


def _entities(nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(entity.text, entity.label_) for entity in nlp(text).ents]


def test_a_case_suffix_after_an_apostrophe_is_split_off_the_name(turkish: Any) -> None:
    entities = _entities(turkish, "Heyet Nijerya'ya gitti; Türkiye’nin tutumu ve NATO'daki oy.")
    assert entities == [("Nijerya", "STATE"), ("Türkiye", "STATE"), ("NATO", "IGO")]


def test_a_demonym_with_plural_and_case_suffixes_is_found(turkish: Any) -> None:
    entities = _entities(turkish, "Nijeryalılara ve Türklerin askerlerine yardım edildi.")
    assert ("Nijeryalı", "DEMONYM") in entities and ("Türk", "DEMONYM") in entities


def test_a_word_that_starts_like_a_state_is_not_split(turkish: Any) -> None:
    assert _entities(turkish, "Maliye Bakanlığı bütçeyi açıkladı.") == []


def test_a_state_and_its_office_are_one_mention_and_the_name_after_is_a_person(
    turkish: Any,
) -> None:
    entities = _entities(turkish, "Nijerya Cumhurbaşkanı Ali Veli Ankara'ya geldi.")
    assert entities[:2] == [("Nijerya Cumhurbaşkanı", "AGENT"), ("Ali Veli", "PERSON")]

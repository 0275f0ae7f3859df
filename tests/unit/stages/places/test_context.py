from __future__ import annotations

import pytest

from accord.stages.places import Gazetteer, countries_mentioned


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    loaded = Gazetteer()
    loaded.load()
    return loaded


def test_countries_by_name_region_and_demonym(gazetteer: Gazetteer) -> None:
    text = (
        "Nigerian soldiers repelled an attack in Borno on Tuesday, the army said. "
        "Troops from Niger and Chad joined the operation, the U.S. embassy noted."
    )
    assert countries_mentioned(text, gazetteer) == ("NGA", "NER", "TCD", "USA")


def test_most_mentioned_country_comes_first(gazetteer: Gazetteer) -> None:
    text = "Mali said. Then Senegal spoke. A Senegalese envoy went to Dakar. Senegal agreed."
    assert countries_mentioned(text, gazetteer)[0] == "SEN"


def test_calendar_words_are_not_towns(gazetteer: Gazetteer) -> None:
    assert countries_mentioned("In March and May nothing happened.", gazetteer) == ()

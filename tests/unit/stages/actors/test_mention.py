"""Comparison keys and mention cleaning."""

from __future__ import annotations

from accord.stages.actors.mention import clean, display_case, key, split_possessive


def test_key_drops_accents_but_keeps_nigerien_apart_from_nigerian() -> None:
    assert key("Nigérien") == key("nigerien") == "nigerien"
    assert key("Nigerien") != key("Nigerian")


def test_key_evens_out_hyphens_and_apostrophes() -> None:
    assert key("Al-Qa’ida") == key("al Qaida") == "al qaida"


def test_clean_keeps_the_full_stop_of_an_abbreviation() -> None:
    assert clean("the U.S.") == "the U.S."
    assert clean("“Niger.”") == "Niger"


def test_split_possessive() -> None:
    assert split_possessive("Nigeria’s army".replace("’", "'")) == ("Nigeria", "army")
    assert split_possessive("the Nigerian army") is None


def test_display_case_of_dictionary_phrases() -> None:
    assert display_case("AL-QAEDA IN THE ISLAMIC MAGHREB") == "al-Qaeda in the Islamic Maghreb"
    assert (
        display_case("23RD OF SEPTEMBER COMMUNIST LEAGUE") == "23rd of September Communist League"
    )
    assert display_case("US DEPARTMENT OF JUSTICE") == "US Department of Justice"


def test_an_elided_article_compares_the_same_with_or_without_a_space() -> None:
    from accord.stages.actors.mention import key

    assert key("Conseil de sécurité de l’ ONU") == key("Conseil de sécurité de l'ONU")
    assert key("All Burma Students' Democratic Front") == "all burma students democratic front"

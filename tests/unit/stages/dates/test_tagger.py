"""The tagger's contract: spans that relocate, unanchored readings without a publication
date, the grammar chosen by language, loading, and speed."""

from __future__ import annotations

from datetime import date

import pytest

from accord.errors import ConfigurationError
from accord.model import DatePrecision
from accord.stages.dates import TemporalTagger
from tests.unit.stages.dates.tagging import day, mentions, tagger

FRIDAY = day("2024-03-08")


@pytest.mark.parametrize(
    ("sentence", "language", "precision"),
    [
        ("Gunmen attacked the camp on Tuesday.", "en", DatePrecision.DAY),
        ("Gunmen attacked the camp last July.", "en", DatePrecision.MONTH),
        ("Gunmen attacked the camp in January.", "en", DatePrecision.MONTH),
        ("Gunmen attacked the camp this week.", "en", DatePrecision.WEEK),
        ("Gunmen attacked the camp yesterday.", "en", DatePrecision.DAY),
        ("Gunmen attacked the camp on March 7.", "en", DatePrecision.DAY),
        ("Le camp a été attaqué dimanche dernier.", "fr", DatePrecision.DAY),
        ("Le camp a été attaqué l’an dernier.", "fr", DatePrecision.YEAR),
    ],
)
def test_without_publication_date_anchored_expressions_are_unresolved(
    sentence: str, language: str, precision: DatePrecision
) -> None:
    [mention] = mentions(sentence, None, language)
    assert mention.date.resolved is False
    assert (mention.date.start, mention.date.end) == (None, None)
    assert mention.date.precision == precision
    assert mention.date.reason == "no publication date"


def test_without_publication_date_absolute_dates_still_resolve() -> None:
    results = mentions("Talks on 6 July 2024 followed the 2018 accord signed in 2018.", None)
    assert [(item.span.text, item.date.resolved, item.date.start) for item in results] == [
        ("6 July 2024", True, day("2024-07-06")),
        ("2018", True, day("2018-01-01")),
    ]


def test_spans_relocate_in_the_text_and_carry_the_expression() -> None:
    text = "NIAMEY, Dec. 22 — The last troops left on Friday, a week after talks in May 2023."
    results = mentions(text, day("2023-12-22"))
    assert [item.span.text for item in results] == ["Dec. 22", "Friday", "May 2023"]
    for item in results:
        assert text[item.span.start : item.span.end] == item.span.text == item.date.expression


def test_every_decision_records_a_reason() -> None:
    results = mentions("On Tuesday and in 2018 and on 2 March the army moved.", FRIDAY)
    assert all(item.date.reason for item in results)


def test_a_weekday_that_contradicts_the_date_keeps_the_date_and_says_so() -> None:
    [mention] = mentions("The attack came on Wednesday, April 17, 2025.", None)
    assert mention.date.start == day("2025-04-17")
    assert "disagrees" in (mention.date.reason or "")


def test_the_language_picks_the_grammar() -> None:
    sentence = "Le camp a été attaqué mardi."
    assert mentions(sentence, FRIDAY, "en") == []
    assert [item.span.text for item in mentions(sentence, FRIDAY, None)] == ["mardi"]


def test_a_language_without_a_grammar_gets_digit_dates_only() -> None:
    results = mentions("Der Vertrag wurde am 2024-03-07 unterzeichnet, im März.", FRIDAY, "de")
    assert [item.span.text for item in results] == ["2024-03-07"]


def test_load_is_idempotent_and_find_loads_on_demand() -> None:
    tagger = TemporalTagger(("en",))
    assert [item.span.text for item in tagger.find("It rained on Tuesday.", FRIDAY, "en")] == [
        "Tuesday"
    ]
    tagger.load()
    tagger.load()
    assert tagger.name == "dates.rules.v1"


def test_an_unknown_language_is_a_configuration_error_naming_the_choices() -> None:
    tagger = TemporalTagger(("en", "de"))
    with pytest.raises(ConfigurationError, match="no grammar for de; choose among en, fr"):
        tagger.load()


def test_without_a_publication_date_a_weekday_picks_the_year_of_a_day() -> None:
    collected = date(2026, 11, 23)
    (french,) = tagger().find(
        "L'attaque a eu lieu mercredi 8 janvier.", None, "fr", not_after=collected
    )
    assert french.date.start == date(2025, 1, 8) and french.date.precision is DatePrecision.DAY
    assert "latest up to 2026-11-23" in (french.date.reason or "")
    (english,) = tagger().find(
        "Sweden joined on Thursday, March 7.", None, "en", not_after=date(2024, 3, 1)
    )
    assert english.date.start == date(2019, 3, 7)  # 7 March 2024 is after the bound


def test_without_a_weekday_or_a_bound_a_yearless_day_stays_unresolved() -> None:
    for text, bound in [
        ("The attack took place on 8 January.", date(2026, 11, 23)),
        ("The attack took place on Wednesday, January 8.", None),
    ]:
        (mention,) = tagger().find(text, None, "en", not_after=bound)
        assert not mention.date.resolved and mention.date.start is None, text

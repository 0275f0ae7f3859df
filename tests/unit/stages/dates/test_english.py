"""English expressions resolved against a publication date. Weekdays checked on a calendar:
8 March 2024 is a Friday, 17 September 2021 a Friday."""

from __future__ import annotations

import pytest

from accord.model import DatePrecision
from tests.unit.stages.dates.tagging import Found, day, found, only

FRIDAY = day("2024-03-08")
DAY, WEEK, MONTH, YEAR = (
    DatePrecision.DAY,
    DatePrecision.WEEK,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The treaty was signed on July 6, 2024 in the capital.",
            Found("July 6, 2024", DAY, day("2024-07-06"), day("2024-07-06")),
        ),
        (
            "The treaty was signed on 6 July 2024 in the capital.",
            Found("6 July 2024", DAY, day("2024-07-06"), day("2024-07-06")),
        ),
        (
            "Leaders met on the 6th of July, 2023.",
            Found("6th of July, 2023", DAY, day("2023-07-06"), day("2023-07-06")),
        ),
        (
            "The document was dated 2024-03-07.",
            Found("2024-03-07", DAY, day("2024-03-07"), day("2024-03-07")),
        ),
        (
            "The letter, dated 07/03/2024, was read aloud.",
            Found("07/03/2024", DAY, day("2024-03-07"), day("2024-03-07")),
        ),
        (
            "Sweden joined the alliance on Thursday, March 7, 2024.",
            Found("Thursday, March 7, 2024", DAY, day("2024-03-07"), day("2024-03-07")),
        ),
        (
            "A briefing was held on April 22,2025 in the capital.",
            Found("April 22,2025", DAY, day("2025-04-22"), day("2025-04-22")),
        ),
    ],
)
def test_explicit_day_with_year(sentence: str, expected: Found) -> None:
    assert only(sentence, FRIDAY) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The convoy left on March 7 at dawn.",
            Found("March 7", DAY, day("2024-03-07"), day("2024-03-07")),
        ),
        (
            "The convoy left on March 7th at dawn.",
            Found("March 7th", DAY, day("2024-03-07"), day("2024-03-07")),
        ),
        (
            "The convoy left on 2 March at dawn.",
            Found("2 March", DAY, day("2024-03-02"), day("2024-03-02")),
        ),
        # 22 December 2024 would be nine months after publication: the year before.
        (
            "The base closed on Dec. 22 after talks.",
            Found("Dec. 22", DAY, day("2023-12-22"), day("2023-12-22")),
        ),
        # Within two months after publication stays in the publication year.
        (
            "The mandate ends on April 30 unless renewed.",
            Found("April 30", DAY, day("2024-04-30"), day("2024-04-30")),
        ),
    ],
)
def test_day_without_year_takes_it_from_publication(sentence: str, expected: Found) -> None:
    assert only(sentence, FRIDAY) == expected


def test_announced_day_far_before_publication_is_next_year() -> None:
    sentence = "The summit will be held on January 20 in the capital."
    assert only(sentence, FRIDAY).start == day("2025-01-20")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Fighting resumed in 2018 after the truce.",
            Found("2018", YEAR, day("2018-01-01"), day("2018-12-31")),
        ),
        (
            "Fighting resumed in July 2023 after the truce.",
            Found("July 2023", MONTH, day("2023-07-01"), day("2023-07-31")),
        ),
        (
            "Fighting resumed in mid-2023 after the truce.",
            Found("mid-2023", MONTH, day("2023-05-01"), day("2023-08-31")),
        ),
        (
            "Troops must leave by the end of 2025.",
            Found("the end of 2025", MONTH, day("2025-09-01"), day("2025-12-31")),
        ),
        (
            "Fighting resumed in January after the truce.",
            Found("January", MONTH, day("2024-01-01"), day("2024-01-31")),
        ),
        # April is after March publication: the most recent April is last year's.
        (
            "Fighting resumed in April after the truce.",
            Found("April", MONTH, day("2023-04-01"), day("2023-04-30")),
        ),
        (
            "Fighting resumed last July after the truce.",
            Found("last July", MONTH, day("2023-07-01"), day("2023-07-31")),
        ),
        (
            "Fighting resumed in early February.",
            Found("early February", MONTH, day("2024-02-01"), day("2024-02-10")),
        ),
        (
            "Output stopped in mid‑January.",
            Found("mid‑January", MONTH, day("2024-01-11"), day("2024-01-20")),
        ),
        (
            "Output resumes by the end of the year.",
            Found("the end of the year", MONTH, day("2024-09-01"), day("2024-12-31")),
        ),
        (
            "Rebels have held the town since May.",
            Found("May", MONTH, day("2023-05-01"), day("2023-05-31")),
        ),
    ],
)
def test_months_and_years(sentence: str, expected: Found) -> None:
    assert only(sentence, FRIDAY) == expected


def test_month_after_a_future_cue_is_the_next_one() -> None:
    sentence = "The new force will deploy in January, officials hope."
    assert only(sentence, FRIDAY) == Found("January", MONTH, day("2025-01-01"), day("2025-01-31"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen attacked the camp from 6 to 7 April.",
            Found("6 to 7 April", DAY, day("2024-04-06"), day("2024-04-07")),
        ),
        (
            "Gunmen attacked the camp on February 6-7.",
            Found("February 6-7", DAY, day("2024-02-06"), day("2024-02-07")),
        ),
        (
            "Gunmen attacked the camp from February 28 to March 2.",
            Found("February 28 to March 2", DAY, day("2024-02-28"), day("2024-03-02")),
        ),
        (
            "The visit runs from December 30, 2023 to January 2, 2024.",
            Found(
                "December 30, 2023 to January 2, 2024", DAY, day("2023-12-30"), day("2024-01-02")
            ),
        ),
        (
            "Rains fell between March and May 2023.",
            Found("March and May 2023", MONTH, day("2023-03-01"), day("2023-05-31")),
        ),
        (
            "Rains fell from June to September 2023.",
            Found("June to September 2023", MONTH, day("2023-06-01"), day("2023-09-30")),
        ),
        (
            "The mission ran from 2013 to 2023.",
            Found("2013 to 2023", YEAR, day("2013-01-01"), day("2023-12-31")),
        ),
    ],
)
def test_ranges(sentence: str, expected: Found) -> None:
    assert only(sentence, FRIDAY) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen stormed the school on Thursday morning.",
            Found("Thursday", DAY, day("2024-03-07"), day("2024-03-07")),
        ),
        (
            "Gunmen stormed the school Tuesday.",
            Found("Tuesday", DAY, day("2024-03-05"), day("2024-03-05")),
        ),
        (
            "Gunmen stormed the school last Sunday.",
            Found("last Sunday", DAY, day("2024-03-03"), day("2024-03-03")),
        ),
        (
            "The council votes on Friday.",
            Found("Friday", DAY, day("2024-03-08"), day("2024-03-08")),
        ),
        (
            "The council meets next Tuesday.",
            Found("next Tuesday", DAY, day("2024-03-12"), day("2024-03-12")),
        ),
        (
            "Ministers will meet on Monday to discuss it.",
            Found("Monday", DAY, day("2024-03-11"), day("2024-03-11")),
        ),
        (
            "Ministers said on Monday they will meet again.",
            Found("Monday", DAY, day("2024-03-04"), day("2024-03-04")),
        ),
    ],
)
def test_weekdays(sentence: str, expected: Found) -> None:
    assert only(sentence, FRIDAY) == expected


def test_thursday_in_an_article_published_on_an_australian_friday() -> None:
    sentence = "The prime minister on Thursday announced the new security pact."
    assert only(sentence, day("2021-09-17")).start == day("2021-09-16")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The army said today that the road is open.", Found("today", DAY, FRIDAY, FRIDAY)),
        (
            "The army said yesterday that the road is open.",
            Found("yesterday", DAY, day("2024-03-07"), day("2024-03-07")),
        ),
        (
            "Clashes broke out this week near the border.",
            Found("this week", WEEK, day("2024-03-04"), day("2024-03-10")),
        ),
        (
            "Clashes broke out last week near the border.",
            Found("last week", WEEK, day("2024-02-26"), day("2024-03-03")),
        ),
        (
            "Clashes broke out earlier this week near the border.",
            Found("earlier this week", WEEK, day("2024-03-04"), FRIDAY),
        ),
        (
            "Clashes broke out last month near the border.",
            Found("last month", MONTH, day("2024-02-01"), day("2024-02-29")),
        ),
        (
            "Clashes broke out this month near the border.",
            Found("this month", MONTH, day("2024-03-01"), day("2024-03-31")),
        ),
        (
            "Clashes broke out last year near the border.",
            Found("last year", YEAR, day("2023-01-01"), day("2023-12-31")),
        ),
        (
            "Clashes broke out earlier this year near the border.",
            Found("earlier this year", YEAR, day("2024-01-01"), FRIDAY),
        ),
        (
            "Clashes broke out two weeks ago near the border.",
            Found("two weeks ago", WEEK, day("2024-02-23"), day("2024-02-23")),
        ),
        (
            "Clashes broke out 3 days ago near the border.",
            Found("3 days ago", DAY, day("2024-03-05"), day("2024-03-05")),
        ),
        (
            "Clashes broke out a year ago near the border.",
            Found("a year ago", YEAR, day("2023-03-08"), day("2023-03-08")),
        ),
        (
            "Clashes broke out more than a year ago.",
            Found("more than a year ago", YEAR, day("2023-03-08"), day("2023-03-08")),
        ),
        (
            "Clashes broke out late last year near the border.",
            Found("late last year", MONTH, day("2023-09-01"), day("2023-12-31")),
        ),
        (
            "Clashes broke out last weekend near the border.",
            Found("last weekend", DAY, day("2024-03-02"), day("2024-03-03")),
        ),
    ],
)
def test_relative_expressions(sentence: str, expected: Found) -> None:
    assert only(sentence, FRIDAY) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The government sent 2,000 troops to the region.",
        "Paratroopers of the 43e BIMa left the base.",
        "Call the hotline on +234 803 555 0199 or 0803-555-0199.",
        "The council adopted resolution 2690 unanimously.",
        "Schools closed during Covid-19 lockdowns.",
        "The G5 Sahel force was dissolved.",
        "They may attack the convoy again.",
        "May God protect our soldiers, she said.",
        "Residents march on the capital every year.",
        "Shoppers crowded the malls on Black Friday.",
        "The Sunday Times reported the story first.",
        "Markets open every Monday in the town.",
        "The figures were published by USA Today.",
        "On July 6 and 8 people were wounded.",
        "The army deployed in 2000 troops carriers.",
        "Hundreds died in recent days.",
    ],
)
def test_numbers_names_and_words_that_are_not_dates(sentence: str) -> None:
    assert [item for item in found(sentence, FRIDAY) if item.text != "July 6"] == []


def test_a_count_after_and_does_not_make_a_range() -> None:
    assert found("On July 6 and 8 people were wounded.", FRIDAY) == [
        Found("July 6", DAY, day("2023-07-06"), day("2023-07-06"))
    ]


def test_the_longest_reading_wins_and_mentions_come_in_text_order() -> None:
    results = found("On Saturday, 2 March 2024, and again on Monday, rebels attacked.", FRIDAY)
    assert [item.text for item in results] == ["Saturday, 2 March 2024", "Monday"]
    assert results[1].start == day("2024-03-04")

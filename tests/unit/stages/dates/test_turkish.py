"""Turkish expressions resolved against a publication date: 8 March 2024 is a Friday."""

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
            "Anlaşma 22 Aralık 2023 tarihinde imzalandı.",
            Found("22 Aralık 2023", DAY, day("2023-12-22"), day("2023-12-22")),
        ),
        (
            "Bakanlar 6 Mart'ta Ankara'da bir araya geldi.",
            Found("6 Mart", DAY, day("2024-03-06"), day("2024-03-06")),
        ),
        (
            "Kamp Çarşamba günü saldırıya uğradı.",
            Found("Çarşamba günü", DAY, day("2024-03-06"), day("2024-03-06")),
        ),
        (
            "Heyet geçen Salı geldi.",
            Found("geçen Salı", DAY, day("2024-03-05"), day("2024-03-05")),
        ),
        (
            "Protokol dün imzalandı.",
            Found("dün", DAY, day("2024-03-07"), day("2024-03-07")),
        ),
        (
            "Askerler geçen hafta çekildi.",
            Found("geçen hafta", WEEK, day("2024-02-26"), day("2024-03-03")),
        ),
        (
            "Görüşmeler Şubat ayında başladı.",
            Found("Şubat", MONTH, day("2024-02-01"), day("2024-02-29")),
        ),
        (
            "Üs Ekim 2023'te devredildi.",
            Found("Ekim 2023", MONTH, day("2023-10-01"), day("2023-10-31")),
        ),
        (
            "İttifak 2019 yılında kuruldu.",
            Found("2019", YEAR, day("2019-01-01"), day("2019-12-31")),
        ),
        (
            "Saldırı iki hafta önce oldu.",
            Found("iki hafta önce", WEEK, day("2024-02-23"), day("2024-02-23")),
        ),
    ],
)
def test_turkish_expressions_resolve_against_publication(sentence: str, expected: Found) -> None:
    assert only(sentence, FRIDAY, "tr") == expected


def test_a_weekday_that_is_also_a_common_word_needs_gunu() -> None:
    assert found("Cuma namazından sonra toplandılar.", FRIDAY, "tr") == []
    assert only("Cuma günü toplandılar.", FRIDAY, "tr").start == FRIDAY


def test_words_that_start_like_dates_are_not_dates() -> None:
    assert found("Dünya liderleri Mali'de toplandı.", FRIDAY, "tr") == []


def test_without_a_publication_date_relative_days_stay_unresolved() -> None:
    (yesterday,) = found("Anlaşma dün imzalandı.", None, "tr")
    assert yesterday.precision is DAY and yesterday.start is None


def test_turkish_words_are_not_read_in_english_text() -> None:
    assert found("The talks on 6 Mart were about Ekim.", FRIDAY, "en") == []

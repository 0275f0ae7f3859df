"""French expressions resolved against a publication date: 8 March 2024 is a Friday."""

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
            "Les derniers soldats sont partis le 22 décembre 2023.",
            Found("22 décembre 2023", DAY, day("2023-12-22"), day("2023-12-22")),
        ),
        (
            "Le traité a été signé le 6 juillet à Niamey.",
            Found("6 juillet", DAY, day("2023-07-06"), day("2023-07-06")),
        ),
        (
            "Le convoi est parti le 1er mars au matin.",
            Found("1er mars", DAY, day("2024-03-01"), day("2024-03-01")),
        ),
        (
            "Le camp a été attaqué mercredi 6 mars 2024.",
            Found("mercredi 6 mars 2024", DAY, day("2024-03-06"), day("2024-03-06")),
        ),
        (
            "Le massacre a eu lieu le 24août.",
            Found("24août", DAY, day("2023-08-24"), day("2023-08-24")),
        ),
        (
            "La demande date du 16 juin dernier.",
            Found("16 juin dernier", DAY, day("2023-06-16"), day("2023-06-16")),
        ),
        (
            "Le dépôt a brûlé le 3 sept. dernier.",
            Found("3 sept. dernier", DAY, day("2023-09-03"), day("2023-09-03")),
        ),
    ],
)
def test_explicit_days(sentence: str, expected: Found) -> None:
    assert only(sentence, FRIDAY, "fr") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Les combats ont eu lieu du 6 au 7 février.",
            Found("6 au 7 février", DAY, day("2024-02-06"), day("2024-02-07")),
        ),
        (
            "Les combats ont eu lieu les 6 et 7 février.",
            Found("6 et 7 février", DAY, day("2024-02-06"), day("2024-02-07")),
        ),
        (
            "Le festival s’est tenu du 24 février au 2 mars 2024.",
            Found("24 février au 2 mars 2024", DAY, day("2024-02-24"), day("2024-03-02")),
        ),
        (
            "Les pluies sont tombées entre mars et mai 2023.",
            Found("mars et mai 2023", MONTH, day("2023-03-01"), day("2023-05-31")),
        ),
        (
            "La mission a duré de 2013 à 2023.",
            Found("2013 à 2023", YEAR, day("2013-01-01"), day("2023-12-31")),
        ),
    ],
)
def test_ranges(sentence: str, expected: Found) -> None:
    assert only(sentence, FRIDAY, "fr") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ils ont quitté la CEDEAO en janvier.",
            Found("janvier", MONTH, day("2024-01-01"), day("2024-01-31")),
        ),
        (
            "L’accord a été conclu en juillet dernier.",
            Found("juillet dernier", MONTH, day("2023-07-01"), day("2023-07-31")),
        ),
        (
            "La base est occupée depuis 1978.",
            Found("1978", YEAR, day("1978-01-01"), day("1978-12-31")),
        ),
        (
            "Le retrait a commencé fin 2023.",
            Found("fin 2023", MONTH, day("2023-09-01"), day("2023-12-31")),
        ),
        (
            "Le retrait a commencé mi-février.",
            Found("mi-février", MONTH, day("2024-02-11"), day("2024-02-20")),
        ),
        (
            "Le retrait a commencé à la fin de l’année dernière.",
            Found("fin de l’année dernière", MONTH, day("2023-09-01"), day("2023-12-31")),
        ),
        (
            "Le sommet se tiendra en janvier à Bamako.",
            Found("janvier", MONTH, day("2025-01-01"), day("2025-01-31")),
        ),
    ],
)
def test_months_and_years(sentence: str, expected: Found) -> None:
    assert only(sentence, FRIDAY, "fr") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le camp fut attaqué mardi.", Found("mardi", DAY, day("2024-03-05"), day("2024-03-05"))),
        (
            "Le camp a été attaqué dimanche dernier.",
            Found("dimanche dernier", DAY, day("2024-03-03"), day("2024-03-03")),
        ),
        (
            "Le conseil se réunira mardi prochain.",
            Found("mardi prochain", DAY, day("2024-03-12"), day("2024-03-12")),
        ),
        (
            "La base a été rendue ce jeudi à l’armée.",
            Found("ce jeudi", DAY, day("2024-03-07"), day("2024-03-07")),
        ),
        (
            "Le camp a été attaqué dans la nuit de samedi à dimanche.",
            Found("nuit de samedi à dimanche", DAY, day("2024-03-02"), day("2024-03-03")),
        ),
        ("Le ministre l’a annoncé aujourd’hui.", Found("aujourd’hui", DAY, FRIDAY, FRIDAY)),
        ("Le ministre l’a dit hier.", Found("hier", DAY, day("2024-03-07"), day("2024-03-07"))),
        (
            "Des tirs ont été entendus cette semaine.",
            Found("cette semaine", WEEK, day("2024-03-04"), day("2024-03-10")),
        ),
        (
            "Des tirs ont été entendus la semaine dernière.",
            Found("la semaine dernière", WEEK, day("2024-02-26"), day("2024-03-03")),
        ),
        (
            "Des tirs ont été entendus le mois dernier.",
            Found("le mois dernier", MONTH, day("2024-02-01"), day("2024-02-29")),
        ),
        (
            "Des tirs ont été entendus l’an dernier.",
            Found("l’an dernier", YEAR, day("2023-01-01"), day("2023-12-31")),
        ),
        (
            "Des tirs ont été entendus l'année dernière.",
            Found("l'année dernière", YEAR, day("2023-01-01"), day("2023-12-31")),
        ),
        (
            "Des tirs ont été entendus il y a deux semaines.",
            Found("il y a deux semaines", WEEK, day("2024-02-23"), day("2024-02-23")),
        ),
        (
            "Le processus a commencé il y a plus d’un an.",
            Found("il y a plus d’un an", YEAR, day("2023-03-08"), day("2023-03-08")),
        ),
    ],
)
def test_relative_expressions(sentence: str, expected: Found) -> None:
    assert only(sentence, FRIDAY, "fr") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Sept soldats ont été tués près de la frontière.",
        "Les militaires du 43e BIMa ont quitté Port-Bouët.",
        "Le défilé du Mardi gras a été annulé.",
        "Le marché se tient tous les lundis et chaque mardi.",
        "La résolution 2690 a été adoptée à l’unanimité.",
        "Plus de 2 000 personnes ont fui en quelques jours.",
    ],
)
def test_words_and_numbers_that_are_not_dates(sentence: str) -> None:
    assert found(sentence, FRIDAY, "fr") == []

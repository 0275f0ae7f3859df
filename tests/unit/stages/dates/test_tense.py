"""Future cues before a date expression, in its sentence."""

from __future__ import annotations

import pytest

from accord.stages.dates.tense import announced_as_future


def _future(sentence: str, expression: str, language: str) -> bool:
    return announced_as_future(sentence, sentence.index(expression), language)


@pytest.mark.parametrize(
    ("sentence", "expression", "language"),
    [
        ("The ministers will meet on Tuesday.", "Tuesday", "en"),
        ("Elections are scheduled for March.", "March", "en"),
        ("Le sommet se tiendra en janvier.", "janvier", "fr"),
        ("Les troupes doivent partir en décembre.", "décembre", "fr"),
    ],
)
def test_a_future_cue_before_the_expression(sentence: str, expression: str, language: str) -> None:
    assert _future(sentence, expression, language)


@pytest.mark.parametrize(
    ("sentence", "expression", "language"),
    [
        ("The army said on Tuesday it will deploy more troops.", "Tuesday", "en"),
        ("Talks will go on. The army withdrew on Tuesday.", "Tuesday", "en"),
        ("Talks will resume, the minister said on Tuesday.", "Tuesday", "en"),
        ("Le ministre a annoncé mardi que le sommet se tiendra.", "mardi", "fr"),
        ("La ville d'Ankara a accueilli la réunion en janvier.", "janvier", "fr"),
    ],
)
def test_no_future_cue(sentence: str, expression: str, language: str) -> None:
    assert not _future(sentence, expression, language)

from __future__ import annotations

import pytest

from accord.stages.events.casualties import fatalities_in


@pytest.mark.parametrize(
    ("sentence", "count", "words"),
    [
        ("The brigade attacked the post on Monday, killing four soldiers.", 4, "killing four"),
        ("At least 54 soldiers were killed in two raids.", 54, "At least 54 soldiers were killed"),
        ("The death toll rose to 1,200 on Friday.", 1200, "death toll rose to 1,200"),
        ("Au moins 28 soldats ont été tués dans le parc.", 28, "Au moins 28 soldats ont été tués"),
        ("L'attaque a fait 12 morts selon l'armée.", 12, "12 morts"),
    ],
)  # fmt: skip
def test_a_counted_death_toll_is_read_with_its_words(sentence: str, count: int, words: str) -> None:
    found = fatalities_in(sentence, (0, len(sentence)))
    assert found is not None
    toll, span = found
    assert (toll.low, toll.high) == (count, count)
    assert span.text == words and span.relocates_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2015 attack killed dozens of people.",
        "Hundreds died in the floods.",
        "A captain and a corporal were killed.",
        "2,000 troops were deployed to the border.",
        "Une trentaine de soldats ont été tués.",
    ],
)
def test_years_and_vague_quantities_are_not_counts(sentence: str) -> None:
    assert fatalities_in(sentence, (0, len(sentence))) is None


def test_only_the_given_bounds_are_read() -> None:
    text = "Gunmen attacked a village. Later, 12 people were killed elsewhere."
    assert fatalities_in(text, (0, text.index(".") + 1)) is None
    toll, span = fatalities_in(text, (0, len(text))) or (None, None)
    assert toll is not None and toll.low == 12 and span is not None
    assert text[span.start : span.end] == span.text


def test_a_range_of_the_dead_is_kept_as_a_range() -> None:
    sentence = "Le bilan varie entre 200 et 400 morts selon les sources."
    toll, span = fatalities_in(sentence, (0, len(sentence))) or (None, None)
    assert toll is not None and (toll.low, toll.high) == (200, 400)
    assert span is not None and span.text == "entre 200 et 400 morts"

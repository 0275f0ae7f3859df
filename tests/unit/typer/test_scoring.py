from __future__ import annotations

from collections import Counter

from accord.typer.scoring import confusion_rows, confusion_text, score_pairs


def test_per_class_and_macro_scores() -> None:
    score = score_pairs(["AID", "AID", "ACCUSE"], ["AID", "ACCUSE", "ACCUSE"], [0.9, 0.6, 0.8])
    assert score.per_class["AID"]["recall"] == 0.5
    assert score.per_class["ACCUSE"]["precision"] == 0.5
    assert abs(score.macro_f1 - (2 / 3)) < 1e-9
    assert abs(score.accuracy - 2 / 3) < 1e-9


def test_yield_in_gold_scores_concede_and_retreat_as_one_class() -> None:
    score = score_pairs(["YIELD", "YIELD", "AID"], ["RETREAT", "CONCEDE", "AID"], [0.5] * 3)
    assert score.accuracy == 1.0 and set(score.per_class) == {"YIELD", "AID"}


def test_without_yield_concede_and_retreat_stay_apart() -> None:
    score = score_pairs(["CONCEDE"], ["RETREAT"], [0.5])
    assert score.accuracy == 0.0


def test_confusion_rows_are_gold_by_predicted() -> None:
    labels, matrix = confusion_rows(Counter({("AID", "AID"): 2, ("AID", "COOPERATE"): 1}))
    assert labels == ["AID", "COOPERATE"] and matrix == [[2, 1], [0, 0]]


def test_confusion_text_lines_up_rows_and_columns() -> None:
    text = confusion_text(Counter({("AID", "AID"): 12, ("AID", "COOPERATE"): 1}))
    header, aid, cooperate = text.splitlines()
    assert header.split() == ["gold/pred", "AID", "COOP"]
    assert aid.split() == ["AID", "12", "1"] and cooperate.split() == ["COOPERATE", ".", "."]
    assert len({len(header), len(aid), len(cooperate)}) == 1

from __future__ import annotations

import pytest

from accord.model import EventType, QuadClass
from accord.model.plover import codebook, is_valid_mode, quad_class


def test_codebook_covers_all_sixteen_types_with_definitions() -> None:
    book = codebook()
    assert set(book) == set(EventType)
    assert len(book) == 16
    assert all(info.definition for info in book.values())


@pytest.mark.parametrize(
    ("event_type", "quad"),
    [
        (EventType.AGREE, QuadClass.VERBAL_COOPERATION),
        (EventType.CONSULT, QuadClass.VERBAL_COOPERATION),
        (EventType.COOPERATE, QuadClass.MATERIAL_COOPERATION),
        (EventType.AID, QuadClass.MATERIAL_COOPERATION),
        (EventType.RETREAT, QuadClass.MATERIAL_COOPERATION),
        (EventType.THREATEN, QuadClass.VERBAL_CONFLICT),
        (EventType.SANCTION, QuadClass.MATERIAL_CONFLICT),
        (EventType.ASSAULT, QuadClass.MATERIAL_CONFLICT),
    ],
)
def test_quad_classes_follow_the_manual(event_type: EventType, quad: QuadClass) -> None:
    assert quad_class(event_type) is quad


def test_modes_and_scores_come_from_the_codebook() -> None:
    assert is_valid_mode(EventType.CONSULT, "visit")
    assert not is_valid_mode(EventType.AGREE, "visit")
    consult = codebook()[EventType.CONSULT]
    assert consult.score_for("visit") == 4.0
    assert consult.score_for(None) == 2.5
    assert codebook()[EventType.ASSAULT].score_for("unconventional") == -10.0


def test_cooperation_scores_are_positive_and_conflict_scores_negative() -> None:
    for info in codebook().values():
        if info.quad in (QuadClass.VERBAL_COOPERATION, QuadClass.MATERIAL_COOPERATION):
            assert info.score > 0, info.event_type
        if info.quad is QuadClass.MATERIAL_CONFLICT:
            assert info.score < 0, info.event_type

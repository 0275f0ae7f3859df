from __future__ import annotations

import pytest

from accord.model import EventType, Modality
from accord.stages.events.modality import modality_of


@pytest.mark.parametrize(
    ("sentence", "trigger", "event_type", "expected"),
    [
        ("Arvenia attacked the border post.", "attacked", EventType.ASSAULT, None),
        (
            "Arvenia will withdraw its troops next year.",
            "withdraw",
            EventType.RETREAT,
            Modality.PROMISED,
        ),
        (
            "Arvenia threatened to attack the border post.",
            "attack",
            EventType.ASSAULT,
            Modality.THREATENED,
        ),
        (
            "Arvenia denied that it attacked the post.",
            "attacked",
            EventType.ASSAULT,
            Modality.DENIED,
        ),
        ("Arvenia did not attack the post.", "attack", EventType.ASSAULT, Modality.NEGATED),
        (
            "If talks fail, Arvenia could attack.",
            "attack",
            EventType.ASSAULT,
            Modality.HYPOTHETICAL,
        ),
        (
            "Arvenia will sign the treaty.",
            "sign",
            EventType.AGREE,
            None,
        ),  # agreeing is already a promise
        (
            "Talks failed; Arvenia attacked the post.",
            "attacked",
            EventType.ASSAULT,
            None,
        ),  # cue in another clause
        ("La France va retirer ses troupes.", "retirer", EventType.RETREAT, Modality.PROMISED),
    ],
)
def test_modality_cues(
    sentence: str, trigger: str, event_type: EventType, expected: Modality | None
) -> None:
    cue = modality_of(sentence, sentence.index(trigger), event_type)
    assert (cue.modality if cue else None) is expected


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("On May 5, troops attacked the camp.", "attacked"),
        ("Will Ross said militants attacked the camp.", "attacked"),
    ],
)
def test_a_month_or_a_name_is_no_modal_verb(sentence: str, trigger: str) -> None:
    assert modality_of(sentence, sentence.index(trigger), EventType.ASSAULT) is None

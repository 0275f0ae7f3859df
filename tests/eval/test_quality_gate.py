"""The quality gate: the engine scored on the team's gold data, failing below pinned floors.

Floors live in `floors.json` beside this file and only go up. The gold data is internal to
the team (`../shared`); where it is absent the gate skips with that reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.commands.evaluation import run_dev_evaluation
from tests.conftest import shared_path

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def dev_scores() -> dict[str, float]:
    score = run_dev_evaluation(shared_path("corpus", "dev"))
    assert score.stage_failures == []
    return {name: result.accuracy for name, result in score.fields.items()}


@pytest.mark.parametrize("field", sorted(FLOORS["dev_corpus"]))
def test_dev_corpus_main_events_stay_above_their_floor(
    dev_scores: dict[str, float], field: str
) -> None:
    floor = FLOORS["dev_corpus"][field]
    assert dev_scores[field] >= floor, (
        f"{field}: {dev_scores[field]:.3f} fell below its floor {floor}"
    )

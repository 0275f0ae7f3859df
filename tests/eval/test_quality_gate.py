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


def test_plover_gold_records_types_stay_above_their_floor() -> None:
    from accord.eval.plover_gsr import as_articles, read_gold_records, score_types
    from accord.pipeline.registry import build_pipeline

    path = shared_path(
        "benchmarks", "plover_gsr_cameo", "gold_standard_records", "PLOVER_GSR_CAMEO.txt"
    )
    records = read_gold_records(path)
    documents = build_pipeline().run(as_articles(records))
    score = score_types((r, d.events) for r, d in zip(records, documents, strict=True)).as_dict()
    for measure, floor in FLOORS["plover_gsr"].items():
        assert score[measure] >= floor, f"{measure}: {score[measure]} fell below its floor {floor}"

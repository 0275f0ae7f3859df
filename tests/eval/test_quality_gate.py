"""The quality gate: the engine scored on the team's gold data, failing below pinned floors.

Floors live in `floors.json` beside this file and only go up. The gold data is internal to
the team (`../shared`); where it is absent the gate skips with that reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.commands.evaluation import run_dev_evaluation
from accord.eval.dev_corpus import DevScore
from accord.pipeline.registry import Resources, build_pipeline
from tests.conftest import shared_path

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def dev_score() -> DevScore:
    score = run_dev_evaluation(shared_path("corpus", "dev"))
    assert score.stage_failures == []
    return score


@pytest.fixture(scope="module")
def dev_scores(dev_score: DevScore) -> dict[str, float]:
    return {name: result.accuracy for name, result in dev_score.fields.items()}


@pytest.mark.parametrize("field", sorted(FLOORS["dev_corpus_corroborated"]))
def test_dev_corpus_main_events_as_corroborated_stay_above_their_floor(
    dev_score: DevScore, field: str
) -> None:
    floor = FLOORS["dev_corpus_corroborated"][field]
    accuracy = dev_score.corroborated[field]["accuracy"]
    assert accuracy >= floor, f"corroborated {field}: {accuracy:.3f} fell below its floor {floor}"


@pytest.mark.parametrize("field", sorted(FLOORS["dev_corpus"]))
def test_dev_corpus_main_events_stay_above_their_floor(
    dev_scores: dict[str, float], field: str
) -> None:
    floor = FLOORS["dev_corpus"][field]
    assert dev_scores[field] >= floor, (
        f"{field}: {dev_scores[field]:.3f} fell below its floor {floor}"
    )


def test_dev_corpus_event_clusters_stay_above_their_floor(tmp_path: Path) -> None:
    from accord.eval.clusters import evaluate_corpus
    from accord.pipeline.registry import build_pipeline

    folder = shared_path("corpus", "dev")
    score = evaluate_corpus(folder, build_pipeline(), f"sqlite:///{tmp_path / 'clusters.db'}")
    assert [w for w in score.wrong_merges if w["share_parties"]] == []
    floors = FLOORS["dev_clusters"]
    assert score.f1 >= floors["b_cubed_f1"], f"B-cubed F1 {score.f1:.3f} fell below its floor"
    assert score.precision >= floors["b_cubed_precision"], (
        f"B-cubed precision {score.precision:.3f} fell below its floor"
    )
    for measure, floor in FLOORS["dev_canonical_events"].items():
        accuracy = score.canonical_fields[measure]["accuracy"]
        assert accuracy >= floor, f"merged {measure}: {accuracy} fell below its floor {floor}"


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


# The re3d gate scores two of its six sources (48 of 90 documents: the government press
# releases), a third of the full run's time; `accord eval re3d` scores all of them.
RE3D_GATE_SOURCES = ("UK Government", "US State Department")


@pytest.fixture(scope="module")
def shared_resources() -> Resources:
    return Resources()


def test_re3d_entity_mentions_stay_above_their_floor(shared_resources: Resources) -> None:
    from accord.eval.re3d import evaluate, read_re3d

    documents = read_re3d(shared_path("benchmarks", "re3d"), RE3D_GATE_SOURCES)
    pipeline = build_pipeline(resources=shared_resources)
    score = evaluate(documents, pipeline, shared_resources.gazetteer).as_dict()
    for measure, floor in FLOORS["re3d"].items():
        matching, figure = measure.split("_", 1)
        value = score[matching][figure]
        assert value >= floor, f"re3d {measure}: {value} fell below its floor {floor}"


def test_event_locations_stay_above_their_floor(shared_resources: Resources) -> None:
    from accord.eval.event_location import evaluate, read_halterman

    gold = read_halterman(shared_path("benchmarks", "event_geolocation_halterman"))
    pipeline = build_pipeline(resources=shared_resources)
    score = evaluate(gold, pipeline, shared_resources.gazetteer).as_dict()
    for measure, floor in FLOORS["event_location"].items():
        assert score[measure] >= floor, (
            f"event location {measure}: {score[measure]} fell below its floor {floor}"
        )

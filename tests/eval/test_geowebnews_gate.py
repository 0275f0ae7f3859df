"""The gate's GeoWebNews floor: toponym resolution on gold spans must not fall below it."""

from __future__ import annotations

import json
from pathlib import Path

from accord.eval.geowebnews import evaluate_gazetteer
from accord.stages.places import Gazetteer
from tests.conftest import shared_path

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text("utf-8"))["geowebnews"]


def test_geowebnews_resolution_stays_above_its_floor() -> None:
    score = evaluate_gazetteer(shared_path("benchmarks", "geoparsing_geowebnews"), Gazetteer())
    assert score.accuracy >= FLOORS["within_161_km"], (
        f"within 161 km: {score.accuracy:.3f} fell below its floor {FLOORS['within_161_km']}"
    )
    assert score.country_accuracy >= FLOORS["correct_country"], (
        f"right country: {score.country_accuracy:.3f} fell below {FLOORS['correct_country']}"
    )

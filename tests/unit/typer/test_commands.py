from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app

from .conftest import FIXTURE

RUNNER = CliRunner()


def test_eval_pairs_writes_a_prediction_per_row_and_scores_gold(
    tiny_model: Path, tmp_path: Path
) -> None:
    out = tmp_path / "predicted.tsv"
    result = RUNNER.invoke(
        app, ["eval", "pairs", str(FIXTURE), "--predictions", str(out), "--model", str(tiny_model)]
    )
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    assert lines[0] == "uid\tpredicted_root\tpredicted_quad\tconfidence"
    assert [line.split("\t")[0] for line in lines[1:]] == [f"f{n:02d}" for n in range(1, 25)]
    assert "macro F1" in result.output and "gold/pred" in result.output


def test_eval_pairs_json_has_per_class_scores(tiny_model: Path, tmp_path: Path) -> None:
    out = tmp_path / "predicted.tsv"
    arguments = ["eval", "pairs", str(FIXTURE), "--predictions", str(out)]
    result = RUNNER.invoke(app, [*arguments, "--model", str(tiny_model), "--json"])
    figures = json.loads(result.output)
    assert figures["pairs"] == 24 and "AID" in figures["per_class"]


def test_eval_pairs_without_gold_only_predicts(tiny_model: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.tsv"
    plain.write_text("marked_sentence\n<s>Chad</s> hosted talks with <t>Sudan</t>.\n")
    out = tmp_path / "predicted.tsv"
    result = RUNNER.invoke(
        app, ["eval", "pairs", str(plain), "--predictions", str(out), "--model", str(tiny_model)]
    )
    assert result.exit_code == 0 and "1 pairs typed" in result.output
    assert out.read_text().splitlines()[1].startswith("1\t")


def test_eval_pairs_names_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("marked_sentence\nno markers here\n")
    result = RUNNER.invoke(
        app, ["eval", "pairs", str(bad), "--predictions", str(tmp_path / "out.tsv")]
    )
    assert result.exit_code == 2
    assert "bad.tsv line 2: no actor" in " ".join(result.output.split())


def test_train_event_typer_writes_a_head_and_reports(
    encoder_installed: None, tmp_path: Path
) -> None:
    arguments = ["train", "event-typer", "--data", str(FIXTURE), "--output", str(tmp_path)]
    options = ["--hidden", "8", "--epochs", "3", "--folds", "2", "--json"]
    result = RUNNER.invoke(app, [*arguments, *options])
    assert result.exit_code == 0, result.output
    card = json.loads(result.output[result.output.index("{") :])
    assert card["training"]["pairs"] == 24
    assert (tmp_path / "head.npz").is_file() and (tmp_path / "head.json").is_file()


def test_train_event_typer_can_tune_the_encoder_first(
    encoder_installed: None, tmp_path: Path
) -> None:
    pytest.importorskip("torch", reason="fine-tuning comes with accord[train-typer]")
    arguments = ["train", "event-typer", "--data", str(FIXTURE), "--output", str(tmp_path)]
    options = ["--hidden", "8", "--epochs", "3", "--folds", "2", "--json", "--tune-encoder"]
    tuning = ["--tune-epochs", "1", "--tune-rank", "2", "--tune-layers", "1"]
    result = RUNNER.invoke(app, [*arguments, *options, *tuning])
    assert result.exit_code == 0, result.output
    card = json.loads((tmp_path / "head.json").read_text())
    assert card["tuning_settings"]["rank"] == 2 and card["tuning_settings"]["layers"] == 1
    assert (tmp_path / card["tuning"]["file"]).is_file()


def test_tuning_without_torch_says_what_to_install(
    encoder_installed: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)  # `import torch` now fails
    monkeypatch.delitem(sys.modules, "accord.typer.finetune", raising=False)
    arguments = ["train", "event-typer", "--data", str(FIXTURE), "--output", str(tmp_path)]
    result = RUNNER.invoke(app, [*arguments, "--tune-encoder"])
    assert result.exit_code != 0
    assert "accord[train-typer]" in " ".join(result.output.split())

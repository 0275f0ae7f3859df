from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from accord.errors import ConfigurationError
from accord.model.plover import quad_class
from accord.typer.head import HeadSettings
from accord.typer.marked import parse_marked
from accord.typer.model import CARD_FILE, HEAD_FILE, EventTyper, load_head, save_head
from accord.typer.training import (
    TrainingError,
    TrainingSources,
    collect_pairs,
    stratified_folds,
    train_event_typer,
)

from .conftest import FIXTURE


def test_the_card_records_data_and_held_out_figures(tiny_model: Path) -> None:
    card = json.loads((tiny_model / CARD_FILE).read_text())
    assert card["training"]["pairs"] == 24 and card["training"]["sources"] == {"pairs": 24}
    assert 0.0 <= card["held_out"]["macro_f1"] <= 1.0
    assert card["temperature"] > 0 and card["settings"]["folds"] == 2


def test_the_saved_head_types_pairs(tiny_model: Path) -> None:
    typer = EventTyper(tiny_model)
    typed = typer.predict(
        [parse_marked("<s>Kinshasa</s> accused <t>Kigali</t> of backing rebels.")]
    )
    assert len(typed) == 1 and 0.0 < typed[0].confidence <= 1.0
    assert abs(sum(typed[0].probabilities) - 1.0) < 1e-3
    assert typed[0].quad is quad_class(typed[0].root)


def test_training_twice_gives_the_same_head(tiny_model: Path, tmp_path: Path) -> None:
    settings = HeadSettings(hidden=16, epochs=30, batch=8, learning_rate=1e-2)
    train_event_typer(TrainingSources((FIXTURE,)), tmp_path, settings, folds=2, quantized=True)
    with np.load(tiny_model / HEAD_FILE) as first, np.load(tmp_path / HEAD_FILE) as second:
        assert first.files == second.files
        assert all(np.array_equal(first[name], second[name]) for name in first.files)


def test_a_head_for_other_features_is_refused(tiny_model: Path, tmp_path: Path) -> None:
    card = json.loads((tiny_model / CARD_FILE).read_text())
    card["pools"] = ["sentence"]
    (tmp_path / CARD_FILE).write_text(json.dumps(card))
    (tmp_path / HEAD_FILE).write_bytes((tiny_model / HEAD_FILE).read_bytes())
    with pytest.raises(ConfigurationError, match="rebuild it"):
        load_head(tmp_path)


def test_a_missing_head_says_how_to_rebuild(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="accord train event-typer"):
        load_head(tmp_path)


def test_sentences_labelled_two_ways_are_left_out(tmp_path: Path) -> None:
    path = tmp_path / "twice.tsv"
    path.write_text(
        "uid\tmarked_sentence\tgold_root\n"
        "a\t<s>A</s> met <t>B</t>.\tCONSULT\n"
        "b\t<s>A</s> met <t>B</t>.\tAGREE\n"
        "c\t<s>A</s> hit <t>B</t>.\tASSAULT\n"
        "d\t<s>A</s> hit <t>B</t>.\tASSAULT\n"
    )
    kept, dropped = collect_pairs(TrainingSources((path,)))
    assert [p.uid for p in kept] == ["c"]
    assert dropped == [
        "twice:a (labelled ['AGREE', 'CONSULT'])",
        "twice:b (labelled ['AGREE', 'CONSULT'])",
    ]


def test_no_pairs_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.tsv").write_text("uid\tmarked_sentence\tgold_root\n")
    with pytest.raises(TrainingError, match="no labelled pairs"):
        collect_pairs(TrainingSources((tmp_path,)))


def test_folds_are_stratified_and_seeded() -> None:
    labels = np.repeat(np.arange(3), 10)
    folds = stratified_folds(labels, 5, seed=3)
    for label in range(3):
        assert sorted(np.bincount(folds[labels == label], minlength=5)) == [2] * 5
    assert np.array_equal(folds, stratified_folds(labels, 5, seed=3))


def test_the_typer_uses_the_encoder_its_head_was_trained_with(
    tiny_model: Path, tmp_path: Path
) -> None:
    card = json.loads((tiny_model / CARD_FILE).read_text())
    assert card["encoder"] == "all-MiniLM-L6-v2/int8"
    typer = EventTyper(tiny_model)
    typer.load()
    assert typer.encoder.quantized
    card["encoder"] = "all-MiniLM-L6-v2"
    (tmp_path / CARD_FILE).write_text(json.dumps(card))
    (tmp_path / HEAD_FILE).write_bytes((tiny_model / HEAD_FILE).read_bytes())
    full = EventTyper(tmp_path)
    full.load()
    assert not full.encoder.quantized


def test_an_unwritable_output_is_a_clear_error(tiny_model: Path, tmp_path: Path) -> None:
    head, card = load_head(tiny_model)
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with pytest.raises(ConfigurationError, match="cannot write the event typer"):
        save_head(head, blocked, card, "all-MiniLM-L6-v2")

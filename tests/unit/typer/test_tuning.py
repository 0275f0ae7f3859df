"""The encoder's low-rank tuning: saved and loaded intact, applied to the ONNX weights at
load time, and (where torch is installed) the patched ONNX encoder computes what the torch
encoder that was trained computes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from accord.errors import ConfigurationError
from accord.typer.encoder import TokenEncoder, encoder_folder
from accord.typer.features import POOLS, lexical_cues, pool_weights
from accord.typer.head import HeadSettings
from accord.typer.marked import parse_marked
from accord.typer.model import CARD_FILE, EventTyper
from accord.typer.tuning import (
    TUNING_FILE,
    TuneSettings,
    Tuning,
    load_tuning,
    save_tuning,
    tuned_initializers,
)

from .conftest import FIXTURE

FC2 = "model.layers.5.mlp.fc2.MatMul.weight"
Q0 = "model.layers.0.attn.q_proj.MatMul.weight"
SENTENCES = [
    "Russian envoys met Chinese officials in Paris on Monday to discuss grain.",
    "The EU imposed sanctions on Iran.",
]


def _random_tuning(seed: int = 0, scale: float = 2.0) -> Tuning:
    rng = np.random.default_rng(seed)
    shapes = {FC2: (1536, 384), Q0: (384, 384)}
    factors = {
        name: (
            (rng.standard_normal((rows, 2)) * 0.02).astype(np.float32),
            (rng.standard_normal((2, columns)) * 0.05).astype(np.float32),
        )
        for name, (rows, columns) in shapes.items()
    }
    return Tuning(factors, scale)


def _base_weight(name: str) -> np.ndarray:
    onnx = pytest.importorskip("onnx")
    from onnx import numpy_helper

    path = encoder_folder() / "onnx" / "model.onnx"
    graph = onnx.load(str(path)).graph
    return next(numpy_helper.to_array(i) for i in graph.initializer if i.name == name)


def test_a_tuning_is_saved_and_loaded_intact(tmp_path: Path) -> None:
    tuning = _random_tuning()
    save_tuning(tuning, tmp_path / TUNING_FILE)
    loaded = load_tuning(tmp_path / TUNING_FILE)
    assert loaded.scale == tuning.scale and loaded.rank == 2
    assert sorted(loaded.factors) == sorted(tuning.factors)
    for name, (a, b) in tuning.factors.items():
        assert np.array_equal(loaded.factors[name][0], a)
        assert np.array_equal(loaded.factors[name][1], b)


def test_an_unreadable_tuning_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / TUNING_FILE
    path.write_text("not an npz")
    with pytest.raises(ConfigurationError, match=TUNING_FILE):
        load_tuning(path)


def test_the_tuned_weight_is_the_base_plus_the_scaled_product(encoder_installed: None) -> None:
    tuning = _random_tuning()
    tuned = tuned_initializers(encoder_folder() / "onnx" / "model.onnx", tuning)
    assert sorted(tuned) == sorted(tuning.factors)
    a, b = tuning.factors[FC2]
    expected = _base_weight(FC2) + 2.0 * (a @ b)
    assert np.allclose(tuned[FC2], expected, atol=1e-6)


def test_a_tuning_of_weights_the_encoder_lacks_is_refused(encoder_installed: None) -> None:
    factors = {"model.layers.9.mlp.fc2.MatMul.weight": _random_tuning().factors[FC2]}
    with pytest.raises(ConfigurationError, match=r"layers\.9"):
        tuned_initializers(encoder_folder() / "onnx" / "model.onnx", Tuning(factors, 1.0))


def test_a_tuning_of_the_wrong_shape_is_refused(encoder_installed: None) -> None:
    factors = {Q0: _random_tuning().factors[FC2]}
    with pytest.raises(ConfigurationError, match="q_proj"):
        tuned_initializers(encoder_folder() / "onnx" / "model.onnx", Tuning(factors, 1.0))


def test_the_tuned_encoder_changes_the_vectors(encoder_installed: None) -> None:
    plain = TokenEncoder(1).encode(SENTENCES)
    tuned = TokenEncoder(1, tuning=_random_tuning()).encode(SENTENCES)
    assert tuned[0].vectors.shape == plain[0].vectors.shape
    assert np.abs(tuned[0].vectors - plain[0].vectors).max() > 1e-2
    assert np.array_equal(tuned[1].offsets, plain[1].offsets)


def test_a_tuned_encoder_is_never_quantized() -> None:
    with pytest.raises(ConfigurationError, match="full precision"):
        TokenEncoder(quantized=True, tuning=_random_tuning())


def test_pool_weights_average_the_pieces_of_each_span() -> None:
    pair = parse_marked("<s>Ghana</s> and <t>Togo</t> signed a memorandum.")
    offsets = np.array([[0, 5], [6, 9], [10, 14], [15, 21], [22, 23], [24, 34], [34, 35]])
    weights = pool_weights(pair, offsets, lexical_cues(pair).trigger)
    assert weights.shape == (len(POOLS), len(offsets) + 1)
    rows = dict(zip(POOLS, weights, strict=True))
    assert rows["cls"].tolist() == [1.0] + [0.0] * len(offsets)
    assert np.allclose(rows["sentence"][1:], 1 / len(offsets)) and rows["sentence"][0] == 0
    assert rows["actor"].tolist() == [0.0, 1.0, 0, 0, 0, 0, 0, 0]
    assert rows["between"].tolist() == [0.0, 0, 1.0, 0, 0, 0, 0, 0]
    assert np.allclose(rows["after_actor"], [0, 0, 0.25, 0, 0.25, 0.25, 0.25, 0])


def test_the_onnx_encoder_patched_at_load_matches_the_torch_encoder(
    encoder_installed: None,
) -> None:
    pytest.importorskip("torch", reason="the torch encoder comes with accord[train-typer]")
    from tokenizers import Tokenizer

    from accord.typer.finetune import Encoder, encode_hidden, onnx_weights

    torch_encoder = Encoder(onnx_weights(), TuneSettings(rank=4, layers=3))
    rng = np.random.default_rng(5)
    for module in torch_encoder.projections.values():
        if getattr(module, "b", None) is not None:  # trained adapters, not the zero start
            module.b.data = module.b.data.new_tensor(rng.standard_normal(module.b.shape) * 0.05)
    tuning = torch_encoder.tuning()
    assert len(tuning.factors) == 3 * 6 and all("layers.0." not in n for n in tuning.factors)
    tokenizer = Tokenizer.from_file(str(encoder_folder() / "tokenizer.json"))
    encodings = tokenizer.encode_batch(SENTENCES)
    longest = max(len(e.ids) for e in encodings)
    ids = np.zeros((len(encodings), longest), dtype=np.int64)
    for row, encoding in enumerate(encodings):
        ids[row, : len(encoding.ids)] = encoding.ids
    expected = encode_hidden(torch_encoder, ids, (ids > 0).astype(np.int64))
    patched = TokenEncoder(1, tuning=tuning).encode(SENTENCES)
    plain = TokenEncoder(1).encode(SENTENCES)
    for row, vectors in enumerate(patched):
        pieces = len(vectors.vectors)
        assert np.allclose(vectors.vectors, expected[row, 1 : pieces + 1], atol=1e-4)
        assert np.allclose(vectors.cls, expected[row, 0], atol=1e-4)
        assert not np.allclose(plain[row].vectors, expected[row, 1 : pieces + 1], atol=1e-2)


def test_a_typer_trained_with_a_tuned_encoder_saves_and_uses_it(
    encoder_installed: None, tmp_path: Path
) -> None:
    pytest.importorskip("torch", reason="fine-tuning comes with accord[train-typer]")
    from accord.typer.training import TrainingSources, train_event_typer

    settings = HeadSettings(hidden=16, epochs=10, batch=8, learning_rate=1e-2)
    tune = TuneSettings(rank=2, layers=1, epochs=1, batch=8)
    train_event_typer(TrainingSources((FIXTURE,)), tmp_path, settings, folds=2, tune=tune)
    card = json.loads((tmp_path / CARD_FILE).read_text())
    assert card["encoder"] == "all-MiniLM-L6-v2/lora" and card["tuning"]["rank"] == 2
    saved = load_tuning(tmp_path / TUNING_FILE)
    assert all(name.startswith("model.layers.5.") for name in saved.factors)
    assert any(np.abs(b).max() > 0 for _, b in saved.factors.values())
    typer = EventTyper(tmp_path)
    typed = typer.predict([parse_marked("<s>Kinshasa</s> accused <t>Kigali</t> of arming rebels.")])
    assert typer.encoder.tuning is not None and len(typed) == 1
    (tmp_path / TUNING_FILE).write_bytes(b"changed")
    with pytest.raises(ConfigurationError, match="encoder tuning"):
        EventTyper(tmp_path).load()


@pytest.mark.parametrize("settings", [{"rank": 0}, {"layers": 7}, {"epochs": 0}])
def test_impossible_tuning_settings_are_refused(settings: dict[str, int]) -> None:
    with pytest.raises(ConfigurationError, match="encoder tuning needs"):
        TuneSettings(**settings)


def test_each_fold_is_scored_by_an_encoder_tuned_without_it(
    encoder_installed: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accord.typer import training

    seen: list[set[str]] = []

    def fake_tuned(pairs: list[training.LabelledPair], *_: object) -> Tuning:
        seen.append({p.uid for p in pairs})
        return _random_tuning(seed=len(seen))

    monkeypatch.setattr(training, "_tuned", fake_tuned)
    settings = HeadSettings(hidden=8, epochs=3, batch=8)
    sources = training.TrainingSources((FIXTURE,))
    training.train_event_typer(sources, tmp_path, settings, folds=2, tune=TuneSettings())
    everyone = {p.uid for p in training.collect_pairs(sources)[0]}
    assert len(seen) == 3 and seen[-1] == everyone
    assert seen[0] | seen[1] == everyone and not seen[0] & seen[1]
    card = json.loads((tmp_path / CARD_FILE).read_text())
    assert card["held_out"]["pairs"] == len(everyone) and card["tuning"]["rank"] == 2


def test_an_int8_head_on_a_tuned_encoder_is_refused_before_any_work(tmp_path: Path) -> None:
    from accord.typer.training import TrainingError, TrainingSources, train_event_typer

    with pytest.raises(TrainingError, match="full precision"):
        train_event_typer(
            TrainingSources((tmp_path / "absent.tsv",)),
            tmp_path,
            quantized=True,
            tune=TuneSettings(),
        )

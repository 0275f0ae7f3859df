from __future__ import annotations

import numpy as np

from accord.typer.head import (
    HeadSettings,
    expected_calibration_error,
    fit_temperature,
    softmax,
    train_head,
)


def _blobs(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[type-arg]
    rng = np.random.default_rng(seed)
    centres = rng.normal(0, 3, size=(3, 5))
    labels = np.repeat(np.arange(3), 40)
    features = centres[labels] + rng.normal(0, 1, size=(120, 5))
    return features.astype(np.float32), labels.astype(np.int64)


def test_a_trained_head_separates_distinct_classes() -> None:
    features, labels = _blobs()
    for hidden in (0, 16):
        head = train_head(
            features,
            labels,
            3,
            HeadSettings(hidden=hidden, epochs=30, batch=16, learning_rate=1e-2),
        )
        assert (head.logits(features).argmax(axis=1) == labels).mean() > 0.95


def test_training_is_deterministic_for_a_seed() -> None:
    features, labels = _blobs()
    settings = HeadSettings(hidden=8, epochs=3, batch=16)
    first = train_head(features, labels, 3, settings)
    second = train_head(features, labels, 3, settings)
    other = train_head(features, labels, 3, HeadSettings(hidden=8, epochs=3, batch=16, seed=1))
    assert np.array_equal(first.layers[0][0], second.layers[0][0])
    assert not np.array_equal(first.layers[0][0], other.layers[0][0])


def test_temperature_softens_overconfident_logits() -> None:
    rng = np.random.default_rng(1)
    labels = rng.integers(0, 4, size=400)
    logits = rng.normal(0, 1, size=(400, 4)).astype(np.float32)
    logits[np.arange(400), labels] += 2.0  # right 70-80% of the time...
    logits *= 6.0  # ...but nearly certain every time
    temperature = fit_temperature(logits, labels)
    assert temperature > 3.0
    before = softmax(logits)
    after = softmax(logits / temperature)
    right = before.argmax(axis=1) == labels
    assert expected_calibration_error(after.max(axis=1), right) < expected_calibration_error(
        before.max(axis=1), right
    )


def test_calibration_error_of_known_bins() -> None:
    confidence = np.array([0.9, 0.9, 0.6, 0.6], dtype=np.float32)
    right = np.array([True, True, True, False])
    # bin 0.9: accuracy 1.0, gap 0.1; bin 0.6: accuracy 0.5, gap 0.1 -> 0.1 overall
    assert abs(expected_calibration_error(confidence, right) - 0.1) < 1e-6

"""The classifier on top of the features: a small softmax network, in numpy only.

Inputs are standardised with the training set's mean and spread; one hidden ReLU layer (or
none: multinomial logistic regression) then gives one logit per class. Training is full
numpy (Adam, weight decay, class-balanced loss, a fixed seed), so the same data always gives
the same weights and the typer needs no machine-learning framework at run time.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class HeadSettings:
    hidden: int = 256
    epochs: int = 30
    batch: int = 64
    learning_rate: float = 1e-3
    weight_decay: float = 1e-4
    input_dropout: float = 0.1
    seed: int = 13


@dataclass(slots=True)
class SoftmaxHead:
    """Standardisation, the layers' weights and a temperature that calibrates the logits."""

    mean: Array
    scale: Array
    layers: list[tuple[Array, Array]] = field(default_factory=list)
    temperature: float = 1.0

    def logits(self, features: Array) -> Array:
        hidden = (features - self.mean) / self.scale
        for index, (weights, bias) in enumerate(self.layers):
            hidden = hidden @ weights + bias
            if index < len(self.layers) - 1:
                hidden = np.maximum(hidden, 0.0)
        return hidden.astype(np.float32)

    def probabilities(self, features: Array) -> Array:
        return softmax(self.logits(features) / self.temperature)


def softmax(logits: Array) -> Array:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exponent = np.exp(shifted)
    probabilities: Array = (exponent / exponent.sum(axis=1, keepdims=True)).astype(np.float32)
    return probabilities


def train_head(
    features: Array,
    labels: NDArray[np.int64],
    classes: int,
    settings: HeadSettings,
    sample_weight: Array | None = None,
) -> SoftmaxHead:
    """A head fitted to `features` and integer `labels`, each class weighted by the inverse
    of its frequency so rare classes count as much as common ones."""
    rng = np.random.default_rng(settings.seed)
    mean = features.mean(axis=0)
    scale = features.std(axis=0) + 1e-4
    inputs = ((features - mean) / scale).astype(np.float32)
    counts = np.bincount(labels, minlength=classes).astype(np.float32)
    class_weight = np.where(counts > 0, len(labels) / (classes * np.maximum(counts, 1)), 0)
    weights = (class_weight[labels] * (1.0 if sample_weight is None else sample_weight)).astype(
        np.float32
    )
    sizes = [inputs.shape[1], *([settings.hidden] if settings.hidden else []), classes]
    layers = [
        (
            (rng.standard_normal((a, b)) * np.sqrt(2.0 / a)).astype(np.float32),
            np.zeros(b, dtype=np.float32),
        )
        for a, b in itertools.pairwise(sizes)
    ]
    optimiser = _Adam(layers, settings.learning_rate)
    for _ in range(settings.epochs):
        order = rng.permutation(len(labels))
        for first in range(0, len(order), settings.batch):
            chosen = order[first : first + settings.batch]
            batch = inputs[chosen]
            if settings.input_dropout:
                keep = rng.random(batch.shape, dtype=np.float32) >= settings.input_dropout
                batch = batch * keep * np.float32(1 / (1 - settings.input_dropout))
            gradients = _gradients(layers, batch, labels[chosen], weights[chosen])
            optimiser.step(layers, gradients, settings.weight_decay)
    return SoftmaxHead(mean.astype(np.float32), scale.astype(np.float32), layers)


def _gradients(
    layers: list[tuple[Array, Array]], batch: Array, labels: NDArray[np.int64], weights: Array
) -> list[tuple[Array, Array]]:
    activations = [batch]
    for index, (w, b) in enumerate(layers):
        out = activations[-1] @ w + b
        activations.append(np.maximum(out, 0.0) if index < len(layers) - 1 else out)
    probabilities = softmax(activations[-1])
    delta = probabilities
    delta[np.arange(len(labels)), labels] -= 1.0
    delta *= (weights / weights.sum())[:, None]
    gradients: list[tuple[Array, Array]] = []
    for index in range(len(layers) - 1, -1, -1):
        gradients.append((activations[index].T @ delta, delta.sum(axis=0)))
        if index:
            delta = (delta @ layers[index][0].T) * (activations[index] > 0)
    return gradients[::-1]


class _Adam:
    def __init__(self, layers: list[tuple[Array, Array]], rate: float) -> None:
        self.rate = rate
        self.moments = [[np.zeros_like(p) for p in layer] for layer in layers]
        self.squares = [[np.zeros_like(p) for p in layer] for layer in layers]
        self.steps = 0

    def step(
        self,
        layers: list[tuple[Array, Array]],
        gradients: list[tuple[Array, Array]],
        decay: float,
    ) -> None:
        self.steps += 1
        correction1 = 1 - 0.9**self.steps
        correction2 = 1 - 0.999**self.steps
        for index, (layer, gradient) in enumerate(zip(layers, gradients, strict=True)):
            updated = []
            for part, (parameter, grad) in enumerate(zip(layer, gradient, strict=True)):
                moment = self.moments[index][part]
                square = self.squares[index][part]
                moment *= 0.9
                moment += 0.1 * grad
                square *= 0.999
                square += 0.001 * grad * grad
                step = (self.rate / correction1) * moment / (np.sqrt(square / correction2) + 1e-8)
                if part == 0:  # decay on weights, not biases
                    step += self.rate * decay * parameter
                updated.append((parameter - step).astype(np.float32))
            layers[index] = (updated[0], updated[1])


def fit_temperature(logits: Array, labels: NDArray[np.int64]) -> float:
    """The temperature that minimises the negative log-likelihood of held-out logits."""
    best, best_loss = 1.0, float("inf")
    for temperature in np.exp(np.linspace(np.log(0.25), np.log(8.0), 61)):
        probabilities = softmax(logits / temperature)
        loss = -float(np.mean(np.log(probabilities[np.arange(len(labels)), labels] + 1e-12)))
        if loss < best_loss:
            best, best_loss = float(temperature), loss
    return best


def expected_calibration_error(
    confidence: Array, correct: NDArray[np.bool_], bins: int = 10
) -> float:
    """Mean gap between confidence and accuracy over equal-width confidence bins, weighted
    by how many predictions fall in each."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    total = 0.0
    for low, high in itertools.pairwise(edges):
        inside = (confidence > low) & (confidence <= high)
        if inside.any():
            gap = abs(float(confidence[inside].mean()) - float(correct[inside].mean()))
            total += gap * inside.mean()
    return float(total)

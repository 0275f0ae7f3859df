"""Low-rank changes to the encoder's weights, kept apart from the encoder itself.

Fine-tuning (`accord.typer.finetune`, torch, an optional extra) adapts the encoder's matrices
by low-rank products `A @ B` (LoRA) instead of rewriting them, so what the repository keeps
is a few hundred kilobytes of factors rather than a 90 MB model. At load time the factors
are multiplied out and added to the ONNX model's own weights, and onnxruntime runs the
result as initializers that override the packaged ones: no torch, and nothing written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from accord.errors import ConfigurationError

TUNING_FILE = "encoder_lora.npz"
_SCALE = "scale"
_SUFFIXES = ("::a", "::b")


@dataclass(frozen=True, slots=True)
class TuneSettings:
    """How `accord.typer.finetune` trains the adapters (recorded in the head's card)."""

    rank: int = 8
    alpha: float = 16.0
    layers: int = 6  # the top layers that get adapters; the ones below stay frozen
    epochs: int = 2
    batch: int = 16
    learning_rate: float = 1e-3
    seed: int = 13
    threads: int = 1

    def __post_init__(self) -> None:
        if self.rank < 1 or self.epochs < 1 or self.batch < 1 or not 1 <= self.layers <= 6:
            raise ConfigurationError(
                f"encoder tuning needs rank, epochs and batch of at least 1 and 1 to 6 "
                f"layers, not {self}"
            )


@dataclass(frozen=True, slots=True)
class Tuning:
    """Per ONNX initializer (a `(in, out)` matrix), its low-rank factors `a` (in, rank) and
    `b` (rank, out); the change is `scale * a @ b`."""

    factors: dict[str, tuple[NDArray[np.float32], NDArray[np.float32]]]
    scale: float

    def delta(self, name: str) -> NDArray[np.float32]:
        a, b = self.factors[name]
        return (np.float32(self.scale) * (a @ b)).astype(np.float32)

    @property
    def rank(self) -> int:
        return max((a.shape[1] for a, _ in self.factors.values()), default=0)


def save_tuning(tuning: Tuning, path: Path) -> str:
    """The factors into `path` (an .npz, written aside and moved into place); returns a
    digest of the file, which the head's card records."""
    arrays: dict[str, NDArray[np.float32]] = {_SCALE: np.asarray(tuning.scale, np.float32)}
    for name, (a, b) in tuning.factors.items():
        arrays[name + _SUFFIXES[0]] = a.astype(np.float32)
        arrays[name + _SUFFIXES[1]] = b.astype(np.float32)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("wb") as handle:
            np.savez_compressed(handle, allow_pickle=False, **arrays)
        partial.replace(path)
    except OSError as error:
        raise ConfigurationError(f"cannot write the encoder tuning {path}: {error}") from None
    return file_digest(path)


def load_tuning(path: Path) -> Tuning:
    try:
        with np.load(path) as arrays:
            names = sorted({k[: -len(_SUFFIXES[0])] for k in arrays.files if k.endswith("::a")})
            factors = {n: (arrays[n + _SUFFIXES[0]], arrays[n + _SUFFIXES[1]]) for n in names}
            scale = float(arrays[_SCALE])
    except (OSError, ValueError, KeyError) as error:
        raise ConfigurationError(
            f"cannot load the encoder tuning {path}: {error}; "
            "rebuild it with `accord train event-typer --tune-encoder`"
        ) from None
    for name, (a, b) in factors.items():
        if a.ndim != 2 or b.ndim != 2 or a.shape[1] != b.shape[0]:
            raise ConfigurationError(f"{path}: the factors of {name} do not multiply")
    return Tuning(factors, scale)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def tuned_initializers(model: Path, tuning: Tuning) -> dict[str, NDArray[np.float32]]:
    """The tuned value of every initializer the tuning changes, read from the ONNX `model`
    (its weights beside it) and checked against the factors' shapes."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(model), load_external_data=False).graph
    wanted = {i.name: i for i in graph.initializer if i.name in tuning.factors}
    missing = sorted(set(tuning.factors) - set(wanted))
    if missing:
        raise ConfigurationError(
            f"the encoder tuning changes weights the encoder {model} does not have: "
            f"{', '.join(missing[:3])}; rebuild it with `accord train event-typer`"
        )
    tuned = {}
    for name, initializer in wanted.items():
        onnx.external_data_helper.load_external_data_for_tensor(initializer, str(model.parent))
        base = numpy_helper.to_array(initializer).astype(np.float32)
        change = tuning.delta(name)
        if change.shape != base.shape:
            raise ConfigurationError(
                f"the encoder tuning of {name} is {change.shape}, the weight {base.shape}"
            )
        tuned[name] = base + change
    return tuned

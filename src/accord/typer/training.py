"""Training the event typer: read the labelled pairs, encode them once, cross-validate,
calibrate, fit the final head on everything and save it with its card.

The held-out figures in the card come from k-fold cross-validation over all the training
pairs (each pair predicted by a head that never saw it); the temperature is fitted on those
same held-out predictions, then the final head is trained on every pair with the same seed.

With `tune` (torch, the `train-typer` extra) the encoder is fine-tuned with low-rank
adapters and the head is trained on the tuned encoder's features. So that the held-out
figures and the temperature stay honest, each fold gets its own encoder, tuned without the
fold's pairs; the shipped encoder is then tuned once more on every pair.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.errors import AccordError
from accord.model import EventType
from accord.typer.data import LabelledPair, read_gold_records, read_pair_files
from accord.typer.encoder import TokenEncoder
from accord.typer.features import featurise
from accord.typer.head import HeadSettings, fit_temperature, softmax, train_head
from accord.typer.model import save_head
from accord.typer.scoring import score_pairs
from accord.typer.tuning import TuneSettings, Tuning

CLASSES = tuple(EventType)
Progress = Callable[[str], None]


class TrainingError(AccordError):
    code = "typer.training"


@dataclass(frozen=True, slots=True)
class TrainingSources:
    """Where the pairs come from: the team's TSV files or folders (in the repository) and,
    optionally, the PLOVER gold records file (read from the shared folder, not copied)."""

    pair_files: tuple[Path, ...]
    gold_records: Path | None = None


@dataclass(slots=True)
class TrainingReport:
    pairs: int
    sources: dict[str, int]
    classes: dict[str, int]
    held_out: dict[str, Any]
    held_out_by_source: dict[str, dict[str, Any]]
    temperature: float
    seconds: float = 0.0
    dropped: list[str] = field(default_factory=list)

    def as_card(self) -> dict[str, Any]:
        return {
            "training": {
                "pairs": self.pairs,
                "sources": self.sources,
                "classes": self.classes,
                "dropped": self.dropped,
                "seconds": round(self.seconds, 1),
            },
            "held_out": self.held_out,
            "held_out_by_source": self.held_out_by_source,
        }


def collect_pairs(sources: TrainingSources) -> tuple[list[LabelledPair], list[str]]:
    """Every labelled pair, each sentence once (the first label wins; a sentence labelled
    twice differently is reported and left out)."""
    pairs = read_pair_files(sources.pair_files)
    if sources.gold_records is not None:
        pairs += read_gold_records(sources.gold_records)
    labels: dict[tuple[object, ...], set[str]] = {}
    for pair in pairs:
        labels.setdefault(_key(pair), set()).add(pair.root or "")
    seen: set[tuple[object, ...]] = set()
    kept, dropped = [], []
    for pair in pairs:
        key = _key(pair)
        if len(labels[key]) > 1:
            dropped.append(f"{pair.source}:{pair.uid} (labelled {sorted(labels[key])})")
        elif key not in seen and pair.root in EventType.__members__:
            kept.append(pair)
        seen.add(key)
    if not kept:
        raise TrainingError("no labelled pairs to train on; give --data files or folders")
    return kept, dropped


def _key(pair: LabelledPair) -> tuple[object, ...]:
    return (pair.pair.text, pair.pair.actor, pair.pair.recipient)


def train_event_typer(
    sources: TrainingSources,
    output: Path,
    settings: HeadSettings | None = None,
    folds: int = 5,
    progress: Progress | None = None,
    *,
    quantized: bool = False,
    tune: TuneSettings | None = None,
) -> TrainingReport:
    """Train, cross-validate and save the typer's head into `output` (`quantized`: on the
    int8 encoder, faster and a little less accurate; the head then always runs on it;
    `tune`: on an encoder fine-tuned first, see the module's note)."""
    if quantized and tune is not None:
        raise TrainingError("a fine-tuned encoder runs in full precision: leave out --int8")
    started = time.monotonic()
    say = progress or (lambda _: None)
    chosen = settings or HeadSettings()
    pairs, dropped = collect_pairs(sources)
    labels = np.array([CLASSES.index(EventType(p.root or "")) for p in pairs], dtype=np.int64)
    tuning = None
    if tune is not None:
        logits = tuned_held_out_logits(pairs, labels, chosen, tune=tune, folds=folds, say=say)
        tuning = _tuned(pairs, labels, tune, say)
    say(f"encoding {len(pairs)} pairs")
    encoder = TokenEncoder(quantized=quantized, tuning=tuning)
    features = featurise([p.pair for p in pairs], encoder)
    if tune is None:
        say(f"cross-validating over {folds} folds")
        logits = held_out_logits(features, labels, chosen, folds)
    temperature = fit_temperature(logits, labels)
    report = _report(pairs, labels, logits, temperature, dropped)
    say("training the final head")
    head = train_head(features, labels, len(CLASSES), chosen)
    head.temperature = temperature
    report.seconds = time.monotonic() - started
    card = {**report.as_card(), "settings": _settings(chosen, folds)}
    if tune is not None:
        card["tuning_settings"] = asdict(tune)
    save_head(head, output, card, encoder.variant, tuning)
    return report


def _tuned(
    pairs: Sequence[LabelledPair], labels: NDArray[np.int64], tune: TuneSettings, say: Progress
) -> Tuning:
    from accord.typer.finetune import tune_encoder  # torch: only when asked for

    say(f"tuning the encoder on {len(pairs)} pairs ({tune.epochs} epochs, rank {tune.rank})")
    return tune_encoder([p.pair for p in pairs], labels.tolist(), len(CLASSES), tune, say)


def tuned_held_out_logits(
    pairs: Sequence[LabelledPair],
    labels: NDArray[np.int64],
    settings: HeadSettings,
    *,
    tune: TuneSettings,
    folds: int,
    say: Progress,
) -> NDArray[np.float32]:
    """Each pair's logits from an encoder tuned and a head trained on the other folds only
    (the same folds as `held_out_logits`)."""
    fold = stratified_folds(labels, folds, settings.seed)
    logits = np.zeros((len(labels), len(CLASSES)), dtype=np.float32)
    for number in range(folds):
        inside = fold == number
        say(f"held-out fold {number + 1}/{folds}")
        outside = [pair for pair, held in zip(pairs, inside, strict=True) if not held]
        tuning = _tuned(outside, labels[~inside], tune, say)
        features = featurise([p.pair for p in pairs], TokenEncoder(tuning=tuning))
        head = train_head(features[~inside], labels[~inside], len(CLASSES), settings)
        logits[inside] = head.logits(features[inside])
    return logits


def held_out_logits(
    features: NDArray[np.float32], labels: NDArray[np.int64], settings: HeadSettings, folds: int
) -> NDArray[np.float32]:
    """Each pair's logits from the head trained on the other folds (folds stratified by
    class, assigned with the training seed)."""
    fold = stratified_folds(labels, folds, settings.seed)
    logits = np.zeros((len(labels), len(CLASSES)), dtype=np.float32)
    for number in range(folds):
        inside = fold == number
        head = train_head(features[~inside], labels[~inside], len(CLASSES), settings)
        logits[inside] = head.logits(features[inside])
    return logits


def stratified_folds(labels: NDArray[np.int64], folds: int, seed: int) -> NDArray[np.int64]:
    rng = np.random.default_rng(seed)
    fold = np.zeros(len(labels), dtype=np.int64)
    for label in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == label))
        fold[members] = (np.arange(len(members)) + int(label)) % folds
    return fold


def _report(
    pairs: Sequence[LabelledPair],
    labels: NDArray[np.int64],
    logits: NDArray[np.float32],
    temperature: float,
    dropped: list[str],
) -> TrainingReport:
    probabilities = softmax(logits / temperature)
    gold = [CLASSES[i].value for i in labels]
    guess = [CLASSES[i].value for i in probabilities.argmax(axis=1)]
    confidence = [float(c) for c in probabilities.max(axis=1)]
    by_source = {}
    for source in sorted({p.source for p in pairs}):
        rows = [i for i, p in enumerate(pairs) if p.source == source]
        score = score_pairs(
            [gold[i] for i in rows], [guess[i] for i in rows], [confidence[i] for i in rows]
        )
        by_source[source] = score.as_dict()
    uncalibrated = softmax(logits)
    overall = score_pairs(gold, guess, confidence).as_dict()
    overall["expected_calibration_error_before_scaling"] = round(
        score_pairs(gold, guess, [float(c) for c in uncalibrated.max(axis=1)]).calibration_error, 4
    )
    return TrainingReport(
        pairs=len(pairs),
        sources=dict(Counter(p.source for p in pairs)),
        classes=dict(sorted(Counter(gold).items())),
        held_out=overall,
        held_out_by_source=by_source,
        temperature=round(temperature, 4),
        dropped=dropped,
    )


def _settings(settings: HeadSettings, folds: int) -> dict[str, Any]:
    return {
        "hidden": settings.hidden,
        "epochs": settings.epochs,
        "batch": settings.batch,
        "learning_rate": settings.learning_rate,
        "weight_decay": settings.weight_decay,
        "input_dropout": settings.input_dropout,
        "seed": settings.seed,
        "folds": folds,
    }

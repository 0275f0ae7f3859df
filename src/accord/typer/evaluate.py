"""`accord eval pairs`: type every pair of a file, write the predictions, score any gold."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from accord.typer.data import read_pair_file, write_predictions
from accord.typer.model import EventTyper
from accord.typer.scoring import PairScore, score_pairs


@dataclass(frozen=True, slots=True)
class PairFileResult:
    pairs: int
    score: PairScore | None  # None when the file has no gold_root column filled in
    seconds: float


def evaluate_pair_file(path: Path, predictions: Path, typer: EventTyper) -> PairFileResult:
    """Predictions for every row of `path` written to `predictions`; scores when every row
    has a gold root (a file with only some gold rows is scored on those rows)."""
    rows = read_pair_file(path)
    typer.load()
    started = time.perf_counter()
    typed = typer.predict([row.pair for row in rows])
    seconds = time.perf_counter() - started
    write_predictions(
        predictions,
        [row.uid for row in rows],
        [t.root.value for t in typed],
        [int(t.quad) for t in typed],
        [t.confidence for t in typed],
    )
    scored = [(row.root, t) for row, t in zip(rows, typed, strict=True) if row.root]
    score = (
        score_pairs(
            [gold for gold, _ in scored],
            [t.root.value for _, t in scored],
            [t.confidence for _, t in scored],
        )
        if scored
        else None
    )
    return PairFileResult(len(rows), score, seconds)

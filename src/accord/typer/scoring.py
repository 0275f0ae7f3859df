"""Scores of predicted roots against gold: per class, macro, the confusion and calibration."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from accord.eval.scoring import macro_f1, per_class
from accord.typer.data import YIELD, collapse_yield
from accord.typer.head import expected_calibration_error


@dataclass(frozen=True, slots=True)
class PairScore:
    confusion: Counter[tuple[str, str]]
    per_class: dict[str, dict[str, float]]
    macro_f1: float
    accuracy: float
    calibration_error: float

    def as_dict(self) -> dict[str, object]:
        return {
            "pairs": sum(self.confusion.values()),
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "expected_calibration_error": round(self.calibration_error, 4),
            "per_class": {
                k: {m: round(v, 4) for m, v in row.items()} for k, row in self.per_class.items()
            },
            "confusion": [[gold, guess, n] for (gold, guess), n in sorted(self.confusion.items())],
        }


def score_pairs(
    gold: Sequence[str], predicted: Sequence[str], confidence: Sequence[float]
) -> PairScore:
    """Scores over the rows; where gold uses the older YIELD, CONCEDE and RETREAT are scored
    as that one class, in gold and predictions alike."""
    if YIELD in gold:
        gold, predicted = collapse_yield(gold), collapse_yield(predicted)
    confusion = Counter(zip(gold, predicted, strict=True))
    table = per_class(confusion)
    right = np.array([g == p for g, p in zip(gold, predicted, strict=True)], dtype=bool)
    return PairScore(
        confusion,
        table,
        macro_f1(table),
        float(right.mean()) if len(right) else 0.0,
        expected_calibration_error(np.asarray(confidence, dtype=np.float32), right),
    )


def confusion_rows(confusion: Counter[tuple[str, str]]) -> tuple[list[str], list[list[int]]]:
    """Class names and the matrix (rows gold, columns predicted)."""
    labels = sorted({label for pair in confusion for label in pair})
    return labels, [[confusion[(g, p)] for p in labels] for g in labels]


def confusion_text(confusion: Counter[tuple[str, str]]) -> str:
    """The confusion matrix as fixed-width text (rows gold, columns predicted, names cut
    to four letters), readable in any terminal width from 90 columns."""
    labels, matrix = confusion_rows(confusion)
    width = max(4, *(len(str(n)) for row in matrix for n in row))
    lines = ["gold/pred".ljust(12) + " ".join(label[:4].rjust(width) for label in labels)]
    for label, row in zip(labels, matrix, strict=True):
        cells = " ".join((str(n) if n else ".").rjust(width) for n in row)
        lines.append(label.ljust(12) + cells)
    return "\n".join(lines)

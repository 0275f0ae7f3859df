"""Per-class precision, recall and F1 from a confusion count of (gold, predicted) pairs."""

from __future__ import annotations

from collections import Counter

NO_EVENT = "NONE"


def per_class(confusion: Counter[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support for every class seen in gold or predictions
    (the "no event" class excluded: missing an event costs recall, not a class of its own)."""
    classes = sorted({label for pair in confusion for label in pair} - {NO_EVENT})
    table = {}
    for label in classes:
        true_positive = confusion[(label, label)]
        predicted = sum(n for (_, guess), n in confusion.items() if guess == label)
        actual = sum(n for (gold, _), n in confusion.items() if gold == label)
        precision = true_positive / predicted if predicted else 0.0
        recall = true_positive / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[label] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "support": float(actual),
        }
    return table


def macro_f1(table: dict[str, dict[str, float]]) -> float:
    """Mean F1 over the classes that occur in gold."""
    scored = [row["f1"] for row in table.values() if row["support"] > 0]
    return sum(scored) / len(scored) if scored else 0.0

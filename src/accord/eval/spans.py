"""Gold spans against the engine's: offsets carried over text cleaning, and a one-to-one
matching of labelled spans into a (gold, predicted) confusion count for `scoring.per_class`.

Gold offsets point into the text as published; the engine runs on the text as Accord stores
it (`ingest.normalize.clean_text`: trailing spaces, invisible marks and extra blank lines
removed), so gold offsets are first carried over to the cleaned text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from accord.eval.scoring import NO_EVENT, per_class

NOTHING = NO_EVENT  # the side of a pair with no span: a miss or a spurious prediction
_POOLED = "ALL"


@dataclass(frozen=True, slots=True)
class LabelledSpan:
    start: int
    end: int
    label: str

    def overlap(self, other: LabelledSpan) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


class OffsetMap:
    """Character offsets of a raw text carried to a cleaned copy of it."""

    def __init__(self, raw: str, cleaned: str) -> None:
        self._targets = list(range(len(raw) + 1))
        if raw == cleaned:
            return
        matcher = SequenceMatcher(None, raw, cleaned, autojunk=False)
        for tag, raw_start, raw_end, clean_start, clean_end in matcher.get_opcodes():
            for offset in range(raw_start, raw_end + 1):
                if tag == "equal":
                    self._targets[offset] = clean_start + offset - raw_start
                else:  # removed or rewritten characters all land where their stretch starts
                    self._targets[offset] = clean_end if offset == raw_end else clean_start

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The cleaned-text offsets of the raw span `start:end`."""
        if not 0 <= start <= end < len(self._targets):
            raise ValueError(f"span {start}:{end} lies outside a text of {len(self._targets) - 1}")
        return self._targets[start], self._targets[end]


def match(
    gold: Sequence[LabelledSpan], predicted: Sequence[LabelledSpan], *, overlap: bool
) -> Counter[tuple[str, str]]:
    """(gold label, predicted label) counts after pairing each gold span with at most one
    prediction: the same offsets only, or with `overlap` any shared character (pairs of the
    same label first, then the larger overlap). Unpaired spans pair with `NOTHING`."""
    candidates = [
        (gold_span.label != guess.label, -gold_span.overlap(guess), g, p)
        for g, gold_span in enumerate(gold)
        for p, guess in enumerate(predicted)
        if _pairs(gold_span, guess, overlap=overlap)
    ]
    confusion: Counter[tuple[str, str]] = Counter()
    gold_taken: set[int] = set()
    predicted_taken: set[int] = set()
    for _, _, g, p in sorted(candidates):
        if g in gold_taken or p in predicted_taken:
            continue
        gold_taken.add(g)
        predicted_taken.add(p)
        confusion[(gold[g].label, predicted[p].label)] += 1
    for g, gold_span in enumerate(gold):
        if g not in gold_taken:
            confusion[(gold_span.label, NOTHING)] += 1
    for p, guess in enumerate(predicted):
        if p not in predicted_taken:
            confusion[(NOTHING, guess.label)] += 1
    return confusion


def _pairs(gold: LabelledSpan, guess: LabelledSpan, *, overlap: bool) -> bool:
    if overlap:
        return gold.overlap(guess) > 0
    return (gold.start, gold.end) == (guess.start, guess.end)


def pooled(confusion: Counter[tuple[str, str]]) -> dict[str, float]:
    """Precision, recall and F1 over all labels at once (micro-averaged): a pair whose labels
    differ is both a spurious prediction and a miss."""
    merged: Counter[tuple[str, str]] = Counter()
    for (gold, guess), count in confusion.items():
        if gold == guess or NOTHING in (gold, guess):
            merged[(_pool(gold), _pool(guess))] += count
        else:
            merged[(_POOLED, NOTHING)] += count
            merged[(NOTHING, _POOLED)] += count
    return per_class(merged).get(_POOLED, {"precision": 0.0, "recall": 0.0, "f1": 0.0})


def _pool(label: str) -> str:
    return NOTHING if label == NOTHING else _POOLED

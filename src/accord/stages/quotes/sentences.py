"""Sentence and paragraph boundaries that know about quotations and title abbreviations.

A full stop inside a quotation does not end the sentence that carries the quotation; a full
stop after a title ("Gen.", "Mr.") or an initial ("J.") ends nothing. A line break always ends
a sentence unless it falls inside a quotation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from accord.stages.quotes.marks import QuotedPassage


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_BOUNDARY = re.compile(r"[.!?…][\"”»]?[ \t\u00a0]+|\s*\n\s*")
_LAST_WORD = re.compile(r"([\w’'-]+)$")
_ABBREVIATIONS = _words(
    "mr mrs ms dr prof gen maj col lt capt cpt sgt brig adm cdr cmdr gov sen rep rev "
    "hon st jr sr no vol mme mlle"
)


class SentenceIndex:
    """Sentence starts of one text, for finding the sentence around a quotation."""

    def __init__(self, text: str, passages: Sequence[QuotedPassage]) -> None:
        self._length = len(text)
        starts = [0]
        for match in _BOUNDARY.finditer(text):
            if match.group().strip() and _after_abbreviation(text, match.start()):
                continue
            if any(passage.contains(match.end()) for passage in passages):
                continue
            starts.append(match.end())
        self._starts = starts

    def start_before(self, index: int) -> int:
        """The start of the sentence holding `index`."""
        return self._starts[bisect.bisect_right(self._starts, index) - 1]

    def start_after(self, index: int) -> int:
        """The start of the sentence after the one holding `index` (the text end if none)."""
        position = bisect.bisect_right(self._starts, index)
        return self._starts[position] if position < len(self._starts) else self._length


def _after_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` closes a title abbreviation or an initial."""
    if text[stop] != ".":
        return False
    match = _LAST_WORD.search(text, 0, stop)
    if match is None:
        return False
    word = match.group(1).split("-")[-1]
    return (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS


def paragraph_breaks_between(text: str, start: int, end: int) -> int:
    """How many paragraph breaks (runs of line breaks) lie between `start` and `end`."""
    return len(re.findall(r"\n\s*", text[start:end]))

"""Whether an event happened, is promised, threatened, hypothetical, negated or denied.

Decided from cue words in the clause before the trigger, English and French. The cue that decides is returned as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from accord.model import EventType, Modality

# Checked in this order: the first cue found before the trigger decides.
_CUES: tuple[tuple[Modality, re.Pattern[str]], ...] = (
    (Modality.DENIED, re.compile(r"\b(?:denied|denies|deny|d[ée]menti|nie)\b", re.IGNORECASE)),
    (
        Modality.NEGATED,
        re.compile(
            r"\b(?:did not|didn't|has not|hasn't|have not|haven't|had not|was not|were not|never|no longer|n'a pas|n'ont pas|ne sont pas)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # Lower case only: "May 5" is a date and "Will Ross" a name, not modal verbs.
        Modality.HYPOTHETICAL,
        re.compile(r"\b(?:[Ii]f|[Uu]nless|could|would|might|may|possibility of|[Ss]i)\b"),
    ),
    (
        Modality.THREATENED,
        re.compile(
            r"\b(?:threaten(?:ed|s)? to|warned (?:it|they) would|menac[ée] de)\b", re.IGNORECASE
        ),
    ),
    (
        Modality.PROMISED,
        re.compile(
            r"\b(?:will|shall|plans? to|planned|intends? to|is to|are to|expected to|agreed to|pledged to|committed to|vowed to|promised to|set to|going to|va|vont|devrait|devraient|pr[ée]voit)\b",
        ),
    ),
)
_CLAUSE_BREAK = re.compile(r"[.;:!?]|\bbut\b|\bwhile\b|\bmais\b", re.IGNORECASE)
# Event types whose trigger already states an intention; a "will" before them is not news.
_INHERENTLY_VERBAL = frozenset({EventType.AGREE, EventType.THREATEN, EventType.REQUEST})


@dataclass(frozen=True, slots=True)
class ModalityCue:
    modality: Modality
    start: int  # offsets in the sentence
    end: int


def modality_of(sentence: str, trigger_start: int, event_type: EventType) -> ModalityCue | None:
    """The cue that makes the event in `sentence` (its trigger at `trigger_start`) other than
    occurred, or None when it is reported as having happened."""
    window_start = _clause_start(sentence, trigger_start)
    window = sentence[window_start:trigger_start]
    for modality, pattern in _CUES:
        if modality is Modality.PROMISED and event_type in _INHERENTLY_VERBAL:
            continue
        found = _last(pattern.finditer(window))  # the cue nearest the trigger wins
        if found is not None:
            return ModalityCue(modality, window_start + found.start(), window_start + found.end())
    return None


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007 - keeping the final match is the point
        pass
    return last


def _clause_start(sentence: str, position: int) -> int:
    start = 0
    for found in _CLAUSE_BREAK.finditer(sentence, 0, position):
        start = found.end()
    return start

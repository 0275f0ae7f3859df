"""CommitmentFinder: the cooperation topics an article states, each with the phrase that
states it.

Every phrase of the lexicon is matched on word boundaries, case-blind. Where matches overlap,
the longest wins ("countering terrorist financing" is illicit finance, not counter-terrorism);
equal lengths go to the earlier match, then to the topic listed first. A topic stated twice
gives two commitments, one per phrase, in text order: callers that want one per topic keep the
first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from accord.model import Commitment, Span
from accord.stages.commitments.lexicon import TOPICS, Topic


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    topic: str
    rank: int  # the topic's place in the lexicon, for ties


class CommitmentFinder:
    """Finds commitment topics in article text with a phrase lexicon (see `lexicon`)."""

    name = "commitments.rules.v1"

    def __init__(self, topics: Sequence[Topic] = TOPICS) -> None:
        self._topics = tuple(topics)
        self._patterns: tuple[tuple[str, re.Pattern[str]], ...] = ()

    @property
    def topics(self) -> tuple[str, ...]:
        """The topic names this finder can return."""
        return tuple(topic.name for topic in self._topics)

    def load(self) -> None:
        """Compile the lexicon: one pattern per topic."""
        self._patterns = tuple(
            (topic.name, _compile(topic)) for topic in self._topics if topic.phrases
        )

    def find(self, text: str) -> list[Commitment]:
        """Every commitment phrase of `text`, in text order, overlaps resolved."""
        if not self._patterns:
            self.load()
        matches = [
            _Match(match.start(), match.end(), name, rank)
            for rank, (name, pattern) in enumerate(self._patterns)
            for match in pattern.finditer(text)
            if match.end() > match.start()
        ]
        kept: list[_Match] = []
        for match in sorted(matches, key=lambda m: (m.start - m.end, m.start, m.rank)):
            if all(match.end <= other.start or other.end <= match.start for other in kept):
                kept.append(match)
        return [
            Commitment(match.topic, Span.of(text, match.start, match.end))
            for match in sorted(kept, key=lambda m: m.start)
        ]


def _compile(topic: Topic) -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{phrase})" for phrase in topic.phrases)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

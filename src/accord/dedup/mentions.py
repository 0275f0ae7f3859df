"""Background mentions that refer to a known canonical event ("after last July's coup").

A background mention sits in an article about something else, so the article's names and
numbers say little about it: it links on its own fields only, and only when exactly one
canonical event fits: a dated mention, the same event type, a shared named party, a date
that can overlap, no veto against any report, and no close second.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from accord.dedup.blocking import block_keys, pair_keys, single_keys
from accord.dedup.compare import WEIGHTS, Item, score, veto

MENTION_THRESHOLD = 0.6
MENTION_MARGIN = 0.1


class MentionIndex:
    """Canonical groups by block key, to find a mention's candidates without a full scan."""

    def __init__(self, groups: Sequence[Sequence[Item]]) -> None:
        self.groups = groups
        self.by_key: dict[str, set[int]] = defaultdict(set)
        for index, group in enumerate(groups):
            for item in group:
                for key in pair_keys(item) | single_keys(item):
                    self.by_key[key].add(index)

    def best_match(self, mention: Item) -> int | None:
        """The index of the one group this mention refers to, or None when unsure."""
        if not mention.parties or mention.window is None:
            return None  # an undated mention fits every occurrence of a recurring event
        candidates = set().union(*(self.by_key.get(k, set()) for k in block_keys(mention)))
        scored = sorted(
            ((value, index) for index in candidates if (value := self._fit(mention, index))),
            reverse=True,
        )
        if not scored or scored[0][0] < MENTION_THRESHOLD:
            return None
        if len(scored) > 1 and scored[0][0] - scored[1][0] < MENTION_MARGIN:
            return None
        return scored[0][1]

    def _fit(self, mention: Item, index: int) -> float:
        group = self.groups[index]
        if any(item.article_id == mention.article_id for item in group):
            return 0.0  # an article's own main event is not a background to it
        if not any(item.window for item in group):
            return 0.0  # an undated event is no anchor for a dated mention
        if any(veto(mention, item) is not None for item in group):
            return 0.0
        if not any(item.event.event_type is mention.event.event_type for item in group):
            return 0.0
        if not any(mention.parties & item.parties for item in group):
            return 0.0
        without_text = 1.0 - WEIGHTS["text"]
        best = max(score(mention, _textless(item)) for item in group)
        return best / without_text


def _textless(item: Item) -> Item:
    return replace(item, anchors={})


def mention_links(
    groups: Sequence[Sequence[Item]], backgrounds: Sequence[Item]
) -> Mapping[int, list[Item]]:
    """Background items by the index of the group each one refers to."""
    index = MentionIndex(groups)
    found: dict[int, list[Item]] = defaultdict(list)
    for item in backgrounds:
        match = index.best_match(item)
        if match is not None:
            found[match].append(item)
    return found

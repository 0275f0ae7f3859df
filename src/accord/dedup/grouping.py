"""Grouping scored pairs of reports into events, without chaining different events together.

Dated reports are grouped first: pairs best first, and two groups join only when no pair
across them is vetoed and they are alike on average. Undated reports come second, because
a report without a date fits any occurrence of a recurring event (the 2021 and the 2026
Turkey-Nigeria agreements): each joins the dated group holding its closest report, and when
the two best groups are different events (a veto stands between them) only if it fits one
clearly better. Undated reports left over join one another only when very alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from accord.dedup.compare import Item, score, veto

PAIR_THRESHOLD = 0.6  # a link between two reports must reach this to be considered
GROUP_THRESHOLD = 0.55  # two groups join when their average link reaches this
AMBIGUITY_MARGIN = 0.05  # an undated report picks between two events only by this much
UNDATED_PAIR_THRESHOLD = 0.7  # two undated reports join only when this alike


class Grouping:
    """Union of reports into groups, with the pair scores and vetoes it has computed."""

    def __init__(self, items: Sequence[Item]) -> None:
        self.items = items
        self.group_of = list(range(len(items)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
        self._scores: dict[tuple[int, int], float | None] = {}

    def pair(self, a: int, b: int) -> float | None:
        """The pair's score, or None when vetoed."""
        key = (a, b) if a < b else (b, a)
        if key not in self._scores:
            first, second = self.items[key[0]], self.items[key[1]]
            vetoed = veto(first, second) is not None
            self._scores[key] = None if vetoed else score(first, second)
        return self._scores[key]

    def linkage(self, first: int, second: int) -> float | None:
        """The average score across two groups, or None when any pair is vetoed."""
        total = 0.0
        left, right = self.members[first], self.members[second]
        for a in left:
            for b in right:
                value = self.pair(a, b)
                if value is None:
                    return None
                total += value
        return total / (len(left) * len(right))

    def nearest(self, first: int, second: int) -> float | None:
        """The best score across two groups that may join (no veto, alike on average), or
        None: how well an undated report fits an event is its closest report's score."""
        linkage = self.linkage(first, second)
        if linkage is None or linkage < GROUP_THRESHOLD:
            return None
        values = [self.pair(a, b) for a in self.members[first] for b in self.members[second]]
        return max(v for v in values if v is not None)

    def join(self, first: int, second: int) -> None:
        if len(self.members[first]) < len(self.members[second]):
            first, second = second, first
        for index in self.members.pop(second):
            self.group_of[index] = first
            self.members[first].append(index)

    def groups(self) -> list[list[Item]]:
        return [[self.items[i] for i in sorted(group)] for group in self.members.values()]


def cluster(items: Sequence[Item], pairs: Iterable[tuple[int, int]]) -> list[list[Item]]:
    """Groups of items that report one event; every item is in exactly one group."""
    grouping = Grouping(items)
    links: dict[int, list[tuple[float, int]]] = {}
    dated: list[tuple[float, int, int]] = []
    for a, b in pairs:
        value = grouping.pair(a, b)
        if value is None or value < PAIR_THRESHOLD:
            continue
        if items[a].window and items[b].window:
            dated.append((value, a, b))
        links.setdefault(a, []).append((value, b))
        links.setdefault(b, []).append((value, a))
    for _value, a, b in sorted(dated, key=lambda entry: (-entry[0], entry[1], entry[2])):
        first, second = grouping.group_of[a], grouping.group_of[b]
        if first != second:
            linkage = grouping.linkage(first, second)
            if linkage is not None and linkage >= GROUP_THRESHOLD:
                grouping.join(first, second)
    undated = [i for i in links if items[i].window is None]
    undated.sort(key=lambda i: (-max(value for value, _ in links[i]), i))
    ambiguous = set()
    for index in undated:
        if not _place_undated(grouping, index, [other for _, other in links[index]]):
            ambiguous.add(index)
    for index in undated:
        if index not in ambiguous:
            _pair_undated(grouping, index, links[index], ambiguous)
    return grouping.groups()


def _dated(grouping: Grouping, group: int) -> bool:
    return any(grouping.items[i].window is not None for i in grouping.members[group])


def _place_undated(grouping: Grouping, index: int, partners: list[int]) -> bool:
    """Join an undated report to the dated event it fits best; False when it fits two
    different events about as well and is left alone."""
    own = grouping.group_of[index]
    fits = []
    for group in {grouping.group_of[p] for p in partners} - {own}:
        if not _dated(grouping, group):
            continue
        nearest = grouping.nearest(own, group)
        if nearest is not None:
            fits.append((nearest, group))
    if not fits:
        return True
    fits.sort(reverse=True)
    best_value, best = fits[0]
    if len(fits) > 1:
        second_value, second = fits[1]
        different_events = grouping.linkage(best, second) is None
        if different_events and best_value - second_value < AMBIGUITY_MARGIN:
            return False
    grouping.join(own, best)
    return True


def _pair_undated(
    grouping: Grouping, index: int, links: list[tuple[float, int]], ambiguous: set[int]
) -> None:
    """Undated reports that matched no dated event join each other only on strong evidence:
    nothing but their wording ties them to one occurrence of a recurring event."""
    if _dated(grouping, grouping.group_of[index]):
        return
    for value, other in sorted(links, reverse=True):
        if value < UNDATED_PAIR_THRESHOLD or other in ambiguous:
            continue
        first, second = grouping.group_of[index], grouping.group_of[other]
        if first == second or _dated(grouping, second):
            continue
        linkage = grouping.linkage(first, second)
        if linkage is not None and linkage >= UNDATED_PAIR_THRESHOLD:
            grouping.join(first, second)

"""Candidate pairs for the merge: events that share parties and a date window, never all pairs.

Blocks are keyed by the event's family (cooperation, verbal or material conflict) and the
parties it names (country codes, organisation codes, group names, the country where it
happened). Inside a block, events are swept in date order and paired only while their
windows overlap, so the pairs grow with the number of events reported in the same days
about the same parties, not with the square of the whole collection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from itertools import combinations

from accord.dedup.compare import Item
from accord.dedup.fingerprint import fold

# An undated event is looked for among events of the weeks before its article appeared.
UNDATED_LOOKBACK = timedelta(days=14)
# An event with neither a date nor a publication date is compared with every event of its
# blocks only while a block is this small; in bigger blocks it would cost a pass each.
UNANCHORED_BLOCK_LIMIT = 200

# Names or numbers found in more events than this are too common to pair events by.
RARE_ANCHOR_LIMIT = 20
SHARED_ANCHORS = 2

Pair = tuple[int, int]


def blocking_parties(item: Item) -> frozenset[str]:
    """The parties an event is blocked by: those it names and the country where it happened
    (a country's code names the state and its territory alike)."""
    place = item.event.place
    if place is not None and place.country:
        return item.parties | {place.country}
    return item.parties


def single_keys(item: Item) -> set[str]:
    kind = item.event.event_type.value
    keys = {f"{kind}|{party}" for party in blocking_parties(item)}
    for actor in (*item.event.actors, *item.event.recipients):
        if actor.name[:1].islower():
            keys.add(f"{kind}|generic:{fold(actor.name)}")
    return keys


def pair_keys(item: Item) -> set[str]:
    kind = item.family
    parties = sorted(blocking_parties(item))
    return {f"{kind}|{a}|{b}" for a, b in combinations(parties, 2)}


def block_keys(item: Item) -> set[str]:
    """The keys under which an event is found: pairs of parties when it names two or more,
    else the one party (or generic actor) it names."""
    return pair_keys(item) or single_keys(item)


def candidate_pairs(
    items: Sequence[Item], published: Mapping[int, date | None], extra: Iterable[Pair] = ()
) -> set[Pair]:
    """Pairs of indexes into `items` worth comparing; `extra` adds pairs found otherwise
    (the events of near-duplicate articles).

    Events naming two parties or more meet in blocks of a pair of parties, which stay small
    however many events one country has. An event naming one party only ("gunmen attacked
    a Nigerian village") probes the block of that party and its event type, which holds
    every event of that type naming it.
    """
    windows = [_search_window(item, published.get(item.article_id)) for item in items]
    paired: dict[str, list[int]] = defaultdict(list)
    single: dict[str, list[int]] = defaultdict(list)
    probes: list[int] = []
    for index, item in enumerate(items):
        keys = pair_keys(item)
        for key in keys:
            paired[key].append(index)
        for key in single_keys(item):
            single[key].append(index)
        if not keys:
            probes.append(index)
    pairs: set[Pair] = {(min(a, b), max(a, b)) for a, b in extra if a != b}
    for members in paired.values():
        if len(members) > 1:
            pairs |= _sweep(windows, members)
    timelines = {key: _Timeline(windows, members) for key, members in single.items()}
    for index in probes:
        for key in single_keys(items[index]):
            pairs |= timelines[key].around(index)
    return pairs | _anchor_pairs(items)


class _Timeline:
    """A block's events in date order, to find those whose windows meet a given one."""

    def __init__(self, windows: Sequence[tuple[date, date] | None], members: list[int]) -> None:
        self.windows = windows
        self.members = members
        self.timed = sorted((w[0], i) for i in members if (w := windows[i]) is not None)
        self.starts = [start for start, _ in self.timed]
        self.longest = max(
            ((w[1] - w[0]) for i in members if (w := windows[i]) is not None),
            default=timedelta(0),
        )

    def around(self, index: int) -> set[Pair]:
        own = self.windows[index]
        if own is None:
            if len(self.members) > UNANCHORED_BLOCK_LIMIT:
                return set()
            return {(min(index, o), max(index, o)) for o in self.members if o != index}
        low = bisect_left(self.starts, own[0] - self.longest)
        high = bisect_right(self.starts, own[1])
        found = set()
        for _start, other in self.timed[low:high]:
            window = self.windows[other]
            if other != index and window is not None and window[1] >= own[0]:
                found.add((min(index, other), max(index, other)))
        return found


def _sweep(windows: Sequence[tuple[date, date] | None], members: list[int]) -> set[Pair]:
    """Pairs of a block whose windows overlap; an event without any window meets all the
    others while the block is small."""
    timed = sorted((w[0], w[1], i) for i in members if (w := windows[i]) is not None)
    pairs: set[Pair] = set()
    for position, (_start, end, index) in enumerate(timed):
        for other_start, _other_end, other in timed[position + 1 :]:
            if other_start > end:
                break
            pairs.add((min(index, other), max(index, other)))
    unanchored = [i for i in members if windows[i] is None]
    if unanchored and len(members) <= UNANCHORED_BLOCK_LIMIT:
        for index in unanchored:
            pairs |= {(min(index, o), max(index, o)) for o in members if o != index}
    return pairs


def _anchor_pairs(items: Sequence[Item]) -> set[Pair]:
    """Events of one family whose articles share rare names or numbers ("Kuriga", "2690"):
    the only way to pair reports whose actors are all unnamed ("gunmen")."""
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        for anchor in item.anchors:
            postings[(item.family, anchor)].append(index)
    shared: Counter[Pair] = Counter()
    for members in postings.values():
        if 1 < len(members) <= RARE_ANCHOR_LIMIT:
            for position, first in enumerate(members):
                for second in members[position + 1 :]:
                    if items[first].article_id != items[second].article_id:
                        shared[(min(first, second), max(first, second))] += 1
    return {pair for pair, count in shared.items() if count >= SHARED_ANCHORS}


def _search_window(item: Item, published: date | None) -> tuple[date, date] | None:
    if item.window is not None:
        return item.window
    if published is not None:
        return published - UNDATED_LOOKBACK, published + timedelta(days=1)
    return None

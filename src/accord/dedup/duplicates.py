"""Near-duplicate articles: syndicated copies, light rewrites and detectable translations.

Candidates come from inverted indexes (articles that share a shingle, or a rare anchor),
never from comparing all pairs. A pair is a near-duplicate when most of the shorter text's
word 4-grams recur in the other (a copy, possibly truncated or lightly edited), or, when the
wording differs (a translation, a synonym-spun rewrite), when nearly the same set of numbers
and names appears in both within a couple of days. Each group of near-duplicates counts as
one source; every later copy points at the earliest article of its group.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import date
from typing import TypeVar

from accord.dedup.fingerprint import Fingerprint, containment
from accord.model import DuplicateLink

SHINGLE_CONTAINMENT = 0.5
SHINGLE_MINIMUM = 3  # sampled shingles in common, so two one-liners are not copies
ANCHOR_JACCARD = 0.5  # across languages: only names and numbers can agree
ANCHOR_JACCARD_SAME_LANGUAGE = 0.6  # a rewrite in the same language must agree more
ANCHOR_MINIMUM = 8
ANCHOR_DAYS = 2
COMMON_POSTING = 50  # a shingle or anchor in more articles than this is boilerplate

Key = TypeVar("Key", bound=Hashable)


def find_duplicates(prints: Sequence[Fingerprint]) -> list[DuplicateLink]:
    """One link per article that repeats an earlier one, pointing at its group's earliest."""
    by_id = {p.article_id: p for p in prints}
    pairs: dict[tuple[int, int], tuple[float, str]] = {}
    for (a, b), shared in _shared(prints, lambda p: p.shingles).items():
        score = containment(by_id[a].shingles, by_id[b].shingles)
        if shared >= SHINGLE_MINIMUM and score >= SHINGLE_CONTAINMENT:
            pairs[(a, b)] = (score, "shingles")
    for (a, b), shared in _shared(prints, lambda p: p.anchors).items():
        if (a, b) in pairs or shared < ANCHOR_MINIMUM:
            continue
        first, second = by_id[a], by_id[b]
        score = _jaccard(first.anchors, second.anchors)
        same = first.language is not None and first.language == second.language
        needed = ANCHOR_JACCARD_SAME_LANGUAGE if same else ANCHOR_JACCARD
        if score >= needed and _close(first.published, second.published):
            pairs[(a, b)] = (score, "numbers-names")
    return _links(by_id, pairs)


def _shared(
    prints: Sequence[Fingerprint], features: Callable[[Fingerprint], Iterable[Key]]
) -> Counter[tuple[int, int]]:
    """How many features each pair of articles shares, through an inverted index."""
    postings: dict[Key, list[int]] = defaultdict(list)
    for item in prints:
        for feature in features(item):
            postings[feature].append(item.article_id)
    counts: Counter[tuple[int, int]] = Counter()
    for ids in postings.values():
        if 1 < len(ids) <= COMMON_POSTING:
            ordered = sorted(ids)
            for i, first in enumerate(ordered):
                for second in ordered[i + 1 :]:
                    counts[(first, second)] += 1
    return counts


def _jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0


def _close(first: date | None, second: date | None) -> bool:
    return first is None or second is None or abs((first - second).days) <= ANCHOR_DAYS


def _links(
    by_id: dict[int, Fingerprint], pairs: dict[tuple[int, int], tuple[float, str]]
) -> list[DuplicateLink]:
    parent = {article_id: article_id for article_id in by_id}

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in sorted(pairs):
        parent[root(a)] = root(b)
    groups: dict[int, list[int]] = defaultdict(list)
    for article_id in by_id:
        groups[root(article_id)].append(article_id)
    links = []
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: (by_id[i].published or date.max, i))
        earliest = members[0]
        for member in members[1:]:
            score, method = _best(pairs, member, members)
            links.append(DuplicateLink(member, earliest, round(score, 4), method))
    return sorted(links, key=lambda link: link.article_id)


def _best(
    pairs: dict[tuple[int, int], tuple[float, str]], member: int, group: Iterable[int]
) -> tuple[float, str]:
    """The strongest direct evidence that `member` belongs to its group."""
    found = [
        pairs[key] for other in group if (key := (min(member, other), max(member, other))) in pairs
    ]
    return max(found, default=(0.0, "shingles"))

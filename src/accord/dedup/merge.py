"""One event, many reports: group the main events of many articles into canonical events.

Candidate pairs come from blocking (`dedup.blocking`); each pair is vetoed or scored
(`dedup.compare`) and the pairs are grouped (`dedup.grouping`) so that one loose link cannot
chain two different events together. Each group becomes a canonical event with merged fields
and recorded conflicts (`dedup.fields`); background mentions ("after last July's coup") are
linked afterwards, only when exactly one canonical event fits (`dedup.mentions`).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from accord.dedup.blocking import candidate_pairs
from accord.dedup.compare import Item, anchor_weights, make_item
from accord.dedup.fields import merged_event
from accord.dedup.fingerprint import fold
from accord.dedup.grouping import cluster
from accord.dedup.mentions import mention_links
from accord.model import CanonicalEvent, DuplicateLink, Event, EventRole, Report


@dataclass(frozen=True, slots=True)
class Source:
    """An article as the merge needs it: who published it, when, and its names and numbers."""

    article_id: int
    key: str  # the article's identity across versions, for stable canonical ids
    external_id: str | None
    outlet: str | None
    url: str | None
    published: date | None
    anchors: frozenset[str] = frozenset()


def merge_events(
    events: Iterable[Event],
    sources: Mapping[int, Source],
    duplicates: Sequence[DuplicateLink],
    previous: Mapping[int, str] | None = None,
) -> list[CanonicalEvent]:
    """Canonical events of these stored events (main events are merged, background events
    linked), earliest first seen first. `previous` maps stored event ids to the canonical
    ids of the last merge: an event that keeps most of its reports keeps its id."""
    mains: list[Item] = []
    backgrounds: list[Item] = []
    frequency = Counter(anchor for s in sources.values() for anchor in s.anchors)
    weights: dict[int, dict[str, float]] = {}
    for event in events:
        source = sources[event.article_id]
        if source.article_id not in weights:
            weights[source.article_id] = anchor_weights(source.anchors, frequency, len(sources))
        item = make_item(event, weights[source.article_id], source.published)
        (mains if event.role is EventRole.MAIN else backgrounds).append(item)
    published = {article_id: s.published for article_id, s in sources.items()}
    groups = cluster(mains, candidate_pairs(mains, published, _duplicate_pairs(mains, duplicates)))
    duplicate_of = {link.article_id: link.duplicate_of for link in duplicates}
    built = [_canonical(group, sources, duplicate_of) for group in groups]
    built = _settle_ids(built, previous or {})
    built = _link_mentions(built, groups, backgrounds, sources, duplicate_of)
    return sorted(built, key=lambda c: (c.first_seen or date.max, c.id))


def _settle_ids(built: list[CanonicalEvent], previous: Mapping[int, str]) -> list[CanonicalEvent]:
    """Each canonical event keeps the id most of its reports had in the last merge, else the
    id derived from its earliest report; ids never repeat."""
    taken: set[str] = set()
    settled = []
    order = sorted(range(len(built)), key=lambda n: (-len(built[n].reports), built[n].id))
    chosen: dict[int, str] = {}
    for n in order:
        votes = Counter(previous[r.event_id] for r in built[n].reports if r.event_id in previous)
        kept = next((i for i, _ in votes.most_common() if i not in taken), None)
        identifier = kept or built[n].id
        suffix = 1
        while identifier in taken:
            suffix += 1
            identifier = _derived(f"{built[n].id}|{suffix}")
        taken.add(identifier)
        chosen[n] = identifier
    for n, canonical in enumerate(built):
        settled.append(canonical if chosen[n] == canonical.id else replace(canonical, id=chosen[n]))
    return settled


def _duplicate_pairs(
    items: Sequence[Item], duplicates: Sequence[DuplicateLink]
) -> list[tuple[int, int]]:
    """The main events of near-duplicate articles are always worth comparing."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        by_article[item.article_id].append(index)
    return [
        (a, b)
        for link in duplicates
        for a in by_article.get(link.article_id, ())
        for b in by_article.get(link.duplicate_of, ())
    ]


def _canonical(
    group: Sequence[Item], sources: Mapping[int, Source], duplicate_of: Mapping[int, int]
) -> CanonicalEvent:
    ordered = sorted(group, key=lambda item: _report_order(item, sources))
    event, conflicts = merged_event(ordered)
    reports = tuple(_report(item, sources, duplicate_of) for item in ordered)
    seen = [r.published for r in reports if r.published is not None]
    return CanonicalEvent(
        id=canonical_id(ordered[0], sources),
        event=event,
        reports=reports,
        first_seen=min(seen, default=None),
        outlets=independent_outlets(reports),
        conflicts=conflicts,
    )


def _report_order(item: Item, sources: Mapping[int, Source]) -> tuple[date, str, int]:
    source = sources[item.article_id]
    return source.published or date.max, source.key, item.event_id


def canonical_id(earliest: Item, sources: Mapping[int, Source]) -> str:
    """Stable across re-runs and re-extractions: the earliest report's article identity and
    what that article says happened, never a database number (`_settle_ids` then prefers
    the id the reports had before, so a new earlier report does not rename the event)."""
    event = earliest.event
    parties = ",".join(sorted(earliest.parties))
    return _derived(f"{sources[earliest.article_id].key}|{event.event_type.value}|{parties}")


def _derived(key: str) -> str:
    return "ce-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def independent_outlets(reports: Sequence[Report]) -> int:
    """Sources that are not copies of one another: near-duplicates count once, and so do
    several articles of one outlet."""
    parent: dict[object, object] = {}

    def root(node: object) -> object:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for report in reports:
        article = ("article", report.duplicate_of or report.article_id)
        parent[root(("article", report.article_id))] = root(article)
        if report.outlet:
            parent[root(("outlet", fold(report.outlet)))] = root(article)
    return len({root(("article", r.article_id)) for r in reports})


def _report(item: Item, sources: Mapping[int, Source], duplicate_of: Mapping[int, int]) -> Report:
    source = sources[item.article_id]
    return Report(
        event_id=item.event_id,
        article_id=item.article_id,
        external_id=source.external_id,
        outlet=source.outlet,
        url=source.url,
        published=source.published,
        duplicate_of=duplicate_of.get(item.article_id),
    )


def _link_mentions(
    built: list[CanonicalEvent],
    groups: Sequence[Sequence[Item]],
    backgrounds: Sequence[Item],
    sources: Mapping[int, Source],
    duplicate_of: Mapping[int, int],
) -> list[CanonicalEvent]:
    """Attach each background event to the one canonical event it clearly refers to."""
    if not backgrounds or not built:
        return built
    links = mention_links(groups, backgrounds)
    return [
        replace(canonical, mentions=tuple(_report(i, sources, duplicate_of) for i in links[n]))
        if n in links
        else canonical
        for n, canonical in enumerate(built)
    ]

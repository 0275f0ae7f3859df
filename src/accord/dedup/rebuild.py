"""Rebuilding the canonical events of a store from its stored articles and events.

The merge is a pure function of what is stored (`merge_events`); this module reads its
inputs from the store and writes its result back in one transaction, so `accord merge` can
be run again at any time and gives the same canonical ids for the same reports.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from accord.corrections import reviewed_events
from accord.dedup.duplicates import find_duplicates
from accord.dedup.fingerprint import fingerprint
from accord.dedup.merge import Source, merge_events
from accord.model import Article, CanonicalEvent, EventRole
from accord.store import Store


@dataclass(frozen=True, slots=True)
class MergeSummary:
    """What a rebuild found, for the command line and the logs."""

    articles: int
    duplicates: int  # articles that near-duplicate an earlier one
    events: int
    main_events: int
    canonical: int
    multi_report: int  # canonical events with more than one report
    mentions: int  # background events linked to a canonical event
    seconds: float


def rebuild(store: Store) -> MergeSummary:
    """Merge every stored event of the current article versions, as the reviewers left
    them (rejected events out, edits in), into canonical events, in place of the previous
    merge."""
    started = time.perf_counter()
    sources: dict[int, Source] = {}
    prints = []
    keys: dict[int, str] = {}
    for article in store.iter_articles():
        printed = fingerprint(article)
        keys[printed.article_id] = article.key
        prints.append(printed)
        sources[printed.article_id] = source_of(article, printed.anchors)
    duplicates = find_duplicates(prints)
    events = list(reviewed_events(store.events.iter_events(), keys, store.review))
    previous = store.canonical.for_events(e.id for e in events if e.id is not None)
    merged = merge_events(events, sources, duplicates, previous)
    store.canonical.replace_all(merged, duplicates)
    return summarise(
        merged,
        articles=len(sources),
        duplicates=len(duplicates),
        events=len(events),
        main_events=sum(e.role is EventRole.MAIN for e in events),
        seconds=time.perf_counter() - started,
    )


def source_of(article: Article, anchors: frozenset[str]) -> Source:
    if article.id is None:
        raise ValueError(f"article {article.key} is not stored")
    return Source(
        article_id=article.id,
        key=article.key,
        external_id=article.external_id,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
        anchors=anchors,
    )


def summarise(
    merged: Iterable[CanonicalEvent],
    *,
    articles: int,
    duplicates: int,
    events: int,
    main_events: int,
    seconds: float,
) -> MergeSummary:
    built = list(merged)
    return MergeSummary(
        articles=articles,
        duplicates=duplicates,
        events=events,
        main_events=main_events,
        canonical=len(built),
        multi_report=sum(len(c.reports) > 1 for c in built),
        mentions=sum(len(c.mentions) for c in built),
        seconds=seconds,
    )

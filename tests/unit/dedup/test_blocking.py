"""Blocking: the merge compares events that share parties and days, never all pairs."""

from __future__ import annotations

from datetime import date, timedelta

from accord.dedup.blocking import candidate_pairs
from accord.dedup.compare import make_item
from accord.dedup.synthetic import synthetic_reports
from accord.model import EventType
from tests.unit.dedup.reports import ARVENIA, BELMORA, CORDOVA, GUNMEN, PORT_AZUR, on, report


def test_events_of_other_parties_or_other_weeks_are_not_compared() -> None:
    first = date(2024, 1, 1)
    events = [
        report(1, EventType.ASSAULT, (ARVENIA,), (BELMORA,), when=on(first)),
        report(2, EventType.ASSAULT, (ARVENIA,), (BELMORA,), when=on(first + timedelta(1))),
        report(3, EventType.ASSAULT, (ARVENIA,), (BELMORA,), when=on(first + timedelta(30))),
        report(4, EventType.ASSAULT, (CORDOVA,), (BELMORA,), when=on(first)),
        report(5, EventType.AGREE, (ARVENIA,), (BELMORA,), when=on(first)),
    ]
    items = [make_item(event, {}) for event in events]
    assert candidate_pairs(items, {}) == {(0, 1)}


def test_an_event_naming_one_party_is_compared_with_events_naming_more() -> None:
    day = on(date(2024, 3, 5))
    events = [
        report(1, EventType.ASSAULT, (GUNMEN,), (), when=day, place=PORT_AZUR),
        report(2, EventType.ASSAULT, (ARVENIA,), (BELMORA,), when=day),
    ]
    items = [make_item(event, {}) for event in events]
    assert candidate_pairs(items, {}) == {(0, 1)}


def test_an_undated_report_is_looked_for_in_the_weeks_before_it_appeared() -> None:
    events = [
        report(1, EventType.ASSAULT, (ARVENIA,), (BELMORA,), when=on(date(2024, 3, 5))),
        report(2, EventType.ASSAULT, (ARVENIA,), (BELMORA,), when=on(date(2024, 9, 5))),
        report(3, EventType.ASSAULT, (ARVENIA,), (BELMORA,)),
    ]
    items = [make_item(event, {}) for event in events]
    assert candidate_pairs(items, {3: date(2024, 3, 7)}) == {(0, 2)}


def test_pairs_grow_with_the_events_not_with_their_square() -> None:
    generated = synthetic_reports(3_000, seed=1)
    items = [make_item(e, {}, generated.sources[e.article_id].published) for e in generated.events]
    published = {n: s.published for n, s in generated.sources.items()}
    pairs = candidate_pairs(items, published)
    assert len(pairs) < 10 * len(items)

"""The workbench's in-memory facet table answers every filter and aggregate exactly as SQL
over the event index does, on SQLite and on PostgreSQL: random events (undated, unplaced,
multi-party, retired article versions) checked against the database's own answers."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import or_, select

from accord.model import (
    Actor,
    ActorKind,
    DatePrecision,
    Event,
    EventDate,
    EventRole,
    EventType,
    Modality,
    Place,
    PlacePrecision,
)
from accord.store import Store
from accord.store.aggregates import Aggregates, Period
from accord.store.event_index import actor_key
from accord.store.queries import BoundingBox, EventFilter
from accord.store.tables import event_actors
from accord.store.tables import event_facets as facets
from tests.workbench_data import jsonl_article

ACTORS = [
    Actor("Arvenia", ActorKind.STATE, country="NER"),
    Actor("Belmora", ActorKind.STATE, country="NGA"),
    Actor("Corvinia", ActorKind.STATE, country="MLI"),
    Actor("Red Hand Brigade", ActorKind.ARMED_GROUP),
    Actor("Dune Wardens", ActorKind.ARMED_GROUP, country="TCD"),
]
TOWNS = [
    ("Corvin", "NER", 13.5, 2.1),
    ("Dasso", "NGA", 11.8, 13.1),
    ("Tessa", "NER", 14.0, 5.3),
    ("Lomé Harbour", "TGO", 6.1, 1.2),
    ("Anadyr Point", "RUS", 64.7, 177.5),  # east of 170 E: for a box over the antimeridian
]
FILTERS = [
    EventFilter(),
    EventFilter(start=date(2024, 3, 1)),
    EventFilter(end=date(2024, 2, 10)),
    EventFilter(start=date(2024, 1, 20), end=date(2024, 2, 20)),
    EventFilter(event_types=("AGREE", "ASSAULT")),
    EventFilter(event_types=("NO-SUCH-TYPE",)),
    EventFilter(quad_class=4),
    EventFilter(modality="promised"),
    EventFilter(role="background"),
    EventFilter(country="NER"),
    EventFilter(country="ngA"),
    EventFilter(country="TCD", quad_class=4),
    EventFilter(country="ZZZ"),
    EventFilter(bbox=BoundingBox(0.0, 10.0, 6.0, 15.0)),
    EventFilter(bbox=BoundingBox(170.0, 60.0, -170.0, 70.0)),
    EventFilter(actor=actor_key(ACTORS[0])),
    EventFilter(actor=actor_key(ACTORS[3]), start=date(2024, 2, 1)),
    EventFilter(text="ceasefire"),
    EventFilter(text="ceasefire", country="NER", event_types=("CONSULT", "AGREE")),
    EventFilter(since=datetime(2000, 1, 1, tzinfo=UTC), modality="occurred"),
]


def _event(chooser: random.Random, article_id: int) -> Event:
    source, target, other = chooser.sample(ACTORS, 3)
    day = date(2024, 1, 1) + timedelta(days=chooser.randrange(90))
    town = chooser.choice([*TOWNS, None])
    return Event(
        article_id=article_id,
        event_type=chooser.choice(list(EventType)),
        actors=(source, other) if chooser.random() < 0.2 else (source,),
        recipients=(target,) if chooser.random() < 0.8 else (),
        modality=chooser.choice([Modality.OCCURRED, Modality.OCCURRED, Modality.PROMISED]),
        role=chooser.choice([EventRole.MAIN, EventRole.BACKGROUND]),
        date=None
        if chooser.random() < 0.15
        else EventDate("then", DatePrecision.DAY, day, day + timedelta(days=chooser.randrange(3))),
        place=None
        if town is None
        else Place(town[0], town[0], town[1], town[2], town[3], PlacePrecision.CITY),
    )


@pytest.fixture
def stocked(store: Store) -> Store:
    return stock(store)


def stock(store: Store) -> Store:
    """360 random events over 30 articles, 12 of them retired by a new article version."""
    chooser = random.Random(11)  # noqa: S311  (test data)
    for number in range(30):
        text = f"Report {number}: " + chooser.choice(["ceasefire talks.", "border raid."])
        article_id = store.add_article(
            jsonl_article(f"r{number}", text, date(2024, 4, 1))
        ).article_id
        events = [_event(chooser, article_id) for _ in range(12)]
        store.events.replace_for_article(article_id, events, "events.test.v1")
    # A new version of one article retires its events from every view.
    store.add_article(jsonl_article("r3", "Report 3 corrected: no events.", date(2024, 4, 2)))
    return store


def _sql_ids(store: Store, where: EventFilter) -> set[int]:
    """The oracle: the store's own filter for full text, actor and `since`, and here, in
    SQL over the event index, every facet the facet table answers in memory."""
    store.queries.refresh()
    statement = store.queries.filtered(select(facets.c.event_id), where)
    for condition in _facet_conditions(where):
        statement = statement.where(condition)
    with store.engine.connect() as connection:
        return set(connection.execute(statement).scalars())


def _facet_conditions(where: EventFilter) -> list[Any]:
    conditions: list[Any] = []
    if where.start:
        conditions.append(facets.c.date_end >= where.start)
    if where.end:
        conditions.append(facets.c.date_start <= where.end)
    if where.event_types:
        conditions.append(facets.c.event_type.in_(where.event_types))
    if where.quad_class is not None:
        conditions.append(facets.c.quad_class == where.quad_class)
    if where.modality:
        conditions.append(facets.c.modality == where.modality)
    if where.role:
        conditions.append(facets.c.role == where.role)
    if where.country:
        code = where.country.upper()
        participants = select(event_actors.c.event_id).where(event_actors.c.country == code)
        conditions.append(or_(facets.c.country == code, facets.c.event_id.in_(participants)))
    if where.bbox:
        box, latitude, longitude = where.bbox, facets.c.latitude, facets.c.longitude
        conditions.append(latitude.between(box.south, box.north))
        if box.west > box.east:  # across the antimeridian
            conditions.append(or_(longitude >= box.west, longitude <= box.east))
        else:
            conditions.append(longitude.between(box.west, box.east))
    return conditions


def _sql_rows(store: Store, ids: set[int]) -> list[Any]:
    statement = select(
        facets.c.event_id,
        facets.c.date_start,
        facets.c.country,
        facets.c.latitude,
        facets.c.longitude,
    ).where(facets.c.event_id.in_(ids))
    with store.engine.connect() as connection:
        return list(connection.execute(statement))


@pytest.mark.parametrize("where", FILTERS, ids=[str(index) for index in range(len(FILTERS))])
def test_every_filter_keeps_what_sql_keeps(stocked: Store, where: EventFilter) -> None:
    expected = _sql_ids(stocked, where)
    table, keep = stocked.queries.kept(where)
    assert set(table.ids(keep).tolist()) == expected
    page = stocked.queries.list_events(where, limit=400)
    assert page.total == len(expected)
    listed = [item.event.id for item in page.items]
    assert set(listed) == expected
    rows = {row.event_id: row for row in _sql_rows(stocked, expected)}
    newest_first = sorted(
        expected,
        key=lambda event_id: (
            rows[event_id].date_start is None,
            -(rows[event_id].date_start or date.min).toordinal(),
            -event_id,
        ),
    )
    assert listed == newest_first
    assert [e.event.id for e in stocked.queries.list_events(where, limit=5, offset=3).items] == (
        newest_first[3:8]
    )


@pytest.mark.parametrize("where", FILTERS[:14], ids=[str(index) for index in range(14)])
def test_aggregates_count_what_sql_keeps(stocked: Store, where: EventFilter) -> None:
    rows = _sql_rows(stocked, _sql_ids(stocked, where))
    fresh = Aggregates(stocked.engine, cache_size=0)
    assert fresh.total(where) == len(rows)
    days = [row.date_start for row in rows if row.date_start is not None]
    weeks = Counter(day - timedelta(days=day.weekday()) for day in days)
    months = Counter(day.replace(day=1) for day in days)
    assert {c.start: c.count for c in fresh.per_period(where, Period.DAY)} == Counter(days)
    assert {c.start: c.count for c in fresh.per_period(where, Period.WEEK)} == weeks
    assert {c.start: c.count for c in fresh.per_period(where, Period.MONTH)} == months
    countries = Counter(row.country for row in rows if row.country is not None)
    found = fresh.per_country(where)
    assert {item.country: item.count for item in found} == countries
    assert [item.count for item in found] == sorted(countries.values(), reverse=True)
    placed = [row for row in rows if row.latitude is not None]
    points = Counter((row.latitude, row.longitude) for row in placed)
    newest = {
        point: max(row.event_id for row in placed if (row.latitude, row.longitude) == point)
        for point in points
    }
    mapped = fresh.points(where)
    assert {(p.latitude, p.longitude): p.count for p in mapped} == points
    assert {(p.latitude, p.longitude): p.event_id for p in mapped} == newest
    assert all(p.place in {town[0] for town in TOWNS} for p in mapped)


def test_the_table_follows_new_and_retired_events(stocked: Store) -> None:
    before = stocked.aggregates.total(EventFilter())
    article = stocked.add_article(jsonl_article("late", "A late ceasefire report.", None))
    event = _event(random.Random(5), article.article_id)  # noqa: S311  (test data)
    stocked.events.replace_for_article(article.article_id, [event], "events.test.v1")
    assert stocked.aggregates.total(EventFilter()) == before + 1
    stocked.events.replace_for_article(article.article_id, [], "events.test.v1")
    assert stocked.aggregates.total(EventFilter()) == before
    assert stocked.queries.list_events(EventFilter(text="late ceasefire")).total == 0

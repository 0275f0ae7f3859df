"""Aggregates for the dashboard and the actor pages, under the same `EventFilter` as the
event list: counts per period and per country, points for the map, the actor network, and
an actor's partners and adversaries over time."""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Engine, and_, func, select
from sqlalchemy.orm import aliased

from accord.model import QuadClass
from accord.store.network import LinkTable
from accord.store.queries import EventFilter, EventQueries
from accord.store.search import fold
from accord.store.tables import event_actors
from accord.store.tables import event_facets as facets


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"  # starting on Monday
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class PeriodCount:
    start: date
    count: int


@dataclass(frozen=True, slots=True)
class CountryCount:
    country: str  # ISO 3166-1 alpha-3
    count: int


@dataclass(frozen=True, slots=True)
class MapPoint:
    latitude: float
    longitude: float
    place: str | None
    count: int
    event_id: int  # the most recent event there, for a link


@dataclass(frozen=True, slots=True)
class ActorSummary:
    key: str
    name: str
    country: str | None
    kind: str
    events: int


@dataclass(frozen=True, slots=True)
class NetworkEdge:
    """Events from one actor to another: cooperation (quad classes 1-2) and hostility (3-4)."""

    source: str
    target: str
    cooperation: int
    hostility: int


@dataclass(frozen=True, slots=True)
class Network:
    nodes: tuple[ActorSummary, ...]
    edges: tuple[NetworkEdge, ...]


@dataclass(frozen=True, slots=True)
class Relation:
    """Another actor this one acted with, per year: cooperative and hostile events."""

    key: str
    name: str
    year: int | None
    cooperation: int
    hostility: int


@dataclass(frozen=True, slots=True)
class ActorProfile:
    summary: ActorSummary
    names: tuple[str, ...]  # every name the reports use
    offices: tuple[tuple[str, date | None, date | None], ...]  # role, first and last seen
    relations: tuple[Relation, ...]


_HOSTILE = (int(QuadClass.VERBAL_CONFLICT), int(QuadClass.MATERIAL_CONFLICT))
Result = TypeVar("Result")


class Aggregates:
    """Dashboard aggregates. Results are kept (up to `cache_size` of them) until the indexed
    events change, so many analysts opening the same view cost one scan, not one each."""

    def __init__(
        self, engine: Engine, *, queries: EventQueries | None = None, cache_size: int = 256
    ) -> None:
        self.engine = engine
        self.queries = queries or EventQueries(engine)
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def _remembered(self, key: Hashable, compute: Callable[[], Result]) -> Result:
        self.queries.refresh()
        if self._cache_size <= 0:
            return compute()
        full_key = (key, self.queries.generation())
        with self._lock:
            if full_key in self._cache:
                self._cache.move_to_end(full_key)
                found: Result = self._cache[full_key]
                return found
        value = compute()
        with self._lock:
            self._cache[full_key] = value
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return value

    def per_period(self, where: EventFilter, period: Period) -> list[PeriodCount]:
        return self._remembered(("period", where, period), lambda: self._per_period(where, period))

    def per_country(self, where: EventFilter) -> list[CountryCount]:
        return self._remembered(("country", where), lambda: self._per_country(where))

    def points(self, where: EventFilter, *, limit: int = 2000) -> list[MapPoint]:
        return self._remembered(("points", where, limit), lambda: self._points(where, limit))

    def network(self, where: EventFilter, *, limit: int = 60) -> Network:
        """The strongest `limit` actor-to-recipient links among the filtered events."""
        return self._remembered(("network", where, limit), lambda: self._network(where, limit))

    def total(self, where: EventFilter) -> int:
        """How many events the filter keeps."""
        return self._remembered(("total", where), lambda: self._total(where))

    def _total(self, where: EventFilter) -> int:
        return int(self.queries.kept(where)[1].sum())

    def _per_period(self, where: EventFilter, period: Period) -> list[PeriodCount]:
        table, keep = self.queries.kept(where)
        buckets: Counter[date] = Counter()
        for day, count in table.days(keep):
            buckets[_period_start(day, period)] += count
        return [PeriodCount(start, count) for start, count in sorted(buckets.items())]

    def _per_country(self, where: EventFilter) -> list[CountryCount]:
        table, keep = self.queries.kept(where)
        return [CountryCount(country, count) for country, count in table.per_country(keep)]

    def _points(self, where: EventFilter, limit: int) -> list[MapPoint]:
        """Points by event count; only the chosen points' names are read from the index."""
        table, keep = self.queries.kept(where)
        found = table.points(keep, limit)
        with self.engine.connect() as connection:
            names = dict(
                connection.execute(
                    select(facets.c.event_id, facets.c.place).where(
                        facets.c.event_id.in_([point[3] for point in found])
                    )
                ).all()
            )
        return [
            MapPoint(latitude, longitude, names.get(newest), count, newest)
            for latitude, longitude, count, newest in found
        ]

    def _network(self, where: EventFilter, limit: int) -> Network:
        links = self.queries.per_generation("links", LinkTable.load)
        event_ids = None
        if where != EventFilter():
            table, keep = self.queries.kept(where)
            event_ids = table.ids(keep)
        edges = tuple(
            NetworkEdge(link.source, link.target, link.cooperation, link.hostility)
            for link in links.strongest(event_ids, limit)
        )
        keys = sorted({edge.source for edge in edges} | {edge.target for edge in edges})
        nodes = {node.key: node for node in self._summaries(keys)}
        return Network(tuple(nodes[key] for key in keys if key in nodes), edges)

    def actors(self, *, search: str | None = None, limit: int = 50) -> list[ActorSummary]:
        """Actors by how many events they take part in; `search` matches their names."""
        self.queries.refresh()
        statement = select(event_actors.c.actor_key).group_by(event_actors.c.actor_key)
        if search:
            statement = statement.where(event_actors.c.actor_key.contains(_key_text(search)))
        statement = statement.order_by(func.count().desc()).limit(limit)
        with self.engine.connect() as connection:
            keys = [row[0] for row in connection.execute(statement).all()]
        found = {summary.key: summary for summary in self._summaries(keys)}
        return [found[key] for key in keys if key in found]

    def actor(self, key: str) -> ActorProfile | None:
        self.queries.refresh()
        summaries = self._summaries([key])
        if not summaries:
            return None
        mine, other = aliased(event_actors), aliased(event_actors)
        statement = (
            select(
                mine.c.name,
                mine.c.role,
                other.c.actor_key,
                other.c.name,
                facets.c.date_start,
                facets.c.quad_class,
            )
            .select_from(mine)
            .join(facets, and_(facets.c.event_id == mine.c.event_id, facets.c.is_current))
            .join(other, and_(other.c.event_id == mine.c.event_id, other.c.side != mine.c.side))
            .where(mine.c.actor_key == key)
        )
        names_statement = (
            select(mine.c.name, mine.c.role, facets.c.date_start)
            .select_from(mine)
            .join(facets, and_(facets.c.event_id == mine.c.event_id, facets.c.is_current))
        )
        with self.engine.connect() as connection:
            rows = connection.execute(statement).all()
            mentions = connection.execute(names_statement.where(mine.c.actor_key == key)).all()
        return ActorProfile(
            summary=summaries[0],
            names=tuple(sorted({row[0] for row in mentions})),
            offices=_offices(mentions),
            relations=_relations(rows),
        )

    def _summaries(self, keys: list[str]) -> list[ActorSummary]:
        """Each actor's event count (read from the index alone) and the name, country and
        kind of its first row."""
        if not keys:
            return []
        key, event_id, row_id = event_actors.c.actor_key, event_actors.c.event_id, event_actors.c.id
        counts = (
            select(key, func.count(func.distinct(event_id)), func.min(row_id))
            .where(key.in_(keys))
            .group_by(key)
        )
        with self.engine.connect() as connection:
            counted = connection.execute(counts).all()
            first = {row[2]: (row[0], int(row[1])) for row in counted}
            details = connection.execute(
                select(
                    row_id, event_actors.c.name, event_actors.c.country, event_actors.c.kind
                ).where(row_id.in_(list(first)))
            ).all()
        return [
            ActorSummary(first[row[0]][0], row[1], row[2], row[3], first[row[0]][1])
            for row in details
        ]


def _key_text(search: str) -> str:
    return fold(search).replace(" ", "-")


def _period_start(day: date, period: Period) -> date:
    if period is Period.WEEK:
        return day - timedelta(days=day.weekday())
    if period is Period.MONTH:
        return day.replace(day=1)
    return day


def _offices(mentions: Sequence[Any]) -> tuple[tuple[str, date | None, date | None], ...]:
    spans: dict[str, list[date]] = defaultdict(list)
    for _name, role, day in mentions:
        if role:
            spans[role].extend([day] if day else [])
    return tuple(
        (role, min(days) if days else None, max(days) if days else None)
        for role, days in sorted(spans.items())
    )


def _relations(rows: Sequence[Any]) -> tuple[Relation, ...]:
    counts: Counter[tuple[str, str, int | None, bool]] = Counter()
    for _name, _role, other_key, other_name, day, quad in rows:
        counts[(other_key, other_name, day.year if day else None, quad in _HOSTILE)] += 1
    merged: dict[tuple[str, int | None], list[Any]] = {}
    for (key, name, year, hostile), count in counts.items():
        entry = merged.setdefault((key, year), [name, 0, 0])
        entry[2 if hostile else 1] += count
    return tuple(
        Relation(key, name, year, cooperation, hostility)
        for (key, year), (name, cooperation, hostility) in sorted(
            merged.items(), key=lambda item: (-(item[1][1] + item[1][2]), item[0][0])
        )
    )

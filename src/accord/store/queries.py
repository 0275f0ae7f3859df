"""Read queries of the analyst's workbench over stored events: one filter shared by the
event list, the map, the timeline and the network, so every view shows the same events.

Results are the store's read models (frozen dataclasses below); the API turns them into
JSON. Every query first brings the event index up to date (`event_index.refresh_index`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Engine, Select, func, or_, select

from accord.model import Event
from accord.store.codec import event_from_record
from accord.store.event_index import refresh_index
from accord.store.facet_table import FacetTable, Mask
from accord.store.search import search_filter
from accord.store.tables import (
    articles,
    canonical_reports,
    corrections,
    event_actors,
    event_deletions,
    events,
)
from accord.store.tables import event_facets as facets


@dataclass(frozen=True, slots=True)
class BoundingBox:
    """West, south, east, north in degrees (the order of GeoJSON and OpenStreetMap)."""

    west: float
    south: float
    east: float
    north: float

    def __post_init__(self) -> None:
        if not (-90 <= self.south <= self.north <= 90):
            raise ValueError(f"latitudes {self.south}..{self.north} are not south..north")
        if not (-180 <= self.west <= 180 and -180 <= self.east <= 180):
            raise ValueError(f"longitudes {self.west}, {self.east} are outside -180..180")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Facets every workbench view shares. `country` matches where an event happened or
    any participant's country; `actor` is an actor key (`event_index.actor_key`); `text`
    is full text over the reporting article; `since` keeps events extracted, corrected or
    uncorrected after it."""

    start: date | None = None
    end: date | None = None
    actor: str | None = None
    country: str | None = None
    event_types: tuple[str, ...] = ()
    quad_class: int | None = None
    modality: str | None = None
    role: str | None = None
    bbox: BoundingBox | None = None
    text: str | None = None
    article_id: int | None = None
    since: datetime | None = None


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """What a list of events shows of the reporting article (never its text)."""

    id: int
    key: str
    external_id: str | None
    title: str | None
    outlet: str | None
    url: str | None
    published: date | None

    @property
    def reference(self) -> str:
        return self.external_id if self.external_id is not None else f"accord:{self.id}"


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One stored event with what the workbench shows beside it."""

    event: Event
    article: ArticleRef
    signature: str
    canonical_id: str | None
    extracted_at: datetime


@dataclass(frozen=True, slots=True)
class EventPage:
    total: int
    items: tuple[StoredEvent, ...]


@dataclass(frozen=True, slots=True)
class Deletion:
    event_id: int
    article_id: int
    deleted_at: datetime


Loaded = TypeVar("Loaded")


class EventQueries:
    """Filtered reads over stored events of current article versions. The facets of every
    current event are kept in memory (`FacetTable`) until the indexed events change."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._loaded: dict[str, tuple[tuple[Any, ...], Any]] = {}

    def refresh(self) -> int:
        return refresh_index(self.engine)

    def per_generation(self, name: str, load: Callable[[Engine], Loaded]) -> Loaded:
        """What `load` makes of the current events, made again only once they change;
        requests arriving meanwhile wait for the one load instead of each loading."""
        generation = self.generation()
        with self._lock:
            known = self._loaded.get(name)
            if known is None or known[0] != generation:
                known = (generation, load(self.engine))
                self._loaded[name] = known
            found: Loaded = known[1]
            return found

    def kept(self, where: EventFilter) -> tuple[FacetTable, Mask]:
        """The facet table and the rows `where` keeps. Full text, an actor and `since` are
        asked of the database; the other facets are masks over the table."""
        table = self.per_generation("facets", FacetTable.load)
        among = None
        if where.text or where.actor or where.since is not None:
            with self.engine.connect() as connection:
                found = connection.execute(self.filtered(select(facets.c.event_id), where))
                among = list(found.scalars())
        box = where.bbox
        keep = table.mask(
            start=where.start,
            end=where.end,
            event_types=where.event_types,
            quad_class=where.quad_class,
            modality=where.modality,
            role=where.role,
            article_id=where.article_id,
            country=where.country,
            box=None if box is None else (box.west, box.south, box.east, box.north),
            among=among,
        )
        return table, keep

    def generation(self) -> tuple[Any, ...]:
        """What changes whenever the indexed events or their corrections do: the newest
        indexed event, the latest deletion, the newest article (a new version retires the old
        one's events), the newest correction and the latest undo."""
        statement = select(
            select(func.max(facets.c.event_id)).scalar_subquery(),
            select(func.max(event_deletions.c.deleted_at)).scalar_subquery(),
            select(func.max(articles.c.id)).scalar_subquery(),
            select(func.max(corrections.c.id)).scalar_subquery(),
            select(func.max(corrections.c.undone_at)).scalar_subquery(),
        )
        with self.engine.connect() as connection:
            return tuple(connection.execute(statement).one())

    def list_events(self, where: EventFilter, *, limit: int = 50, offset: int = 0) -> EventPage:
        """One page of filtered events, newest first, and how many match. The page is chosen
        on the facet table; only its rows are then read whole and decoded."""
        self.refresh()
        table, keep = self.kept(where)
        page_ids = table.page(keep, limit, offset)
        with self.engine.connect() as connection:
            rows = connection.execute(_event_columns().where(events.c.id.in_(page_ids))).all()
        by_id = {row.id: row for row in rows}
        found = (_stored(by_id[event_id]) for event_id in page_ids if event_id in by_id)
        return EventPage(int(keep.sum()), tuple(found))

    def get_event(self, event_id: int) -> StoredEvent | None:
        self.refresh()
        statement = _event_columns().where(events.c.id == event_id)
        with self.engine.connect() as connection:
            row = connection.execute(statement).first()
        return _stored(row) if row else None

    def signatures(self, event_ids: list[int]) -> dict[int, str]:
        """The signature of each of these stored events (see `event_index.event_signature`)."""
        self.refresh()
        found: dict[int, str] = {}
        with self.engine.connect() as connection:
            for start in range(0, len(event_ids), 500):
                statement = select(facets.c.event_id, facets.c.signature).where(
                    facets.c.event_id.in_(event_ids[start : start + 500])
                )
                found.update({row.event_id: row.signature for row in connection.execute(statement)})
        return found

    def deleted_since(self, since: datetime) -> list[Deletion]:
        statement = (
            select(event_deletions)
            .where(event_deletions.c.deleted_at > since)
            .order_by(event_deletions.c.event_id)
        )
        with self.engine.connect() as connection:
            rows = connection.execute(statement).all()
        return [Deletion(row.event_id, row.article_id, row.deleted_at) for row in rows]

    def filtered(self, statement: Select[Any], where: EventFilter) -> Select[Any]:
        """`statement` (over `facets`, the event index) restricted to events of current
        article versions and by the facets only the database can answer: full text, an
        actor and `since`. The other facets are masks over the facet table (`kept`)."""
        statement = statement.where(facets.c.is_current.is_(True))
        if where.since is not None:
            reviewed = select(corrections.c.signature).where(
                or_(corrections.c.created_at > where.since, corrections.c.undone_at > where.since)
            )
            changed = or_(facets.c.extracted_at > where.since, facets.c.signature.in_(reviewed))
            statement = statement.where(changed)
        if where.actor:
            with_actor = select(event_actors.c.event_id).where(
                event_actors.c.actor_key == where.actor
            )
            statement = statement.where(facets.c.event_id.in_(with_actor))
        if where.text:
            found = search_filter(select(articles.c.id), where.text, self.engine.dialect.name)
            statement = statement.where(facets.c.article_id.in_(found))
        return statement


def joined_events(statement: Select[Any]) -> Select[Any]:
    """`statement` over events joined to their articles and index entries (for showing
    them; filters never need the joins)."""
    return statement.join_from(events, articles, articles.c.id == events.c.article_id).join(
        facets, facets.c.event_id == events.c.id
    )


def _event_columns() -> Select[Any]:
    """An event row with its index entry, its article's reference and its canonical event,
    before any filter."""
    canonical = (
        select(canonical_reports.c.canonical_id)
        .where(canonical_reports.c.event_id == events.c.id, canonical_reports.c.kind == "report")
        .limit(1)
        .scalar_subquery()
    )
    return joined_events(
        select(
            events.c.id,
            events.c.record,
            events.c.extracted_at,
            facets.c.signature,
            canonical.label("canonical_id"),
            articles.c.id.label("article_id"),
            articles.c.key,
            articles.c.external_id,
            articles.c.title,
            articles.c.outlet,
            articles.c.url,
            articles.c.published,
        )
    )


def _stored(row: Any) -> StoredEvent:
    return StoredEvent(
        event=event_from_record(row.record, row.id),
        article=ArticleRef(
            row.article_id, row.key, row.external_id, row.title, row.outlet, row.url, row.published
        ),
        signature=row.signature,
        canonical_id=row.canonical_id,
        extracted_at=row.extracted_at,
    )

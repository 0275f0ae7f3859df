"""The workbench's index over stored events: where each happened and who took part, one
row per actor, so filters and networks are plain indexed SQL instead of JSON scans.

Extraction writes `events`; this module catches up on events it has not indexed yet (ids
only grow, so "newer than the highest indexed id" finds them). Rows of deleted events go
with them through the foreign keys.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, func, select, update
from sqlalchemy.exc import IntegrityError

from accord.model import Actor, Event
from accord.store.codec import event_from_record
from accord.store.search import fold
from accord.store.tables import articles, event_actors, event_facets, event_links, events

_BATCH = 2000
# After this many new rows the query planner's statistics are refreshed: without them
# SQLite takes `is_current` for a selective column and reads the whole index through it.
_ANALYZE_AFTER = 5000


def actor_key(actor: Actor) -> str:
    """A stable, readable key for an actor: its folded name with hyphens ("nigerian-army")."""
    return fold(actor.name).replace(" ", "-")[:200] or "unnamed"


def event_signature(article_key: str, event: Event) -> str:
    """What identifies one event of one article across re-extractions: the article's
    identity, the event type, the actors' names and the words that triggered it. The event
    id changes on every extraction; this does not while the article's text says the same."""
    triggers = sorted(item.span.text for item in event.evidence_for("event_type"))
    parts = [
        article_key,
        event.event_type.value,
        "|".join(actor.name for actor in event.actors),
        "|".join(actor.name for actor in event.recipients),
        "|".join(triggers),
    ]
    return hashlib.sha1("\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()


def refresh_index(engine: Engine) -> int:
    """Index every stored event not indexed yet, and mark the events of superseded article
    versions; return how many events were added."""
    _follow_versions(engine)
    added = 0
    while True:
        with engine.connect() as connection:
            newest = connection.execute(select(func.max(event_facets.c.event_id))).scalar()
            rows = connection.execute(
                select(
                    events.c.id,
                    events.c.record,
                    events.c.extracted_at,
                    articles.c.key,
                    articles.c.is_current,
                )
                .join(articles, articles.c.id == events.c.article_id)
                .where(events.c.id > (newest or 0))
                .order_by(events.c.id)
                .limit(_BATCH)
            ).all()
        if not rows:
            if added >= _ANALYZE_AFTER:
                _analyze(engine)
            return added
        try:
            with engine.begin() as connection:
                _write(connection, rows)
        except IntegrityError:
            continue  # another request indexed the same events first; look again
        added += len(rows)


def _analyze(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")


def _follow_versions(engine: Engine) -> None:
    """A new version of an article makes the old one's events history: unmark them. The
    check reads the superseded articles, then their still-marked events by article id; only
    a change takes the write lock."""
    with engine.connect() as connection:
        superseded = [
            row.id
            for row in connection.execute(
                select(articles.c.id).where(articles.c.is_current.is_(False))
            )
        ]
        stale = [
            row.event_id
            for start in range(0, len(superseded), _BATCH)
            for row in connection.execute(
                select(event_facets.c.event_id).where(
                    event_facets.c.article_id.in_(superseded[start : start + _BATCH]),
                    event_facets.c.is_current.is_(True),
                )
            )
        ]
    if stale:
        with engine.begin() as connection:
            for start in range(0, len(stale), _BATCH):
                connection.execute(
                    update(event_facets)
                    .where(event_facets.c.event_id.in_(stale[start : start + _BATCH]))
                    .values(is_current=False)
                )


def _write(connection: Connection, rows: Iterable[Any]) -> None:
    facets: list[dict[str, Any]] = []
    people: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for row in rows:
        event = event_from_record(row.record, row.id)
        facets.append(_facet_row(row, event))
        people.extend(_actor_rows(row.id, "actor", event.actors))
        people.extend(_actor_rows(row.id, "recipient", event.recipients))
        links.extend(
            {"event_id": row.id, "source_key": source, "target_key": target}
            for source in dict.fromkeys(actor_key(actor) for actor in event.actors)
            for target in dict.fromkeys(actor_key(actor) for actor in event.recipients)
            if source != target
        )
    connection.execute(event_facets.insert(), facets)
    for table, values in ((event_actors, people), (event_links, links)):
        if values:
            connection.execute(table.insert(), values)


def _facet_row(row: Any, event: Event) -> dict[str, Any]:
    place, day = event.place, event.date
    return {
        "event_id": row.id,
        "article_id": event.article_id,
        "is_current": bool(row.is_current),
        "event_type": event.event_type.value,
        "quad_class": int(event.quad_class),
        "modality": event.modality.value,
        "role": event.role.value,
        "date_start": day.start if day else None,
        "date_end": (day.end or day.start) if day else None,
        "country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "place": (place.name or place.raw_name) if place else None,
        "signature": event_signature(row.key, event),
        "extracted_at": row.extracted_at,
    }


def _actor_rows(event_id: int, side: str, actors: Iterable[Actor]) -> list[dict[str, Any]]:
    return [
        {
            "event_id": event_id,
            "side": side,
            "actor_key": actor_key(actor),
            "name": actor.name,
            "country": actor.country,
            "kind": actor.kind.value,
            "role": actor.role,
        }
        for actor in actors
    ]

"""`/api/actors`, `/api/articles` and `/api/stats`: who acts, what was read, and the
dashboard's aggregates under the same filters as the event list."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from accord.api.countries import country_info
from accord.api.deps import AggregatesDep, QueriesDep, ReaderDep, ReviewDep, StoreDep
from accord.api.filters import FilterDep
from accord.api.views import article_json, events_json
from accord.store.aggregates import ActorSummary, Period
from accord.store.queries import EventFilter

router = APIRouter(prefix="/api", tags=["catalogue"])


def _summary_json(summary: ActorSummary) -> dict[str, Any]:
    return {
        "key": summary.key,
        "name": summary.name,
        "country": summary.country,
        "kind": summary.kind,
        "events": summary.events,
    }


@router.get("/actors")
def list_actors(
    aggregates: AggregatesDep,
    _reader: ReaderDep,
    q: Annotated[str | None, Query(description="Part of the actor's name.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    """Actors by the number of events they take part in."""
    return {"items": [_summary_json(s) for s in aggregates.actors(search=q, limit=limit)]}


@router.get("/actors/{key}")
def get_actor(
    key: str,
    aggregates: AggregatesDep,
    queries: QueriesDep,
    review: ReviewDep,
    _reader: ReaderDep,
) -> dict[str, Any]:
    """Names and offices the reports give an actor, partners and adversaries per year, and
    its most recent events."""
    profile = aggregates.actor(key)
    if profile is None:
        raise HTTPException(404, f"no actor {key!r}; /api/actors lists them")
    recent = queries.list_events(EventFilter(actor=key), limit=20)
    return {
        **_summary_json(profile.summary),
        "names": list(profile.names),
        "offices": [
            {
                "role": role,
                "first": first.isoformat() if first else None,
                "last": last.isoformat() if last else None,
            }
            for role, first, last in profile.offices
        ],
        "relations": [
            {
                "key": relation.key,
                "name": relation.name,
                "year": relation.year,
                "cooperation": relation.cooperation,
                "hostility": relation.hostility,
            }
            for relation in profile.relations
        ],
        "recent_events": events_json(recent.items, review),
    }


@router.get("/articles/{article_id}")
def get_article(
    article_id: int, store: StoreDep, queries: QueriesDep, _reader: ReaderDep
) -> dict[str, Any]:
    """An article's text with every extracted span: each event's evidence and each quote."""
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id}")
    found = store.events.for_article(article_id)
    spans = [
        {
            "start": item.span.start,
            "end": item.span.end,
            "text": item.span.text,
            "field": item.field,
            "event_id": event.id,
            "extractor": item.provenance.extractor,
        }
        for event in found
        for item in event.evidence
        if item.span.relocates_in(article.text)
    ]
    quotes = [
        {
            "start": quote.span.start,
            "end": quote.span.end,
            "text": quote.span.text,
            "speaker": quote.speaker.name if quote.speaker else None,
        }
        for quote in store.events.quotes_for_article(article_id)
    ]
    return {
        **article_json(article),
        "language": article.language,
        "version": article.version,
        "is_current": article.is_current,
        "text": article.text,
        "events": [event.id for event in found],
        "spans": sorted(spans, key=lambda span: (span["start"], -span["end"])),
        "quotes": quotes,
    }


@router.get("/stats")
def stats(
    aggregates: AggregatesDep,
    where: FilterDep,
    _reader: ReaderDep,
    period: Annotated[Period, Query(description="Timeline bucket.")] = Period.MONTH,
    network_limit: Annotated[int, Query(ge=1, le=500)] = 60,
) -> dict[str, Any]:
    """The dashboard's aggregates: events per period, per country, map points and the
    actor network (edges: events from one actor to another, cooperative or hostile)."""
    network = aggregates.network(where, limit=network_limit)
    return {
        "total": aggregates.total(where),
        "period": period.value,
        "timeline": [
            {"start": bucket.start.isoformat(), "count": bucket.count}
            for bucket in aggregates.per_period(where, period)
        ],
        "countries": [
            {**country_info(item.country), "count": item.count}
            for item in aggregates.per_country(where)
        ],
        "points": [
            {
                "lat": point.latitude,
                "lon": point.longitude,
                "place": point.place,
                "count": point.count,
                "event_id": point.event_id,
            }
            for point in aggregates.points(where)
        ],
        "network": {
            "nodes": [_summary_json(node) for node in network.nodes],
            "edges": [
                {
                    "source": edge.source,
                    "target": edge.target,
                    "cooperation": edge.cooperation,
                    "hostility": edge.hostility,
                }
                for edge in network.edges
            ],
        },
    }

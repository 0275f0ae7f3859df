"""The merged fields of a canonical event, and the conflicts between its reports.

The merged value is the one most reports give, among the most precise ones: a day beats a
month, a village beats a country. Disagreements are kept, with the articles behind each
value, instead of being resolved silently ("one outlet says Tuesday, the others Wednesday").
Death tolls that differ become the range they span, each count kept with its articles.
When reports split evenly on the day, the merged date is the range they span.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace
from typing import TypeVar

from accord.dedup.compare import PLACE_RANK, Item
from accord.model import (
    Actor,
    DatePrecision,
    Event,
    EventDate,
    EventRole,
    Fatalities,
    FieldConflict,
    Place,
)

Value = TypeVar("Value", bound=Hashable)


def merged_event(reports: Sequence[Item]) -> tuple[Event, tuple[FieldConflict, ...]]:
    """The canonical event of these reports (earliest first) and where they disagree."""
    first = reports[0].event
    if len(reports) == 1:
        return replace(first, role=EventRole.MAIN, id=None), ()
    event_type = _majority([r.event.event_type for r in reports])
    typed = [r for r in reports if r.event.event_type is event_type]
    symmetric = _majority([r.event.symmetric for r in typed])
    parties = _corroborated_parties(typed, symmetric=symmetric)
    when, date_conflict = _merged_date(reports)
    place, place_conflict = _merged_place(reports)
    event = replace(
        first,
        event_type=event_type,
        actors=parties[0],
        recipients=parties[1],
        mode=_majority([r.event.mode for r in typed]),
        contexts=tuple(dict.fromkeys(c for r in reports for c in r.event.contexts)),
        modality=_majority([r.event.modality for r in reports]),
        role=EventRole.MAIN,
        date=when,
        place=place,
        symmetric=symmetric,
        commitments=tuple(c for r in reports for c in r.event.commitments),
        evidence=tuple(e for r in reports for e in r.event.evidence),
        id=None,
        fatalities=_merged_fatalities(reports),
    )
    counted = [r for r in reports if r.event.fatalities is not None]
    conflicts = [
        _conflict("event_type", reports, lambda e: e.event_type.value),
        date_conflict,
        place_conflict,
        _conflict("modality", reports, lambda e: e.modality.value),
        _conflict("fatalities", counted, lambda e: str(e.fatalities)),
    ]
    return event, tuple(c for c in conflicts if c is not None)


def _merged_fatalities(reports: Sequence[Item]) -> Fatalities | None:
    """The range the reports' death tolls span ("12" and "15" make 12-15); each report's
    count stays in the conflicts with its articles."""
    counts = [r.event.fatalities for r in reports if r.event.fatalities is not None]
    if not counts:
        return None
    return Fatalities(min(c.low for c in counts), max(c.high for c in counts))


def _majority(values: Sequence[Value], key: Callable[[Value], Hashable] | None = None) -> Value:
    """The most frequent value; on a tie, the one given first (by the earliest report)."""
    keyed = key or (lambda value: value)
    counts = Counter(keyed(v) for v in values)
    best = max(counts.values())
    return next(v for v in values if counts[keyed(v)] == best)


def _corroborated_parties(
    reports: Sequence[Item], *, symmetric: bool
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """The actors and recipients of the report whose parties the other reports confirm
    most (a party counts by its country, else its name; in a symmetric event the sides do
    not matter). On a tie the fuller list wins ("deal with the UK and the US" over "deal
    with the UK"), then the earliest report."""
    sides = [_sides(r.event, symmetric=symmetric) for r in reports]

    def support(index: int) -> tuple[int, int]:
        mine = sides[index]
        confirmed = sum(
            len(mine[0] & other[0]) + len(mine[1] & other[1])
            for position, other in enumerate(sides)
            if position != index
        )
        return confirmed, len(mine[0] | mine[1])

    best = max(range(len(reports)), key=lambda index: (*support(index), -index))
    return reports[best].event.actors, reports[best].event.recipients


def _sides(event: Event, *, symmetric: bool) -> tuple[frozenset[str], frozenset[str]]:
    def keys(actors: Sequence[Actor]) -> frozenset[str]:
        return frozenset(actor.country or actor.name.casefold() for actor in actors)

    if symmetric:
        return keys((*event.actors, *event.recipients)), frozenset()
    return keys(event.actors), keys(event.recipients)


def _merged_date(reports: Sequence[Item]) -> tuple[EventDate | None, FieldConflict | None]:
    dated = [r for r in reports if r.event.date and r.event.date.start]
    if not dated:
        return reports[0].event.date, None
    best = min((r.event.date.precision or DatePrecision.DAY).rank for r in dated if r.event.date)
    precise = [
        r
        for r in dated
        if r.event.date and (r.event.date.precision or DatePrecision.DAY).rank == best
    ]
    counts = Counter(_date_value(r.event) for r in precise)
    top = max(counts.values())
    leaders = [value for value, count in counts.items() if count == top]
    chosen = next(
        r.event.date for r in precise if r.event.date and _date_value(r.event) == leaders[0]
    )
    if len(leaders) > 1 and chosen.precision is DatePrecision.DAY:
        starts = [r.event.date.start for r in precise if r.event.date and r.event.date.start]
        ends = [r.event.date.end or r.event.date.start for r in precise if r.event.date]
        chosen = replace(
            chosen,
            start=min(starts),
            end=max(e for e in ends if e is not None),
            reason="reports disagree on the day; the range spans them",
        )
    return chosen, _conflict("date", dated, _date_value)


def _date_value(event: Event) -> str:
    when = event.date
    if when is None or when.start is None:
        return "unknown"
    end = when.end or when.start
    span = when.start.isoformat() if end == when.start else f"{when.start}/{end}"
    return f"{span} ({when.precision.value if when.precision else 'day'})"


def _merged_place(reports: Sequence[Item]) -> tuple[Place | None, FieldConflict | None]:
    placed = [r for r in reports if r.event.place is not None]
    if not placed:
        return None, None
    best = min(_place_rank(r.event.place) for r in placed)
    precise = [r for r in placed if _place_rank(r.event.place) == best]
    chosen = _majority([r.event.place for r in precise if r.event.place], key=_place_value)
    # A city and its country are one place at two precisions; another city, or another
    # country, is a disagreement.
    disagreeing = [
        r
        for r in placed
        if r in precise or (r.event.place and r.event.place.country != chosen.country)
    ]
    return chosen, _conflict("place", disagreeing, lambda e: _place_value(e.place))


def _place_rank(place: Place | None) -> int:
    if place is None or place.precision is None:
        return len(PLACE_RANK)
    return PLACE_RANK[place.precision]


def _place_value(place: Place | None) -> str:
    if place is None:
        return "unknown"
    name = place.name or place.raw_name
    return f"{name}, {place.country}" if place.country else name


def _conflict(
    name: str, reports: Sequence[Item], value: Callable[[Event], str]
) -> FieldConflict | None:
    articles: dict[str, list[int]] = defaultdict(list)
    for report in reports:
        found = articles[value(report.event)]
        if report.article_id not in found:
            found.append(report.article_id)
    if len(articles) < 2:
        return None
    ordered = sorted(articles.items(), key=lambda pair: (-len(pair[1]), pair[0]))
    return FieldConflict(name, tuple((text, tuple(ids)) for text, ids in ordered))

"""Synthetic reports for timing the merge (`accord bench merge`), generated in memory.

The distributions are those that make merging hard on real data: a few countries in most
of the news (a Zipf law over 150 states), a skewed mix of event types, events spread over
three years, each reported by one to a dozen articles that mostly agree on the day, some
a day off and some with no date at all.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import product

from accord.dedup.merge import Source
from accord.model import (
    Actor,
    ActorKind,
    DatePrecision,
    Event,
    EventDate,
    EventType,
    Place,
    PlacePrecision,
)
from accord.model.plover import JOINT_TYPES

COUNTRIES = 150
ZIPF_EXPONENT = 1.1
DAYS = 3 * 365
FIRST_DAY = date(2023, 1, 1)
TYPE_WEIGHTS = {
    EventType.CONSULT: 20,
    EventType.ASSAULT: 20,
    EventType.AGREE: 10,
    EventType.COOPERATE: 8,
    EventType.COERCE: 8,
    EventType.ACCUSE: 6,
    EventType.AID: 5,
    EventType.THREATEN: 5,
    EventType.SANCTION: 4,
    EventType.MOBILIZE: 4,
    EventType.REJECT: 4,
    EventType.RETREAT: 3,
    EventType.REQUEST: 3,
}


@dataclass(frozen=True, slots=True)
class SyntheticReports:
    events: list[Event]
    sources: dict[int, Source]
    true_events: int  # how many real-world events the reports were drawn from
    truth: dict[int, int]  # each article's real-world event


def synthetic_reports(count: int, *, seed: int = 7) -> SyntheticReports:
    """`count` main events, one per article, reporting fewer real-world events."""
    rng = random.Random(seed)  # noqa: S311 -- reproducible benchmark data, not secrets
    codes = ["".join(letters) for letters in product(string.ascii_uppercase, repeat=3)]
    countries = rng.sample(codes, COUNTRIES)
    weights = [1 / (rank**ZIPF_EXPONENT) for rank in range(1, COUNTRIES + 1)]
    types = list(TYPE_WEIGHTS)
    type_weights = list(TYPE_WEIGHTS.values())
    events: list[Event] = []
    sources: dict[int, Source] = {}
    truth: dict[int, int] = {}
    true_events = 0
    while len(events) < count:
        true_events += 1
        actor, recipient = rng.choices(countries, weights, k=2)
        event_type = rng.choices(types, type_weights)[0]
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        city = rng.randrange(6)
        reports = min(1 + int(rng.expovariate(1 / 1.5)), 12, count - len(events))
        for _ in range(reports):
            article_id = len(events) + 1
            published = day + timedelta(days=rng.randrange(4))
            events.append(
                _report(
                    rng,
                    article_id,
                    event_type,
                    parties=(actor, recipient),
                    day=day,
                    place=f"{recipient} city {city}",
                )
            )
            truth[article_id] = true_events
            sources[article_id] = Source(
                article_id, f"synthetic:{article_id}", str(article_id), None, None, published
            )
    return SyntheticReports(events, sources, true_events, truth)


def _report(
    rng: random.Random,
    article_id: int,
    event_type: EventType,
    *,
    parties: tuple[str, str],
    day: date,
    place: str,
) -> Event:
    actor, recipient = (_state(code) for code in parties)
    symmetric = event_type in JOINT_TYPES and rng.random() < 0.5
    draw = rng.random()
    when: EventDate | None = EventDate("that day", DatePrecision.DAY, day, day)
    if draw < 0.1:
        when = None
    elif draw < 0.15:
        shifted = day + timedelta(days=rng.choice((-1, 1)))
        when = EventDate("the day before or after", DatePrecision.DAY, shifted, shifted)
    where = None
    if rng.random() < 0.7:
        where = Place(place, place, parties[1], None, None, PlacePrecision.CITY, f"g:{place}")
    return Event(
        article_id=article_id,
        event_type=event_type,
        actors=(actor,),
        recipients=(recipient,) if actor != recipient else (),
        date=when,
        place=where,
        symmetric=symmetric,
        id=article_id,
    )


def _state(code: str) -> Actor:
    return Actor(name=f"State {code}", kind=ActorKind.STATE, country=code, code=code)

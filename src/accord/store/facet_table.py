"""The event index in memory: every current event's facets as arrays, loaded once per change
of the stored events, so the workbench's filters are masks and its counts are `bincount`s.

At 100,000 events a dashboard view costs SQLite about 200 ms of scans and groupings (the
timeline, the countries, the map and the totals each scan the filtered index again); the
same view over these arrays costs a few milliseconds, so many analysts can share two cores.
The table takes about 60 bytes per event. Filters that need the database (full text, an
actor, `since`) are answered there and intersected with the mask.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Engine, String, cast, select

from accord.model import EventType
from accord.model.plover import codebook
from accord.store.tables import corrections, event_actors
from accord.store.tables import event_facets as facets

NO_DATE = -1  # the ordinal of an undated event
Mask = npt.NDArray[np.bool_]
Codes = npt.NDArray[np.int32]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The distinct values of one text column; rows hold their index (-1 for none)."""

    values: tuple[str, ...]

    def code(self, value: str) -> int:
        try:
            return self.values.index(value)
        except ValueError:
            return -2  # matches no row (none is -1)


def _apply_edits(columns: list[list[Any]], edits: Sequence[Any]) -> None:
    """Put the reviewers' edits in force in place of the machine's values, so filters and
    counts follow the corrections (`columns` as `FacetTable.load` reads them)."""
    if not edits:
        return
    row_of = {event_id: row for row, event_id in enumerate(columns[0])}
    for event_id, field, value in edits:
        row = row_of[event_id]
        if field == "event_type":
            columns[4][row] = value
            columns[5][row] = int(codebook()[EventType(value)].quad)
        elif field == "modality":
            columns[6][row] = value
        elif field == "role":
            columns[7][row] = value
        elif field == "date":
            columns[2][row] = columns[3][row] = value


def _encode(values: Sequence[str | None]) -> tuple[Codes, Vocabulary]:
    vocabulary = tuple(sorted({value for value in values if value is not None}))
    position = {value: index for index, value in enumerate(vocabulary)}
    codes = np.fromiter(
        (-1 if value is None else position[value] for value in values), np.int32, len(values)
    )
    return codes, Vocabulary(vocabulary)


def _ordinals(days: Sequence[str | None]) -> npt.NDArray[np.int32]:
    return np.fromiter(
        (NO_DATE if day is None else date.fromisoformat(day[:10]).toordinal() for day in days),
        np.int32,
        len(days),
    )


def _points(
    latitude: npt.NDArray[np.float64], longitude: npt.NDArray[np.float64]
) -> tuple[Codes, npt.NDArray[np.float64]]:
    """Each row's distinct (latitude, longitude) pair, and the pairs."""
    placed = ~np.isnan(latitude) & ~np.isnan(longitude)
    codes = np.full(len(latitude), -1, np.int32)
    if not placed.any():
        return codes, np.zeros((0, 2), np.float64)
    pairs = np.stack((latitude[placed], longitude[placed]), axis=1)
    unique, inverse = np.unique(pairs, axis=0, return_inverse=True)
    codes[placed] = inverse.reshape(-1)
    return codes, unique


def _floats(values: Sequence[float | None]) -> npt.NDArray[np.float64]:
    return np.fromiter((np.nan if v is None else v for v in values), np.float64, len(values))


@dataclass(frozen=True, slots=True)
class FacetTable:
    """One entry per current event, in event-id order; see `EventFilter` for the meaning of
    each facet. `newest_first` is the event list's order (dated before undated, latest date
    first, then highest id)."""

    event_ids: npt.NDArray[np.int64]
    article_ids: npt.NDArray[np.int64]
    date_start: npt.NDArray[np.int32]  # ordinals, NO_DATE when undated
    date_end: npt.NDArray[np.int32]
    event_type: Codes
    event_types: Vocabulary
    quad_class: npt.NDArray[np.int8]
    modality: Codes
    modalities: Vocabulary
    role: Codes
    roles: Vocabulary
    country: Codes
    countries: Vocabulary
    latitude: npt.NDArray[np.float64]  # NaN where the event has no point
    longitude: npt.NDArray[np.float64]
    point: Codes  # the row's point in `point_coordinates`, -1 where it has none
    point_coordinates: npt.NDArray[np.float64]  # (latitude, longitude) per distinct point
    participant_rows: npt.NDArray[np.int64]  # for each actor or recipient: its event's row
    participant_country: Codes  # and its country, in `countries`
    newest_first: npt.NDArray[np.int64]

    @classmethod
    def load(cls, engine: Engine) -> FacetTable:
        columns = (
            facets.c.event_id,
            facets.c.article_id,
            cast(facets.c.date_start, String),  # ISO text: parsed below, far faster
            cast(facets.c.date_end, String),
            facets.c.event_type,
            facets.c.quad_class,
            facets.c.modality,
            facets.c.role,
            facets.c.country,
            facets.c.latitude,
            facets.c.longitude,
        )
        current = facets.c.is_current.is_(True)
        participants = (
            select(event_actors.c.event_id, event_actors.c.country)
            .join(facets, facets.c.event_id == event_actors.c.event_id)
            .where(current, event_actors.c.country.is_not(None))
        )
        edits = (
            select(facets.c.event_id, corrections.c.field, corrections.c.value)
            .join(facets, facets.c.signature == corrections.c.signature)
            .where(current, corrections.c.undone_at.is_(None), corrections.c.action == "edit")
            .order_by(corrections.c.id)
        )
        with engine.connect() as connection:
            rows = connection.execute(select(*columns).where(current).order_by(facets.c.event_id))
            found = [list(column) for column in zip(*rows.all(), strict=True)]
            people = connection.execute(participants).all()
            _apply_edits(found, connection.execute(edits).all())
        return cls._build(found or [[] for _ in columns], people)

    @classmethod
    def _build(cls, columns: list[list[Any]], people: Sequence[Any]) -> FacetTable:
        ids, articles, starts, ends, types, quads, modes, roles, places, lats, lons = columns
        event_ids = np.fromiter(ids, np.int64, len(ids))
        participant_ids = np.fromiter((row[0] for row in people), np.int64, len(people))
        country_codes, countries = _encode(
            list(places) + [row[1] for row in people]  # one vocabulary for both
        )
        date_start = _ordinals(starts)
        type_codes, type_vocabulary = _encode(types)
        mode_codes, mode_vocabulary = _encode(modes)
        role_codes, role_vocabulary = _encode(roles)
        undated = date_start == NO_DATE
        latitude, longitude = _floats(lats), _floats(lons)
        point, point_coordinates = _points(latitude, longitude)
        # lexsort's last key sorts first: dated events, latest date, highest id.
        newest_first = np.lexsort((-event_ids, -date_start.astype(np.int64), undated))
        return cls(
            event_ids=event_ids,
            article_ids=np.fromiter(articles, np.int64, len(articles)),
            date_start=date_start,
            date_end=_ordinals(ends),
            event_type=type_codes,
            event_types=type_vocabulary,
            quad_class=np.fromiter(quads, np.int8, len(quads)),
            modality=mode_codes,
            modalities=mode_vocabulary,
            role=role_codes,
            roles=role_vocabulary,
            country=country_codes[: len(ids)],
            countries=countries,
            latitude=latitude,
            longitude=longitude,
            point=point,
            point_coordinates=point_coordinates,
            participant_rows=np.searchsorted(event_ids, participant_ids),
            participant_country=country_codes[len(ids) :],
            newest_first=newest_first,
        )

    def __len__(self) -> int:
        return len(self.event_ids)

    def mask(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        event_types: Sequence[str] = (),
        quad_class: int | None = None,
        modality: str | None = None,
        role: str | None = None,
        article_id: int | None = None,
        country: str | None = None,
        box: tuple[float, float, float, float] | None = None,
        among: Sequence[int] | None = None,
    ) -> Mask:
        """The rows the facets keep. `box` is (west, south, east, north), crossing the
        antimeridian when west > east; `among` keeps only these event ids (what the
        database found for the facets it answers)."""
        keep = np.ones(len(self), np.bool_)
        if start is not None:
            keep &= self.date_end >= start.toordinal()  # undated ends are NO_DATE
        if end is not None:
            keep &= (self.date_start != NO_DATE) & (self.date_start <= end.toordinal())
        if event_types:
            codes = [self.event_types.code(kind) for kind in event_types]
            keep &= np.isin(self.event_type, codes)
        if quad_class is not None:
            keep &= self.quad_class == quad_class
        if modality:
            keep &= self.modality == self.modalities.code(modality)
        if role:
            keep &= self.role == self.roles.code(role)
        if article_id is not None:
            keep &= self.article_ids == article_id
        if country:
            keep &= self._with_country(self.countries.code(country.upper()))
        if box is not None:
            keep &= self._inside(*box)
        if among is not None:
            keep &= np.isin(self.event_ids, np.asarray(among, dtype=np.int64))
        return keep

    def _with_country(self, code: int) -> Mask:
        """Events that happened in the country or have a participant of it."""
        found: Mask = self.country == code
        found[self.participant_rows[self.participant_country == code]] = True
        return found

    def _inside(self, west: float, south: float, east: float, north: float) -> Mask:
        latitude, longitude = self.latitude, self.longitude
        inside = (latitude >= south) & (latitude <= north)
        if west > east:
            return inside & ((longitude >= west) | (longitude <= east))
        return inside & (longitude >= west) & (longitude <= east)

    def page(self, keep: Mask, limit: int, offset: int = 0) -> list[int]:
        """The ids of one page of the kept events, newest first."""
        ordered = self.newest_first[keep[self.newest_first]]
        return [int(self.event_ids[row]) for row in ordered[offset : offset + limit]]

    def days(self, keep: Mask) -> list[tuple[date, int]]:
        """Kept dated events per start day, in day order."""
        dated = keep & (self.date_start != NO_DATE)
        days, counts = np.unique(self.date_start[dated], return_counts=True)
        return [(date.fromordinal(int(d)), int(n)) for d, n in zip(days, counts, strict=True)]

    def per_country(self, keep: Mask) -> list[tuple[str, int]]:
        """Kept events per country where they happened, most first (ties by code)."""
        placed = keep & (self.country >= 0)
        counts = np.bincount(self.country[placed], minlength=len(self.countries.values))
        order = np.argsort(-counts, kind="stable")
        return [(self.countries.values[i], int(counts[i])) for i in order if counts[i] > 0]

    def points(self, keep: Mask, limit: int) -> list[tuple[float, float, int, int]]:
        """Kept events per point: latitude, longitude, count and the highest event id there,
        most events first (ties: the most recent event first), at most `limit`."""
        placed = keep & (self.point >= 0)
        group = self.point[placed]
        size = len(self.point_coordinates)
        counts = np.bincount(group, minlength=size)
        newest = np.zeros(size, np.int64)
        np.maximum.at(newest, group, self.event_ids[placed])
        order = np.lexsort((-newest, -counts))[:limit]
        return [
            (
                float(self.point_coordinates[i, 0]),
                float(self.point_coordinates[i, 1]),
                int(counts[i]),
                int(newest[i]),
            )
            for i in order
            if counts[i] > 0
        ]

    def ids(self, keep: Mask) -> npt.NDArray[np.int64]:
        return self.event_ids[keep]

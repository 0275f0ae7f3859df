"""Great-circle distance and a grid index for the nearest known place to a point."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

EARTH_RADIUS_KM = 6371.0088

T = TypeVar("T")


def distance_km(
    latitude_a: float, longitude_a: float, latitude_b: float, longitude_b: float
) -> float:
    """Haversine distance in kilometres."""
    phi_a, phi_b = math.radians(latitude_a), math.radians(latitude_b)
    delta_phi = phi_b - phi_a
    delta_lambda = math.radians(longitude_b - longitude_a)
    half_chord = (
        math.sin(delta_phi / 2) ** 2
        + math.cos(phi_a) * math.cos(phi_b) * math.sin(delta_lambda / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(half_chord)))


@dataclass(slots=True)
class PointGrid(Generic[T]):
    """Items at points, bucketed in one-degree cells, searched in growing rings of cells."""

    cells: dict[tuple[int, int], list[tuple[float, float, T]]] = field(default_factory=dict)

    def add(self, latitude: float, longitude: float, item: T) -> None:
        key = (math.floor(latitude), math.floor(longitude))
        self.cells.setdefault(key, []).append((latitude, longitude, item))

    def nearest(self, latitude: float, longitude: float, *, max_rings: int = 30) -> T | None:
        """The item closest to the point, searched up to `max_rings` degrees away, or None."""
        row, column = math.floor(latitude), math.floor(longitude)
        best: tuple[float, T] | None = None
        for ring in range(max_rings + 1):
            for item_latitude, item_longitude, item in self._ring(row, column, ring):
                distance = distance_km(latitude, longitude, item_latitude, item_longitude)
                if best is None or distance < best[0]:
                    best = (distance, item)
            # Cells beyond this ring lie at least `ring` degrees away; a degree of longitude
            # shrinks towards the poles, hence the cosine.
            shrink = max(math.cos(math.radians(min(abs(latitude) + ring, 89.0))), 0.05)
            if best is not None and best[0] < ring * 111.0 * shrink:
                break
        return None if best is None else best[1]

    def _ring(self, row: int, column: int, ring: int) -> Iterable[tuple[float, float, T]]:
        for delta_row in range(-ring, ring + 1):
            for delta_column in range(-ring, ring + 1):
                if max(abs(delta_row), abs(delta_column)) != ring:
                    continue
                wrapped = (column + delta_column + 180) % 360 - 180
                yield from self.cells.get((row + delta_row, wrapped), ())

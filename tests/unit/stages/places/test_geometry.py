from __future__ import annotations

import pytest

from accord.stages.places.geometry import PointGrid, distance_km


def test_distance_between_capitals() -> None:
    # Niamey to Ouagadougou is about 420 km as the crow flies.
    assert distance_km(13.51, 2.11, 12.37, -1.53) == pytest.approx(416, abs=10)


def test_distance_to_itself_is_zero() -> None:
    assert distance_km(10.0, 10.0, 10.0, 10.0) == 0.0


def test_grid_finds_the_nearest_across_cells_and_the_date_line() -> None:
    grid: PointGrid[str] = PointGrid()
    grid.add(0.5, 179.5, "east")
    grid.add(0.5, 170.0, "far")
    assert grid.nearest(0.5, -179.5) == "east"


def test_empty_grid_has_no_nearest() -> None:
    assert PointGrid[str]().nearest(0.0, 0.0) is None

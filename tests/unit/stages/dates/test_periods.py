"""Calendar arithmetic, checked against the calendar: 8 March 2024 is a Friday."""

from __future__ import annotations

from accord.stages.dates import periods
from tests.unit.stages.dates.tagging import day

FRIDAY = day("2024-03-08")


def test_weeks_run_monday_to_sunday() -> None:
    assert periods.week_bounds(FRIDAY) == (day("2024-03-04"), day("2024-03-10"))


def test_a_weekday_on_or_before_includes_the_day_itself() -> None:
    assert periods.weekday_on_or_before(FRIDAY, 4) == FRIDAY
    assert periods.weekday_on_or_before(FRIDAY, 5) == day("2024-03-02")


def test_the_next_weekday_is_strictly_after() -> None:
    assert periods.weekday_after(FRIDAY, 4) == day("2024-03-15")
    assert periods.weekday_after(FRIDAY, 0) == day("2024-03-11")


def test_shifting_months_clamps_to_the_end_of_a_shorter_month() -> None:
    assert periods.shift_months(day("2024-03-31"), -1) == day("2024-02-29")
    assert periods.shift_months(day("2024-01-15"), -1) == day("2023-12-15")


def test_years_before_a_leap_day_falls_on_the_last_of_february() -> None:
    assert periods.years_before(day("2024-02-29"), 1) == day("2023-02-28")


def test_a_day_without_year_more_than_two_months_ahead_is_last_years() -> None:
    assert periods.year_for_day(FRIDAY, 5, 8, future=False) == 2024
    assert periods.year_for_day(FRIDAY, 5, 9, future=False) == 2023


def test_the_twenty_ninth_of_february_takes_the_nearest_leap_year() -> None:
    assert periods.year_for_day(day("2023-06-01"), 2, 29, future=False) == 2020
    assert periods.year_for_day(day("2023-06-01"), 2, 29, future=True) == 2024


def test_days_that_do_not_exist_are_none() -> None:
    assert periods.valid_day(2024, 4, 31) is None
    assert periods.valid_day(2023, 2, 29) is None

"""Calendar arithmetic: the bounds of weeks, months and years, and finding a weekday or a
month relative to a reference day. Pure functions of dates; weeks run Monday to Sunday."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# How far past the reference day a date without a year may fall before we read it as last
# year's: news reports what happened and announces what is about to happen, rarely more.
FUTURE_TOLERANCE = timedelta(days=61)
# With a future cue ("will meet on March 7"), how far before the reference day it may fall
# before we read it as next year's.
PAST_TOLERANCE_WHEN_FUTURE = timedelta(days=30)

PARTS_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
PARTS_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def valid_day(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day does not exist (31 April, 29 February 2023)."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def week_bounds(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def part_of_month(year: int, month: int, part: str) -> tuple[date, date]:
    first, last = PARTS_OF_MONTH[part]
    _, month_end = month_bounds(year, month)
    return date(year, month, first), date(year, month, min(last, month_end.day))


def part_of_year(year: int, part: str) -> tuple[date, date]:
    first, last = PARTS_OF_YEAR[part]
    return month_bounds(year, first)[0], month_bounds(year, last)[1]


def shift_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def weekday_on_or_before(reference: date, weekday: int) -> date:
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def weekday_on_or_after(reference: date, weekday: int) -> date:
    return reference + timedelta(days=(weekday - reference.weekday()) % 7)


def weekday_after(reference: date, weekday: int) -> date:
    return weekday_on_or_after(reference + timedelta(days=1), weekday)


def month_on_or_before(reference: date, month: int) -> int:
    """The year of the most recent `month` at or before the reference day's month."""
    return reference.year if month <= reference.month else reference.year - 1


def month_before(reference: date, month: int) -> int:
    """The year of the most recent `month` strictly before the reference day's month."""
    return reference.year if month < reference.month else reference.year - 1


def month_on_or_after(reference: date, month: int) -> int:
    return reference.year if month >= reference.month else reference.year + 1


def month_after(reference: date, month: int) -> int:
    return reference.year if month > reference.month else reference.year + 1


def year_for_day(reference: date, month: int, day: int, *, future: bool) -> int | None:
    """The year of "March 7" written on the reference day, or None if it never exists.

    The reference year, unless that puts the day well after the reference day (then the
    year before) or, with a future cue, well before it (then the year after). 29 February
    takes the nearest leap year in the chosen direction.
    """
    year = reference.year
    candidate = _existing_day(year, month, day, step=-1 if not future else 1)
    if candidate is None:
        return None
    if not future and candidate - reference > FUTURE_TOLERANCE:
        candidate = _existing_day(candidate.year - 1, month, day, step=-1)
    elif future and reference - candidate > PAST_TOLERANCE_WHEN_FUTURE:
        candidate = _existing_day(candidate.year + 1, month, day, step=1)
    return None if candidate is None else candidate.year


def _existing_day(year: int, month: int, day: int, *, step: int) -> date | None:
    for offset in range(0, 8 * step, step):
        found = valid_day(year + offset, month, day)
        if found is not None:
            return found
        if not (month == 2 and day == 29):
            return None
    return None


def years_before(day: date, years: int) -> date:
    return shift_months(day, -12 * years)

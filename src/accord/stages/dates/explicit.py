"""Resolvers for calendar expressions: days, months and years named in the text, alone or
as ranges ("6 July 2024", "April 6-7", "between March and May 2024", "mid-2023").

A missing year comes from the publication date (see `periods.year_for_day`); without one,
a day written with its weekday ("mercredi 8 janvier", "Thursday, March 7") takes the latest
year, up to the day the article was collected, in which that day falls on that weekday (the
weekday pins the year down to one in five to eleven); any other expression that needs a
year is returned unanchored.
"""

from __future__ import annotations

import re
from datetime import date

from accord.model import DatePrecision
from accord.stages.dates import lexicon, periods
from accord.stages.dates.reading import ArticleContext, Reading, group, unanchored

_WEEKDAY_CYCLE = 12  # years: every day of the year falls on each weekday within 11 years
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def resolve_day(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """One day or a range of days: "July 6, 2024", "6-7 April", "du 30 juin au 2 juillet"."""
    month = lexicon.month_number(group(match, "month") or match["month2"])
    day = int(match["day"])
    last_month = lexicon.month_number(group(match, "month2") or match["month"])
    last_day = int(match["day2"]) if group(match, "day2") else day
    wraps = (last_month, last_day) < (month, day)
    years = _explicit_years(match, wraps=wraps)
    reason = "explicit date"
    if years is None:
        if context.published is None:
            return _year_from_weekday(match, context, (month, day), (last_month, last_day))
        first_year = _year_from_publication(match, context, context.published, (month, day))
        if first_year is None:
            return None
        years = (first_year, first_year + 1 if wraps else first_year)
        reason = f"year {first_year} taken from the publication date {context.published}"
    start = periods.valid_day(years[0], month, day)
    end = periods.valid_day(years[1], last_month, last_day)
    if start is None or end is None or end < start or (end - start).days > 62:
        return None
    return Reading(DatePrecision.DAY, start, end, reason + _weekday_note(match, start))


def resolve_month(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """A month or a range of months: "July 2023", "last July", "en janvier", "fin juillet"."""
    month = lexicon.month_number(match["month"])
    last_month = lexicon.month_number(match["month2"]) if group(match, "month2") else month
    wraps = last_month < month
    years = _explicit_years(match, wraps=wraps)
    reason = "explicit month"
    if years is None:
        if context.published is None:
            return unanchored(DatePrecision.MONTH)
        first_year, reason = _year_of_month(match, context, context.published, month)
        years = (first_year, first_year + 1 if wraps else first_year)
    start = periods.month_bounds(years[0], month)[0]
    end = periods.month_bounds(years[1], last_month)[1]
    part = lexicon.part(group(match, "part"))
    if part is not None and last_month == month and years[0] == years[1]:
        start, end = periods.part_of_month(years[0], month, part)
        reason += f", {part} part of the month"
    return Reading(DatePrecision.MONTH, start, end, reason)


def resolve_year(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """A year, a range of years or part of a year: "in 2018", "2018 to 2020", "mid-2023"."""
    year = int(match["year"])
    last_year = int(match["year2"]) if group(match, "year2") else year
    if last_year < year or last_year - year > 50:
        return None
    part = lexicon.part(group(match, "part"))
    if part is not None:
        start, end = periods.part_of_year(year, part)
        return Reading(DatePrecision.MONTH, start, end, f"explicit year, {part} part")
    return Reading(
        DatePrecision.YEAR,
        periods.year_bounds(year)[0],
        periods.year_bounds(last_year)[1],
        "explicit year" if last_year == year else "explicit range of years",
    )


def resolve_iso(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """An ISO 8601 date: "2024-03-07"."""
    day = periods.valid_day(int(match["year"]), int(match["month"]), int(match["day"]))
    return None if day is None else Reading(DatePrecision.DAY, day, day, "ISO date")


def resolve_numeric(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """A numeric date "07/03/2024": day first, unless only month first is a real date."""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    day = periods.valid_day(year, second, first)
    reason = "numeric date, day first"
    if day is None:
        day = periods.valid_day(year, first, second)
        reason = "numeric date, month first (day first is not a date)"
    elif first <= 12 and second <= 12 and first != second:
        reason = "numeric date, read day first (month first would also be a date)"
    return None if day is None else Reading(DatePrecision.DAY, day, day, reason)


def _explicit_years(match: re.Match[str], *, wraps: bool) -> tuple[int, int] | None:
    """The years of a range's ends when the text gives them; the start's may be implied."""
    written_last, written_first = group(match, "year"), group(match, "year1")
    if written_last is not None:
        last = int(written_last)
        return (int(written_first) if written_first else last - wraps), last
    if written_first is not None:
        return int(written_first), int(written_first) + wraps
    return None


def _year_from_publication(
    match: re.Match[str], context: ArticleContext, published: date, month_day: tuple[int, int]
) -> int | None:
    month, day = month_day
    if lexicon.modifier(group(match, "modifier")) == "last":
        this_year = periods.valid_day(published.year, month, day)
        return published.year if this_year and this_year <= published else published.year - 1
    future = context.announced_as_future(match)
    return periods.year_for_day(published, month, day, future=future)


def _year_of_month(
    match: re.Match[str], context: ArticleContext, published: date, month: int
) -> tuple[int, str]:
    """The year of a month named without one, and why."""
    modifier = lexicon.modifier(group(match, "modifier"))
    if modifier == "last":
        return periods.month_before(published, month), "the last such month before publication"
    if modifier == "next":
        return periods.month_after(published, month), "the next such month after publication"
    if modifier == "this":
        return published.year, "this year's month"
    if context.announced_as_future(match):
        year = periods.month_on_or_after(published, month)
        return year, "future cue: the next such month from publication"
    year = periods.month_on_or_before(published, month)
    return year, "the most recent such month at or before publication"


def _year_from_weekday(
    match: re.Match[str],
    context: ArticleContext,
    first: tuple[int, int],
    last: tuple[int, int],
) -> Reading:
    """A single day with its weekday and no year, in an article with no publication date:
    the latest year up to `context.not_after` in which the day is that weekday."""
    written = group(match, "weekday")
    weekday = lexicon.weekday_number(written) if written else None
    if weekday is None or first != last or context.not_after is None:
        return unanchored(DatePrecision.DAY)
    for year in range(context.not_after.year, context.not_after.year - _WEEKDAY_CYCLE, -1):
        day = periods.valid_day(year, *first)
        if day is not None and day <= context.not_after and day.weekday() == weekday:
            reason = (
                f"no publication date: year {year} is the latest up to {context.not_after} "
                f"in which {written} falls on that day"
            )
            return Reading(DatePrecision.DAY, day, day, reason)
    return unanchored(DatePrecision.DAY)


def _weekday_note(match: re.Match[str], start: date) -> str:
    written = group(match, "weekday")
    if written is None or lexicon.weekday_number(written) == start.weekday():
        return ""
    actual = _WEEKDAY_NAMES[start.weekday()]
    return f"; the text's weekday {written!r} disagrees: the date is a {actual}"

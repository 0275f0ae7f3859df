"""Resolvers for expressions relative to the publication date: weekdays ("on Tuesday",
"dimanche dernier"), named days ("yesterday", "hier"), the current or an adjacent week,
month or year ("last week", "l'an dernier", "earlier this year") and spans of time ago
("two weeks ago", "il y a plus d'un an").

Every one of them needs the publication date; without it they come back unanchored.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from accord.model import DatePrecision
from accord.stages.dates import lexicon, periods
from accord.stages.dates.reading import ArticleContext, Reading, day_reading, group, unanchored

_PRECISION_OF_UNIT = {
    "day": DatePrecision.DAY,
    "week": DatePrecision.WEEK,
    "month": DatePrecision.MONTH,
    "year": DatePrecision.YEAR,
    "decade": DatePrecision.YEAR,
}


def resolve_weekday(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """The most recent such weekday on or before publication, or the next one for "next",
    "prochain" or a future cue ("will meet on Tuesday")."""
    published = context.published
    if published is None:
        return unanchored(DatePrecision.DAY)
    weekday = lexicon.weekday_number(match["weekday"])
    modifier = lexicon.modifier(group(match, "modifier"))
    if modifier == "next":
        return day_reading(periods.weekday_after(published, weekday), "the next such weekday")
    if modifier != "last" and context.announced_as_future(match):
        day = periods.weekday_on_or_after(published, weekday)
        return day_reading(day, "future cue: the first such weekday from publication")
    day = periods.weekday_on_or_before(published, weekday)
    return day_reading(day, "the most recent such weekday on or before publication")


def resolve_night(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """A night across two days: "dans la nuit de samedi à dimanche"."""
    published = context.published
    if published is None:
        return unanchored(DatePrecision.DAY)
    first = lexicon.weekday_number(match["weekday"])
    second = lexicon.weekday_number(match["weekday2"])
    if (first + 1) % 7 != second:
        return None
    end = periods.weekday_on_or_before(published, second)
    reason = "a night ending on the most recent such weekday on or before publication"
    return Reading(DatePrecision.DAY, end - timedelta(days=1), end, reason)


def resolve_relative_day(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """ "today", "yesterday", "hier", "avant-hier"."""
    if context.published is None:
        return unanchored(DatePrecision.DAY)
    offset = lexicon.relative_day_offset(match["relative"])
    return day_reading(context.published + timedelta(days=offset), f"{offset:+d} days")


def resolve_period(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """This, last or next week, month or year; "earlier"/"later" cut it at publication."""
    unit = lexicon.unit(match["unit"])
    precision = _PRECISION_OF_UNIT[unit]
    published = context.published
    if published is None:
        return unanchored(precision)
    modifier = lexicon.modifier(group(match, "modifier")) or "this"
    step = {"last": -1, "this": 0, "next": 1}[modifier]
    start, end = _period_around(published, unit, step)
    qualifier = group(match, "qualifier")
    reason = f"{modifier} {unit}, relative to publication"
    if qualifier is not None and step == 0:
        if _is_earlier(qualifier):
            end, reason = published, reason + ", up to publication"
        else:
            start, reason = published, reason + ", from publication"
    return Reading(precision, start, end, reason)


def resolve_weekend(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """ "last weekend" (the one before publication's week), "this weekend", "over the weekend"."""
    published = context.published
    if published is None:
        return unanchored(DatePrecision.DAY)
    modifier = lexicon.modifier(group(match, "modifier"))
    monday, sunday = periods.week_bounds(published)
    if modifier == "last" or (modifier is None and published.weekday() < 5):
        sunday = monday - timedelta(days=1)
    reason = f"the weekend of the {'previous' if sunday < monday else 'publication'} week"
    return Reading(DatePrecision.DAY, sunday - timedelta(days=1), sunday, reason)


def resolve_ago(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """ "two weeks ago", "il y a plus d'un an": the day that long before publication, at the
    precision of the unit."""
    unit = lexicon.unit(match["unit"])
    precision = _PRECISION_OF_UNIT[unit]
    published = context.published
    if published is None:
        return unanchored(precision)
    count = lexicon.count_value(match["count"])
    if unit == "day":
        day = published - timedelta(days=count)
    elif unit == "week":
        day = published - timedelta(weeks=count)
    elif unit == "month":
        day = periods.shift_months(published, -count)
    else:
        day = periods.years_before(published, count * (10 if unit == "decade" else 1))
    reason = f"{count} {unit}(s) before publication"
    bound = group(match, "bound")
    if bound is not None:
        reason += f", approximately (the text says {lexicon.normalized(bound)!r})"
    return Reading(precision, day, day, reason)


def resolve_part_of_year(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """ "late last year", "by the end of the year", "début de l'année prochaine"."""
    published = context.published
    if published is None:
        return unanchored(DatePrecision.MONTH)
    modifier = lexicon.modifier(group(match, "modifier")) or "this"
    part = lexicon.part(match["part"]) or "mid"
    year = published.year + {"last": -1, "this": 0, "next": 1}[modifier]
    start, end = periods.part_of_year(year, part)
    return Reading(DatePrecision.MONTH, start, end, f"{part} part of {modifier} year")


def _period_around(published: date, unit: str, step: int) -> tuple[date, date]:
    if unit == "day":
        day = published + timedelta(days=step)
        return day, day
    if unit == "week":
        return periods.week_bounds(published + timedelta(weeks=step))
    if unit == "month":
        shifted = periods.shift_months(published, step)
        return periods.month_bounds(shifted.year, shifted.month)
    return periods.year_bounds(published.year + step)


def _is_earlier(qualifier: str) -> bool:
    return lexicon.normalized(qualifier).startswith(("earlier", "plus tôt", "depuis"))

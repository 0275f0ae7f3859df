"""The Turkish grammar: "20 Ekim 2021", "20 Ekim'de", "Ekim ayında", "geçen Ekim",
"Çarşamba günü", "dün", "geçen hafta", "iki hafta önce", "2021 yılında".

Turkish glues case suffixes to dates after an apostrophe ("20 Ekim'de", "2021'de"); they
are matched but left out of the reported span of a day, a month with its year or a year.
Months and weekdays are capitalised in dates but not always in running text, so case is
ignored, except for the weekdays that are also common words ("Cuma" the Friday prayer,
"Pazar" a market), which need "günü" (day) or a modifier. The readings are built here
from Turkish words, with the same periods arithmetic as the English and French grammars.
"""

from __future__ import annotations

import re
from datetime import timedelta

from accord.model import DatePrecision
from accord.stages.dates import periods
from accord.stages.dates.numeric import NOT_AFTER_NUMBER, day, year
from accord.stages.dates.reading import (
    ArticleContext,
    Reading,
    Rule,
    day_reading,
    group,
    unanchored,
)

AYLAR = {
    "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5,
    "haziran": 6, "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9,
    "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12, "aralik": 12,
}  # fmt: skip
GUNLER = {
    "pazartesi": 0, "salı": 1, "çarşamba": 2, "carsamba": 2, "perşembe": 3,
    "persembe": 3, "cuma": 4, "cumartesi": 5, "pazar": 6,
}  # fmt: skip
_RELATIVE_DAYS = {"bugün": 0, "bugun": 0, "dün": -1, "yarın": 1, "yarin": 1}
_COUNTS = {
    "bir": 1, "iki": 2, "üç": 3, "uc": 3, "dört": 4, "dort": 4, "beş": 5, "bes": 5,
    "altı": 6, "alti": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10,
}  # fmt: skip
_UNITS = {"gün": "day", "gun": "day", "hafta": "week", "ay": "month", "yıl": "year"}
_UNITS |= {"yil": "year", "sene": "year"}
_MODIFIERS = {"geçen": "last", "gecen": "last", "bu": "this", "gelecek": "next"}
_MODIFIERS |= {"önümüzdeki": "next", "onumuzdeki": "next"}
_AMBIGUOUS_WEEKDAYS = ("cuma", "pazar")

_I = re.IGNORECASE
_SUFFIX = r"(?:['’][a-zçğıöşü]+)?"  # "Ekim'de", "2021'de"
_MONTH = rf"(?P<month>{'|'.join(sorted(AYLAR, key=len, reverse=True))})(?![^\W\d_])"
_WEEKDAY = rf"(?P<weekday>{'|'.join(sorted(GUNLER, key=len, reverse=True))})(?![^\W\d_])"
_MODIFIER = rf"(?P<modifier>{'|'.join(_MODIFIERS)})"
_UNIT = rf"(?P<unit>{'|'.join(sorted(_UNITS, key=len, reverse=True))})"


def _lower(word: str) -> str:
    return word.replace("İ", "i").replace("I", "ı").lower()


def _month(match: re.Match[str]) -> int:
    return AYLAR[_lower(match["month"])]


def _weekday(match: re.Match[str]) -> int:
    return GUNLER[_lower(match["weekday"])]


def _modifier(match: re.Match[str]) -> str | None:
    written = group(match, "modifier")
    return _MODIFIERS[_lower(written)] if written else None


def resolve_day(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """ "20 Ekim 2021", "20 Ekim'de": the year from the text, else from publication."""
    month, number = _month(match), int(match["day"])
    written = group(match, "year")
    if written is not None:
        found = periods.valid_day(int(written), month, number)
        return None if found is None else day_reading(found, "explicit date")
    if context.published is None:
        return unanchored(DatePrecision.DAY)
    year_of = periods.year_for_day(context.published, month, number, future=False)
    found = periods.valid_day(year_of, month, number) if year_of else None
    reason = f"year {year_of} taken from the publication date {context.published}"
    return None if found is None else day_reading(found, reason)


def resolve_month(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """ "Ekim 2021", "Ekim ayında", "geçen Ekim"."""
    month = _month(match)
    written = group(match, "year")
    if written is not None:
        start, end = periods.month_bounds(int(written), month)
        return Reading(DatePrecision.MONTH, start, end, "explicit month")
    published = context.published
    if published is None:
        return unanchored(DatePrecision.MONTH)
    modifier = _modifier(match)
    if modifier == "last":
        year_of, reason = periods.month_before(published, month), "the last such month"
    elif modifier == "next":
        year_of, reason = periods.month_after(published, month), "the next such month"
    else:
        year_of = periods.month_on_or_before(published, month)
        reason = "the most recent such month at or before publication"
    start, end = periods.month_bounds(year_of, month)
    return Reading(DatePrecision.MONTH, start, end, reason)


def resolve_year(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """ "2021 yılında", "2021'de"."""
    start, end = periods.year_bounds(int(match["year"]))
    return Reading(DatePrecision.YEAR, start, end, "explicit year")


def resolve_weekday(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """ "Çarşamba günü", "geçen Salı": the most recent such day on or before publication,
    the next one for "gelecek"/"önümüzdeki"."""
    weekday = _weekday(match)
    if _lower(match["weekday"]) in _AMBIGUOUS_WEEKDAYS and not (
        group(match, "gunu") or group(match, "modifier")
    ):
        return None
    if context.published is None:
        return unanchored(DatePrecision.DAY)
    if _modifier(match) == "next":
        found = periods.weekday_after(context.published, weekday)
        return day_reading(found, "the next such weekday")
    found = periods.weekday_on_or_before(context.published, weekday)
    return day_reading(found, "the most recent such weekday on or before publication")


def resolve_relative_day(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """ "dün" (yesterday), "bugün", "yarın"."""
    if context.published is None:
        return unanchored(DatePrecision.DAY)
    offset = _RELATIVE_DAYS[_lower(match["relative"])]
    return day_reading(context.published + timedelta(days=offset), f"{offset:+d} days")


def resolve_period(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """ "geçen hafta", "bu ay", "gelecek yıl"."""
    unit = _UNITS[_lower(match["unit"])]
    precision = {"day": DatePrecision.DAY, "week": DatePrecision.WEEK}.get(unit)
    precision = precision or (DatePrecision.MONTH if unit == "month" else DatePrecision.YEAR)
    published = context.published
    if published is None:
        return unanchored(precision)
    step = {"last": -1, "this": 0, "next": 1}[_modifier(match) or "this"]
    if unit == "week":
        start, end = periods.week_bounds(published + timedelta(weeks=step))
    elif unit == "month":
        shifted = periods.shift_months(published, step)
        start, end = periods.month_bounds(shifted.year, shifted.month)
    elif unit == "year":
        start, end = periods.year_bounds(published.year + step)
    else:
        start = end = published + timedelta(days=step)
    return Reading(precision, start, end, f"{unit} {step:+d} from publication")


def resolve_ago(match: re.Match[str], context: ArticleContext) -> Reading | None:
    """ "iki hafta önce", "3 gün önce": that long before publication."""
    unit = _UNITS[_lower(match["unit"])]
    written = _lower(match["count"])
    count = int(written) if written.isdigit() else _COUNTS[written]
    precision = DatePrecision.DAY if unit == "day" else DatePrecision.WEEK
    if unit in ("month", "year"):
        precision = DatePrecision.MONTH if unit == "month" else DatePrecision.YEAR
    published = context.published
    if published is None:
        return unanchored(precision)
    if unit in ("day", "week"):
        found = published - timedelta(days=count * (7 if unit == "week" else 1))
    elif unit == "month":
        found = periods.shift_months(published, -count)
    else:
        found = periods.years_before(published, count)
    return Reading(precision, found, found, f"{count} {unit}(s) before publication")


def rules() -> tuple[Rule, ...]:
    """Every Turkish rule; the tagger keeps the longest matches."""
    counts = "|".join(sorted(_COUNTS, key=len, reverse=True))
    return (
        Rule(
            "tr.day",
            rf"{NOT_AFTER_NUMBER}(?P<expression>{day('day')}\s+{_MONTH}(?:\s+{year('year')})?)"
            rf"{_SUFFIX}",
            resolve_day,
            _I,
        ),
        Rule(
            "tr.month.year",
            rf"(?P<expression>{_MONTH}\s+{year('year')}){_SUFFIX}",
            resolve_month,
            _I,
        ),
        Rule(
            "tr.month.cue",
            rf"(?P<expression>(?:{_MODIFIER}\s+)?{_MONTH})"
            r"(?:\s+ay[ıi]nda|\s+ay[ıi]|['’]?[dt][ae])\b",
            resolve_month,
            _I,
        ),
        Rule("tr.month.modifier", rf"{_MODIFIER}\s+{_MONTH}", resolve_month, _I),
        Rule(
            "tr.year",
            rf"(?P<expression>{year('year')})(?:\s+y[ıi]l[ıi]nda|['’][dt][ae]\b)",
            resolve_year,
            _I,
        ),
        Rule(
            "tr.weekday",
            rf"(?:{_MODIFIER}\s+)?{_WEEKDAY}(?P<gunu>\s+g[üu]n[üu])?",
            resolve_weekday,
            _I,
        ),
        Rule(
            "tr.relative_day",
            r"(?P<relative>bugün|bugun|dün|yarın|yarin)(?:kü|ku)?\b",
            resolve_relative_day,
            _I,
        ),
        Rule("tr.period", rf"{_MODIFIER}\s+{_UNIT}\b", resolve_period, _I),
        Rule(
            "tr.ago",
            rf"(?P<count>\d{{1,3}}|{counts})\s+{_UNIT}\s+(?:önce|once)\b",
            resolve_ago,
            _I,
        ),
    )

"""One report as corroborated by the other reports of its event.

An article without a publication date that says "on Thursday" cannot date its event alone;
one that names no place cannot place it. Once the merge has found the other reports of the
same event, those reports can: the report keeps everything it says itself, and only what it
leaves open (an unanchored or missing date, a date only known to the week of publication, a
missing place or only a country) is taken from its canonical event, where that does not
contradict the report (its "Thursday" must fall on a Thursday). The borrowed value carries
the other reports' evidence and says where it came from, so an analyst sees both.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from accord.dedup.compare import PLACE_RANK
from accord.model import CanonicalEvent, DatePrecision, Event, EventDate, Place
from accord.stages.dates.lexicon import weekday_number

_WORD = re.compile(r"\w+")


def corroborated(report: Event, canonical: CanonicalEvent) -> Event:
    """`report` (one article's event of `canonical`) with the date and place it leaves open
    filled from the canonical event, each with the other reports' evidence added."""
    merged = canonical.event
    when = corroborated_date(report.date, merged.date)
    place = corroborated_place(report.place, merged.place)
    borrowed = {
        name
        for name, mine, chosen in (("date", report.date, when), ("place", report.place, place))
        if chosen is not mine
    }
    if not borrowed:
        return report
    evidence = report.evidence + tuple(
        item
        for item in merged.evidence
        if item.field in borrowed and item.article_id != report.article_id
    )
    if when is not report.date and when is not None:
        note = f"from the other reports of {canonical.id}"
        when = replace(when, reason=f"{note}; {when.reason}" if when.reason else note)
    return replace(report, date=when, place=place, evidence=evidence)


def corroborated_date(mine: EventDate | None, merged: EventDate | None) -> EventDate | None:
    """The report's own date unless the merged one settles what it leaves open: no date,
    an expression with nothing to anchor it or whose weekday and day disagree (taken only
    if the merged day is the weekday it names), or a coarser date the merged one lies
    inside. Otherwise the report's own."""
    if merged is None or merged.start is None or merged.precision is None:
        return mine
    if mine is None:
        return merged
    if mine.start is None or _names_another_weekday(mine.expression, mine):
        # nothing anchors it, or it contradicts itself ("Thursday 18 April" on a Friday)
        settles = not _names_another_weekday(mine.expression, merged)
    else:
        settles = _rank(mine.precision) > _rank(merged.precision) and _within(merged, mine)
    if not settles:
        return mine
    return replace(merged, expression=mine.expression.strip() or merged.expression)


def corroborated_place(mine: Place | None, merged: Place | None) -> Place | None:
    """The report's own place unless it has none, or names only the country in which the
    merged event has a finer place."""
    if merged is None or mine is None:
        return merged if mine is None else mine
    finer = _place_rank(merged) < _place_rank(mine)
    if finer and mine.country is not None and merged.country == mine.country:
        return merged
    return mine


def _names_another_weekday(expression: str, when: EventDate) -> bool:
    """Whether the expression names a weekday ("Thursday", "ce jeudi") on which no day of
    `when` falls (False when it names none or `when` has no day)."""
    named = set()
    for word in _WORD.findall(expression):
        try:
            named.add(weekday_number(word))
        except KeyError:
            continue
    if not named or when.start is None:
        return False
    return not named & _weekdays(when.start, when.end or when.start)


def _weekdays(start: date, end: date) -> set[int]:
    days = min((end - start).days + 1, 7)
    return {(start + timedelta(days=offset)).weekday() for offset in range(days)}


def _within(inner: EventDate, outer: EventDate) -> bool:
    if inner.start is None or outer.start is None:
        return False
    return outer.start <= inner.start and (inner.end or inner.start) <= (outer.end or outer.start)


def _rank(precision: DatePrecision | None) -> int:
    return precision.rank if precision else len(DatePrecision)


def _place_rank(place: Place) -> int:
    return PLACE_RANK[place.precision] if place.precision else len(PLACE_RANK)

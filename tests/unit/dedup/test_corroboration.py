"""A report's open date and place, settled by the other reports of its event."""

from __future__ import annotations

from datetime import date

from accord.dedup.corroboration import corroborated, corroborated_date, corroborated_place
from accord.model import (
    CanonicalEvent,
    DatePrecision,
    Event,
    EventDate,
    EventType,
    Place,
    PlacePrecision,
    Provenance,
    Report,
    Span,
)
from accord.model.event import Evidence
from tests.unit.dedup.reports import ARVENIA, BELMORA, BELMORA_LAND, PORT_AZUR, on

THURSDAY = date(2025, 7, 17)
RULES = Provenance("events.rules.v1", "1", 0.8)


def _unanchored(expression: str, precision: DatePrecision = DatePrecision.DAY) -> EventDate:
    return EventDate(expression, precision, resolved=False, reason="no publication date")


def test_an_unanchored_weekday_takes_the_merged_day_when_it_falls_on_that_weekday() -> None:
    settled = corroborated_date(_unanchored("on Thursday"), on(THURSDAY))
    assert settled is not None and settled.start == THURSDAY
    assert settled.expression == "on Thursday" and settled.precision is DatePrecision.DAY


def test_an_unanchored_weekday_keeps_its_own_when_the_merged_day_is_another_weekday() -> None:
    mine = _unanchored("vendredi")
    assert corroborated_date(mine, on(THURSDAY)) is mine


def test_an_unanchored_week_with_no_weekday_takes_the_merged_day() -> None:
    settled = corroborated_date(
        _unanchored("la semaine dernière", DatePrecision.WEEK), on(THURSDAY)
    )
    assert settled is not None and settled.start == THURSDAY


def test_a_weekday_that_contradicts_its_own_day_yields_to_a_consistent_merged_day() -> None:
    friday = date(2025, 7, 18)
    mine = EventDate("Jeudi 18 juillet 2025", DatePrecision.DAY, friday, friday)
    settled = corroborated_date(mine, on(THURSDAY))
    assert settled is not None and settled.start == THURSDAY


def test_a_resolved_day_stays_even_when_the_merged_day_differs() -> None:
    mine = on(date(2025, 7, 16))
    assert corroborated_date(mine, on(THURSDAY)) is mine


def test_a_coarser_date_is_refined_only_by_a_merged_day_inside_it() -> None:
    week = EventDate("this week", DatePrecision.WEEK, date(2025, 7, 14), date(2025, 7, 20))
    refined = corroborated_date(week, on(THURSDAY))
    assert refined is not None and refined.start == THURSDAY
    outside = EventDate("this week", DatePrecision.WEEK, date(2025, 7, 21), date(2025, 7, 27))
    assert corroborated_date(outside, on(THURSDAY)) is outside


def test_no_merged_date_leaves_the_report_alone() -> None:
    mine = _unanchored("on Thursday")
    assert corroborated_date(mine, None) is mine
    assert corroborated_date(None, _unanchored("Friday")) is None


def test_a_missing_place_or_a_bare_country_takes_the_merged_finer_place() -> None:
    assert corroborated_place(None, PORT_AZUR) is PORT_AZUR
    assert corroborated_place(BELMORA_LAND, PORT_AZUR) is PORT_AZUR
    elsewhere = Place("Arvenia", "Arvenia", "ARV", 1.0, 2.0, PlacePrecision.COUNTRY, "g:9")
    assert corroborated_place(elsewhere, PORT_AZUR) is elsewhere
    assert corroborated_place(PORT_AZUR, BELMORA_LAND) is PORT_AZUR


def _evidence(field: str, article_id: int) -> Evidence:
    return Evidence(field, article_id, Span(0, 8, "Thursday"), RULES)


def test_the_borrowed_date_says_where_it_came_from_and_carries_the_other_reports_evidence() -> None:
    mine = Event(
        2, EventType.RETREAT, (ARVENIA,), (BELMORA,), id=20,
        date=_unanchored("on Thursday"), evidence=(_evidence("date", 2),),
    )  # fmt: skip
    merged_event = Event(
        1, EventType.RETREAT, (ARVENIA,), (BELMORA,),
        date=on(THURSDAY), place=PORT_AZUR,
        evidence=(_evidence("date", 1), _evidence("place", 1), _evidence("actor", 1)),
    )  # fmt: skip
    canonical = CanonicalEvent(
        id="ce-7",
        event=merged_event,
        reports=(Report(10, 1, "a", None, None, THURSDAY), Report(20, 2, "b", None, None, None)),
        first_seen=THURSDAY,
        outlets=2,
    )
    shown = corroborated(mine, canonical)
    assert shown.date is not None and shown.date.start == THURSDAY
    assert shown.date.reason is not None and "ce-7" in shown.date.reason
    assert shown.place is PORT_AZUR and shown.event_type is EventType.RETREAT
    assert {(e.field, e.article_id) for e in shown.evidence} == {
        ("date", 2), ("date", 1), ("place", 1)
    }  # fmt: skip


def test_a_report_that_settles_everything_itself_is_returned_unchanged() -> None:
    mine = Event(1, EventType.RETREAT, (ARVENIA,), (BELMORA,), date=on(THURSDAY), place=PORT_AZUR)
    canonical = CanonicalEvent(
        id="ce-8", event=mine, reports=(Report(1, 1, "a", None, None, None),), first_seen=None,
        outlets=1,
    )  # fmt: skip
    assert corroborated(mine, canonical) is mine

"""One event, many reports: what the merge joins, what it must keep apart, and what it keeps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from accord.dedup.merge import Source, merge_events
from accord.model import (
    CanonicalEvent,
    DatePrecision,
    DuplicateLink,
    Event,
    EventRole,
    EventType,
    Place,
    PlacePrecision,
)
from tests.unit.dedup.reports import (
    ARVENIA,
    BELMORA,
    BELMORA_LAND,
    CORDOVA,
    DALMIA,
    GUNMEN,
    MISSION,
    PORT_AZUR,
    on,
    report,
    source,
)


def _merge(
    events: list[Event],
    sources: dict[int, Source] | None = None,
    duplicates: tuple[DuplicateLink, ...] = (),
) -> list[CanonicalEvent]:
    known = sources or {}
    every = {e.article_id: known.get(e.article_id) or source(e.article_id, None) for e in events}
    return merge_events(events, every, duplicates)


def _groups(merged: list[CanonicalEvent]) -> list[set[int]]:
    return sorted(({r.article_id for r in c.reports} for c in merged), key=min)


def _dialogue(number: int, day: date) -> Event:
    return report(
        number, EventType.CONSULT, (ARVENIA, BELMORA), when=on(day), place=PORT_AZUR, symmetric=True
    )


def test_reports_of_one_event_become_one_canonical_event() -> None:
    events = [
        report(1, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=on(date(2024, 3, 5))),
        report(2, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=on(date(2024, 3, 5))),
        report(3, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=on(date(2024, 3, 6))),
    ]
    [merged] = _merge(events)
    assert [r.article_id for r in merged.reports] == [1, 2, 3]
    assert merged.event.date is not None and merged.event.date.start == date(2024, 3, 5)
    [conflict] = merged.conflicts
    assert conflict.field == "date"
    assert conflict.values == (("2024-03-05 (day)", (1, 2)), ("2024-03-06 (day)", (3,)))


def test_the_same_dialogue_two_years_apart_stays_two_events() -> None:
    events = [
        _dialogue(1, date(2022, 5, 10)),
        _dialogue(2, date(2022, 5, 10)),
        _dialogue(3, date(2024, 5, 14)),
        _dialogue(4, date(2024, 5, 14)),
    ]
    assert _groups(_merge(events)) == [{1, 2}, {3, 4}]


def test_annual_meetings_stay_apart_and_an_undated_report_joins_its_own_year() -> None:
    years = [date(2023, 6, 12), date(2024, 6, 11), date(2025, 6, 10)]
    events = [_dialogue(number, day) for number, day in enumerate(years, start=1)]
    undated = replace(_dialogue(4, years[1]), date=None)
    sources = {4: source(4, date(2024, 6, 12))}
    assert _groups(_merge([*events, undated], sources)) == [{1}, {2, 4}, {3}]


def test_an_undated_report_that_fits_several_meetings_equally_stays_alone() -> None:
    years = [date(2023, 6, 12), date(2024, 6, 11)]
    events = [_dialogue(number, day) for number, day in enumerate(years, start=1)]
    undated = replace(_dialogue(3, years[0]), date=None)
    assert _groups(_merge([*events, undated])) == [{1}, {2}, {3}]


def test_two_contingents_to_one_mission_stay_two_events() -> None:
    day = on(date(2024, 9, 2))
    events = [
        report(1, EventType.COOPERATE, (CORDOVA,), (MISSION,), when=day, place=PORT_AZUR),
        report(2, EventType.COOPERATE, (CORDOVA,), (MISSION,), when=day, place=PORT_AZUR),
        report(3, EventType.COOPERATE, (DALMIA,), (MISSION,), when=day, place=PORT_AZUR),
        report(4, EventType.COOPERATE, (DALMIA,), (MISSION,), when=day, place=PORT_AZUR),
    ]
    assert _groups(_merge(events)) == [{1, 2}, {3, 4}]


def test_an_announcement_and_the_reply_to_it_the_same_day_stay_apart() -> None:
    day = on(date(2024, 3, 1))
    events = [
        report(1, EventType.THREATEN, (ARVENIA,), (BELMORA,), when=day),
        report(2, EventType.THREATEN, (ARVENIA,), (BELMORA,), when=day),
        report(3, EventType.ACCUSE, (BELMORA,), (ARVENIA,), when=day),
        report(4, EventType.ACCUSE, (BELMORA,), (ARVENIA,), when=day),
    ]
    assert _groups(_merge(events)) == [{1, 2}, {3, 4}]


def test_a_sanction_and_the_agreement_the_same_day_are_never_one_event() -> None:
    day = on(date(2024, 3, 1))
    events = [
        report(1, EventType.SANCTION, (ARVENIA,), (BELMORA,), when=day),
        report(2, EventType.AGREE, (ARVENIA,), (BELMORA,), when=day),
    ]
    assert _groups(_merge(events)) == [{1}, {2}]


def test_a_symmetric_pact_matches_whichever_side_each_outlet_names_first() -> None:
    day = on(date(2024, 8, 28))
    events = [
        report(1, EventType.AGREE, (ARVENIA, BELMORA), when=day, symmetric=True),
        report(2, EventType.AGREE, (BELMORA,), (ARVENIA,), when=day),
        report(3, EventType.AGREE, (ARVENIA,), (BELMORA,), when=day),
    ]
    assert _groups(_merge(events)) == [{1, 2, 3}]


def test_attacks_in_two_far_apart_towns_the_same_day_stay_apart() -> None:
    far = Place("Saint-Roch", "Saint-Roch", "BLM", 14.0, 26.0, PlacePrecision.CITY, "g:2")
    day = on(date(2024, 3, 5))
    events = [
        report(1, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=day, place=PORT_AZUR),
        report(2, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=day, place=far),
    ]
    assert _groups(_merge(events)) == [{1}, {2}]


def test_an_even_split_on_the_day_gives_the_range_and_the_most_precise_place() -> None:
    events = [
        report(1, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=on(date(2025, 4, 6))),
        report(2, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=on(date(2025, 4, 7))),
        report(
            3,
            EventType.ASSAULT,
            (GUNMEN,),
            (BELMORA,),
            when=on(date(2025, 4, 1), DatePrecision.MONTH),
            place=BELMORA_LAND,
        ),
        report(4, EventType.ASSAULT, (GUNMEN,), (BELMORA,), place=PORT_AZUR),
    ]
    sources = {n: source(n, date(2025, 4, 8)) for n in (1, 2, 3, 4)}
    [merged] = _merge(events, sources)
    when = merged.event.date
    assert when is not None and (when.start, when.end) == (date(2025, 4, 6), date(2025, 4, 7))
    assert when.precision is DatePrecision.DAY and when.reason is not None
    assert merged.event.place == PORT_AZUR
    assert [c.field for c in merged.conflicts] == ["date"]


def test_first_seen_outlets_and_reports_count_copies_once() -> None:
    day = on(date(2024, 3, 5))
    events = [report(n, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=day) for n in (1, 2, 3, 4)]
    sources = {
        1: source(1, date(2024, 3, 6), outlet="Wire"),
        2: source(2, date(2024, 3, 5), outlet="Copy Desk"),
        3: source(3, date(2024, 3, 7), outlet="Daily"),
        4: source(4, date(2024, 3, 7), outlet="daily"),
    }
    copies = (DuplicateLink(1, 2, 0.9, "shingles"),)
    [merged] = _merge(events, sources, copies)
    assert merged.first_seen == date(2024, 3, 5)
    assert [r.article_id for r in merged.reports] == [2, 1, 3, 4]
    assert merged.reports[1].duplicate_of == 2
    assert merged.outlets == 2  # the copy and its original once, one outlet's two articles once


def test_canonical_ids_are_stable_across_runs_and_re_extraction() -> None:
    day = on(date(2024, 3, 5))
    events = [report(n, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=day) for n in (1, 2, 3)]
    events.append(_dialogue(4, date(2024, 5, 1)))
    first = {c.id for c in _merge(events)}
    shuffled = [replace(e, id=(e.id or 0) + 100) for e in reversed(events)]
    assert {c.id for c in _merge(shuffled)} == first
    assert all(i.startswith("ce-") and len(i) == 19 for i in first)


def test_a_dated_background_mention_links_to_the_event_it_recalls() -> None:
    day = on(date(2024, 3, 5))
    events = [
        report(1, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=day),
        report(2, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=day),
        _dialogue(3, date(2024, 5, 1)),
        report(
            3,
            EventType.ASSAULT,
            (GUNMEN,),
            (BELMORA,),
            when=on(date(2024, 3, 1), DatePrecision.MONTH),
            role=EventRole.BACKGROUND,
            event_id=30,
        ),
        report(3, EventType.ASSAULT, (GUNMEN,), (BELMORA,), role=EventRole.BACKGROUND, event_id=31),
    ]
    merged = {frozenset(r.article_id for r in c.reports): c for c in _merge(events)}
    attack = merged[frozenset({1, 2})]
    assert [m.event_id for m in attack.mentions] == [30]
    assert merged[frozenset({3})].mentions == ()


def test_an_event_keeps_its_id_when_an_earlier_report_arrives() -> None:
    day = on(date(2024, 3, 5))
    events = [report(n, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=day) for n in (2, 3)]
    sources = {n: source(n, date(2024, 3, 6)) for n in (1, 2, 3)}
    [before] = _merge(events, sources)
    earlier = report(1, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=day)
    previous = {r.event_id: before.id for r in before.reports}
    sources[1] = source(1, date(2024, 3, 5))
    [after] = merge_events([earlier, *events], sources, (), previous)
    assert after.id == before.id and after.reports[0].article_id == 1


def test_two_events_whose_earliest_report_is_one_article_get_distinct_ids() -> None:
    events = [
        report(1, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=on(date(2024, 3, 5))),
        report(1, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=on(date(2024, 1, 5)), event_id=11),
    ]
    merged = _merge(events)
    assert len(merged) == 2 and len({c.id for c in merged}) == 2


def test_an_article_cannot_report_an_event_that_happened_after_it_appeared() -> None:
    events = [
        _dialogue(1, date(2024, 6, 11)),
        replace(_dialogue(2, date(2024, 6, 11)), date=None),
    ]
    sources = {1: source(1, date(2024, 6, 11)), 2: source(2, date(2023, 6, 13))}
    assert _groups(_merge(events, sources)) == [{1}, {2}]


def test_a_main_event_dated_months_before_its_article_is_not_kept_apart_by_that_date() -> None:
    day = on(date(2023, 12, 22))
    events = [
        report(1, EventType.RETREAT, (ARVENIA,), (BELMORA,), when=day, place=PORT_AZUR),
        report(2, EventType.RETREAT, (ARVENIA,), (BELMORA,), when=day, place=PORT_AZUR),
        report(
            3,
            EventType.RETREAT,
            (ARVENIA,),
            (BELMORA,),
            when=on(date(2023, 7, 26)),
            place=PORT_AZUR,
        ),
    ]
    sources = {n: source(n, date(2023, 12, 22)) for n in (1, 2, 3)}
    [merged] = _merge(events, sources)
    assert merged.event.date is not None and merged.event.date.start == date(2023, 12, 22)
    assert [c.field for c in merged.conflicts] == ["date"]


def test_death_tolls_that_differ_become_a_range_with_their_sources() -> None:
    from dataclasses import replace

    from accord.model import Fatalities

    day = on(date(2024, 3, 5))
    raids = [report(n, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=day) for n in (1, 2, 3)]
    events = [
        replace(raids[0], fatalities=Fatalities(12, 12)),
        replace(raids[1], fatalities=Fatalities(15, 15)),
        raids[2],
    ]
    [merged] = _merge(events)
    assert merged.event.fatalities == Fatalities(12, 15)
    [conflict] = [c for c in merged.conflicts if c.field == "fatalities"]
    assert conflict.values == (("12", (1,)), ("15", (2,)))


def test_the_merged_parties_are_those_the_reports_confirm_most() -> None:
    day = on(date(2024, 3, 5))
    events = [
        # The earliest report misreads the parties; the two later ones agree on them.
        report(1, EventType.ASSAULT, (BELMORA, GUNMEN), (), when=day, place=PORT_AZUR),
        report(2, EventType.ASSAULT, (GUNMEN,), (BELMORA,), when=day, place=PORT_AZUR),
        report(3, EventType.ASSAULT, (GUNMEN,), (BELMORA, DALMIA), when=day, place=PORT_AZUR),
    ]
    [merged] = _merge(events)
    assert merged.event.actors == (GUNMEN,)
    assert merged.event.recipients == (BELMORA, DALMIA)  # a tie: the fuller list


def test_a_multilateral_pact_keeps_the_report_naming_every_party() -> None:
    day = on(date(2024, 3, 5))
    events = [
        report(1, EventType.AGREE, (ARVENIA,), (), when=day, symmetric=True),
        report(2, EventType.AGREE, (BELMORA,), (ARVENIA, CORDOVA), when=day, symmetric=True),
        report(3, EventType.AGREE, (ARVENIA, BELMORA), (), when=day, symmetric=True),
    ]
    [merged] = _merge(events)
    assert {a.name for a in (*merged.event.actors, *merged.event.recipients)} == {
        "Arvenia",
        "Belmora",
        "Cordova",
    }


def test_a_joint_act_told_from_either_side_is_one_event() -> None:
    day = on(date(2024, 3, 5))
    events = [
        report(1, EventType.AGREE, (ARVENIA,), (BELMORA, CORDOVA), when=day),
        report(2, EventType.AGREE, (BELMORA,), (ARVENIA, CORDOVA), when=day),
        report(3, EventType.AGREE, (CORDOVA,), (ARVENIA, BELMORA), when=day),
    ]
    assert _groups(_merge(events)) == [{1, 2, 3}]


def test_a_pact_announced_in_each_partys_capital_is_one_event() -> None:
    day = on(date(2024, 3, 5))
    arvenian_capital = Place("Arv City", "Arv City", "ARV", 40.0, -70.0, PlacePrecision.CITY)
    events = [
        report(1, EventType.AGREE, (ARVENIA,), (BELMORA,), when=day, place=arvenian_capital),
        report(2, EventType.AGREE, (BELMORA,), (ARVENIA,), when=day, place=PORT_AZUR),
        report(3, EventType.AGREE, (BELMORA,), (ARVENIA,), when=day, place=PORT_AZUR),
    ]
    [merged] = _merge(events)
    assert merged.event.place is not None and merged.event.place.country == "BLM"
    # Attacks in two far-apart towns stay two events (see above): only a joint act is told
    # from each party's side.
    raids = [replace(e, event_type=EventType.ASSAULT) for e in events]
    assert len(_merge(raids)) == 2

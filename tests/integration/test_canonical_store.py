"""Canonical events and near-duplicate links in the store, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from accord.dedup.rebuild import rebuild
from accord.ingest.normalize import content_hash
from accord.model import (
    Actor,
    ActorKind,
    Article,
    CanonicalEvent,
    DateBasis,
    DatePrecision,
    DuplicateLink,
    Event,
    EventDate,
    EventType,
    FieldConflict,
    LanguageBasis,
    Report,
    SourceKind,
)
from accord.store import Store

ARVENIA = Actor("Arvenia", ActorKind.STATE, country="ARV", code="ARV")
BELMORA = Actor("Belmora", ActorKind.STATE, country="BLM", code="BLM")
PACT = "The defence chiefs of Arvenia and Belmora signed a pact on Wednesday in Port Azur."


def _article(number: int, published: date) -> Article:
    text = f"{PACT} Report {number}."
    return Article(
        key=f"id:p{number}",
        external_id=f"p{number}",
        text=text,
        content_hash=content_hash(text),
        kind=SourceKind.JSONL,
        origin=f"test.jsonl:{number}",
        language="en",
        language_basis=LanguageBasis.DECLARED,
        published=published,
        date_basis=DateBasis.CALLER,
        outlet=f"Outlet {number}",
        url=f"https://example.org/p{number}",
    )


def _stored_pact(store: Store, number: int, published: date, day: date) -> tuple[int, int]:
    article_id = store.add_article(_article(number, published)).article_id
    event = Event(
        article_id=article_id,
        event_type=EventType.AGREE,
        actors=(ARVENIA, BELMORA),
        symmetric=True,
        date=EventDate(day.isoformat(), DatePrecision.DAY, day, day),
    )
    [event_id] = store.events.replace_for_article(article_id, [event], "test")
    return article_id, event_id


def _canonical(
    identifier: str, reports: list[tuple[int, int]], first_seen: date, **changes: object
) -> CanonicalEvent:
    merged = Event(
        article_id=reports[0][0],
        event_type=EventType.AGREE,
        actors=(ARVENIA, BELMORA),
        symmetric=True,
        date=EventDate("2024-08-28", DatePrecision.DAY, date(2024, 8, 28), date(2024, 8, 28)),
    )
    built = CanonicalEvent(
        id=identifier,
        event=merged,
        reports=tuple(
            Report(e, a, f"p{n}", f"Outlet {n}", f"https://example.org/p{n}", first_seen)
            for n, (a, e) in enumerate(reports, start=1)
        ),
        first_seen=first_seen,
        outlets=len(reports),
    )
    return replace(built, **changes)  # type: ignore[arg-type]


def test_canonical_events_round_trip_with_reports_conflicts_and_links(store: Store) -> None:
    first = _stored_pact(store, 1, date(2024, 8, 28), date(2024, 8, 28))
    second = _stored_pact(store, 2, date(2024, 8, 28), date(2024, 8, 27))
    conflict = FieldConflict(
        "date", (("2024-08-28 (day)", (first[0],)), ("2024-08-27 (day)", (second[0],)))
    )
    canonical = _canonical("ce-1", [first, second], date(2024, 8, 28), conflicts=(conflict,))
    link = DuplicateLink(second[0], first[0], 0.8, "shingles")
    assert store.canonical.replace_all([canonical], [link]) == 1
    assert store.canonical.get("ce-1") == canonical
    assert store.canonical.get("ce-missing") is None
    assert store.canonical.count() == 1
    assert store.canonical.duplicates() == [link]
    assert store.canonical.for_events([first[1], second[1], 999]) == {
        first[1]: "ce-1",
        second[1]: "ce-1",
    }


def test_iterating_filters_by_first_seen_and_orders_earliest_first(store: Store) -> None:
    early = _stored_pact(store, 1, date(2023, 5, 2), date(2023, 5, 2))
    late = _stored_pact(store, 2, date(2024, 8, 28), date(2024, 8, 28))
    store.canonical.replace_all(
        [
            _canonical("ce-late", [late], date(2024, 8, 28)),
            _canonical("ce-early", [early], date(2023, 5, 2)),
        ],
        [],
    )
    assert [c.id for c in store.canonical.iter_canonical()] == ["ce-early", "ce-late"]
    assert [c.id for c in store.canonical.iter_canonical(since=date(2024, 1, 1))] == ["ce-late"]


def test_upsert_replaces_only_the_events_it_is_given(store: Store) -> None:
    one = _stored_pact(store, 1, date(2024, 8, 28), date(2024, 8, 28))
    two = _stored_pact(store, 2, date(2024, 8, 29), date(2024, 8, 28))
    store.canonical.replace_all(
        [
            _canonical("ce-a", [one], date(2024, 8, 28)),
            _canonical("ce-b", [two], date(2024, 8, 29)),
        ],
        [],
    )
    store.canonical.upsert([_canonical("ce-a", [one, two], date(2024, 8, 28))])
    found = store.canonical.get("ce-a")
    assert found is not None and len(found.reports) == 2
    assert store.canonical.count() == 2


def test_re_extraction_drops_reports_and_a_rebuild_restores_the_same_ids(store: Store) -> None:
    first = _stored_pact(store, 1, date(2024, 8, 28), date(2024, 8, 28))
    _stored_pact(store, 2, date(2024, 8, 29), date(2024, 8, 28))
    summary = rebuild(store)
    assert (summary.canonical, summary.multi_report, summary.main_events) == (1, 1, 2)
    [before] = list(store.canonical.iter_canonical())
    assert [r.external_id for r in before.reports] == ["p1", "p2"]
    assert before.first_seen == date(2024, 8, 28)
    assert before.reports[1].duplicate_of == first[0] and before.outlets == 1  # one story, copied
    event = store.events.for_article(first[0])[0]
    store.events.replace_for_article(first[0], [replace(event, id=None)], "test")
    [kept] = list(store.canonical.iter_canonical())
    assert [r.external_id for r in kept.reports] == ["p2"]  # the re-extracted report left
    rebuild(store)
    [after] = list(store.canonical.iter_canonical())
    assert after.id == before.id and len(after.reports) == 2

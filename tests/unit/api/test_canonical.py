"""A canonical event (many reports of one real-world event) through the API."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient

from accord.model import (
    CanonicalEvent,
    DatePrecision,
    Event,
    EventDate,
    EventType,
    FieldConflict,
    Report,
)
from accord.store import Store
from tests.workbench_data import ARVENIA, BELMORA, EXTRACTOR, Seeded, jsonl_article


def test_an_event_links_to_its_canonical_event_with_reports_and_conflicts(
    client: TestClient, seeded: Seeded, seeded_store: Store
) -> None:
    pact = seeded_store.events.for_article(seeded.pact_article)[0]
    reports = (
        Report(
            seeded.pact_event, seeded.pact_article, "pact", "Test Wire", None, date(2024, 8, 29)
        ),
        Report(seeded.talks_event, seeded.talks_article, "talks", "Other", None, date(2025, 3, 4)),
    )
    conflict = FieldConflict(
        "date", (("2024-08-28", (seeded.pact_article,)), ("2025-03-03", (seeded.talks_article,)))
    )
    merged = CanonicalEvent("ce-test", pact, reports, date(2024, 8, 29), 2, (conflict,))
    seeded_store.canonical.upsert([merged])

    detail = client.get(f"/api/events/{seeded.pact_event}").json()
    assert detail["canonical_id"] == "ce-test"
    assert [report["reference"] for report in detail["reports"]] == ["pact", "talks"]
    assert detail["conflicts"][0]["field"] == "date"

    canonical = client.get("/api/canonical/ce-test").json()
    assert canonical["outlets"] == 2 and canonical["event_type"] == "AGREE"
    assert [report["event_id"] for report in canonical["reports"]] == [
        seeded.pact_event,
        seeded.talks_event,
    ]
    assert client.get("/api/canonical/ce-none").status_code == 404


def test_the_graph_of_a_period_keeps_the_edges_dated_inside_it(
    client: TestClient, seeded: Seeded, seeded_store: Store
) -> None:
    pact = seeded_store.events.for_article(seeded.pact_article)[0]
    report = Report(
        seeded.pact_event, seeded.pact_article, "pact", "Test Wire", None, date(2024, 8, 29)
    )
    seeded_store.canonical.upsert(
        [CanonicalEvent("ce-pact", pact, (report,), date(2024, 8, 29), 1)]
    )
    assert pact.date is not None and pact.date.start is not None
    day = pact.date.start.isoformat()
    graph = client.get("/api/graph", params={"from": day, "to": day}).json()
    assert graph["edges"] and all("ce-pact" in e["canonical_ids"] for e in graph["edges"])
    countries = {node["country"] for node in graph["nodes"]}
    assert {actor.country for actor in (*pact.actors, *pact.recipients)} <= countries
    later = client.get("/api/graph", params={"from": "2030-01-01"}).json()
    assert later["edges"] == [] and later["nodes"] == []
    assert (
        client.get("/api/graph", params={"from": "2025-01-02", "to": "2025-01-01"}).status_code
        == 422
    )


def test_an_undated_report_shows_the_day_and_place_its_other_reports_settle(
    client: TestClient, seeded: Seeded, seeded_store: Store
) -> None:
    pact = seeded_store.events.for_article(seeded.pact_article)[0]
    text = "Arvenia and Belmora signed their border pact on Wednesday, the ministry said."
    undated = seeded_store.add_article(
        jsonl_article("copy", text, None, outlet="Other Wire")
    ).article_id
    report = Event(
        undated, EventType.AGREE, (ARVENIA,), (BELMORA,),
        date=EventDate("on Wednesday", DatePrecision.DAY, resolved=False, reason="no anchor"),
    )  # fmt: skip
    (report_id,) = seeded_store.events.replace_for_article(undated, [report], EXTRACTOR)
    reports = (
        Report(seeded.pact_event, seeded.pact_article, "pact", None, None, date(2024, 8, 29)),
        Report(report_id, undated, "copy", "Other Wire", None, None),
    )
    seeded_store.canonical.upsert([CanonicalEvent("ce-pact", pact, reports, None, 2)])

    shown = client.get(f"/api/events/{report_id}").json()["corroborated"]
    assert shown["canonical_id"] == "ce-pact"
    assert (shown["date"], shown["date_precision"]) == ("2024-08-28", "day")  # a Wednesday
    assert shown["place"] == "Corvin" and shown["country"] == "NER"
    assert {e["article_id"] for e in shown["evidence"]} == {seeded.pact_article}
    assert all(e["sentence"] is not None for e in shown["evidence"])
    assert client.get(f"/api/events/{seeded.pact_event}").json()["corroborated"] is None
    page = client.get(f"/events/{report_id}")
    assert "Settled by the other reports" in page.text and "2024-08-28" in page.text

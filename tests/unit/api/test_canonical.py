"""A canonical event (many reports of one real-world event) through the API."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient

from accord.model import CanonicalEvent, FieldConflict, Report
from accord.store import Store
from tests.workbench_data import Seeded


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

"""The event list, its filters, one event with its evidence, and incremental sync."""

from __future__ import annotations

from fastapi.testclient import TestClient

from accord.store import Store
from tests.workbench_data import PACT, Seeded, reextract_pact


def _ids(client: TestClient, query: str) -> set[int]:
    answer = client.get(f"/api/events?{query}")
    assert answer.status_code == 200, answer.text
    return {item["id"] for item in answer.json()["items"]}


def test_the_list_holds_every_event_newest_first(client: TestClient, seeded: Seeded) -> None:
    answer = client.get("/api/events").json()
    assert answer["total"] == 3
    assert [item["id"] for item in answer["items"]] == [
        seeded.talks_event,
        seeded.raid_event,
        seeded.pact_event,
    ]
    first = answer["items"][0]
    assert first["event_type"] == "CONSULT" and first["article"]["reference"] == "talks"
    assert first["review"]["status"] == "unreviewed"


def test_each_filter_narrows_the_list(client: TestClient, seeded: Seeded) -> None:
    assert _ids(client, "type=ASSAULT") == {seeded.raid_event}
    assert _ids(client, "quad_class=1") == {seeded.pact_event, seeded.talks_event}
    assert _ids(client, "quad_class=4") == {seeded.raid_event}
    assert _ids(client, "start=2025-01-01") == {seeded.talks_event}
    assert _ids(client, "end=2024-08-31") == {seeded.pact_event}
    assert _ids(client, "actor=red-hand-brigade") == {seeded.raid_event}
    assert _ids(client, "country=NGA") == {seeded.pact_event, seeded.raid_event, seeded.talks_event}
    assert _ids(client, "bbox=10,10,15,13") == {seeded.raid_event}
    assert _ids(client, "q=condemned") == {seeded.raid_event}
    assert _ids(client, "modality=promised") == set()


def test_pagination_and_bad_filters(client: TestClient) -> None:
    page = client.get("/api/events?limit=1&offset=1").json()
    assert page["total"] == 3 and len(page["items"]) == 1
    assert client.get("/api/events?type=BOMB").status_code == 422
    assert "west,south,east,north" in client.get("/api/events?bbox=1,2").json()["detail"]


def test_one_event_has_each_field_with_its_sentence(client: TestClient, seeded: Seeded) -> None:
    detail = client.get(f"/api/events/{seeded.pact_event}").json()
    fields = {field["field"]: field for field in detail["fields"]}
    (trigger,) = fields["event_type"]["evidence"]
    assert trigger["text"] == "signed a border security pact"
    sentence = trigger["sentence"]
    assert sentence["text"] == PACT.split(" Officials")[0]
    assert sentence["before"] + sentence["match"] + sentence["after"] == sentence["text"]
    assert fields["place"]["value"] == "Corvin"
    assert detail["reports"][0]["url"] == "https://wire.example/pact"
    assert client.get("/api/events/9999").status_code == 404


def test_since_lists_new_events_and_deletions(
    client: TestClient, seeded: Seeded, seeded_store: Store
) -> None:
    first = client.get("/api/events?since=2000-01-01T00:00:00").json()
    assert first["total"] == 3 and first["deleted"] == []
    # Re-extraction replaces the pact article's event: the old id is deleted, a new one comes.
    new_id = reextract_pact(seeded_store, seeded)
    second = client.get(f"/api/events?since={first['next_since']}").json()
    assert [item["id"] for item in second["items"]] == [new_id]
    assert [gone["id"] for gone in second["deleted"]] == [seeded.pact_event]

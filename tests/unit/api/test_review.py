"""Review: login, roles, CSRF, corrections that survive re-extraction, and undo."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from accord.cli import app
from accord.dedup.rebuild import rebuild
from accord.model import EventType
from accord.store import Store
from tests.unit.api.conftest import EDITOR_PASSWORD, login
from tests.workbench_data import Seeded, reextract_pact


def _correct(client: TestClient, event_id: int, token: str, **body: object) -> dict[str, object]:
    answer = client.post(
        f"/api/events/{event_id}/corrections", json=body, headers={"X-CSRF-Token": token}
    )
    assert answer.status_code == 200, answer.text
    result: dict[str, object] = answer.json()
    return result


def test_editing_needs_a_login_an_editor_and_the_csrf_token(
    client: TestClient, seeded: Seeded
) -> None:
    url = f"/api/events/{seeded.pact_event}/corrections"
    body = {"action": "accept", "reason": "checked"}
    assert client.post(url, json=body).status_code == 401
    assert client.post("/api/login", json={"username": "ada", "password": "x"}).status_code == 401
    token = login(client, "vic")
    assert client.post(url, json=body, headers={"X-CSRF-Token": token}).status_code == 403
    token = login(client, "ada")
    assert client.post(url, json=body).status_code == 403  # no CSRF token
    assert client.post(url, json=body, headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert client.post(url, json=body, headers={"X-CSRF-Token": token}).status_code == 200


def test_an_edit_shows_with_who_why_and_the_machine_value(
    client: TestClient, seeded: Seeded
) -> None:
    token = login(client)
    _correct(
        client,
        seeded.pact_event,
        token,
        action="edit",
        field="event_type",
        value="cooperate",
        reason="a pact is cooperation",
    )
    (item,) = [e for e in client.get("/api/events").json()["items"] if e["id"] == seeded.pact_event]
    assert item["event_type"] == "COOPERATE"
    assert item["review"]["status"] == "edited"
    assert item["review"]["machine"] == {"event_type": "AGREE"}
    (correction,) = item["review"]["corrections"]
    assert correction["by"] == "ada" and correction["reason"] == "a pact is cooperation"
    bad = client.post(
        f"/api/events/{seeded.pact_event}/corrections",
        json={"action": "edit", "field": "date", "value": "yesterday"},
        headers={"X-CSRF-Token": token},
    )
    assert bad.status_code == 422 and "YYYY-MM-DD" in bad.json()["detail"]


def test_a_correction_survives_re_extraction_and_can_be_undone(
    client: TestClient, seeded: Seeded, seeded_store: Store
) -> None:
    token = login(client)
    _correct(client, seeded.pact_event, token, action="reject", reason="not an event")
    new_id = reextract_pact(seeded_store, seeded)
    detail = client.get(f"/api/events/{new_id}").json()
    assert detail["review"]["status"] == "rejected"
    (entry,) = detail["history"]
    undone = client.post(f"/api/corrections/{entry['id']}/undo", headers={"X-CSRF-Token": token})
    assert undone.status_code == 200 and undone.json()["correction"]["undone_by"] == "ada"
    detail = client.get(f"/api/events/{new_id}").json()
    assert detail["review"]["status"] == "unreviewed"
    assert detail["history"][0]["undone_at"] is not None


def test_closed_reading_needs_a_login(closed_client: TestClient) -> None:
    assert closed_client.get("/api/events").status_code == 401
    login(closed_client, "vic")
    assert closed_client.get("/api/events").status_code == 200


def test_the_plover_export_carries_corrections(
    client: TestClient, seeded: Seeded, seeded_store: Store
) -> None:
    token = login(client)
    _correct(
        client,
        seeded.raid_event,
        token,
        action="edit",
        field="modality",
        value="denied",
        reason="the ministry denies it",
    )
    _correct(client, seeded.pact_event, token, action="reject", reason="duplicate wire copy")
    answer = client.get("/api/export?format=plover-jsonl")
    assert answer.status_code == 200
    records = {record["id"]: record for record in map(json.loads, answer.text.splitlines())}
    raid = records[f"accord-event-{seeded.raid_event}"]
    assert raid["modality"] == "denied" and raid["review"]["machine"] == {"modality": "occurred"}
    assert records[f"accord-event-{seeded.pact_event}"]["review"]["status"] == "rejected"
    assert "review" not in records[f"accord-event-{seeded.talks_event}"]
    assert client.get("/api/export?format=nonsense").status_code == 422
    # `accord export` writes the same lines: the corrections are the store's, not the API's.
    url = seeded_store.engine.url.render_as_string(hide_password=False)
    written = CliRunner().invoke(app, ["export", "--format", "plover-jsonl", "--database", url])
    assert written.exit_code == 0, written.output
    assert written.stdout == answer.text


def test_closed_reading_sends_pages_to_the_login(closed_client: TestClient) -> None:
    answer = closed_client.get("/actors/belmora", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/login?next=/actors/belmora"
    assert closed_client.get("/login").status_code == 200


def test_the_login_form_needs_its_csrf_cookie_and_opens_a_session(client: TestClient) -> None:
    form = {"username": "ada", "password": EDITOR_PASSWORD, "csrf_token": "guess", "next": "/"}
    assert client.post("/login", data=form, follow_redirects=False).status_code == 403
    client.get("/login")
    form["csrf_token"] = client.cookies["accord_login_csrf"]
    form["next"] = "https://elsewhere.example/"
    answer = client.post("/login", data=form, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/"
    assert client.get("/api/me").json()["username"] == "ada"


def test_since_reports_events_whose_review_changed(client: TestClient, seeded: Seeded) -> None:
    before = client.get("/api/events?since=2000-01-01T00:00:00Z").json()["next_since"]
    assert client.get(f"/api/events?since={before}").json()["items"] == []
    token = login(client)
    _correct(client, seeded.talks_event, token, action="accept", reason="checked")
    changed = client.get(f"/api/events?since={before}").json()["items"]
    assert [item["id"] for item in changed] == [seeded.talks_event]
    assert changed[0]["review"]["status"] == "accepted"


def test_filters_and_counts_follow_corrections_until_undone(
    client: TestClient, seeded: Seeded
) -> None:
    def listed(query: str) -> set[int]:
        return {item["id"] for item in client.get(f"/api/events?{query}").json()["items"]}

    assert seeded.pact_event in listed("type=AGREE")
    cooperating = client.get("/api/stats?quad_class=1").json()["total"]
    token = login(client)
    edit = _correct(
        client,
        seeded.pact_event,
        token,
        action="edit",
        field="event_type",
        value="ASSAULT",
        reason="the 'pact' was a raid",
    )
    _correct(
        client,
        seeded.pact_event,
        token,
        action="edit",
        field="date",
        value="2023-05-01",
        reason="x",
    )
    assert seeded.pact_event in listed("type=ASSAULT")
    assert seeded.pact_event not in listed("type=AGREE")
    assert seeded.pact_event in listed("end=2023-12-31")
    assert client.get("/api/stats?quad_class=1").json()["total"] == cooperating - 1
    correction_id = edit["correction"]["id"]  # type: ignore[index]
    client.post(f"/api/corrections/{correction_id}/undo", headers={"X-CSRF-Token": token})
    assert seeded.pact_event in listed("type=AGREE")
    assert client.get("/api/stats?quad_class=1").json()["total"] == cooperating


def test_merging_takes_the_events_as_reviewed(
    client: TestClient, seeded: Seeded, seeded_store: Store
) -> None:
    token = login(client)
    _correct(client, seeded.raid_event, token, action="reject", reason="a hoax")
    _correct(
        client,
        seeded.pact_event,
        token,
        action="edit",
        field="event_type",
        value="COOPERATE",
        reason="joint patrols, not a signed text",
    )
    rebuild(seeded_store)
    merged = {item.event.event_type for item in seeded_store.canonical.iter_canonical()}
    assert merged == {EventType.COOPERATE, EventType.CONSULT}

"""Actors, articles with spans, and the dashboard's aggregates under the shared filters."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from fastapi.testclient import TestClient

from accord.store import Store
from tests.workbench_data import RAID, Seeded


def test_stats_count_per_period_country_place_and_link(client: TestClient) -> None:
    stats = client.get("/api/stats?period=month").json()
    assert stats["total"] == 3
    assert stats["timeline"] == [
        {"start": "2024-08-01", "count": 1},
        {"start": "2024-09-01", "count": 1},
        {"start": "2025-03-01", "count": 1},
    ]
    countries = {c["country"]: c for c in stats["countries"]}
    assert countries["NER"]["count"] == 2 and countries["NER"]["numeric"] == "562"
    assert {(p["place"], p["count"]) for p in stats["points"]} == {
        ("Corvin", 1),
        ("Dasso", 1),
        ("Tessa", 1),
    }
    edges = {(e["source"], e["target"]): e for e in stats["network"]["edges"]}
    assert edges[("arvenia", "belmora")]["cooperation"] == 2
    assert edges[("red-hand-brigade", "belmora")]["hostility"] == 1


def test_stats_follow_the_same_filters(client: TestClient) -> None:
    stats = client.get("/api/stats?type=ASSAULT&period=week").json()
    assert stats["total"] == 1
    assert stats["timeline"] == [{"start": "2024-09-02", "count": 1}]  # a Monday
    assert [node["key"] for node in stats["network"]["nodes"]] == ["belmora", "red-hand-brigade"]


def test_actors_and_one_actors_relations(client: TestClient) -> None:
    actors = client.get("/api/actors").json()["items"]
    assert actors[0]["key"] == "belmora" and actors[0]["events"] == 3
    assert [a["key"] for a in client.get("/api/actors?q=red").json()["items"]] == [
        "red-hand-brigade"
    ]
    profile = client.get("/api/actors/arvenia").json()
    assert {(r["key"], r["year"], r["cooperation"]) for r in profile["relations"]} == {
        ("belmora", 2024, 1),
        ("belmora", 2025, 1),
    }
    assert len(profile["recent_events"]) == 2
    assert client.get("/api/actors/nobody").status_code == 404


def test_an_article_comes_with_its_spans(client: TestClient, seeded: Seeded) -> None:
    article = client.get(f"/api/articles/{seeded.raid_article}").json()
    assert article["text"] == RAID
    spans = {(span["field"], span["text"]) for span in article["spans"]}
    assert ("event_type", "attacked") in spans and ("place", "Dasso") in spans
    assert all(RAID[s["start"] : s["end"]] == s["text"] for s in article["spans"])


def test_pages_render_for_each_view(client: TestClient, seeded: Seeded) -> None:
    for path in (
        "/",
        f"/events/{seeded.raid_event}",
        "/actors/belmora",
        f"/articles/{seeded.raid_article}",
        "/search?q=patrols",
        "/login",
    ):
        answer = client.get(path)
        assert answer.status_code == 200, path
    event_page = client.get(f"/events/{seeded.raid_event}").text
    assert '<mark class="f-event_type"' in event_page and ">attacked</mark>" in event_page
    assert "Pact signed in Corvin" in client.get("/search?q=patrols").text


def test_cached_aggregates_follow_new_events(
    client: TestClient, seeded: Seeded, seeded_store: Store
) -> None:
    assert client.get("/api/stats").json()["total"] == 3
    seeded_store.events.replace_for_article(seeded.raid_article, [], "events.test.v1")
    stats = client.get("/api/stats").json()
    assert stats["total"] == 2
    assert all(edge["source"] != "red-hand-brigade" for edge in stats["network"]["edges"])


def test_every_page_loads_its_assets_from_the_package_never_a_cdn(
    client: TestClient, seeded: Seeded
) -> None:
    pages = ["/", "/docs", f"/events/{seeded.pact_event}", f"/articles/{seeded.pact_article}"]
    for path in pages:
        html = client.get(path).text
        sources = re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html)
        sources += re.findall(r"(?:url|Url): '([^']+\.(?:js|css))'", html)
        assert sources, path
        for source in sources:
            parts = urlsplit(source)
            assert parts.netloc in ("", "testserver"), (path, source)  # this server only
            assert parts.path.startswith("/static/"), (path, source)
            assert client.get(parts.path).status_code == 200, source

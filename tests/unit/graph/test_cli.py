"""`accord graph ...` on a real SQLite database holding the Sahel canonical events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.store import Store
from tests.unit.graph.stored import store_sahel


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COLUMNS", "200")
    url = f"sqlite:///{tmp_path / 'accord.db'}"
    with Store.open(url) as store:
        store_sahel(store)
    return url


def _run(database: str, *arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["graph", *arguments, "--database", database])
    return result.exit_code, result.output


def _json(database: str, *arguments: str) -> list[dict[str, object]]:
    code, output = _run(database, *arguments, "--json")
    assert code == 0, output
    loaded: list[dict[str, object]] = json.loads(output)
    return loaded


def test_partners_in_a_period(database: str) -> None:
    found = _json(database, "partners", "GBR", "--from", "2024-05-01", "--to", "2024-12-31")
    assert [item["actor"] for item in found] == ["Nigeria"]
    (britain,) = _json(database, "partners", "Nigeria", "--no-office-holders")
    assert [tie["canonical_id"] for tie in britain["ties"]] == ["ce-0004"]
    code, output = _run(database, "partners", "Mali")
    assert code == 0 and "Burkina Faso" in output and "ce-0001" in output


def test_history_of_two_actors(database: str) -> None:
    found = _json(database, "history", "NER", "ECOWAS")
    assert [(t["start"], t["relation"]) for t in found] == [
        ("2023-07-30", "hostility"),
        ("2024-01-28", "hostility"),
        ("2024-01-28", "membership"),
    ]


def test_members_at_a_date(database: str) -> None:
    assert [m["member"] for m in _json(database, "members", "ECOWAS", "--at", "2023-12-01")] == [
        "Burkina Faso",
        "Mali",
        "Niger",
    ]
    assert _json(database, "members", "ECOWAS", "--at", "2024-02-01") == []
    code, output = _run(database, "members", "AES", "--at", "2024-02-01")
    assert code == 0 and "2023-09-16" in output and "Niger" in output


def test_targets_and_covers(database: str) -> None:
    (edge,) = _json(database, "targets", "ISWAP")
    assert edge["target"] == "Nigeria" and edge["directed"] is True
    topics = [c["topic"] for c in _json(database, "covers", "NGA", "GBR")]
    assert topics == ["counter_terrorism", "maritime_security"]


def test_offices(database: str) -> None:
    (office,) = _json(database, "offices", "Nigeria")
    assert office["role"] == "Foreign Minister" and office["seat"] == "Nigeria"


def test_an_unknown_actor_and_a_bad_date_are_usage_errors(database: str) -> None:
    code, output = _run(database, "partners", "Atlantis")
    assert code == 2 and "no actor 'Atlantis'" in output
    code, output = _run(database, "partners", "NGA", "--from", "May 2024")
    assert code == 2 and "YYYY-MM-DD" in output


def test_an_empty_database_says_to_merge_first(tmp_path: Path) -> None:
    code, output = _run(f"sqlite:///{tmp_path / 'empty.db'}", "partners", "NGA")
    assert code == 2 and "accord merge" in output

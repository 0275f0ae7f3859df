"""`accord export --format ...` for every built-in format, on a real SQLite database."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.export.registry import BUILT_IN, export_formats
from accord.store import Store
from tests.unit.graph.stored import store_sahel


@pytest.fixture
def database(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'accord.db'}"
    with Store.open(url) as store:
        store_sahel(store)
    return url


def _export(database: str, output_format: str, output: Path, *options: str) -> str:
    result = CliRunner().invoke(
        app,
        ["export", "--format", output_format, "-o", str(output), "--database", database, *options],
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_the_built_in_formats_are_registered_in_order() -> None:
    assert tuple(export_formats())[: len(BUILT_IN)] == BUILT_IN


def test_acled_csv_from_the_store(database: str, tmp_path: Path) -> None:
    output = tmp_path / "events.csv"
    assert "7 events written" in _export(database, "acled-csv", output)
    with output.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["event_id_cnty"] for row in rows} == {f"ce-000{n}" for n in range(1, 8)}
    leaving = next(row for row in rows if row["event_id_cnty"] == "ce-0002")
    assert leaving["source_urls"].split() == [f"https://news.example.org/2/{n}" for n in range(3)]


def test_role_filters_canonical_events(database: str, tmp_path: Path) -> None:
    assert "0 events written" in _export(
        database, "acled-csv", tmp_path / "bg.csv", "--role", "background"
    )


def test_cameo_tsv_from_the_store(database: str, tmp_path: Path) -> None:
    output = tmp_path / "events.tsv"
    message = _export(database, "cameo-tsv", output)
    rows = list(csv.DictReader(output.open(encoding="utf-8", newline=""), delimiter="\t"))
    assert f"{len(rows)} rows written" in message and rows[0]["EventCode"]


def test_graph_files_from_the_store(database: str, tmp_path: Path) -> None:
    _export(database, "graphml", tmp_path / "actors.graphml")
    _export(database, "gexf", tmp_path / "actors.gexf")
    assert "NGA" in nx.read_graphml(tmp_path / "actors.graphml")
    assert "NGA" in nx.read_gexf(tmp_path / "actors.gexf")


def test_stix_and_ftm_from_the_store(database: str, tmp_path: Path) -> None:
    _export(database, "stix", tmp_path / "bundle.json")
    bundle = json.loads((tmp_path / "bundle.json").read_text("utf-8"))
    assert bundle["type"] == "bundle" and len(bundle["objects"]) > 20
    _export(database, "ftm", tmp_path / "entities.ftm.json")
    lines = (tmp_path / "entities.ftm.json").read_text("utf-8").splitlines()
    assert {json.loads(line)["schema"] for line in lines} >= {"Event", "PublicBody", "Membership"}


def test_an_unknown_format_lists_the_formats(database: str) -> None:
    result = CliRunner().invoke(app, ["export", "--format", "kml", "--database", database])
    assert result.exit_code == 2 and "acled-csv" in result.output


class _Point:
    def __init__(self, name: str, loaded: object) -> None:
        self.name, self.loaded = name, loaded

    def load(self) -> object:
        return self.loaded


def test_a_plugin_adds_a_format_but_cannot_take_a_built_in_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from accord.errors import AccordError
    from accord.export import registry

    extra = registry.ExportFormat("lines", "one canonical id per line", "events", lambda s, h: 0)
    monkeypatch.setattr(registry, "entry_points", lambda group: [_Point("lines", extra)])
    registry.export_formats.cache_clear()
    try:
        assert registry.export_formats()["lines"] is extra
        monkeypatch.setattr(registry, "entry_points", lambda group: [_Point("stix", extra)])
        registry.export_formats.cache_clear()
        with pytest.raises(AccordError, match="'stix', the name of a built-in"):
            registry.export_formats()
    finally:
        registry.export_formats.cache_clear()


def test_canonical_formats_need_a_merge_first(tmp_path: Path) -> None:
    output = tmp_path / "events.csv"
    database = f"sqlite:///{tmp_path / 'empty.db'}"
    result = CliRunner().invoke(
        app, ["export", "--format", "acled-csv", "-o", str(output), "--database", database]
    )
    assert result.exit_code == 2 and "accord merge" in result.output
    assert not output.exists() and not (tmp_path / "events.csv.partial").exists()

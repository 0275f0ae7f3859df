"""`accord merge`, `accord bench merge` and `accord eval clusters` end to end."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.model import (
    Actor,
    ActorKind,
    DatePrecision,
    Event,
    EventDate,
    EventType,
    Evidence,
    Provenance,
    Span,
)
from accord.store import Store
from tests.integration.test_canonical_store import _article


def _evidence(article_id: int, text: str, words: str, field: str) -> Evidence:
    start = text.index(words)
    span = Span.of(text, start, start + len(words))
    return Evidence(field, article_id, span, Provenance("test", "1", 0.9))


def _run(*arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(arguments))
    return result.exit_code, result.output


@pytest.fixture
def database(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'accord.db'}"
    arvenia = Actor("Arvenia", ActorKind.STATE, country="ARV", code="ARV")
    belmora = Actor("Belmora", ActorKind.STATE, country="BLM", code="BLM")
    day = date(2024, 8, 28)
    with Store.open(url) as store:
        for number in (1, 2):
            article_id = store.add_article(_article(number, day)).article_id
            text = _article(number, day).text
            event = Event(
                article_id=article_id,
                event_type=EventType.AGREE,
                actors=(arvenia, belmora),
                symmetric=True,
                date=EventDate("Wednesday", DatePrecision.DAY, day, day),
                evidence=(
                    _evidence(article_id, text, "signed", "event_type"),
                    _evidence(article_id, text, "Arvenia", "actor"),
                ),
            )
            store.events.replace_for_article(article_id, [event], "test")
    return url


def test_merge_rebuilds_canonical_events_and_prints_counts(database: str) -> None:
    code, output = _run("merge", "--database", database)
    assert code == 0, output
    assert "canonical events 1 (1 with several reports)" in " ".join(output.split())
    with Store.open(database) as store:
        [merged] = list(store.canonical.iter_canonical())
    assert [r.external_id for r in merged.reports] == ["p1", "p2"]


def test_bench_merge_prints_one_point_per_size() -> None:
    code, output = _run("bench", "merge", "--events", "200", "400", "--runs", "1", "--json")
    assert code == 0, output
    curve = json.loads(output)
    assert [point["events"] for point in curve] == [200, 400]
    assert all(0 < point["canonical"] <= point["events"] for point in curve)
    assert all(point["b_cubed_precision"] > 0.9 < point["b_cubed_recall"] for point in curve)


def test_eval_clusters_names_a_missing_corpus(tmp_path: Path) -> None:
    code, output = _run("eval", "clusters", str(tmp_path / "absent"))
    unwrapped = output.replace("\n", "")
    assert code == 2
    assert "cannot evaluate" in unwrapped and "absent/articles.jsonl" in unwrapped


def test_canonical_events_export_as_plover_records_with_all_their_reports(
    database: str, tmp_path: Path
) -> None:
    import jsonschema

    from accord.export.plover import schema

    code, output = _run("export", "--format", "plover-canonical-jsonl", "--database", database)
    assert code != 0 and "run `accord merge` first" in " ".join(output.split())
    assert _run("merge", "--database", database)[0] == 0
    target = tmp_path / "canonical.jsonl"
    code, output = _run(
        "export", "--format", "plover-canonical-jsonl", "-o", str(target), "--database", database
    )
    assert code == 0, output
    [record] = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    jsonschema.validate(record, schema(), format_checker=jsonschema.FormatChecker())
    assert record["reports"] == ["p1", "p2"] and record["outlets"] >= 1

"""Extraction end to end on the bundled sample documents: the CLI, the store, the export."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import AccordError
from accord.export.plover import schema
from accord.store import Store


@pytest.fixture(scope="module")
def extracted(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Store, list[dict[str, object]]]]:
    home = tmp_path_factory.mktemp("home")
    database = f"sqlite:///{home / 'demo.db'}"
    runner = CliRunner()
    environment = {"ACCORD_HOME": str(home), "COLUMNS": "160"}
    assert runner.invoke(app, ["demo"], env=environment).exit_code == 0
    result = runner.invoke(app, ["extract", "--database", database], env=environment)
    assert result.exit_code == 0, result.output
    output = home / "events.jsonl"
    result = runner.invoke(
        app, ["export", "--database", database, "-o", str(output)], env=environment
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
    store = Store.open(database)
    yield store, records
    store.close()


def test_every_sample_article_was_processed_and_events_exported(
    extracted: tuple[Store, list[dict[str, object]]],
) -> None:
    store, records = extracted
    assert store.events.count() == len(records) > 0
    mains = {record["reports"][0] for record in records if record["role"] == "main"}  # type: ignore[index]
    assert len(mains) >= 12  # most bundled documents report a security event


def test_every_export_validates_and_every_span_relocates_in_the_stored_article(
    extracted: tuple[Store, list[dict[str, object]]],
) -> None:
    store, records = extracted
    validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())
    for record in records:
        validator.validate(record)
        article = store.find_article(record["cite_info"]["article"])  # type: ignore[index]
        assert article is not None
        for items in record["evidence"].values():  # type: ignore[attr-defined]
            for item in items:
                assert article.text[item["start"] : item["end"]] == item["text"]


def test_re_extracting_replaces_events_instead_of_adding(
    extracted: tuple[Store, list[dict[str, object]]], tmp_path: Path
) -> None:
    store, records = extracted
    database = store.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(
        app, ["extract", "govuk-2022-02-03-uk-nigeria-dialogue", "--database", database]
    )
    assert result.exit_code == 0, result.output
    assert store.events.count() == len(records)


def test_quotes_are_exported_with_speakers_and_spans(
    extracted: tuple[Store, list[dict[str, object]]], tmp_path: Path
) -> None:
    store, _ = extracted
    database = store.engine.url.render_as_string(hide_password=False)
    output = tmp_path / "quotes.jsonl"
    result = CliRunner().invoke(
        app, ["export", "--format", "quotes-jsonl", "-o", str(output), "--database", database]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
    speakers = {r["speaker"]["name"] for r in records if r["speaker"]}
    assert {"Vicky Ford", "Babagana Monguno"} <= speakers
    for record in records:
        article = store.find_article(record["article"])
        assert (
            article is not None and article.text[record["start"] : record["end"]] == record["text"]
        )


def test_bench_reports_throughput_and_memory() -> None:
    result = CliRunner().invoke(app, ["bench", "--articles", "4", "--runs", "1", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["articles"] == 4 and figures["articles_per_second"] > 0
    assert figures["peak_memory_mb"] > 0


def test_eval_dev_on_a_tiny_corpus_of_our_own(tmp_path: Path) -> None:
    article = {
        "id": "a1",
        "url": "https://wire.example/a1",
        "outlet": "Test Wire",
        "title": None,
        "published": "2024-08-29",
        "language": "en",
        "cluster": "x1",
        "text": "Nigeria and Niger signed a security cooperation pact in Niamey on Wednesday.",
    }
    negative = {
        **article,
        "id": "a2",
        "cluster": "neg",
        "text": "The central bank cut its policy rate.",
    }
    gold = {
        "cluster": "x1",
        "plover": "AGREE",
        "actor": {"name": "Nigeria", "type": "state", "iso3": "NGA"},
        "recipient": {"name": "Niger", "type": "state", "iso3": "NER"},
        "symmetric": True,
        "event_date": {"date": "2024-08-28", "precision": "day"},
        "location": {"place": "Niamey", "country": "NER"},
    }
    (tmp_path / "articles.jsonl").write_text(
        json.dumps(article) + "\n" + json.dumps(negative) + "\n"
    )
    (tmp_path / "gold_events.jsonl").write_text(json.dumps(gold) + "\n")
    result = CliRunner().invoke(app, ["eval", "dev", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    fields = json.loads(result.output)["fields"]
    assert {name: f["accuracy"] for name, f in fields.items()} == {
        "event_type": 1.0,
        "actor_country": 1.0,
        "recipient_country": 1.0,
        "date": 1.0,
        "location_country": 1.0,
        "negatives_without_main_event": 1.0,
    }


def test_a_stage_that_fails_keeps_the_events_already_stored(tmp_path: Path) -> None:
    from accord.extraction import extract_articles
    from accord.ingest import Ingestor, LanguageIdentifier, SourceContext
    from accord.pipeline import Pipeline
    from accord.pipeline.registry import build_pipeline
    from accord.samples import sample_documents

    with Store.open(f"sqlite:///{tmp_path / 'a.db'}") as store:
        Ingestor(
            store, SourceContext(max_bytes=10_000_000), LanguageIdentifier(("en",))
        ).ingest_documents(sample_documents()[:1])
        articles = store.list_articles()
        extract_articles(store, build_pipeline(), articles)
        stored = store.events.count()
        assert stored > 0

        class Broken:
            name, version, requires, provides = "events.broken.v1", "1", ("mentions",), "events"

            def load(self) -> None:
                return None

            def predict(self, documents: list[object]) -> list[object]:
                raise RuntimeError("model file missing")

        healthy = build_pipeline()
        broken = Pipeline([*healthy.stages[:-1], Broken()])  # type: ignore[list-item]
        report = extract_articles(store, broken, articles)
        assert [issue.code for issue in report.issues] == ["stage.events.broken.v1"]
        assert store.events.count() == stored  # nothing lost
        assert any(
            i.code == "stage.events.broken.v1" for i in store.issues_for_article(articles[0].id)
        )  # type: ignore[arg-type]
        extract_articles(store, healthy, articles)  # a clean run clears the old failure
        assert not any(
            i.code.startswith("stage.") for i in store.issues_for_article(articles[0].id)
        )  # type: ignore[arg-type]

        without_events = Pipeline(healthy.stages[:-1])
        with pytest.raises(AccordError, match="no stage that provides events"):
            extract_articles(store, without_events, articles)

"""The command line, end to end, on a real SQLite database in a temporary ACCORD_HOME."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord import __version__
from accord.cli import app
from accord.store import Store
from tests.conftest import shared_path
from tests.factories import ARTICLE_HTML
from tests.http_server import Route, serve

PACT = "The defence chiefs of Arvenia and Belmora signed a border security pact in the capital."


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("ACCORD_HOME", str(folder))
    monkeypatch.delenv("ACCORD_DATABASE_URL", raising=False)
    monkeypatch.setenv("COLUMNS", "160")
    return folder


def _run(*arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(arguments))
    return result.exit_code, result.output


def test_version(home: Path) -> None:
    assert _run("--version") == (0, f"accord {__version__}\n")


def test_the_installed_command_runs() -> None:
    command = Path(sys.executable).parent / "accord"
    if not command.exists():
        pytest.skip(f"no accord command beside {sys.executable}: run pip install -e . first")
    completed = subprocess.run(
        [str(command), "--version"], capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == f"accord {__version__}"


def test_ingest_list_search_and_show(home: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "pact.txt").write_text(PACT)
    (docs / "page.html").write_text(ARTICLE_HTML)
    code, output = _run("ingest", str(docs), "--published", "2024-08-29")
    assert code == 0, output
    assert "stored 2" in output and "failed 0" in output
    assert (home / "accord.db").exists()
    code, output = _run("articles", "--search", "joint patrols")
    assert (
        code == 0
        and "Arvenia and Belmora sign border security pact" in output
        and "1 shown of 2" in output
    )
    code, output = _run("show", "1")
    assert code == 0 and "2024-08-29 (caller)" in output and PACT in output
    code, output = _run("show", "no-such-article")
    assert code == 1 and "no article 'no-such-article'" in output


def test_bad_documents_give_exit_code_one_and_their_reasons(home: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(PACT)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(bytes(range(256)))
    code, output = _run("ingest", str(docs), "--json")
    assert code == 1
    report = json.loads(output)
    assert report["stored"] == 1 and report["failed"] == 2
    failed = {
        Path(i["origin"]).name: i["code"] for i in report["issues"] if i["severity"] == "error"
    }
    assert failed == {"empty.txt": "ingest.empty", "binary.txt": "ingest.binary"}


def test_usage_and_configuration_errors_give_exit_code_two(home: Path, tmp_path: Path) -> None:
    assert _run("ingest")[0] == 2
    assert _run("ingest", str(tmp_path), "--published", "last Tuesday")[0] == 2
    code, output = _run("articles", "--database", "nonsense://")
    assert code == 2 and "error:" in output
    assert _run("no-such-command")[0] == 2


def test_urls_from_a_list_with_a_timeout(home: Path, tmp_path: Path) -> None:
    routes = {"/pact": Route(ARTICLE_HTML.encode()), "/slow": Route(b"late", delay=2.0)}
    with serve(routes) as base:
        url_list = tmp_path / "urls.txt"
        url_list.write_text(f"# morning reading\n{base}/pact\n\n{base}/slow\n")
        refused = _run("ingest", "--url-list", str(url_list), "--json")
        home_env = {"ACCORD_FETCH_TIMEOUT": "0.5"}
        with pytest.MonkeyPatch.context() as patch:
            for key, value in home_env.items():
                patch.setenv(key, value)
            allowed = _run(
                "ingest", "--url-list", str(url_list), "--allow-private-addresses", "--json"
            )
    codes = {i["code"] for i in json.loads(refused[1])["issues"]}
    assert refused[0] == 1 and codes == {"fetch.refused"}
    report = json.loads(allowed[1])
    assert allowed[0] == 1 and report["stored"] == 1
    assert [i["code"] for i in report["issues"] if i["severity"] == "error"] == ["fetch.timeout"]


def test_demo_builds_a_fresh_database_from_the_bundled_samples(home: Path) -> None:
    for _ in range(2):  # a second demo starts again from nothing
        code, output = _run("demo")
        assert code == 0, output
        assert "stored 17" in output and "failed 0" in output
        assert "1 without a publication date" in output
        assert "Main events" in output and "AGREE" in output and "events in all" in output
    store = Store.open(f"sqlite:///{home / 'demo.db'}")
    assert store.count_articles() == 17
    uk = store.find_article("govuk-2022-02-03-uk-nigeria-dialogue")
    assert uk is not None and "[2018](#)" not in uk.text and "partnership in 2018" in uk.text
    assert uk.metadata["attribution"].startswith("Contains public sector information")
    assert store.events.count() > 17 and store.events.for_article(uk.id)  # type: ignore[arg-type]
    store.close()


def test_the_dev_corpus_is_ingested_once_with_its_metadata(home: Path) -> None:
    corpus = shared_path("corpus", "dev", "articles.jsonl")
    records = [json.loads(line) for line in corpus.read_text("utf-8").splitlines() if line.strip()]
    code, output = _run("ingest", str(corpus), "--json")
    assert code == 0, output
    report = json.loads(output)
    assert report["stored"] == len(records) and report["failed"] == 0
    store = Store.open(f"sqlite:///{home / 'accord.db'}")
    for record in records:
        article = store.find_article(record["id"])
        assert article is not None, record["id"]
        assert article.outlet == record["outlet"] and article.url == record["url"]
        assert article.language == record["language"]
        published = article.published.isoformat() if article.published else None
        assert published == record["published"]
    store.close()
    code, output = _run("ingest", str(corpus), "--json")
    again = json.loads(output)
    assert code == 0 and again["stored"] == 0 and again["unchanged"] == len(records)

"""Ingest runs end to end on a real SQLite store: good and bad documents side by side."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from accord.ingest import IngestOptions, Ingestor
from accord.model import DateBasis, LanguageBasis, Severity
from accord.store import AddOutcome, ArticleQuery
from tests.factories import ARTICLE_HTML, COMMUNIQUE_PAGES, make_feed, make_pdf

PACT = "The defence chiefs of Arvenia and Belmora signed a border security pact in the capital."


def _name(origin: str) -> str:
    """The file name of an origin such as /x/export.jsonl:2 or /x/desk.rss#1."""
    return Path(origin.split(":", maxsplit=1)[0].split("#", maxsplit=1)[0]).name


def _mixed_folder(root: Path) -> dict[str, str]:
    """Good documents and one of every kind of bad one; returns bad file -> expected code."""
    (root / "good").mkdir(parents=True)
    (root / "good" / "pact.txt").write_text(PACT)
    (root / "good" / "brief.md").write_text(
        "# Sahel brief\n\nTroops withdrew from the northern base on Friday."
    )
    (root / "good" / "page.html").write_text(ARTICLE_HTML)
    (root / "good" / "communique.pdf").write_bytes(make_pdf(COMMUNIQUE_PAGES))
    (root / "good" / "desk.rss").write_bytes(
        make_feed(
            [
                {
                    "title": "Ceasefire",
                    "description": "Monitors said the ceasefire in the east held for a third day.",
                }
            ]
        )
    )
    (root / "good" / "legacy.txt").write_bytes(
        ("Côte d'Ivoire et le Niger ont signé un accord de défense. " * 3).encode("cp1252")
    )
    lines = [
        json.dumps(
            {"id": "j1", "text": PACT + " (wire copy)", "published": "2024-08-29", "language": "en"}
        ),
        '{"id": "j2", "text": "broken',
        json.dumps({"id": "j3", "text": "Gunmen attacked an army post near the border overnight."}),
    ]
    (root / "good" / "export.jsonl").write_text("\n".join(lines))
    bad = {
        "empty.txt": "ingest.empty",
        "photo.txt": "ingest.binary",
        "scan.pdf": "pdf.no-text",
        "locked.pdf": "pdf.encrypted",
        "cut.pdf": "pdf.damaged",
        "script.html": "html.no-text",
        "notafeed.rss": "feed.invalid",
        "huge.txt": "ingest.too-large",
    }
    (root / "empty.txt").write_bytes(b"")
    (root / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (root / "scan.pdf").write_bytes(make_pdf((None,)))
    (root / "locked.pdf").write_bytes(make_pdf(COMMUNIQUE_PAGES, password="s3cret"))
    (root / "cut.pdf").write_bytes(make_pdf(COMMUNIQUE_PAGES)[:400])
    (root / "script.html").write_text(
        "<html><head><script>track()</script></head><body></body></html>"
    )
    (root / "notafeed.rss").write_text("this is not XML")
    with (root / "huge.txt").open("wb") as handle:
        handle.truncate(100_000_000)
    (root / "slides.pptx").write_bytes(b"PK\x03\x04")
    return bad


def test_a_mixed_folder_stores_every_good_document_and_names_every_bad_one(
    ingestor: Ingestor, tmp_path: Path
) -> None:
    bad = _mixed_folder(tmp_path / "docs")
    report = ingestor.ingest([str(tmp_path / "docs")])
    failures = {_name(issue.origin): issue.code for issue in report.failures}
    assert failures == {**bad, "export.jsonl": "jsonl.invalid"}
    stored_from = sorted(_name(item.origin) for item in report.stored)
    assert stored_from == [
        "brief.md",
        "communique.pdf",
        "desk.rss",
        "export.jsonl",
        "export.jsonl",
        "legacy.txt",
        "pact.txt",
        "page.html",
    ]
    assert report.totals.stored == 8 and report.totals.failed == len(bad) + 1
    assert [_name(w.origin) for w in report.warnings if w.code == "ingest.unsupported"] == [
        "slides.pptx"
    ]
    stored = ingestor.store.list_articles(ArticleQuery(limit=100))
    by_origin = {_name(a.origin): a for a in stored}
    assert (
        by_origin["legacy.txt"].text.startswith("Côte d'Ivoire")
        and by_origin["legacy.txt"].language == "fr"
    )
    assert by_origin["page.html"].published == date(2024, 8, 28)
    assert len(by_origin["communique.pdf"].page_starts) == 2


def test_ingesting_again_stores_nothing_new(ingestor: Ingestor, tmp_path: Path) -> None:
    _mixed_folder(tmp_path / "docs")
    first = ingestor.ingest([str(tmp_path / "docs")])
    second = ingestor.ingest([str(tmp_path / "docs")])
    assert second.totals.stored == 0 and second.totals.new_versions == 0
    assert second.totals.unchanged == first.totals.stored
    assert ingestor.store.count_articles(all_versions=True) == first.totals.stored
    assert not [w for w in second.warnings if w.code == "ingest.date-unknown"]  # said once


def test_a_bad_document_loses_nothing_already_stored(ingestor: Ingestor, tmp_path: Path) -> None:
    good = tmp_path / "pact.txt"
    good.write_text(PACT)
    ingestor.ingest([str(good)])
    good.write_bytes(b"\x00\x01\x02 binary now")
    report = ingestor.ingest([str(good)])
    assert [issue.code for issue in report.failures] == ["ingest.binary"]
    (article,) = ingestor.store.list_articles()
    assert article.text == PACT and article.version == 1


def test_an_edited_document_becomes_a_new_version(ingestor: Ingestor, tmp_path: Path) -> None:
    path = tmp_path / "pact.txt"
    path.write_text(PACT)
    ingestor.ingest([str(path)])
    path.write_text(PACT + " The pact takes effect in January.")
    report = ingestor.ingest([str(path)])
    assert report.stored[0].result.outcome is AddOutcome.NEW_VERSION
    (current,) = ingestor.store.list_articles()
    assert current.version == 2
    assert len(ingestor.store.versions(current.key)) == 2


def test_dates_come_from_the_caller_or_stay_unknown_and_flagged(
    ingestor: Ingestor, tmp_path: Path
) -> None:
    undated, dated = tmp_path / "undated.txt", tmp_path / "dated.txt"
    undated.write_text(PACT)
    dated.write_text(PACT + " Second report.")
    report = ingestor.ingest([str(undated)])
    (article,) = ingestor.store.list_articles()
    assert article.published is None and article.date_basis is DateBasis.UNKNOWN
    (warning,) = report.warnings
    assert warning.code == "ingest.date-unknown" and warning.severity is Severity.WARNING
    assert warning.article_id == article.id
    assert ingestor.store.issues_for_article(article.id) == [warning]  # type: ignore[arg-type]
    ingestor.ingest([str(dated)], IngestOptions(published=date(2024, 8, 29), outlet="Desk"))
    second = ingestor.store.find_article(str(article.id + 1))  # type: ignore[operator]
    assert second is not None and second.published == date(2024, 8, 29)
    assert second.date_basis is DateBasis.CALLER and second.outlet == "Desk"
    assert second.language == "en" and second.language_basis is LanguageBasis.DETECTED

from __future__ import annotations

from pathlib import Path

from accord.ingest.feed import FeedFileSource
from accord.ingest.html import HtmlFileSource
from accord.ingest.jsonl import JsonlSource
from accord.ingest.pdf import PdfFileSource
from accord.ingest.registry import expand_targets, file_sources, supported_suffixes
from accord.ingest.text import TextFileSource
from accord.ingest.url import UrlSource
from accord.model import Issue, Severity


def _tree(root: Path) -> None:
    for name in [
        "a.txt",
        "notes/b.md",
        "notes/deep/c.html",
        "d.pdf",
        "e.jsonl",
        "f.rss",
        "g.docx",
        ".hidden/h.txt",
        "notes/.i.txt",
        "drafts/j.txt",
    ]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")


def _names(items: list[object]) -> list[str]:
    return [Path(item.origin).name for item in items]  # type: ignore[attr-defined]


def test_built_in_sources_are_registered_through_entry_points() -> None:
    sources = file_sources()
    assert sources[".txt"] is TextFileSource and sources[".md"] is TextFileSource
    assert sources[".jsonl"] is JsonlSource and sources[".html"] is HtmlFileSource
    assert sources[".rss"] is FeedFileSource and sources[".pdf"] is PdfFileSource
    assert ".docx" not in supported_suffixes()


def test_folders_are_walked_recursively_skipping_hidden_entries(tmp_path: Path) -> None:
    _tree(tmp_path)
    items = list(expand_targets([str(tmp_path)]))
    sources = [item for item in items if not isinstance(item, Issue)]
    skipped = [item for item in items if isinstance(item, Issue)]
    assert sorted(_names(sources)) == [
        "a.txt",
        "b.md",
        "c.html",
        "d.pdf",
        "e.jsonl",
        "f.rss",
        "j.txt",
    ]
    assert [(Path(i.origin).name, i.code, i.severity) for i in skipped] == [
        ("g.docx", "ingest.unsupported", Severity.WARNING)
    ]


def test_include_and_exclude_globs(tmp_path: Path) -> None:
    _tree(tmp_path)
    included = list(
        expand_targets([str(tmp_path)], include=["*.txt", "*.md"], exclude=["drafts/*"])
    )
    assert sorted(_names(included)) == ["a.txt", "b.md"]


def test_explicit_files_urls_and_missing_targets(tmp_path: Path) -> None:
    _tree(tmp_path)
    items = list(
        expand_targets(
            [str(tmp_path / "g.docx"), "https://wire.example/a", str(tmp_path / "nope.txt")]
        )
    )
    unsupported, url, missing = items
    assert isinstance(unsupported, Issue) and unsupported.severity is Severity.ERROR
    assert "Accord reads" in unsupported.message and ".pdf" in unsupported.message
    assert isinstance(url, UrlSource)
    assert isinstance(missing, Issue) and missing.code == "ingest.missing"

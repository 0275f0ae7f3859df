from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from accord.errors import DocumentError
from accord.ingest.jsonl import JsonlSource
from accord.ingest.source import SourceContext
from accord.model import DateBasis, Issue, RawDocument, Severity

CONTEXT = SourceContext(max_bytes=10_000)
RECORD = {
    "id": "t1",
    "url": "https://wire.example/arvenia-belmora-pact",
    "outlet": "Test Wire",
    "title": "Arvenia and Belmora sign pact",
    "published": "2024-08-29",
    "language": "en",
    "text": "The defence chiefs of Arvenia and Belmora signed a pact on Wednesday.",
    "cluster": "x99",
    "truncated": False,
}


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_each_line_is_an_article_with_its_metadata(tmp_path: Path) -> None:
    source = JsonlSource(_write(tmp_path / "a.jsonl", [json.dumps(RECORD)]))
    (document,) = source.documents(CONTEXT)
    assert isinstance(document, RawDocument)
    assert document.external_id == "t1"
    assert document.outlet == "Test Wire"
    assert document.published == date(2024, 8, 29)
    assert document.date_basis is DateBasis.CALLER
    assert document.language == "en"
    assert document.origin.endswith("a.jsonl:1")
    assert document.metadata == {"cluster": "x99", "truncated": "false"}


def test_a_broken_line_is_reported_with_its_number_and_the_rest_kept(tmp_path: Path) -> None:
    second = dict(RECORD, id="t2")
    path = _write(
        tmp_path / "a.jsonl",
        [
            json.dumps(RECORD),
            '{"id": "t3", "text": "cut off',
            "",
            json.dumps(second),
            "[1, 2]",
            '{"id": "t5"}',
        ],
    )
    items = list(JsonlSource(path).documents(CONTEXT))
    documents = [item for item in items if isinstance(item, RawDocument)]
    problems = [item for item in items if isinstance(item, Issue)]
    assert [d.external_id for d in documents] == ["t1", "t2"]
    assert [(p.origin.rsplit(":", 1)[1], p.code) for p in problems] == [
        ("2", "jsonl.invalid"),
        ("5", "jsonl.invalid"),
        ("6", "jsonl.no-text"),
    ]
    assert "not valid JSON" in problems[0].message
    assert all(p.severity is Severity.ERROR for p in problems)


def test_a_bad_date_is_a_warning_and_the_date_stays_unknown(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.jsonl", [json.dumps(dict(RECORD, published="last Tuesday"))])
    warning, document = list(JsonlSource(path).documents(CONTEXT))
    assert isinstance(warning, Issue) and warning.code == "jsonl.bad-date"
    assert isinstance(document, RawDocument)
    assert document.published is None and document.date_basis is DateBasis.UNKNOWN


def test_an_oversized_line_is_refused_alone(tmp_path: Path) -> None:
    big = dict(RECORD, id="big", text="word " * 5000)
    path = _write(tmp_path / "a.jsonl", [json.dumps(big), json.dumps(RECORD)])
    problem, document = list(JsonlSource(path).documents(CONTEXT))
    assert isinstance(problem, Issue) and problem.code == "ingest.too-large"
    assert isinstance(document, RawDocument) and document.external_id == "t1"


def test_a_file_without_lines_is_empty(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no JSON lines"):
        list(JsonlSource(_write(tmp_path / "a.jsonl", ["", "  "])).documents(CONTEXT))


def test_a_line_without_end_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"id": "huge", "text": "' + b"x" * 200_000 + b'"}\n')
        handle.write((json.dumps(RECORD) + "\n").encode())
    problem, document = list(JsonlSource(path).documents(SourceContext(max_bytes=1_000)))
    assert (
        isinstance(problem, Issue)
        and problem.code == "ingest.too-large"
        and problem.origin.endswith(":1")
    )
    assert isinstance(document, RawDocument) and document.external_id == "t1"

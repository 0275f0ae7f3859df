from __future__ import annotations

from datetime import date

import pytest

from accord.model import Article, DateBasis, LanguageBasis, RawDocument, SourceKind


def test_raw_document_metadata_is_frozen() -> None:
    document = RawDocument("a.txt", SourceKind.TEXT, "text", metadata={"k": "v"})
    with pytest.raises(TypeError):
        document.metadata["k"] = "changed"  # type: ignore[index]


def test_a_date_basis_without_a_date_is_refused() -> None:
    with pytest.raises(ValueError, match="date basis UNKNOWN"):
        RawDocument("a.txt", SourceKind.TEXT, "text", date_basis=DateBasis.CALLER)


def test_article_reference_prefers_the_callers_id() -> None:
    common = dict(
        key="id:d1",
        text="one two three",
        content_hash="h",
        kind=SourceKind.JSONL,
        origin="f:1",
        language="en",
        language_basis=LanguageBasis.DECLARED,
        published=date(2024, 1, 1),
        date_basis=DateBasis.CALLER,
    )
    assert Article(**common, external_id="d1", id=7).reference == "d1"  # type: ignore[arg-type]
    assert Article(**common, id=7).reference == "accord:7"  # type: ignore[arg-type]
    assert Article(**common).word_count == 3  # type: ignore[arg-type]

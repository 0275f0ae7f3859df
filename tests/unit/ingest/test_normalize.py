from __future__ import annotations

from accord.ingest.normalize import clean_text, content_hash


def test_clean_text_normalises_breaks_controls_and_blank_runs() -> None:
    raw = "\ufeffTitle\r\n\r\n\r\n\r\nFirst  line   \rSecond\x00 line\u200b\n\n\n\nEnd\f Page two  "
    assert clean_text(raw) == "Title\n\nFirst  line\nSecond line\n\nEnd\n\n Page two"


def test_clean_text_composes_accents() -> None:
    decomposed = "Co\u0302te d\u2019Ivoire"
    assert clean_text(decomposed) == "Côte d’Ivoire"


def test_hash_ignores_reflowing_but_not_words() -> None:
    text = "Nigeria and Niger signed a pact.\n\nIt covers border security."
    assert content_hash(text) == content_hash(
        "Nigeria and Niger signed a pact. It covers   border security."
    )
    assert content_hash(text) != content_hash(text.replace("Niger ", "Chad "))
    assert len(content_hash(text)) == 64

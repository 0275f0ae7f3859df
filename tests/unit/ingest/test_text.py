from __future__ import annotations

from pathlib import Path

from accord.ingest.source import SourceContext
from accord.ingest.text import TextFileSource, markdown_to_text
from accord.model import RawDocument, SourceKind


def test_markdown_keeps_words_drops_markup_and_finds_the_title() -> None:
    text, title = markdown_to_text(
        "# Border pact signed\n\nThe pact, agreed in [2018](#), covers **joint patrols**.\n\n"
        "- intelligence sharing\n- border security\n\n> A quoted official"
    )
    assert title == "Border pact signed"
    assert "agreed in 2018, covers joint patrols." in text
    assert "intelligence sharing\nborder security" in text
    assert "[" not in text and "**" not in text and "> " not in text


def test_text_and_markdown_files_are_one_document_each(tmp_path: Path) -> None:
    plain = tmp_path / "note.txt"
    plain.write_text("First line is not a title.\nSecond line.")
    markdown = tmp_path / "brief.md"
    markdown.write_text("## Sahel brief\n\nTroops *withdrew* on Friday.")
    context = SourceContext(max_bytes=10_000)
    (from_text,) = TextFileSource(plain).documents(context)
    (from_markdown,) = TextFileSource(markdown).documents(context)
    assert isinstance(from_text, RawDocument) and isinstance(from_markdown, RawDocument)
    assert from_text.title is None and from_text.kind is SourceKind.TEXT
    assert from_markdown.title == "Sahel brief" and from_markdown.kind is SourceKind.MARKDOWN
    assert "Troops withdrew on Friday." in from_markdown.text

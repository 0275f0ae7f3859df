"""Clean text for storage and the content hash that makes ingest idempotent."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_LINE_BREAKS = re.compile(r"\r\n?|\u2028|\u2029|\x85")
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
_TRAILING_SPACE = re.compile(r"[ \t\xa0]+\n")
_BLANK_RUNS = re.compile(r"\n{3,}")
_WHITESPACE = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """The text as stored: NFC, Unix line breaks, no invisible control characters, no
    trailing spaces, at most one blank line in a row, stripped. Form feeds (page breaks)
    are kept as paragraph breaks."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text).replace("\f", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def content_hash(text: str) -> str:
    """SHA-256 of the text with every run of whitespace made one space: re-flowing a
    document does not make it a new version, changing a word does."""
    canonical = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

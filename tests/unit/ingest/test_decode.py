from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from accord.errors import DocumentError
from accord.ingest.decode import decode_text, looks_binary, read_file

SENTENCE = (
    "Les chefs d'état-major du Niger et du Nigeria se sont réunis à Niamey, en Côte d'Ivoire aussi."
)


def test_utf8_with_and_without_bom() -> None:
    assert decode_text(SENTENCE.encode(), "a.txt") == SENTENCE
    assert decode_text(codecs.BOM_UTF8 + SENTENCE.encode(), "a.txt") == SENTENCE


def test_utf16_with_bom_is_text_not_binary() -> None:
    data = SENTENCE.encode("utf-16")
    assert not looks_binary(data)
    assert decode_text(data, "a.txt") == SENTENCE


def test_legacy_single_byte_encoding_is_detected() -> None:
    text = (SENTENCE + " ") * 5
    assert decode_text(text.encode("cp1252"), "a.txt") == text


def test_binary_data_is_refused_by_name() -> None:
    with pytest.raises(DocumentError, match="binary file") as raised:
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "photo.txt")
    assert raised.value.code == "ingest.binary"
    assert raised.value.origin == "photo.txt"


def test_bytes_that_no_encoding_explains_are_refused() -> None:
    noise = bytes((i * 37 + 11) % 120 + 128 for i in range(4000))
    with pytest.raises(DocumentError) as raised:
        decode_text(noise, "noise.txt")
    assert raised.value.code in {"ingest.undecodable", "ingest.binary"}


def test_whitespace_only_is_empty() -> None:
    with pytest.raises(DocumentError, match="no text") as raised:
        decode_text(b" \n\t\n", "blank.txt")
    assert raised.value.code == "ingest.empty"


def test_read_file_refuses_missing_empty_and_oversized(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_file(tmp_path / "absent.txt", 100)
    empty = tmp_path / "empty.txt"
    empty.touch()
    with pytest.raises(DocumentError, match="empty"):
        read_file(empty, 100)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100_000_000)
    with pytest.raises(
        DocumentError, match=r"100\.0 MB is over the size limit of 25\.0 MB"
    ) as raised:
        read_file(huge, 25_000_000)
    assert raised.value.code == "ingest.too-large"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    with pytest.raises(DocumentError, match="cannot read"):
        read_file(locked, 100)

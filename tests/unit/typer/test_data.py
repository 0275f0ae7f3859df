from __future__ import annotations

from pathlib import Path

import pytest

from accord.typer.data import (
    PairFileError,
    collapse_yield,
    gold_record_pair,
    read_pair_file,
    read_pair_files,
)
from accord.typer.marked import marked_text

FIXTURE = Path(__file__).parent / "fixtures" / "pairs.tsv"


def test_fixture_rows_are_read_with_uid_and_gold() -> None:
    rows = read_pair_file(FIXTURE)
    assert len(rows) == 24
    assert rows[0].uid == "f01" and rows[0].root == "AGREE"
    assert rows[0].pair.actor_text == "Ghana"


def test_rows_without_uid_are_numbered(tmp_path: Path) -> None:
    path = tmp_path / "plain.tsv"
    path.write_text("marked_sentence\n<s>A</s> met <t>B</t>.\n<s>C</s> hit <t>D</t>.\n")
    rows = read_pair_file(path)
    assert [r.uid for r in rows] == ["1", "2"] and rows[1].root is None


def test_a_bad_row_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(
        "uid\tmarked_sentence\tgold_root\n"
        "a\t<s>A</s> met <t>B</t>.\tCONSULT\n"
        "b\tno marks\tCONSULT\n"
    )
    with pytest.raises(PairFileError, match=r"bad\.tsv line 3: no actor"):
        read_pair_file(path)


def test_an_unknown_root_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("marked_sentence\tgold_root\n<s>A</s> met <t>B</t>.\tMEET\n")
    with pytest.raises(PairFileError, match="'MEET' is not a PLOVER root"):
        read_pair_file(path)


def test_a_file_without_the_sentence_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("sentence\tgold_root\nx\tAID\n")
    with pytest.raises(PairFileError, match="marked_sentence"):
        read_pair_file(path)


def test_training_files_need_gold(tmp_path: Path) -> None:
    path = tmp_path / "nogold.tsv"
    path.write_text("marked_sentence\n<s>A</s> met <t>B</t>.\n")
    with pytest.raises(PairFileError, match="gold_root"):
        read_pair_files([tmp_path])


def test_gold_record_markup_becomes_a_marked_pair() -> None:
    markup = "(SRC: Ruritania) (EVT: recalled) its envoy (LOC:from (TAR: Freedonia)) on Monday."
    pair = gold_record_pair(markup)
    assert pair is not None
    assert (
        marked_text(pair) == "<s>Ruritania</s> recalled its envoy from <t>Freedonia</t> on Monday."
    )


def test_symmetric_parties_are_actor_then_recipient() -> None:
    pair = gold_record_pair("(SRC/TAR: Ruritania) and (SRC/TAR: Freedonia) (EVT: held talks).")
    assert pair is not None
    assert marked_text(pair) == "<s>Ruritania</s> and <t>Freedonia</t> held talks."


def test_a_record_without_source_gives_no_pair() -> None:
    assert gold_record_pair("Talks were held in (TAR: Freedonia).") is None


def test_yield_collapses_concede_and_retreat() -> None:
    assert collapse_yield(["CONCEDE", "RETREAT", "AID"]) == ["YIELD", "YIELD", "AID"]

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from accord.export.cameo import COLUMNS, split_code, write_cameo_tsv
from accord.export.cameo_codes import CODES, ROWS, cameo_code
from accord.model import Context, EventType, Modality
from accord.model.plover import codebook
from tests.unit.graph.sahel import attack, consultation, leaving_ecowas, partnership, sahel_events

DOCS = Path(__file__).resolve().parents[3] / "docs" / "exports.md"


def _rows() -> list[dict[str, str]]:
    output = io.StringIO()
    count = write_cameo_tsv(sahel_events(), output)
    output.seek(0)
    reader = csv.DictReader(output, delimiter="\t")
    assert tuple(reader.fieldnames or ()) == COLUMNS
    rows = list(reader)
    assert len(rows) == count
    return rows


def test_one_row_per_dyad() -> None:
    rows = [r for r in _rows() if r["EventID"].startswith(leaving_ecowas().id)]
    assert [(r["SourceActorFull"], r["TargetActorFull"]) for r in rows] == [
        ("MLI", "IGOWAFECO"),
        ("BFA", "IGOWAFECO"),
        ("NER", "IGOWAFECO"),
    ]
    assert rows[0]["EventCode"] == "161" and rows[0]["EventRootCode"] == "16"
    assert rows[0]["QuadClass"] == "4" and rows[0]["GoldsteinScore"] == "-4.0"
    assert rows[0]["Date"] == "20240128" and rows[0]["NewsSources"] == "Sahel Wire;Lagos Ledger;RFI"


def test_actor_codes_split_as_phoenix_does() -> None:
    row = next(r for r in _rows() if r["EventID"].startswith(attack().id))
    assert (row["TargetActorEntity"], row["TargetActorRole"]) == ("NGA", "MIL")
    assert row["EventCode"] == "193" and row["LocationName"] == "Monguno"
    assert split_code("IGOWAFECO") == ("IGO", "", "WAF;ECO")
    assert split_code("NGAGOVMIL") == ("NGA", "GOV", "MIL")


def test_the_most_specific_row_wins() -> None:
    event = partnership().event
    assert cameo_code(event).code == "030"
    assert cameo_code(replace(event, contexts=(Context.MILITARY,))).code == "0312"
    assert cameo_code(consultation().event).code == "042"
    assert cameo_code(replace(attack().event, mode="primitive")).code == "180"


def test_a_threatened_attack_is_a_threat_of_military_force() -> None:
    threat = replace(attack().event, modality=Modality.THREATENED)
    assert cameo_code(threat).code == "138"


@pytest.mark.parametrize("event_type", list(EventType))
def test_every_type_has_one_default_code_on_its_side(event_type: EventType) -> None:
    """Cooperation maps to cooperation and conflict to conflict, in quad class and score
    (the verbal/material split differs: CAMEO counts yielding as material)."""
    rows = [r for r in ROWS if r[0] is event_type and r[1] is None and r[2] is None]
    assert len(rows) == 1
    code = CODES[rows[0][3]]
    cooperation = codebook()[event_type].quad in (1, 2)
    assert (code.quad_class <= 2) is cooperation
    assert (code.goldstein >= 0) is cooperation


def test_rows_use_known_modes_and_contexts_and_codes() -> None:
    contexts = {c.value for c in Context}
    for event_type, mode, context, code, origin in ROWS:
        assert mode is None or mode in codebook()[event_type].modes, (event_type, mode)
        assert context is None or context in contexts
        assert code in CODES and origin in ("2021", "accord")


def test_the_mapping_is_documented_row_by_row() -> None:
    text = DOCS.read_text("utf-8")
    for event_type, mode, context, code, origin in ROWS:
        line = f"| {event_type.value} | {mode or '*'} | {context or '*'} | {code} | {origin} |"
        assert line in text, line

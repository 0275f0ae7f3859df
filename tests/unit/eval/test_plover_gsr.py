from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from accord.eval.plover_gsr import as_articles, read_gold_records, score_types
from accord.eval.scoring import macro_f1, per_class
from accord.pipeline.registry import build_pipeline

RECORDS = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "header"},
    {
        "id": "T-1",
        "event": "DEMAND",
        "text": "Arvenia demanded that Belmora release the detained sailors.",
        "source": [{"actorText": "Arvenia", "code": "ARV"}],
    },
    {
        "id": "T-2",
        "event": "FIGHT",
        "text": "Rebels attacked an army post in northern Belmora.",
        "source": [{"actorText": "Rebels", "code": "REB"}],
    },
]


def test_older_categories_are_mapped_and_the_header_skipped(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(RECORDS))
    records = read_gold_records(path)
    assert [(r.record_id, r.event_type) for r in records] == [
        ("T-1", "REQUEST"),
        ("T-2", "ASSAULT"),
    ]


def test_types_are_scored_per_class_with_macro_f1(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(RECORDS))
    records = read_gold_records(path)
    documents = build_pipeline().run(as_articles(records))
    score = score_types((r, d.events) for r, d in zip(records, documents, strict=True)).as_dict()
    assert score["records"] == 2
    assert score["per_class"]["ASSAULT"]["recall"] == 1.0


def test_per_class_and_macro_f1_arithmetic() -> None:
    confusion = Counter({("A", "A"): 3, ("A", "B"): 1, ("B", "B"): 1, ("B", "NONE"): 1})
    table = per_class(confusion)
    assert table["A"] == {"precision": 1.0, "recall": 0.75, "f1": 6 / 7, "support": 4.0}
    assert table["B"]["precision"] == 0.5 and table["B"]["recall"] == 0.5
    assert "NONE" not in table
    assert macro_f1(table) == (6 / 7 + 0.5) / 2

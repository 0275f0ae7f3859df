from __future__ import annotations

import json
import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from accord.errors import ConfigurationError
from accord.eval.event_location import (
    Answer,
    LocationItem,
    Outcome,
    Route,
    evaluate,
    figures,
    judge,
    read_halterman,
)
from accord.pipeline.registry import Resources, build_pipeline

_ATTACK = "Militants attacked a police checkpoint in Maiduguri on Monday, officials said."
_NO_PLACE = "Two soldiers were killed overnight, the army said."


def _record(
    text: str, verb: str, places: tuple[str, ...], *, source: str = "RELABEL", token_numbers: bool
) -> dict[str, Any]:
    """An invented Prodigy record in Halterman's format; with `token_numbers` its LOCATION
    spans carry token numbers in `start` and `end`, as many adjudicated records do."""
    tokens = [
        {"text": m.group(), "start": m.start(), "end": m.end(), "id": i}
        for i, m in enumerate(re.finditer(r"\w+|[^\w\s]", text))
    ]
    spans = [_span(text, tokens, verb, "VERB", token_numbers=False)]
    spans += [_span(text, tokens, p, "LOCATION", token_numbers=token_numbers) for p in places]
    return {"text": text, "tokens": tokens, "spans": spans, "source": source, "_id": f"{verb}_1"}


def _span(
    text: str, tokens: list[dict[str, Any]], words: str, label: str, *, token_numbers: bool
) -> dict[str, Any]:
    start = text.index(words)
    first = next(t["id"] for t in tokens if t["start"] == start)
    last = next(t["id"] for t in tokens if t["end"] == start + len(words))
    offsets = (first, last) if token_numbers else (start, start + len(words))
    return {
        "start": offsets[0],
        "end": offsets[1],
        "token_start": first,
        "token_end": last,
        "label": label,
    }


@pytest.fixture
def benchmark(tmp_path: Path) -> Path:
    records = [
        _record(_ATTACK, "attacked", ("Maiduguri",), token_numbers=True),
        _record(_NO_PLACE, "killed", (), token_numbers=False),
        _record(_ATTACK, "attacked", ("Maiduguri",), source="APW_RA", token_numbers=False),
        {"text": "No spans at all.", "tokens": [], "source": "RELABEL", "_id": "empty"},
    ]
    with zipfile.ZipFile(tmp_path / "labeled_text.jsonl.zip", "w") as archive:
        archive.writestr("labeled_text.jsonl", json.dumps(records))
        archive.writestr("__MACOSX/._labeled_text.jsonl", "resource fork")
    return tmp_path


def test_reader_takes_offsets_from_the_tokens(benchmark: Path) -> None:
    gold = read_halterman(benchmark)
    first, second = gold.items
    assert first.text[first.verb[0] : first.verb[1]] == "attacked"
    assert [first.text[s:e] for s, e in first.locations] == ["Maiduguri"]
    assert (second.locations, second.verb_lemma) == ((), "killed")
    assert gold.unusable == ("empty",)


def test_reader_takes_every_record_when_asked(benchmark: Path) -> None:
    gold = read_halterman(benchmark / "labeled_text.jsonl.zip", adjudicated_only=False)
    assert len(gold.items) == 3


def test_reader_names_a_file_that_is_no_zip(tmp_path: Path) -> None:
    (tmp_path / "labeled_text.jsonl.zip").write_text("not a zip", encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"labeled_text\.jsonl\.zip"):
        read_halterman(tmp_path)


_ITEM = LocationItem("x", "Rebels shelled Homs and then Homs again.", (7, 14), ((15, 19),), "shell")


@pytest.mark.parametrize(
    ("span", "locations", "expected"),
    [
        ((15, 19), ((15, 19),), Outcome.RIGHT),
        ((29, 33), ((15, 19),), Outcome.RIGHT),  # the same place named again
        ((0, 6), ((15, 19),), Outcome.WRONG),
        (None, ((15, 19),), Outcome.MISSED),
        ((15, 19), (), Outcome.SPURIOUS),
        (None, (), Outcome.RIGHTLY_NONE),
    ],
)
def test_judge(
    span: tuple[int, int] | None, locations: tuple[tuple[int, int], ...], expected: Outcome
) -> None:
    item = LocationItem(_ITEM.identifier, _ITEM.text, _ITEM.verb, locations, _ITEM.verb_lemma)
    assert judge(item, Answer(span, None, Route.DIRECT)) is expected


def test_figures_count_no_place_as_an_answer_for_accuracy_only() -> None:
    outcomes = Counter(
        {
            Outcome.RIGHT: 3,
            Outcome.WRONG: 1,
            Outcome.MISSED: 2,
            Outcome.SPURIOUS: 1,
            Outcome.RIGHTLY_NONE: 3,
        }
    )
    result = figures(outcomes)
    assert (result["items"], result["accuracy"], result["coverage"]) == (10, 0.6, 0.5)
    assert (result["precision"], result["recall"]) == (0.6, 0.5)  # 3/5 answered, 3/6 located


def test_engine_places_the_fixture_events(benchmark: Path) -> None:
    resources = Resources()
    score = evaluate(
        read_halterman(benchmark), build_pipeline(resources=resources), resources.gazetteer
    )
    assert score.outcomes == Counter({Outcome.RIGHT: 1, Outcome.RIGHTLY_NONE: 1})
    routes = score.as_dict()["per_route"]
    assert sum(row["items"] for row in routes.values()) == 2
    assert score.as_dict()["per_verb"]["attacked"]["accuracy"] == 1.0
    assert score.unusable == 1

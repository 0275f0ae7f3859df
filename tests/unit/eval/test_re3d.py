from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from accord.errors import ConfigurationError
from accord.eval.re3d import EntityScore, as_articles, engine_entities, evaluate, read_re3d
from accord.eval.spans import NOTHING, LabelledSpan, OffsetMap, match, pooled
from accord.pipeline.registry import Resources, build_pipeline

# An invented report in re3d's format (one JSON object a line, MongoDB export style).
_TEXT = (
    "On 12 March 2016, Nigerian troops and the Multinational Joint Task Force cleared "
    "Gwoza near Maiduguri. General Amina Bello said 40 rifles were recovered.  \n"
)
_ENTITIES = [
    ("12 March 2016", "Temporal"),
    ("Nigerian", "Nationality"),
    ("Nigerian troops", "Organisation"),
    ("the Multinational Joint Task Force", "Organisation"),
    ("Gwoza", "Location"),
    ("Maiduguri", "Location"),
    ("General Amina Bello", "Person"),
    ("40", "Quantity"),
    ("rifles", "Weapon"),
]


def _write(folder: Path, text: str, entities: list[tuple[str, str]]) -> None:
    folder.mkdir(parents=True)
    document = {"_id": "DOC1", "title": "Invented", "text": text, "sourceName": folder.name}
    (folder / "documents.json").write_text(json.dumps(document) + "\n", encoding="utf-8")
    rows = []
    for value, kind in entities:
        begin = text.index(value)
        row = {"_id": f"DOC1-{begin}-{kind}", "begin": begin, "end": begin + len(value)}
        rows.append(json.dumps({**row, "type": kind, "value": value, "documentId": "DOC1"}))
    (folder / "entities.json").write_text("\n".join(rows) + "\n", encoding="utf-8")


@pytest.fixture
def benchmark(tmp_path: Path) -> Path:
    _write(tmp_path / "re3d" / "Invented Ministry", _TEXT, _ENTITIES)
    _write(tmp_path / "re3d" / "Other Source", "Nothing here.", [])
    return tmp_path / "re3d"


def test_reader_keeps_offsets_types_and_source(benchmark: Path) -> None:
    first, second = read_re3d(benchmark)
    assert (first.identifier, first.source, second.source) == (
        "DOC1",
        "Invented Ministry",
        "Other Source",
    )
    assert [first.text[s.start : s.end] for s in first.entities][:2] == [
        "12 March 2016",
        "Nigerian",
    ]
    assert [s.label for s in first.entities][-2:] == ["Quantity", "Weapon"]


def test_reader_limits_to_named_sources_or_reads_one_source_folder(benchmark: Path) -> None:
    assert [d.source for d in read_re3d(benchmark, ["Other Source"])] == ["Other Source"]
    assert [d.source for d in read_re3d(benchmark / "Invented Ministry")] == ["Invented Ministry"]


def test_reader_names_a_missing_source(benchmark: Path) -> None:
    with pytest.raises(ConfigurationError, match="no source folder named Elsewhere"):
        read_re3d(benchmark, ["Elsewhere"])


def test_reader_names_the_file_of_an_entity_outside_its_document(tmp_path: Path) -> None:
    _write(tmp_path / "Broken", "Short.", [])
    (tmp_path / "Broken" / "entities.json").write_text(
        json.dumps({"documentId": "DOC1", "begin": 2, "end": 90, "type": "Person"}) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigurationError, match=r"entities\.json, entity 1: offsets 2:90"):
        read_re3d(tmp_path / "Broken")


def test_exact_match_pairs_only_the_same_offsets() -> None:
    gold = [LabelledSpan(0, 10, "Organisation"), LabelledSpan(20, 25, "Location")]
    predicted = [LabelledSpan(4, 10, "Organisation"), LabelledSpan(20, 25, "Organisation")]
    assert match(gold, predicted, overlap=False) == Counter(
        {
            ("Organisation", NOTHING): 1,
            ("Location", "Organisation"): 1,
            (NOTHING, "Organisation"): 1,
        }
    )


def test_overlap_match_is_one_to_one_and_prefers_the_same_type() -> None:
    gold = [LabelledSpan(0, 15, "Organisation"), LabelledSpan(0, 8, "Nationality")]
    predicted = [LabelledSpan(0, 8, "Nationality")]
    assert match(gold, predicted, overlap=True) == Counter(
        {("Nationality", "Nationality"): 1, ("Organisation", NOTHING): 1}
    )


def test_pooled_counts_a_wrong_type_as_a_miss_and_a_false_alarm() -> None:
    confusion = Counter(
        {("Person", "Person"): 2, ("Location", "Person"): 1, ("Temporal", NOTHING): 1}
    )
    figures = pooled(confusion)
    assert (figures["precision"], figures["recall"]) == (2 / 3, 2 / 4)


def test_offsets_follow_the_cleaned_text() -> None:
    raw = "Troops left.  \n\n\nThey returned to Gwoza."
    cleaned = "Troops left.\n\nThey returned to Gwoza."
    start = raw.index("Gwoza")
    moved = OffsetMap(raw, cleaned).span(start, start + 5)
    assert cleaned[moved[0] : moved[1]] == "Gwoza"


@pytest.fixture(scope="module")
def resources() -> Resources:
    shared = Resources()
    shared.gazetteer.load()
    return shared


def test_engine_mentions_take_re3d_types(benchmark: Path, resources: Resources) -> None:
    pipeline = build_pipeline(resources=resources)
    [document] = pipeline.run(as_articles(read_re3d(benchmark, ["Invented Ministry"])))
    typed = {
        document.text[s.start : s.end]: s.label
        for s in engine_entities(document, resources.gazetteer)
    }
    assert typed["Maiduguri"] == "Location"
    assert typed["Amina Bello"] == "Person"
    assert typed["Nigerian"] == "Nationality"
    assert typed["12 March 2016"] == "Temporal"


def test_evaluation_scores_only_the_covered_types(benchmark: Path, resources: Resources) -> None:
    documents = read_re3d(benchmark, ["Invented Ministry"])
    score = evaluate(documents, build_pipeline(resources=resources), resources.gazetteer)
    figures = score.as_dict()
    assert figures["documents"] == 1
    assert figures["gold_mentions"] == 7
    assert figures["unscored_types"] == {"Quantity": 1, "Weapon": 1}
    assert set(figures["exact"]["per_type"]) <= {
        "Location",
        "Nationality",
        "Organisation",
        "Person",
        "Temporal",
    }
    exact, overlap = figures["exact"]["per_type"], figures["overlap"]["per_type"]
    assert exact["Location"]["recall"] == 0.5  # Maiduguri found, Gwoza not
    # "Amina Bello" against the gold "General Amina Bello": an overlap, not an exact match.
    assert (exact["Person"]["recall"], overlap["Person"]["recall"]) == (0.0, 1.0)
    assert figures["overlap"]["recall"] > figures["exact"]["recall"] > 0


def test_empty_score_has_zero_figures() -> None:
    figures = EntityScore().as_dict()
    assert (figures["exact"]["precision"], figures["overlap"]["f1"]) == (0.0, 0.0)

"""Entity mentions scored on re3d (Dstl's "Relationship and Entity Extraction Evaluation
Dataset": defence and security texts about the conflict in Syria and Iraq, annotated by
experts and crowd workers). Each source folder holds MongoDB exports, one JSON object a
line: `documents.json` (`_id`, `title`, `text`) and `entities.json` (`documentId`, `begin`,
`end`, `type`, `value`).

Accord's layers are given re3d's types, and only the types Accord extracts are scored:

- an actor mention of a person (`ActorKind.PERSON`) is a Person;
- an actor mention whose words are a demonym ("Syrian", "Turks") is a Nationality;
- every other actor mention (states, bodies, armed groups, organisations) is an Organisation;
- a place mention is a Location (also where the mentions layer reads the same words as a
  state: "Syria" is where, in re3d as in the places layer);
- a date mention is a Temporal.

Not scored, because no Accord layer extracts them: Quantity, Weapon, Vehicle,
MilitaryPlatform, DocumentReference, Money, Coordinate, CommsIdentifier, Frequency, Url.
They are left out of the gold; the count of each is reported.

Two matchings: exact (same offsets) and overlap (any shared character), each one-to-one.
About 100 spans carry two gold types ("U.S." as Location and as Organisation); one engine
mention matches one of them, so the other counts as missed.
The texts are read from where they lie; nothing of them is copied here.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accord.errors import ConfigurationError
from accord.eval.dev_corpus import corpus_article
from accord.eval.scoring import per_class
from accord.eval.spans import NOTHING, LabelledSpan, OffsetMap, match, pooled
from accord.model import ActorKind, ActorMention, Article
from accord.pipeline.document import Document
from accord.pipeline.runner import Pipeline
from accord.stages.places import Gazetteer

DOCUMENTS_FILE = "documents.json"
ENTITIES_FILE = "entities.json"
SCORED_TYPES = ("Location", "Nationality", "Organisation", "Person", "Temporal")


@dataclass(frozen=True, slots=True)
class Re3dDocument:
    identifier: str
    source: str  # the source folder: "CENTCOM", "UK Government"...
    text: str  # as published; gold offsets point into it
    entities: tuple[LabelledSpan, ...]  # every annotated type, scored or not


@dataclass(slots=True)
class EntityScore:
    """Confusion counts of (gold type, engine type) under both matchings."""

    documents: int = 0
    exact: Counter[tuple[str, str]] = field(default_factory=Counter)
    overlap: Counter[tuple[str, str]] = field(default_factory=Counter)
    unscored: Counter[str] = field(default_factory=Counter)

    def add(self, gold: Sequence[LabelledSpan], predicted: Sequence[LabelledSpan]) -> None:
        scored = [span for span in gold if span.label in SCORED_TYPES]
        self.unscored.update(span.label for span in gold if span.label not in SCORED_TYPES)
        self.exact.update(match(scored, predicted, overlap=False))
        self.overlap.update(match(scored, predicted, overlap=True))
        self.documents += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "gold_mentions": sum(n for (gold, _), n in self.exact.items() if gold != NOTHING),
            "engine_mentions": sum(n for (_, guess), n in self.exact.items() if guess != NOTHING),
            "exact": _figures(self.exact),
            "overlap": _figures(self.overlap),
            "unscored_types": dict(sorted(self.unscored.items())),
        }


def read_re3d(path: Path, sources: Sequence[str] = ()) -> list[Re3dDocument]:
    """The documents of every source folder under `path` (or of `path` itself when it is one
    source folder), limited to the folders named in `sources` when any are."""
    if (path / DOCUMENTS_FILE).is_file():
        folders = [path]
    else:
        inside = sorted(path.iterdir(), key=str) if path.is_dir() else []
        folders = [f for f in inside if (f / DOCUMENTS_FILE).is_file()]
    unknown = set(sources) - {folder.name for folder in folders}
    if not folders or unknown:
        missing = f"named {', '.join(sorted(unknown))}" if unknown else "found"
        raise ConfigurationError(
            f"cannot read re3d at {path}: no source folder {missing}; pass the re3d folder, "
            f"whose source folders each hold {DOCUMENTS_FILE} and {ENTITIES_FILE}"
        )
    return [
        document
        for folder in folders
        if not sources or folder.name in sources
        for document in _read_source(folder)
    ]


def engine_entities(document: Document, gazetteer: Gazetteer) -> list[LabelledSpan]:
    """The engine's mentions under re3d's types (see the module docstring); one per span,
    places before dates before actors."""
    typed: dict[tuple[int, int], str] = {}
    for place in document.places:
        typed.setdefault((place.span.start, place.span.end), "Location")
    for when in document.dates:
        typed.setdefault((when.span.start, when.span.end), "Temporal")
    for mention in document.mentions:
        typed.setdefault((mention.span.start, mention.span.end), _actor_type(mention, gazetteer))
    return [LabelledSpan(start, end, label) for (start, end), label in sorted(typed.items())]


def as_articles(documents: Iterable[Re3dDocument]) -> list[Article]:
    """Each document as an English article with no publication date."""
    return [
        corpus_article(number, {"id": d.identifier, "text": d.text, "language": "en"})
        for number, d in enumerate(documents, start=1)
    ]


def evaluate(
    documents: Sequence[Re3dDocument], pipeline: Pipeline, gazetteer: Gazetteer
) -> EntityScore:
    """Runs `pipeline` on the documents and scores its mentions; `gazetteer` tells demonyms."""
    score = EntityScore()
    for gold, document in zip(documents, pipeline.run(as_articles(documents)), strict=True):
        score.add(_cleaned(gold, document.text), engine_entities(document, gazetteer))
    return score


def _actor_type(mention: ActorMention, gazetteer: Gazetteer) -> str:
    if mention.actor.kind is ActorKind.PERSON:
        return "Person"
    if gazetteer.demonym_country(mention.span.text) is not None:
        return "Nationality"
    return "Organisation"


def _cleaned(gold: Re3dDocument, cleaned_text: str) -> list[LabelledSpan]:
    offsets = OffsetMap(gold.text, cleaned_text)
    moved = (
        LabelledSpan(*offsets.span(span.start, span.end), span.label) for span in gold.entities
    )
    return [span for span in moved if span.start < span.end]


def _figures(confusion: Counter[tuple[str, str]]) -> dict[str, Any]:
    overall = pooled(confusion)
    table = per_class(confusion)
    return {
        **{measure: round(overall[measure], 4) for measure in ("precision", "recall", "f1")},
        "per_type": {k: {m: round(v, 4) for m, v in row.items()} for k, row in table.items()},
    }


def _read_source(folder: Path) -> list[Re3dDocument]:
    texts = {row["_id"]: str(row["text"]) for row in _rows(folder / DOCUMENTS_FILE, "_id", "text")}
    entities: dict[str, list[LabelledSpan]] = {identifier: [] for identifier in texts}
    required = ("documentId", "begin", "end", "type")
    for number, row in enumerate(_rows(folder / ENTITIES_FILE, *required), start=1):
        text = texts.get(row["documentId"])
        start, end = int(row["begin"]), int(row["end"])
        if text is None or not 0 <= start < end <= len(text):
            raise ConfigurationError(
                f"{folder / ENTITIES_FILE}, entity {number}: offsets {start}:{end} do not lie "
                f"in a document of {DOCUMENTS_FILE} (document {row['documentId']})"
            )
        entities[row["documentId"]].append(LabelledSpan(start, end, str(row["type"])))
    return [
        Re3dDocument(identifier, folder.name, text, tuple(entities[identifier]))
        for identifier, text in texts.items()
    ]


def _rows(path: Path, *required: str) -> Iterator[dict[str, Any]]:
    try:
        lines = path.read_text("utf-8-sig").splitlines()
    except OSError as error:
        raise ConfigurationError(f"cannot read {path}: {error}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise ConfigurationError(f"{path}, line {number}: not JSON ({error})") from error
        missing = [key for key in required if key not in row]
        if missing:
            raise ConfigurationError(f"{path}, line {number}: no {', '.join(missing)}")
        yield row

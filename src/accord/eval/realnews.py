"""The real-news event-typing dev split: pointers into real news, materialised at run time.

The typer must be measured on real news sentences it never saw, but the texts that hold them
(WikiEvents, the Causal News Corpus, the internal dev corpus) may not be copied into the
repository. So the split is kept as pointers plus the team's labels: each row names a source,
a document in it and character offsets of the sentence, the actor and the recipient in that
document's text. `materialise` reads the documents from a shared folder given at run time,
checks every offset and rebuilds the marked sentences (`<s>actor</s>`, `<t>recipient</t>`).

Sources, and the document id and text a pointer refers to:

- `wikievents`: `benchmarks/wikievents/{dev,test}.jsonl`; `doc_id`, its `text`;
- `causal_news_corpus`: `benchmarks/causal_news_corpus/V2/{train,dev}_subtask1.csv` and
  `test_subtask1_text.csv`; the row's `index`, its `text` (one sentence per row);
- `dev_corpus`: `corpus/dev/articles.jsonl`; the article's `id`, its `text`;
- `samples`: Accord's bundled public-domain documents (no shared folder needed); the file
  name, the file's text as stored.

The labels (`gold_root`, `gold_mode`) follow the PLOVER codebook and the team's conventions
for issue 4 (signing a formal agreement is SUPPORT, CAMEO 057; a promised withdrawal or
concession is CONCEDE, a promise to cooperate, meet or help is AGREE). Every pair was labelled
twice, the second time blind to the first and in shuffled order; `note` records each
disagreement and the final decision.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from accord.errors import ConfigurationError
from accord.model.plover import EventType, is_valid_mode

POINTER_COLUMNS = (
    "uid",
    "source",
    "document",
    "sentence_start",
    "sentence_end",
    "actor_start",
    "actor_end",
    "recipient_start",
    "recipient_end",
    "gold_root",
    "gold_mode",
    "note",
)
PAIRS_COLUMNS = ("uid", "marked_sentence", "gold_root")
WIKIEVENTS_FILES = ("dev.jsonl", "test.jsonl")
CAUSAL_NEWS_FILES = ("train_subtask1.csv", "dev_subtask1.csv", "test_subtask1_text.csv")
MARKER = re.compile(r"</?[st]>")

Documents = Mapping[str, str]
"""Document id -> the document's text, for one source."""


@dataclass(frozen=True, slots=True)
class PairRow:
    """One labelled pair of the split, with its sentence rebuilt from the source text."""

    uid: str
    marked_sentence: str
    gold_root: EventType
    gold_mode: str
    source: str


@dataclass(frozen=True, slots=True)
class _Pointer:
    uid: str
    source: str
    document: str
    sentence: tuple[int, int]
    actor: tuple[int, int]
    recipient: tuple[int, int]
    gold_root: EventType
    gold_mode: str


def materialise(pointers: Path, shared: Path) -> list[PairRow]:
    """The rows of the pointer file `pointers`, their sentences read from `shared` (the
    project's shared data folder). Any problem is an error naming the file and line."""
    parsed = _read_pointers(pointers)
    loaded: dict[str, Documents] = {}
    rows = []
    for line, pointer in parsed:
        origin = f"{pointers}:{line}"
        if pointer.source not in loaded:
            loaded[pointer.source] = _load_source(pointer.source, shared, origin)
        text = loaded[pointer.source].get(pointer.document)
        if text is None:
            raise ConfigurationError(
                f"document {pointer.document!r} is not in source {pointer.source!r} under "
                f"{shared}; fix the pointer or pass the shared folder that holds it",
                origin=origin,
            )
        rows.append(_pair(pointer, text, origin))
    return rows


def write_pairs_tsv(rows: Iterable[PairRow], path: Path) -> int:
    """Writes `rows` in the pairs format `accord eval pairs` reads; returns how many."""
    lines = ["\t".join(PAIRS_COLUMNS)]
    lines += ["\t".join((row.uid, row.marked_sentence, row.gold_root.value)) for row in rows]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def mark(
    text: str, sentence: tuple[int, int], actor: tuple[int, int], recipient: tuple[int, int]
) -> str:
    """The sentence `text[sentence]` with the actor in `<s>…</s>` and the recipient in
    `<t>…</t>`, its whitespace (newlines in a document's text) folded to single spaces and
    stray byte-order marks (some Causal News Corpus rows begin with one) dropped."""
    (start, end), cuts = sentence, sorted([(actor, "s"), (recipient, "t")])
    pieces, position = [], start
    for (span_start, span_end), tag in cuts:
        pieces += [text[position:span_start], f"<{tag}>{text[span_start:span_end]}</{tag}>"]
        position = span_end
    pieces.append(text[position:end])
    return re.sub(r"\s+", " ", "".join(pieces).replace("\ufeff", "")).strip()


def _pair(pointer: _Pointer, text: str, origin: str) -> PairRow:
    start, end = pointer.sentence
    if not 0 <= start < end <= len(text):
        raise ConfigurationError(
            f"sentence offsets {start}-{end} are outside document {pointer.document!r} "
            f"({len(text)} characters)",
            origin=origin,
        )
    if MARKER.search(text, start, end):
        raise ConfigurationError(
            "the sentence already holds a <s>/<t> marker, so its marked form would be ambiguous",
            origin=origin,
        )
    _check_span("actor", pointer.actor, pointer.sentence, text, origin)
    _check_span("recipient", pointer.recipient, pointer.sentence, text, origin)
    (_, first_end), (second_start, _) = sorted([pointer.actor, pointer.recipient])
    if second_start < first_end:
        raise ConfigurationError("actor and recipient spans overlap", origin=origin)
    return PairRow(
        uid=pointer.uid,
        marked_sentence=mark(text, pointer.sentence, pointer.actor, pointer.recipient),
        gold_root=pointer.gold_root,
        gold_mode=pointer.gold_mode,
        source=pointer.source,
    )


def _check_span(
    role: str, where: tuple[int, int], sentence: tuple[int, int], text: str, origin: str
) -> None:
    """A span must be a non-empty stretch of its sentence, trimmed, with no markup in it."""
    (span_start, span_end), (start, end) = where, sentence
    if not start <= span_start < span_end <= end:
        raise ConfigurationError(
            f"{role} offsets {span_start}-{span_end} are not inside the sentence {start}-{end}",
            origin=origin,
        )
    span = text[span_start:span_end]
    if span != span.strip() or "<" in span or ">" in span:
        raise ConfigurationError(
            f"{role} span {span!r} must not start or end with whitespace nor hold < or >",
            origin=origin,
        )


def _read_pointers(path: Path) -> list[tuple[int, _Pointer]]:
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigurationError(
            f"cannot read the pointer file ({error})", origin=str(path)
        ) from error
    if not lines or tuple(lines[0].split("\t")) != POINTER_COLUMNS:
        raise ConfigurationError(
            f"the header must be the tab-separated columns {', '.join(POINTER_COLUMNS)}",
            origin=f"{path}:1",
        )
    pointers, seen = [], set()
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        pointer = _pointer(line.split("\t"), f"{path}:{number}")
        if pointer.uid in seen:
            raise ConfigurationError(
                f"uid {pointer.uid!r} appears twice", origin=f"{path}:{number}"
            )
        seen.add(pointer.uid)
        pointers.append((number, pointer))
    return pointers


def _pointer(fields: list[str], origin: str) -> _Pointer:
    if len(fields) != len(POINTER_COLUMNS):
        raise ConfigurationError(
            f"{len(fields)} fields where {len(POINTER_COLUMNS)} are expected", origin=origin
        )
    row = dict(zip(POINTER_COLUMNS, fields, strict=True))
    if row["source"] not in SOURCES:
        raise ConfigurationError(
            f"unknown source {row['source']!r}; known: {', '.join(sorted(SOURCES))}", origin=origin
        )
    try:
        root = EventType(row["gold_root"])
    except ValueError:
        raise ConfigurationError(
            f"gold_root {row['gold_root']!r} is no PLOVER root", origin=origin
        ) from None
    if row["gold_mode"] and not is_valid_mode(root, row["gold_mode"]):
        raise ConfigurationError(
            f"gold_mode {row['gold_mode']!r} is no mode of {root}", origin=origin
        )
    offsets = [_offset(row, column, origin) for column in POINTER_COLUMNS[3:9]]
    return _Pointer(
        uid=row["uid"],
        source=row["source"],
        document=row["document"],
        sentence=(offsets[0], offsets[1]),
        actor=(offsets[2], offsets[3]),
        recipient=(offsets[4], offsets[5]),
        gold_root=root,
        gold_mode=row["gold_mode"],
    )


def _offset(row: Mapping[str, str], column: str, origin: str) -> int:
    value = row[column]
    if not value.isdigit():
        raise ConfigurationError(f"{column} {value!r} is not a character offset", origin=origin)
    return int(value)


def _load_source(source: str, shared: Path, origin: str) -> Documents:
    try:
        return SOURCES[source](shared)
    except (OSError, ValueError, KeyError) as error:
        raise ConfigurationError(
            f"cannot read source {source!r} from {shared} ({error}); pass the project's shared "
            f"folder (the one holding benchmarks/ and corpus/)",
            origin=origin,
        ) from error


def _jsonl_texts(path: Path, id_field: str) -> dict[str, str]:
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return {str(record[id_field]): str(record["text"]) for record in records}


def _wikievents(shared: Path) -> Documents:
    folder = shared / "benchmarks" / "wikievents"
    documents: dict[str, str] = {}
    for name in WIKIEVENTS_FILES:
        documents |= _jsonl_texts(folder / name, "doc_id")
    return documents


def _causal_news(shared: Path) -> Documents:
    folder = shared / "benchmarks" / "causal_news_corpus" / "V2"
    documents: dict[str, str] = {}
    for name in CAUSAL_NEWS_FILES:
        with (folder / name).open(encoding="utf-8-sig", newline="") as handle:
            documents |= {row["index"]: row["text"] for row in csv.DictReader(handle)}
    return documents


def _dev_corpus(shared: Path) -> Documents:
    return _jsonl_texts(shared / "corpus" / "dev" / "articles.jsonl", "id")


def _samples(shared: Path) -> Documents:
    folder = files("accord.samples").joinpath("documents")
    return {entry.name: entry.read_text("utf-8") for entry in folder.iterdir() if entry.is_file()}


SOURCES: dict[str, Callable[[Path], Documents]] = {
    "wikievents": _wikievents,
    "causal_news_corpus": _causal_news,
    "dev_corpus": _dev_corpus,
    "samples": _samples,
}

"""Where an event happened, scored on Halterman's event geolocation gold ("Geolocating
Political Events in Text", 2019): newswire sentences, each with one event verb marked and
the place(s) where that event happened, or none when the sentence does not say.

The data is one zipped JSON array of Prodigy records (`text`, `tokens`, `spans` labelled
VERB or LOCATION, `source`). Only the adjudicated records (`source` "RELABEL") are scored
unless asked otherwise. Span offsets are taken from the tokens the spans name
(`token_start`, `token_end`): many adjudicated LOCATION spans carry token numbers in their
`start` and `end` fields.

The engine's answer for an item, by the first route that applies:

1. trigger: the default pipeline's event whose trigger overlaps the marked verb;
2. sentence: else its event in the verb's sentence (one event a sentence);
3. direct: else `event_place` itself, with the pipeline's place and actor mentions, the
   parties `assign_roles` finds for the verb (or the sentence's trigger), as the rules
   extractor would have placed an event there.

An answer is right when the words it was read from overlap a gold location or are the same
words as one (the place named twice). Accuracy counts
"no place" as an answer; precision, recall and F1 are over places, coverage is the share of
items given a place. The texts are read from the zip; nothing of them is copied here.
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from accord.errors import ConfigurationError
from accord.eval.dev_corpus import corpus_article
from accord.eval.spans import NOTHING, OffsetMap, pooled
from accord.model import ActorKind, Event, EventType
from accord.pipeline.document import Document, sentence_bounds
from accord.pipeline.runner import Pipeline
from accord.stages.events.location import event_place
from accord.stages.events.roles import assign_roles
from accord.stages.events.rules import best_trigger
from accord.stages.events.salience import dateline_end, lead_end
from accord.stages.places import Gazetteer

ADJUDICATED = "RELABEL"
ARCHIVE_NAME = "labeled_text.jsonl.zip"
PLACE = "place"
ELSEWHERE = "another place"
# With no party found, an event's type only matters to placing it on a recipient's ground,
# which needs a recipient: any type gives the same answer.
_WITHOUT_TRIGGER = EventType.ASSAULT


class Route(StrEnum):
    TRIGGER = "trigger"
    SENTENCE = "sentence"
    DIRECT = "direct"


class Outcome(StrEnum):
    RIGHT = "right place"
    WRONG = "wrong place"
    MISSED = "no place given"
    SPURIOUS = "place given, none in gold"
    RIGHTLY_NONE = "rightly no place"


@dataclass(frozen=True, slots=True)
class LocationItem:
    identifier: str
    text: str
    verb: tuple[int, int]  # offsets into text
    locations: tuple[tuple[int, int], ...]  # where the event happened; () when not said
    verb_lemma: str


@dataclass(frozen=True, slots=True)
class LocationGold:
    items: tuple[LocationItem, ...]
    unusable: tuple[str, ...]  # records with no single VERB span: not scored


@dataclass(frozen=True, slots=True)
class Answer:
    span: tuple[int, int] | None  # the words the place was read from, None for no place
    place: str | None
    route: Route


@dataclass(slots=True)
class LocationScore:
    outcomes: Counter[Outcome] = field(default_factory=Counter)
    by_verb: dict[str, Counter[Outcome]] = field(default_factory=dict)
    by_route: dict[Route, Counter[Outcome]] = field(default_factory=dict)
    unusable: int = 0
    mistakes: list[str] = field(default_factory=list)

    def add(self, item: LocationItem, answer: Answer, outcome: Outcome) -> None:
        self.outcomes[outcome] += 1
        self.by_verb.setdefault(item.verb_lemma, Counter())[outcome] += 1
        self.by_route.setdefault(answer.route, Counter())[outcome] += 1
        if outcome not in (Outcome.RIGHT, Outcome.RIGHTLY_NONE):
            gold = ", ".join(item.text[s:e] for s, e in item.locations) or "none"
            self.mistakes.append(
                f"{item.identifier} [{item.text[item.verb[0] : item.verb[1]]}]: {outcome} "
                f"(engine {answer.place or 'none'} by {answer.route}, gold {gold})"
            )

    def as_dict(self) -> dict[str, Any]:
        return {
            **figures(self.outcomes),
            "unusable_records": self.unusable,
            "outcomes": {str(k): n for k, n in sorted(self.outcomes.items())},
            "per_route": {
                str(route): figures(self.by_route[route]) for route in sorted(self.by_route)
            },
            "per_verb": {verb: figures(self.by_verb[verb]) for verb in sorted(self.by_verb)},
        }


def figures(outcomes: Counter[Outcome]) -> dict[str, Any]:
    """Accuracy (no place counts as an answer), coverage, and P/R/F1 over places."""
    items = sum(outcomes.values())
    answered = outcomes[Outcome.RIGHT] + outcomes[Outcome.WRONG] + outcomes[Outcome.SPURIOUS]
    confusion: Counter[tuple[str, str]] = Counter(
        {
            (PLACE, PLACE): outcomes[Outcome.RIGHT],
            (PLACE, ELSEWHERE): outcomes[Outcome.WRONG],
            (PLACE, NOTHING): outcomes[Outcome.MISSED],
            (NOTHING, PLACE): outcomes[Outcome.SPURIOUS],
        }
    )
    places = pooled(confusion)
    right = outcomes[Outcome.RIGHT] + outcomes[Outcome.RIGHTLY_NONE]
    return {
        "items": items,
        "accuracy": round(right / items, 4) if items else 0.0,
        "coverage": round(answered / items, 4) if items else 0.0,
        **{measure: round(places[measure], 4) for measure in ("precision", "recall", "f1")},
    }


def read_halterman(path: Path, *, adjudicated_only: bool = True) -> LocationGold:
    """The items of `labeled_text.jsonl.zip` (or of the folder holding it), read in place."""
    archive = next(iter(sorted(path.glob("*.zip"))), path / ARCHIVE_NAME) if path.is_dir() else path
    try:
        with zipfile.ZipFile(archive) as opened:
            member = next(
                name
                for name in opened.namelist()
                if name.endswith(".jsonl") and not name.startswith("__MACOSX")
            )
            records = _records(opened.read(member).decode("utf-8"))
    except (OSError, zipfile.BadZipFile, StopIteration, ValueError) as error:
        raise ConfigurationError(
            f"cannot read Halterman's event locations at {archive}: {error or 'no .jsonl'}; pass "
            f"the benchmark folder or its {ARCHIVE_NAME}"
        ) from error
    items, unusable = [], []
    for number, record in enumerate(records, start=1):
        if adjudicated_only and record.get("source") != ADJUDICATED:
            continue
        item = _item(record, number, archive)
        if item is None:
            unusable.append(str(record.get("_id", number)))
        else:
            items.append(item)
    return LocationGold(tuple(items), tuple(unusable))


def locate(document: Document, verb: tuple[int, int], gazetteer: Gazetteer | None) -> Answer:
    """Where the engine says the event of the verb at `verb` (document offsets) happened."""
    sentence = next(
        (b for b in sentence_bounds(document) if b[0] <= verb[0] < b[1]), (0, len(document.text))
    )
    on_trigger = [e for e in document.events if _trigger_within(e, verb)]
    if on_trigger:
        return _answer(on_trigger[0], Route.TRIGGER)
    in_sentence = [e for e in document.events if _trigger_within(e, sentence)]
    if in_sentence:
        return _answer(in_sentence[0], Route.SENTENCE)
    return _placed_directly(document, verb, sentence, gazetteer)


def judge(item: LocationItem, answer: Answer) -> Outcome:
    """Right when the answer's words overlap a gold location, or name it again elsewhere
    in the text ("operative in Iraq, captured ... in Iraq")."""
    if answer.span is None:
        return Outcome.MISSED if item.locations else Outcome.RIGHTLY_NONE
    if not item.locations:
        return Outcome.SPURIOUS
    start, end = answer.span
    words = item.text[start:end].casefold()
    hit = any(
        (start < gold_end and gold_start < end)
        or item.text[gold_start:gold_end].casefold() == words
        for gold_start, gold_end in item.locations
    )
    return Outcome.RIGHT if hit else Outcome.WRONG


def evaluate(gold: LocationGold, pipeline: Pipeline, gazetteer: Gazetteer | None) -> LocationScore:
    """Runs `pipeline` on every item's text and scores where it places the marked event."""
    score = LocationScore(unusable=len(gold.unusable))
    articles = [
        corpus_article(number, {"id": item.identifier, "text": item.text, "language": "en"})
        for number, item in enumerate(gold.items, start=1)
    ]
    for item, document in zip(gold.items, pipeline.run(articles), strict=True):
        cleaned = _cleaned(item, document.text)
        answer = locate(document, cleaned.verb, gazetteer)
        score.add(cleaned, answer, judge(cleaned, answer))
    return score


def _placed_directly(
    document: Document,
    verb: tuple[int, int],
    sentence: tuple[int, int],
    gazetteer: Gazetteer | None,
) -> Answer:
    text = document.text
    lead = (dateline_end(text), lead_end(text, sentence_bounds(document)))
    found = best_trigger(text[verb[0] : verb[1]], verb[0]) or best_trigger(
        text[sentence[0] : sentence[1]], sentence[0]
    )
    inside = [m for m in document.mentions if sentence[0] <= m.span.start < sentence[1]]
    roles = (
        assign_roles(
            text[sentence[0] : sentence[1]],
            sentence[0],
            (found.start, found.end),
            inside,
            found.event_type,
        )
        if found
        else None
    )
    located = event_place(
        [p for p in document.places if p.span.start >= lead[0] and p.place.country],
        sentence=sentence,
        lead=lead,
        actors=roles.actors if roles else (),
        recipients=roles.recipients if roles else (),
        event_type=found.event_type if found else _WITHOUT_TRIGGER,
        gazetteer=gazetteer,
        article_countries=frozenset(
            m.actor.country
            for m in document.mentions
            if m.actor.kind is ActorKind.STATE and m.actor.country
        ),
    )
    if located is None:
        return Answer(None, None, Route.DIRECT)
    span = located.evidence.span
    return Answer(
        (span.start, span.end), located.place.name or located.place.raw_name, Route.DIRECT
    )


def _trigger_within(event: Event, bounds: tuple[int, int]) -> bool:
    return any(
        e.span.start < bounds[1] and bounds[0] < e.span.end
        for e in event.evidence_for("event_type")
    )


def _answer(event: Event, route: Route) -> Answer:
    evidence = event.evidence_for("place")
    if event.place is None or not evidence:
        return Answer(None, None, route)
    span = evidence[0].span
    return Answer((span.start, span.end), event.place.name or event.place.raw_name, route)


def _cleaned(item: LocationItem, cleaned_text: str) -> LocationItem:
    offsets = OffsetMap(item.text, cleaned_text)
    return LocationItem(
        item.identifier,
        cleaned_text,
        offsets.span(*item.verb),
        tuple(offsets.span(*location) for location in item.locations),
        item.verb_lemma,
    )


def _records(content: str) -> list[dict[str, Any]]:
    """One JSON array, as published; a JSON-lines file is read too."""
    stripped = content.strip()
    if stripped.startswith("["):
        records = json.loads(stripped)
    else:
        records = [json.loads(line) for line in stripped.splitlines() if line.strip()]
    if not all(isinstance(record, dict) for record in records):
        raise ValueError("a record is not a JSON object")
    return list(records)


def _item(record: dict[str, Any], number: int, archive: Path) -> LocationItem | None:
    text, tokens = record.get("text"), record.get("tokens")
    spans = record.get("spans") or []
    verbs = [span for span in spans if span.get("label") == "VERB"]
    if not isinstance(text, str) or not isinstance(tokens, list) or len(verbs) != 1:
        return None
    try:
        verb = _token_bounds(verbs[0], tokens)
        locations = tuple(_token_bounds(s, tokens) for s in spans if s.get("label") == "LOCATION")
    except (KeyError, IndexError, TypeError) as error:
        raise ConfigurationError(
            f"{archive}, record {number} ({record.get('_id')}): a span names no token ({error})"
        ) from error
    return LocationItem(
        str(record.get("_id", number)).strip(),
        text,
        verb,
        locations,
        _lemma(record, text[verb[0] : verb[1]]),
    )


def _token_bounds(span: dict[str, Any], tokens: Sequence[dict[str, Any]]) -> tuple[int, int]:
    return int(tokens[span["token_start"]]["start"]), int(tokens[span["token_end"]]["end"])


def _lemma(record: dict[str, Any], verb_text: str) -> str:
    """The verb the item was sampled for ("kill"), else the marked word itself."""
    named = (record.get("meta") or {}).get("verb")
    if isinstance(named, list):
        named = named[0] if named else None
    return str(named or verb_text).strip().lower()

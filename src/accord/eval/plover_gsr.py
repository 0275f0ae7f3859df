"""Scoring event types on the PLOVER gold-standard records (`PLOVER_GSR_CAMEO.txt`, CC BY-SA
4.0): 322 edited example sentences from the CAMEO manual, each with its PLOVER category and
source and target codes.

The records use an earlier PLOVER draft; its categories are mapped to the current ones
(DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT, YIELD ->
CONCEDE). Each sentence is run through the pipeline as an article of its own; the predicted
type is that of the main event, else of the first event found, else none, as PLOVER codes
it (an act only threatened is THREATEN).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accord.eval.dev_corpus import corpus_article
from accord.eval.scoring import NO_EVENT, macro_f1, per_class
from accord.model import Article, Event, EventRole

OLDER_CATEGORIES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "YIELD": "CONCEDE",
}


@dataclass(frozen=True, slots=True)
class GoldRecord:
    record_id: str
    text: str
    event_type: str
    source_codes: tuple[str, ...]


@dataclass(slots=True)
class TypeScore:
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    source_right: int = 0
    source_total: int = 0

    @property
    def accuracy(self) -> float:
        total = sum(self.confusion.values())
        return (
            sum(n for (gold, guess), n in self.confusion.items() if gold == guess) / total
            if total
            else 0.0
        )

    def as_dict(self) -> dict[str, Any]:
        table = per_class(self.confusion)
        return {
            "records": sum(self.confusion.values()),
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(macro_f1(table), 4),
            "source_country": round(self.source_right / self.source_total, 4)
            if self.source_total
            else None,
            "per_class": {k: {m: round(v, 4) for m, v in row.items()} for k, row in table.items()},
        }


def read_gold_records(path: Path) -> list[GoldRecord]:
    records = json.loads(path.read_text("utf-8"))
    gold = []
    for record in records:
        event = record.get("event")
        if not event or event == "DOCUMENT" or not record.get("text"):
            continue
        codes = tuple(str(s.get("code", "")) for s in record.get("source") or [])
        gold.append(
            GoldRecord(record["id"], record["text"], OLDER_CATEGORIES.get(event, event), codes)
        )
    return gold


def as_articles(records: Iterable[GoldRecord]) -> list[Article]:
    """Each sentence as an English article with no publication date."""
    return [
        corpus_article(number, {"id": record.record_id, "text": record.text, "language": "en"})
        for number, record in enumerate(records, start=1)
    ]


def score_types(pairs: Iterable[tuple[GoldRecord, Iterable[Event]]]) -> TypeScore:
    score = TypeScore()
    for record, events in pairs:
        found = list(events)
        chosen = next((e for e in found if e.role is EventRole.MAIN), found[0] if found else None)
        predicted = chosen.plover_coding()[0].value if chosen else NO_EVENT
        score.confusion[(record.event_type, predicted)] += 1
        states = [
            code
            for code in record.source_codes
            if len(code) == 3 and code.isalpha() and code != "IGO"
        ]
        if states:
            score.source_total += 1
            countries = {actor.country for actor in chosen.actors} if chosen else set()
            score.source_right += int(bool(countries & set(states)))
    return score

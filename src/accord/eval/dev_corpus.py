"""Scoring the engine on the development corpus format: `articles.jsonl` (one article a line)
and `gold_events.jsonl` (one event cluster a line, with its main event's type, actor and
recipient codes, date with precision, and location country; `cluster: "neg"` articles
report no security event).

Each article's main event is compared with its cluster's gold event. Symmetric events
(joint agreements) count a party as right whichever side it is on. Dates are right when
they fall inside the gold date or range *and* have at least the gold precision.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from accord.eval.scoring import NO_EVENT, per_class
from accord.ingest.normalize import clean_text, content_hash
from accord.model import (
    Article,
    DateBasis,
    DatePrecision,
    Event,
    EventRole,
    LanguageBasis,
    SourceKind,
)

NEGATIVE = "neg"


@dataclass(frozen=True, slots=True)
class Gold:
    cluster: str
    event_type: str
    actor_country: str | None
    recipient_country: str | None
    symmetric: bool
    start: date | None
    end: date | None
    precision: DatePrecision | None
    location_country: str | None


@dataclass(slots=True)
class FieldScore:
    correct: int = 0
    total: int = 0

    def add(self, right: bool) -> None:
        self.correct += int(right)
        self.total += 1

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(slots=True)
class DevScore:
    fields: dict[str, FieldScore] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    mistakes: list[dict[str, Any]] = field(default_factory=list)
    stage_failures: list[str] = field(default_factory=list)
    # The same fields with each main event's open date and place filled from the other
    # reports of its event once merged (`accord.dedup.corroboration`); empty when not merged.
    corroborated: dict[str, dict[str, Any]] = field(default_factory=dict)
    corroborated_mistakes: list[dict[str, Any]] = field(default_factory=list)

    def field_score(self, name: str) -> FieldScore:
        return self.fields.setdefault(name, FieldScore())

    def per_class(self) -> dict[str, dict[str, float]]:
        """Precision, recall and F1 of the main event type, per gold and predicted class."""
        return per_class(self.confusion)

    def as_dict(self) -> dict[str, Any]:
        return {
            "fields": {
                name: {"accuracy": round(s.accuracy, 4), "correct": s.correct, "total": s.total}
                for name, s in self.fields.items()
            },
            "per_class": {
                k: {m: round(v, 4) for m, v in row.items()} for k, row in self.per_class().items()
            },
            "mistakes": self.mistakes,
            "stage_failures": self.stage_failures,
            "corroborated": self.corroborated,
            "corroborated_mistakes": self.corroborated_mistakes,
        }


def read_corpus(folder: Path) -> tuple[list[Article], dict[str, Gold], dict[str, str]]:
    """The corpus's articles (numbered from 1 in file order), gold events by cluster, and
    each article's cluster by its external id."""
    records = _jsonl(folder / "articles.jsonl")
    articles = [corpus_article(number, record) for number, record in enumerate(records, start=1)]
    clusters = {str(r["id"]): str(r.get("cluster", NEGATIVE)) for r in records}
    golds = {str(g["cluster"]): _gold(g) for g in _jsonl(folder / "gold_events.jsonl")}
    return articles, golds, clusters


def read_articles(path: Path) -> list[Article]:
    """Articles of a JSONL file in the corpus format, numbered from 1 in file order."""
    return [corpus_article(number, record) for number, record in enumerate(_jsonl(path), start=1)]


def score_main_events(
    events_by_article: Iterable[tuple[Article, Iterable[Event]]],
    golds: dict[str, Gold],
    clusters: dict[str, str],
) -> DevScore:
    score = DevScore()
    for article, events in events_by_article:
        cluster = clusters.get(article.external_id or "", NEGATIVE)
        main = next((e for e in events if e.role is EventRole.MAIN), None)
        if cluster == NEGATIVE:
            score.field_score("negatives_without_main_event").add(main is None)
            continue
        _score_one(score, article, main, golds[cluster])
    return score


def _score_one(score: DevScore, article: Article, main: Event | None, gold: Gold) -> None:
    predicted = main.plover_coding()[0].value if main else NO_EVENT  # a threat is THREATEN
    score.confusion[(gold.event_type, predicted)] += 1
    checks: dict[str, Callable[[], bool]] = {
        "event_type": lambda: predicted == gold.event_type,
        "actor_country": lambda: _party_right(
            main, gold.actor_country, gold.symmetric, actor_side=True
        ),
        "recipient_country": lambda: _party_right(
            main, gold.recipient_country, gold.symmetric, actor_side=False
        ),
        "date": lambda: _date_right(main, gold),
        "location_country": lambda: bool(
            main and main.place and main.place.country == gold.location_country
        ),
    }
    applicable = {
        "event_type": True,
        "actor_country": gold.actor_country is not None,
        "recipient_country": gold.recipient_country is not None,
        "date": gold.start is not None,
        "location_country": gold.location_country is not None,
    }
    for name, check in checks.items():
        if applicable[name]:
            right = check()
            score.field_score(name).add(right)
            if not right:
                score.mistakes.append(
                    {
                        "article": article.external_id,
                        "cluster": gold.cluster,
                        "field": name,
                        "predicted": _describe(main, name),
                    }
                )


def _party_right(
    main: Event | None, country: str | None, symmetric: bool, *, actor_side: bool
) -> bool:
    if main is None:
        return False
    side = main.actors if actor_side else main.recipients
    if symmetric:
        side = (*main.actors, *main.recipients)
    return any(actor.country == country for actor in side)


def _date_right(main: Event | None, gold: Gold) -> bool:
    predicted = main.date if main else None
    if predicted is None or predicted.start is None or predicted.precision is None:
        return False
    if gold.start is None or gold.precision is None:
        return False
    if predicted.precision.rank > gold.precision.rank:
        return False
    start = predicted.start
    end = predicted.end or start
    return gold.start <= start and end <= (gold.end or gold.start)


def _describe(main: Event | None, name: str) -> Any:
    if main is None:
        return None
    if name == "event_type":
        return main.event_type.value
    if name in ("actor_country", "recipient_country"):
        return {
            "actors": [a.country or a.name for a in main.actors],
            "recipients": [a.country or a.name for a in main.recipients],
        }
    if name == "date":
        return (
            main.date.expression + f" {main.date.start}..{main.date.end} {main.date.precision}"
            if main.date
            else None
        )
    return main.place.country if main.place else None


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def corpus_article(number: int, record: dict[str, Any]) -> Article:
    """An in-memory article (numbered `number`) from a record with `id` and `text` and
    optionally `published`, `language`, `title`, `url`, `outlet`: what the scorers run on."""
    text = clean_text(str(record["text"]))
    published = date.fromisoformat(record["published"]) if record.get("published") else None
    return Article(
        id=number,
        key=f"id:{record['id']}",
        external_id=str(record["id"]),
        text=text,
        content_hash=content_hash(text),
        kind=SourceKind.JSONL,
        origin=f"{record['id']}",
        language=record.get("language"),
        language_basis=LanguageBasis.DECLARED,
        published=published,
        date_basis=DateBasis.CALLER if published else DateBasis.UNKNOWN,
        title=record.get("title"),
        url=record.get("url"),
        outlet=record.get("outlet"),
    )


def _gold(record: dict[str, Any]) -> Gold:
    when = record["event_date"]
    start = when.get("date") or when.get("start")
    end = when.get("date") or when.get("end")
    return Gold(
        cluster=str(record["cluster"]),
        event_type=str(record["plover"]),
        actor_country=record["actor"].get("iso3"),
        recipient_country=record["recipient"].get("iso3"),
        symmetric=bool(record.get("symmetric")),
        start=date.fromisoformat(start) if start else None,
        end=date.fromisoformat(end) if end else None,
        precision=DatePrecision(when["precision"]) if when.get("precision") else None,
        location_country=record["location"].get("country"),
    )

"""PLOVER JSON Lines: one event per line in the PLOVER record shape, plus Accord's fields
(modality, date precision, role, the evidence for every field and the reporting articles).
A stored event is one article's report; a canonical event (`plover-canonical-jsonl`) merges
the reports of one real-world event and adds its outlets, first-seen date and conflicts.

The record is described by `schemas/plover-event-2.json` (JSON Schema 2020-12); its
`schema_version` changes whenever a field changes meaning. The `event` and `mode` are coded
as PLOVER codes them: a threatened act is THREATEN, with the act in `threatened_event`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from importlib.resources import files
from typing import Any, TextIO

from accord.model import Actor, Article, CanonicalEvent, Event, Evidence
from accord.model.plover import codebook

SCHEMA_VERSION = "accord-plover/2"
SCHEMA_FILE = "plover-event-2.json"


def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        files("accord.export").joinpath("schemas", SCHEMA_FILE).read_text("utf-8")
    )
    return loaded


def plover_record(event: Event, article: Article) -> dict[str, Any]:
    """The PLOVER record of one stored event reported by `article`."""
    if event.id is None:
        raise ValueError("only stored events (with an id) are exported")
    told = {article.id: article} if article.id is not None else {}
    return _record(event, f"accord-event-{event.id}", article, told, [article])


def canonical_plover_record(
    item: CanonicalEvent, articles: Mapping[int, Article]
) -> dict[str, Any]:
    """The PLOVER record of one canonical event: its merged fields, the evidence from every
    report (each item naming its article), the reports, the independent outlets, the
    first-seen date and the conflicts between reports. `articles` holds every report's
    article by id."""
    reporting = [articles[report.article_id] for report in item.reports]
    record = _record(item.event, item.id, reporting[0], articles, reporting)
    record["outlets"] = item.outlets
    record["first_seen"] = item.first_seen.isoformat() if item.first_seen else None
    record["conflicts"] = [
        {
            "field": conflict.field,
            "values": [
                {"value": value, "reports": [articles[i].reference for i in ids if i in articles]}
                for value, ids in conflict.values
            ],
        }
        for conflict in item.conflicts
    ]
    return record


def _record(
    event: Event,
    record_id: str,
    article: Article,
    articles: Mapping[int, Article],
    reporting: Sequence[Article],
) -> dict[str, Any]:
    """The record of `event` told by `article` (its text and citation), with evidence from
    `articles` and the `reporting` articles' references."""
    date = event.date
    coded, mode = event.plover_coding()
    return {
        "schema_version": SCHEMA_VERSION,
        "id": record_id,
        "date": date.start.isoformat() if date and date.start else None,
        "enddate": date.end.isoformat() if date and date.end and date.end != date.start else None,
        "date_precision": date.precision.value if date and date.precision else None,
        "date_text": date.expression if date else None,
        "actor": [_entity(actor) for actor in event.actors],
        "recipient": [_entity(actor) for actor in event.recipients],
        "event": coded.value,
        "mode": mode,
        "threatened_event": event.event_type.value if coded is not event.event_type else None,
        "context": [context.value for context in event.contexts],
        "event_loc": _location(event),
        "quad_code": int(codebook()[coded].quad),
        "event_scale": codebook()[coded].score_for(mode),
        "modality": event.modality.value,
        "role": event.role.value,
        "symmetric": event.symmetric,
        "commitments": [{"topic": c.topic, "text": c.span.text} for c in event.commitments],
        "fatalities": asdict(event.fatalities) if event.fatalities else None,
        "text_info": _text_info(event, article),
        "cite_info": _cite_info(article),
        "evidence": _evidence(event.evidence, articles, article),
        "reports": list(dict.fromkeys(a.reference for a in reporting)),
    }


def _entity(actor: Actor) -> dict[str, Any]:
    return {
        "name": actor.name,
        "code": actor.code,
        "country": actor.country,
        "sector": actor.sector.value if actor.sector else None,
        "kind": actor.kind.value,
        "role": actor.role,
    }


def _location(event: Event) -> dict[str, Any] | None:
    place = event.place
    if place is None:
        return None
    return {
        "name": place.name,
        "raw_name": place.raw_name,
        "country": place.country,
        "lat": place.latitude,
        "lon": place.longitude,
        "precision": place.precision.value if place.precision else None,
        "gazetteer_id": place.gazetteer_id,
    }


def _text_info(event: Event, article: Article) -> dict[str, Any]:
    triggers = event.evidence_for("event_type")
    if not triggers:
        return {"sentence": None, "trigger": None}
    span = triggers[0].span
    start = max(
        article.text.rfind("\n", 0, span.start), article.text.rfind(". ", 0, span.start) + 1, 0
    )
    ends = [
        i for i in (article.text.find(". ", span.end), article.text.find("\n", span.end)) if i != -1
    ]
    end = min(ends) + 1 if ends else len(article.text)
    return {"sentence": article.text[start:end].strip(), "trigger": span.text}


def _cite_info(article: Article) -> dict[str, Any]:
    return {
        "article": article.reference,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
    }


def _evidence(
    items: Iterable[Evidence], articles: Mapping[int, Article], default: Article
) -> dict[str, list[dict[str, Any]]]:
    by_field: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        article = articles.get(item.article_id, default)
        by_field[item.field].append(
            {
                "article": article.reference,
                "start": item.span.start,
                "end": item.span.end,
                "text": item.span.text,
                "extractor": item.provenance.extractor,
                "version": item.provenance.version,
                "confidence": item.provenance.confidence,
            }
        )
    return dict(by_field)


def write_plover_jsonl(records: Iterable[dict[str, Any]], output: TextIO) -> int:
    """One PLOVER record a line (see `plover_record`, and `accord.corrections` for records with
    the reviewers' corrections)."""
    count = 0
    for record in records:
        output.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_canonical_plover_jsonl(
    items: Iterable[tuple[CanonicalEvent, Mapping[int, Article]]], output: TextIO
) -> int:
    """One canonical event a line, each with the articles of its reports."""
    count = 0
    for item, articles in items:
        output.write(json.dumps(canonical_plover_record(item, articles), ensure_ascii=False) + "\n")
        count += 1
    return count

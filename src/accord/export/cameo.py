"""CAMEO-coded TSV in the Phoenix style: one row per source-target dyad of a canonical event,
with the Phoenix columns (actor code split into entity, role and attributes; event code,
root code, quad class and Goldstein score; location; sentence ids, URLs and outlets).

The PLOVER to CAMEO mapping is `accord.export.cameo_codes`, documented in `docs/exports.md`.
Unlike Phoenix files, the first line names the columns.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from itertools import combinations
from typing import TextIO

from accord.export.cameo_codes import cameo_code
from accord.export.registry import ExportFormat
from accord.export.summary import event_country, outlets, urls
from accord.graph.relations import dates_of
from accord.model import Actor, ActorKind, CanonicalEvent, Event, Sector

COLUMNS = (
    "EventID",
    "Date",
    "Year",
    "Month",
    "Day",
    "SourceActorFull",
    "SourceActorEntity",
    "SourceActorRole",
    "SourceActorAttribute",
    "TargetActorFull",
    "TargetActorEntity",
    "TargetActorRole",
    "TargetActorAttribute",
    "EventCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScore",
    "Issues",
    "Lat",
    "Lon",
    "LocationName",
    "StateName",
    "CountryCode",
    "SentenceID",
    "URLs",
    "NewsSources",
)

_AGENTS = frozenset(sector.value for sector in Sector)


def actor_code(actor: Actor | None) -> str:
    """The CAMEO actor code: the extractor's code, else country plus sector ("NGAMIL"),
    "IGO" plus sector for organisations without one."""
    if actor is None:
        return ""
    if actor.code:
        return actor.code
    sector = actor.sector.value if actor.sector else ""
    if actor.country:
        return actor.country + sector
    if actor.kind is ActorKind.IGO:
        return "IGO"
    return sector


def split_code(code: str) -> tuple[str, str, str]:
    """Entity (country or IGO/NGO/...), role (the agent code after it, when it is one) and
    the other three-letter pieces, as Phoenix splits them."""
    pieces = [code[i : i + 3] for i in range(0, len(code), 3)]
    if not pieces:
        return "", "", ""
    rest = pieces[1:]
    role = rest.pop(0) if rest and rest[0] in _AGENTS else ""
    return pieces[0], role, ";".join(rest)


def dyads(event: Event) -> Iterator[tuple[Actor, Actor | None]]:
    """Who acts on whom: each actor on each recipient; every pair of parties once for
    symmetric events; an actor alone when the event has no recipient."""
    if event.symmetric:
        yield from combinations((*event.actors, *event.recipients), 2)
    elif event.recipients:
        for actor in event.actors:
            for recipient in event.recipients:
                yield actor, recipient
    else:
        for actor in event.actors:
            yield actor, None


def cameo_rows(item: CanonicalEvent) -> Iterator[dict[str, str]]:
    event = item.event
    start, _ = dates_of(item)
    code = cameo_code(event)
    place = event.place
    shared = {
        "Date": start.strftime("%Y%m%d") if start else "",
        "Year": f"{start.year:04d}" if start else "",
        "Month": f"{start.month:02d}" if start else "",
        "Day": f"{start.day:02d}" if start else "",
        "EventCode": code.code,
        "EventRootCode": code.root,
        "QuadClass": str(code.quad_class),
        "GoldsteinScore": f"{code.goldstein:.1f}",
        "Issues": ";".join(context.value for context in event.contexts),
        "Lat": f"{place.latitude:.4f}" if place and place.latitude is not None else "",
        "Lon": f"{place.longitude:.4f}" if place and place.longitude is not None else "",
        "LocationName": (place.name or place.raw_name) if place else "",
        "StateName": "",
        "CountryCode": event_country(item) or "",
        "SentenceID": ";".join(r.external_id or str(r.article_id) for r in item.reports),
        "URLs": ";".join(urls(item)),
        "NewsSources": ";".join(outlets(item)),
    }
    for number, (source, target) in enumerate(dyads(event), start=1):
        source_code, target_code = actor_code(source), actor_code(target)
        source_parts, target_parts = split_code(source_code), split_code(target_code)
        yield {
            "EventID": f"{item.id}-{number}",
            "SourceActorFull": source_code,
            "SourceActorEntity": source_parts[0],
            "SourceActorRole": source_parts[1],
            "SourceActorAttribute": source_parts[2],
            "TargetActorFull": target_code,
            "TargetActorEntity": target_parts[0],
            "TargetActorRole": target_parts[1],
            "TargetActorAttribute": target_parts[2],
            **shared,
        }


def write_cameo_tsv(items: Iterable[CanonicalEvent], output: TextIO) -> int:
    writer = csv.DictWriter(
        output, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL
    )
    writer.writeheader()
    count = 0
    for item in items:
        for row in cameo_rows(item):
            writer.writerow(row)
            count += 1
    return count


FORMAT = ExportFormat(
    "cameo-tsv",
    "canonical events as CAMEO-coded TSV, Phoenix columns, one row per dyad",
    "rows",
    lambda source, handle: write_cameo_tsv(source.canonical_events(), handle),
)

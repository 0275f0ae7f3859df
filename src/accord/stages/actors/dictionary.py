"""The actor dictionary: load the built data, resolve mention strings to canonical actors.

`resolve` reads a mention the way news writes it: a name ("Niger", "ECOWAS"), a demonym
("Nigerien"), a capital standing for its government ("Niamey said"), or an owner and an agent
in any of the usual orders: "the Nigerian army", "Nigeria's army", "troops of Niger", "the
junta in Niamey", "l'armée nigérienne". Geographic features that share a name with a state
("River Niger") resolve to None; sub-national regions ("Niger State") resolve to their
country, as kind OTHER. Titles and appositions ("Minister for Africa, Vicky Ford") resolve to
people, see `accord.stages.actors.people`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum
from importlib.resources import files
from pathlib import Path
from typing import Any

from accord.errors import ConfigurationError
from accord.model import Actor, ActorKind, Sector
from accord.stages.actors import people, records
from accord.stages.actors.mention import (
    clean,
    is_acronym,
    key,
    singular_keys,
    split_possessive,
    without_determiners,
    words,
)
from accord.stages.actors.patterns import build_patterns
from accord.stages.actors.records import (
    ActorData,
    AgentRecord,
    InstitutionRecord,
    NonActorRecord,
    OrganisationRecord,
    RegionRecord,
    StateRecord,
)
from accord.stages.actors.turkish import TurkishNames, turkish_names

# Sectors through which a state itself acts; the others ("Nigerian rebels") are not the state.
STATE_SECTORS = frozenset({Sector.GOV, Sector.MIL, Sector.COP, Sector.SPY, Sector.JUD, Sector.LEG})
ARMED_SECTORS = frozenset({Sector.REB, Sector.CRM})
_SECTOR_NOUNS = {
    Sector.REB: "rebels", Sector.CRM: "criminals", Sector.CVL: "civilians",
    Sector.OPP: "opposition", Sector.PTY: "parties", Sector.BUS: "business",
    Sector.MED: "media", Sector.EDU: "education", Sector.HLH: "health services",
    Sector.REF: "refugees", Sector.LAB: "labour", Sector.NGO: "NGOs", Sector.IGO: "IGOs",
    Sector.REL: "religious groups",
}  # fmt: skip
# Words joining an agent to its owner: "troops of Niger", "the junta in Niamey", "armée du Mali".
_LINKS = ("of", "in", "from", "de", "du", "des", "d'", "en", "au")
Record = StateRecord | InstitutionRecord | OrganisationRecord | RegionRecord | NonActorRecord


class NameUse(StrEnum):
    """How a name denotes its record, which decides the sector a bare mention gets."""

    NAME = "name"
    DEMONYM = "demonym"
    CAPITAL = "capital"  # a capital for its government: "Abuja said"


@dataclass(frozen=True, slots=True)
class Owner:
    """One dictionary record a name points to, and how."""

    record: Record
    use: NameUse
    surface: str


class ActorDictionary:
    """States, IGOs, armed groups and agents, and the resolver over them.

    Construct freely (no I/O); call `load()` before use. `path` defaults to the packaged
    `accord/ontology/actors.json`.
    """

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._data: ActorData | None = None
        self._owners: dict[str, list[Owner]] = {}
        self._agents: dict[str, AgentRecord] = {}
        self._states: dict[str, StateRecord] = {}
        self._turkish = TurkishNames((), (), ())

    def load(self) -> ActorDictionary:
        """Read the dictionary and build the indexes; returns self. Loading twice is a no-op."""
        if self._data is not None:
            return self
        if self._path is None:
            text = files("accord.ontology").joinpath("actors.json").read_text(encoding="utf-8")
            origin = "accord/ontology/actors.json"
        else:
            try:
                text = self._path.read_text(encoding="utf-8")
            except OSError as error:
                raise ConfigurationError(
                    f"cannot read the actor dictionary ({error}); build it with "
                    "`accord build actors`",
                    origin=str(self._path),
                ) from error
            origin = str(self._path)
        self._index(records.load(text, origin=origin))
        return self

    @property
    def data(self) -> ActorData:
        if self._data is None:
            raise ConfigurationError("the actor dictionary is not loaded; call load() first")
        return self._data

    def _add(self, record: Record, names: tuple[str, ...], use: NameUse) -> None:
        for surface in names:
            self._owners.setdefault(key(surface), []).append(Owner(record, use, surface))

    def _index(self, data: ActorData) -> None:
        self._data = data
        self._owners = {}
        for non_actor in data.non_actors:
            self._add(non_actor, (non_actor.name, *non_actor.names), NameUse.NAME)
        for region in data.regions:
            self._add(region, (region.name, *region.names), NameUse.NAME)
        for state in data.states:
            self._add(state, (state.name, *state.names), NameUse.NAME)
            self._add(state, state.demonyms, NameUse.DEMONYM)
            self._add(state, state.capitals, NameUse.CAPITAL)
        for institution in data.institutions:
            self._add(institution, (institution.name, *institution.names), NameUse.NAME)
        for organisation in data.organisations:
            self._add(organisation, (organisation.name, *organisation.names), NameUse.NAME)
        self._states = {state.iso3: state for state in data.states}
        self._agents = {}
        for agent in data.agents:
            for surface in (agent.phrase, agent.plural):
                if surface:
                    self._agents.setdefault(key(surface), agent)
        self._index_turkish(turkish_names(data))

    def _index_turkish(self, names: TurkishNames) -> None:
        """Turkish names of the same records, after the English and French ones so that
        a name both languages use keeps its English reading."""
        self._turkish = names
        for record, surface in names.names:
            self._add(record, (surface,), NameUse.NAME)
        for state, surface in names.demonyms:
            self._add(state, (surface,), NameUse.DEMONYM)
        for state, surface in (*names.capitals, *names.offices):
            self._add(state, (surface,), NameUse.CAPITAL)
        for surface, agent in names.agents:
            self._agents.setdefault(key(surface), agent)

    def turkish_names(self) -> TurkishNames:
        """The Turkish names of the dictionary's records (see `accord.stages.actors.turkish`)."""
        self.data  # noqa: B018  # raises when not loaded
        return self._turkish

    # -- lookups -------------------------------------------------------------------------

    def state(self, iso3: str) -> StateRecord | None:
        """The state with ISO 3166-1 alpha-3 code `iso3`."""
        self.data  # noqa: B018  # raises when not loaded
        return self._states.get(iso3.upper())

    def owner(self, text: str) -> Owner | None:
        """The record a whole name denotes ("Nigerien" -> Niger as demonym), else None."""
        self.data  # noqa: B018
        tokens = without_determiners(words(clean(text)))
        if not tokens:
            return None
        written = " ".join(tokens)
        written_key = key(written)
        for candidate_key in (written_key, *singular_keys(written_key)):
            for owner in self._owners.get(candidate_key, ()):
                if not is_acronym(owner.surface) or written.replace(".", "").isupper():
                    return owner
        return None

    def agent(self, text: str) -> AgentRecord | None:
        """The agent a whole phrase names ("troops" -> troop, MIL), else None."""
        self.data  # noqa: B018
        tokens = without_determiners(words(clean(text)))
        phrase_key = key(" ".join(tokens))
        for candidate in (phrase_key, *singular_keys(phrase_key)):
            if candidate in self._agents:
                return self._agents[candidate]
        return None

    # -- resolution ----------------------------------------------------------------------

    def resolve(self, text: str, *, context_country: str | None = None) -> Actor | None:
        """The canonical actor `text` names, or None when it names none (or a river).

        `context_country` (ISO alpha-3) is the country an article is about: a bare state
        agent ("the army") and a person's title without a country ("Minister for Africa")
        are read as that country's.
        """
        cleaned = clean(text)
        if not cleaned:
            return None
        whole = self.owner(cleaned)
        if whole is not None:
            return self.owner_actor(whole, None)
        composed = self._compose(cleaned)
        if composed is not None:
            return composed
        agent = self.agent(cleaned)
        if agent is not None:
            return self._bare_agent(agent, context_country)
        return people.resolve_apposition(self, cleaned, context_country=context_country)

    def entity_patterns(self, labels: Collection[str] | None = None) -> list[dict[str, Any]]:
        """spaCy EntityRuler patterns for every name, optionally only those with `labels`
        (see `accord.stages.actors.patterns.LABELS`); each pattern's `id` names its record."""
        return build_patterns(self.data, labels=labels)

    def resolve_person(
        self, name: str, title_text: str | None = None, *, context_country: str | None = None
    ) -> Actor:
        """A person from a name and a title: ("Babagana Monguno", "Nigerian National
        Security Adviser") -> PERSON, NGA, GOV, role "National Security Adviser"."""
        return people.resolve_person(self, name, title_text, context_country=context_country)

    def titled_person(
        self, title: str, name: str, *, context_country: str | None = None
    ) -> Actor | None:
        """The person `name` after an office ("Secretary of Defense" + "Austin"), else None."""
        return people.titled_person(self, title, name, context_country=context_country)

    def _compose(self, cleaned: str) -> Actor | None:
        possessive = split_possessive(cleaned)
        if possessive is not None:
            owner, agent = self.owner(possessive[0]), self.agent(possessive[1])
            if owner is not None and agent is not None:
                return self.owner_actor(owner, agent)
        tokens = without_determiners(words(cleaned))
        for index in range(len(tokens) - 2, 0, -1):
            if tokens[index].lower() in _LINKS:
                agent = self.agent(" ".join(tokens[:index]))
                owner = self.owner(" ".join(tokens[index + 1 :]))
                if owner is not None and agent is not None:
                    return self.owner_actor(owner, agent)
        for index in range(len(tokens) - 1, 0, -1):
            head, tail = " ".join(tokens[:index]), " ".join(tokens[index:])
            owner, agent = self.owner(head), self.agent(tail)  # "Nigerian army"
            if owner is None or agent is None:
                owner, agent = self.owner(tail), self.agent(head)  # "armée nigériane"
            if owner is not None and agent is not None:
                return self.owner_actor(owner, agent)
        return None

    def owner_actor(self, owner: Owner, agent: AgentRecord | None) -> Actor | None:
        """The actor of a record named alone (`agent` None) or with an agent noun."""
        record = owner.record
        sector = agent.sector if agent is not None else None
        if isinstance(record, NonActorRecord):
            return None
        if isinstance(record, StateRecord):
            if sector is None and owner.use is NameUse.CAPITAL:
                sector = Sector.GOV
            return state_actor(record, sector)
        if isinstance(record, InstitutionRecord):
            state = self._states[record.country]
            return state_actor(state, record.sector, aliases=(record.name, *record.names))
        if isinstance(record, RegionRecord):
            state = self._states[record.country]
            return Actor(
                name=record.name,
                kind=_kind_for(sector, default=ActorKind.OTHER),
                country=state.iso3,
                sector=sector,
                code=state.code + (sector.value if sector else ""),
                aliases=record.names,
            )
        return Actor(
            name=record.name,
            kind=record.kind,
            country=record.country,
            sector=sector if sector is not None and sector is not Sector.REB else record.sector,
            code=record.code,
            aliases=record.names,
        )

    def _bare_agent(self, agent: AgentRecord, context_country: str | None) -> Actor:
        state = self.state(context_country) if context_country else None
        if state is not None and agent.sector in STATE_SECTORS:
            return state_actor(state, agent.sector)
        return Actor(
            name=agent.phrase,
            kind=_kind_for(agent.sector, default=ActorKind.OTHER),
            sector=agent.sector,
        )


def _kind_for(sector: Sector | None, *, default: ActorKind) -> ActorKind:
    return ActorKind.ARMED_GROUP if sector in ARMED_SECTORS else default


def state_actor(
    state: StateRecord, sector: Sector | None, *, aliases: tuple[str, ...] = ()
) -> Actor:
    """A state acting as itself or, for non-state sectors, a population of it."""
    code = state.code + (sector.value if sector else "")
    if sector is None or sector in STATE_SECTORS:
        return Actor(
            name=state.name,
            kind=ActorKind.STATE,
            country=state.iso3,
            sector=sector,
            code=code,
            aliases=aliases or state.names,
        )
    adjective = next((d for d in state.demonyms if d[:1].isupper()), state.name)
    return Actor(
        name=f"{adjective} {_SECTOR_NOUNS[sector]}",
        kind=_kind_for(sector, default=ActorKind.OTHER),
        country=state.iso3,
        sector=sector,
        code=code,
    )

"""spaCy EntityRuler patterns for every name in the actor dictionary.

Patterns are token patterns, tokenised with spaCy's English rules so that "al-Shabaab" and
"U.S." split as the pipeline will split them. Case follows how each name is written:
acronyms only in capitals ("IS", "ECOWAS"), names in their own casing or all capitals
("Niger", "NIGER", never "niger"), lower-case words (agents, French adjectives, "of") in any
case. Names with accents also match unaccented. Each pattern's `id` names its record
("state:NER", "organisation:ecowas", "agent:army") and its label says what kind of name it
is; geographic features that share a name with an actor ("River Niger") are labelled LOC so
that the longer match keeps the state's name from being tagged inside them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any

from accord.model import ActorKind
from accord.stages.actors.mention import is_acronym, key, strip_accents
from accord.stages.actors.records import ActorData

STATE = "STATE"
DEMONYM = "DEMONYM"
CAPITAL = "CAPITAL"
INSTITUTION = "INSTITUTION"
IGO = "IGO"
ARMED_GROUP = "ARMED_GROUP"
ADMIN_REGION = "ADMIN_REGION"
AGENT = "AGENT"
NON_ACTOR = "LOC"
LABELS = (STATE, DEMONYM, CAPITAL, INSTITUTION, IGO, ARMED_GROUP, ADMIN_REGION, AGENT, NON_ACTOR)

Tokenize = Callable[[list[str]], list[list[str]]]


def _token_pattern(token: str, *, acronym: bool) -> dict[str, Any]:
    if acronym or not any(char.isalpha() for char in token):
        return {"ORTH": token}
    if token == token.lower():
        return {"LOWER": token}
    forms = sorted({token, token.upper()})
    return {"ORTH": forms[0]} if len(forms) == 1 else {"ORTH": {"IN": forms}}


def _demonym_forms(demonym: str) -> list[str]:
    """English demonyms used as nouns take an -s: "Nigerians", "Israelis"."""
    if demonym[:1].isupper() and demonym.endswith(("an", "i", "er")):
        return [demonym, demonym + "s"]
    return [demonym]


def _place_names(data: ActorData) -> Iterator[tuple[str, str, str]]:
    for non_actor in data.non_actors:
        for name in (non_actor.name, *non_actor.names):
            yield NON_ACTOR, f"non-actor:{key(non_actor.name)}", name
    for region in data.regions:
        for name in (region.name, *region.names):
            yield ADMIN_REGION, f"region:{key(region.name)}", name


def _state_names(data: ActorData) -> Iterator[tuple[str, str, str]]:
    for state in data.states:
        identifier = f"state:{state.iso3}"
        for name in (state.name, *state.names):
            yield STATE, identifier, name
        for demonym in state.demonyms:
            for form in _demonym_forms(demonym):
                yield DEMONYM, identifier, form
        for capital in state.capitals:
            yield CAPITAL, identifier, capital
    for institution in data.institutions:
        identifier = f"institution:{institution.country}:{key(institution.name)}"
        for name in (institution.name, *institution.names):
            yield INSTITUTION, identifier, name


def _other_names(data: ActorData) -> Iterator[tuple[str, str, str]]:
    for organisation in data.organisations:
        label = IGO if organisation.kind is ActorKind.IGO else ARMED_GROUP
        for name in (organisation.name, *organisation.names):
            yield label, f"organisation:{organisation.id}", name
    for agent in data.agents:
        for name in (agent.phrase, agent.plural):
            if name:
                yield AGENT, f"agent:{key(agent.phrase)}", name


def _names(data: ActorData) -> Iterator[tuple[str, str, str]]:
    """(label, id, written name) for every name in the dictionary."""
    yield from _place_names(data)
    yield from _state_names(data)
    yield from _other_names(data)


def _spacy_tokenize(texts: list[str]) -> list[list[str]]:
    import spacy  # a blank English pipeline is only its tokenizer: fast, no model

    blank = spacy.blank("en")
    return [[token.text for token in blank.make_doc(text)] for text in texts]


def build_patterns(
    data: ActorData,
    *,
    labels: Collection[str] | None = None,
    tokenize: Tokenize | None = None,
) -> list[dict[str, Any]]:
    """EntityRuler patterns for `data`, only those with `labels` when given."""
    wanted = [entry for entry in _names(data) if labels is None or entry[0] in labels]
    variants: list[tuple[str, str, str]] = []
    for label, identifier, name in wanted:
        variants.append((label, identifier, name))
        plain = strip_accents(name)
        if plain != name:
            variants.append((label, identifier, plain))
    token_lists = (tokenize or _spacy_tokenize)([name for _, _, name in variants])
    return _unique(_patterns(variants, token_lists))


def _patterns(
    variants: list[tuple[str, str, str]], token_lists: list[list[str]]
) -> Iterator[dict[str, Any]]:
    for (label, identifier, name), tokens in zip(variants, token_lists, strict=True):
        acronym = is_acronym(name)
        pattern = [_token_pattern(token, acronym=acronym) for token in tokens]
        if pattern:
            yield {"label": label, "pattern": pattern, "id": identifier}


def _unique(patterns: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    kept: list[dict[str, Any]] = []
    for pattern in patterns:
        signature = json.dumps(pattern, sort_keys=True, ensure_ascii=False)
        if signature not in seen:
            seen.add(signature)
            kept.append(pattern)
    return kept

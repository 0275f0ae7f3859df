"""Which node an actor is, and which node a user means by "NGA", "Nigeria" or "nigeria".

States fold into one node per ISO code whatever part of the state acts (its army, its
government), so a query for the country finds all of them; every other actor is keyed by
kind and name. Lookups match the key, names, aliases, PLOVER codes and, for states, the
ISO 3166 names and codes, case-insensitively.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

import pycountry

from accord.errors import AccordError
from accord.graph.model import Node
from accord.model import Actor, ActorKind


class GraphError(AccordError):
    code = "graph.error"


def fold(text: str) -> str:
    """A name as compared: case-folded, spaces collapsed, a leading "the" dropped."""
    folded = re.sub(r"\s+", " ", text.casefold()).strip()
    return folded.removeprefix("the ")


def node_key(actor: Actor) -> str:
    if actor.kind is ActorKind.STATE and actor.country:
        return actor.country.upper()
    return f"{actor.kind.value}:{fold(actor.name)}"


def node_for(actor: Actor) -> Node:
    """The node of an actor as one event names it; `merged` joins what events add."""
    if actor.kind is ActorKind.STATE and actor.country:
        name = state_name(actor.country) or actor.name
        return Node(
            key=node_key(actor),
            name=name,
            kind=ActorKind.STATE,
            country=actor.country.upper(),
            codes=(actor.code,) if actor.code else (),
            aliases=tuple(a for a in dict.fromkeys((actor.name, *actor.aliases)) if a != name),
        )
    return Node(
        key=node_key(actor),
        name=actor.name,
        kind=actor.kind,
        country=actor.country,
        codes=(actor.code,) if actor.code else (),
        aliases=actor.aliases,
    )


def merged(first: Node, second: Node) -> Node:
    """One node with the codes and aliases of both (the first's name and kind win)."""
    names = (*first.aliases, *second.aliases, second.name)
    return Node(
        key=first.key,
        name=first.name,
        kind=first.kind,
        country=first.country or second.country,
        codes=tuple(dict.fromkeys((*first.codes, *second.codes))),
        aliases=tuple(dict.fromkeys(name for name in names if name != first.name)),
    )


@cache
def state_name(code: str) -> str | None:
    country = pycountry.countries.get(alpha_3=code.upper())
    return None if country is None else str(getattr(country, "common_name", country.name))


def _state_terms(code: str) -> Iterable[str]:
    country = pycountry.countries.get(alpha_3=code.upper())
    if country is None:
        return ()
    names = ("name", "official_name", "common_name", "alpha_2")
    return [str(getattr(country, name)) for name in names if hasattr(country, name)]


class ActorIndex:
    """Every way of naming each node, for resolving what a user types."""

    def __init__(self, nodes: Iterable[Node]) -> None:
        self.nodes = {node.key: node for node in nodes}
        self._terms: dict[str, set[str]] = defaultdict(set)
        for node in self.nodes.values():
            terms = [node.key, node.name, *node.aliases, *node.codes]
            if node.kind is ActorKind.STATE and node.country:
                terms += [node.country, *_state_terms(node.country)]
            for term in terms:
                self._terms[fold(term)].add(node.key)

    def resolve(self, query: str) -> Node:
        """The one node `query` names; a `GraphError` saying why when none or several do."""
        keys = self._terms.get(fold(query), set())
        if len(keys) == 1:
            return self.nodes[next(iter(keys))]
        if keys:
            names = ", ".join(f"{self.nodes[k].name} ({k})" for k in sorted(keys))
            raise GraphError(f"{query!r} names several actors: {names}; give one of the keys")
        close = difflib.get_close_matches(fold(query), list(self._terms), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise GraphError(f"no actor {query!r} in the graph{hint}")

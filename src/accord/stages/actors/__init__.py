"""Actors: the dictionary of states, IGOs, armed groups and agents, and the resolver over it.

`ActorDictionary().load()` reads the packaged `accord/ontology/actors.json`;
`build_actor_dictionary` rebuilds that file from the Phoenix dictionaries.
"""

from accord.stages.actors.build import BuildSummary, build_actor_dictionary
from accord.stages.actors.dictionary import ActorDictionary, NameUse, Owner
from accord.stages.actors.patterns import LABELS

__all__ = [
    "LABELS",
    "ActorDictionary",
    "BuildSummary",
    "NameUse",
    "Owner",
    "build_actor_dictionary",
]

"""Named, versioned stages: the built-ins and plugins, all through the same entry points.

A stage factory takes the shared `Resources` (the actor dictionary, the gazetteer) so that
stages needing the same model share one loaded copy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import entry_points

from accord.pipeline.runner import Pipeline, PipelineError
from accord.pipeline.stage import Stage
from accord.stages.actors import ActorDictionary
from accord.stages.places import Gazetteer

ENTRY_POINT_GROUP = "accord.stages"
DEFAULT_STAGES = (
    "parse.spacy.v1",
    "mentions.dictionary.v1",
    "dates.rules.v1",
    "places.gazetteer.v1",
    "quotes.rules.v1",
    "commitments.rules.v1",
    "events.rules.v1",
)


@dataclass
class Resources:
    """Models shared between stages, loaded once by the stages that use them."""

    dictionary: ActorDictionary = field(default_factory=ActorDictionary)
    gazetteer: Gazetteer = field(default_factory=Gazetteer)


StageFactory = Callable[[Resources], Stage]


def _built_in() -> dict[str, StageFactory]:
    from accord.stages import adapters
    from accord.stages.commitments import CommitmentFinder
    from accord.stages.dates import TemporalTagger
    from accord.stages.events.rules import RuleEventExtractor
    from accord.stages.mentions.actors import DictionaryMentions
    from accord.stages.mentions.parse import SpacyParser
    from accord.stages.quotes import QuoteFinder
    from accord.typer.stage import TypedEventExtractor

    return {
        "parse.spacy.v1": lambda r: SpacyParser(r.dictionary, r.gazetteer),
        "mentions.dictionary.v1": lambda r: DictionaryMentions(r.dictionary),
        "dates.rules.v1": lambda r: adapters.DatesStage(TemporalTagger()),
        "places.gazetteer.v1": lambda r: adapters.PlacesStage(r.gazetteer),
        "quotes.rules.v1": lambda r: adapters.QuotesStage(QuoteFinder()),
        "commitments.rules.v1": lambda r: adapters.CommitmentsStage(CommitmentFinder()),
        "events.rules.v1": lambda r: RuleEventExtractor(r.gazetteer),
        "events.typer.v1": lambda r: TypedEventExtractor(r.gazetteer),
    }


@cache
def stage_factories() -> dict[str, StageFactory]:
    """Every registered stage by name; a plugin may add names but not take a built-in's."""
    factories = _built_in()
    for point in entry_points(group=ENTRY_POINT_GROUP):
        if point.name in factories:
            raise PipelineError(f"a plugin registers {point.name!r}, the name of a built-in stage")
        factories[point.name] = point.load()
    return factories


def build_pipeline(
    names: Sequence[str] = DEFAULT_STAGES, resources: Resources | None = None
) -> Pipeline:
    factories = stage_factories()
    unknown = [name for name in names if name not in factories]
    if unknown:
        known = ", ".join(sorted(factories))
        raise PipelineError(f"unknown stage {', '.join(unknown)}; registered stages: {known}")
    shared = resources or Resources()
    return Pipeline([factories[name](shared) for name in names])

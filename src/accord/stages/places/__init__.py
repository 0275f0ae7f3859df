"""Places: an offline gazetteer that turns place names into coordinates and countries."""

from accord.stages.places.context import countries_mentioned
from accord.stages.places.gazetteer import Gazetteer, GazetteerNotLoadedError
from accord.stages.places.geometry import distance_km
from accord.stages.places.ranking import Candidate, choose

__all__ = [
    "Candidate",
    "Gazetteer",
    "GazetteerNotLoadedError",
    "choose",
    "countries_mentioned",
    "distance_km",
]

"""Temporal expressions: dates in article text, resolved against the publication date."""

from accord.stages.dates.tagger import TemporalTagger

__all__ = ["TemporalTagger"]

"""Commitments: what a partnership or agreement covers (`CommitmentFinder`, registered as
"commitments.rules.v1"), by a curated topic lexicon in English and French."""

from accord.stages.commitments.finder import CommitmentFinder
from accord.stages.commitments.lexicon import TOPICS, Topic

__all__ = ["TOPICS", "CommitmentFinder", "Topic"]

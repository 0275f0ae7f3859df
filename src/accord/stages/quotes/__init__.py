"""Quotes: who said what in an article (`QuoteFinder`, registered as "quotes.rules.v1")."""

from accord.stages.quotes.finder import QuoteFinder

__all__ = ["QuoteFinder"]

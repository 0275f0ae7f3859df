"""Persistence: the store is the only module that reaches the database."""

from accord.store.store import AddOutcome, AddResult, ArticleQuery, RunTotals, Store

__all__ = ["AddOutcome", "AddResult", "ArticleQuery", "RunTotals", "Store"]

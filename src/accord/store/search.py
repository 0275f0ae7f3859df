"""Full-text search over articles with one meaning on SQLite (FTS5) and PostgreSQL (GIN).

Both databases index the same folded text, made here: lower case, accents removed, and
every run of punctuation (hyphens and apostrophes included) made a space. A search is
folded the same way, so "Senegal" finds "Sénégal" and "al-Qaeda" finds "al Qaeda" on both.
Every word and every "quoted phrase" must appear.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import false, func, text

from accord.store.tables import articles

_QUOTED_OR_WORD = re.compile(r'"([^"]+)"|([^\s"]+)')
_NOT_WORD = re.compile(r"[\W_]+")


def fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    without_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", without_accents).strip()


def search_text(title: str | None, body: str) -> str:
    """What the indexes hold for an article."""
    return fold(f"{title or ''} {body}")


def search_terms(search: str) -> list[str]:
    """The folded phrases of a search: each quoted phrase, and each other word (a word that
    folds into several, "al-Qaeda", is kept together as a phrase)."""
    terms = []
    for phrase, word in _QUOTED_OR_WORD.findall(search):
        folded = fold(phrase or word)
        if folded:
            terms.append(folded)
    return terms


def search_filter(statement: Any, search: str, dialect: str) -> Any:
    terms = search_terms(search)
    if not terms:
        return statement.where(false())
    if dialect == "sqlite":
        query = " ".join('"' + term + '"' for term in terms)  # folded terms hold no quotes
        matches = text(
            "SELECT rowid FROM articles_search WHERE articles_search MATCH :query"
        ).bindparams(query=query)
        return statement.where(articles.c.id.in_(matches.columns(rowid=articles.c.id.type)))
    document = func.to_tsvector("simple", articles.c.search_text)
    combined: Any = func.phraseto_tsquery("simple", terms[0])
    for term in terms[1:]:
        combined = combined.op("&&")(func.phraseto_tsquery("simple", term))
    return statement.where(document.op("@@")(combined))

"""What a grammar rule is, and what resolving one match of it gives: a `Reading`.

A rule is a regular expression and a resolver. Its named groups carry the parts of the
expression (`day`, `month`, `year`, `weekday`, `modifier`, ...); the resolver reads them,
whatever the language, and returns a `Reading`, or None to reject the match ("31 April").
A group named `expression`, when present, is the span to report: "in 2018" is matched
with its preposition but reported as "2018".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from accord.model import DatePrecision
from accord.stages.dates.tense import announced_as_future

NO_PUBLICATION_DATE = "no publication date"


@dataclass(frozen=True, slots=True)
class Reading:
    """The period an expression denotes: `start`..`end` inclusive, or unanchored (None)."""

    precision: DatePrecision
    start: date | None
    end: date | None
    reason: str


def unanchored(precision: DatePrecision) -> Reading:
    """The reading of an expression that needs a publication date the article lacks."""
    return Reading(precision, None, None, NO_PUBLICATION_DATE)


def day_reading(day: date, reason: str) -> Reading:
    return Reading(DatePrecision.DAY, day, day, reason)


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What resolution may look at besides the match: the text, its language, its anchor,
    and the last day it can have been written (when it was collected), if known."""

    text: str
    published: date | None
    language: str
    not_after: date | None = None

    def announced_as_future(self, match: re.Match[str]) -> bool:
        return announced_as_future(self.text, match.start(), self.language)


Resolver = Callable[[re.Match[str], ArticleContext], Reading | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of the grammar and the resolver that reads its matches."""

    name: str
    pattern: str
    resolve: Resolver
    flags: int = 0

    def compile(self, language: str) -> CompiledRule:
        # Every expression starts at a word boundary; saying so first lets the engine skip
        # the inside of words quickly.
        regex = re.compile(rf"\b(?:{self.pattern})", self.flags)
        return CompiledRule(self.name, language, regex, self.resolve)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    name: str
    language: str
    regex: re.Pattern[str]
    resolve: Resolver


def group(match: re.Match[str], name: str) -> str | None:
    """The text of an optional named group; None when the rule lacks it or it did not match."""
    return match.group(name) if name in match.re.groupindex else None


def expression_bounds(match: re.Match[str]) -> tuple[int, int]:
    if "expression" in match.re.groupindex and match.group("expression") is not None:
        return match.span("expression")
    return match.span()


def unless_preceded_by(pattern: str, resolve: Resolver) -> Resolver:
    """`resolve`, but rejecting a match when the text just before it ends with `pattern`."""
    before = re.compile(rf"(?:{pattern})\s*$")

    def guarded(match: re.Match[str], context: ArticleContext) -> Reading | None:
        if before.search(context.text, max(0, match.start() - 24), match.start()):
            return None
        return resolve(match, context)

    return guarded

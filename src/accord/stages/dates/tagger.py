"""The temporal tagger: finds date expressions in an article and resolves them against its
publication date.

Every rule of the article's language (and the language-neutral numeric rules) runs over
the text; each match is resolved, and of overlapping matches the longest wins ("Saturday,
July 6, 2024" over "Saturday" and "July 6"), then the earliest.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date

from accord.errors import ConfigurationError
from accord.model import EventDate, Span, TemporalMention
from accord.stages.dates import english, french, numeric, turkish
from accord.stages.dates.reading import (
    ArticleContext,
    CompiledRule,
    Reading,
    Rule,
    expression_bounds,
)

_GRAMMARS = {"en": english.rules, "fr": french.rules, "tr": turkish.rules}
_NEUTRAL = "neutral"


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    reading: Reading


class TemporalTagger:
    """Finds and resolves temporal expressions in English, French and Turkish news text."""

    name = "dates.rules.v1"

    def __init__(self, languages: tuple[str, ...] = ("en", "fr", "tr")) -> None:
        self.languages = languages
        self._rules: dict[str, tuple[CompiledRule, ...]] | None = None

    def load(self) -> None:
        """Compile the grammars of the configured languages. Safe to call again."""
        if self._rules is not None:
            return
        unknown = [language for language in self.languages if language not in _GRAMMARS]
        if unknown:
            raise ConfigurationError(
                f"the date tagger has no grammar for {', '.join(unknown)}; "
                f"choose among {', '.join(sorted(_GRAMMARS))}"
            )
        compiled = {_NEUTRAL: _compile(numeric.RULES, _NEUTRAL)}
        for language in self.languages:
            compiled[language] = _compile(_GRAMMARS[language](), language)
        self._rules = compiled

    def find(
        self,
        text: str,
        published: date | None,
        language: str | None,
        *,
        not_after: date | None = None,
    ) -> list[TemporalMention]:
        """Temporal expressions in `text`, in text order, resolved against `published`.

        `language` picks the grammar; None runs every configured language, and a language
        without a grammar gets only all-digit dates. Without `published`, expressions that
        need an anchor come back with `resolved=False` and reason "no publication date",
        except a day written with its weekday, whose year `not_after` (the day the text was
        collected) lets the weekday decide.
        """
        candidates: list[_Candidate] = []
        for rules in self._rule_sets(language):
            candidates.extend(_candidates(text, published, rules, not_after))
        return [_mention(text, candidate) for candidate in _longest_first(candidates)]

    def _rule_sets(self, language: str | None) -> list[tuple[CompiledRule, ...]]:
        self.load()
        compiled = self._rules or {}
        if language is None:
            return list(compiled.values())
        return [compiled[name] for name in (_NEUTRAL, language) if name in compiled]


def _compile(rules: tuple[Rule, ...], language: str) -> tuple[CompiledRule, ...]:
    return tuple(rule.compile(language) for rule in rules)


def _candidates(
    text: str, published: date | None, rules: tuple[CompiledRule, ...], not_after: date | None
) -> list[_Candidate]:
    found: list[_Candidate] = []
    contexts: dict[str, ArticleContext] = {}
    for rule in rules:
        for match in rule.regex.finditer(text):
            context = contexts.setdefault(
                rule.language, ArticleContext(text, published, rule.language, not_after)
            )
            reading = rule.resolve(match, context)
            if reading is not None:
                start, end = expression_bounds(match)
                found.append(_Candidate(start, end, reading))
    return found


def _longest_first(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, preferring the longest, then the earliest; in text order."""
    kept: list[_Candidate] = []  # in text order, so each check looks at two neighbours only
    for candidate in sorted(candidates, key=lambda item: (item.start - item.end, item.start)):
        index = bisect.bisect_left(kept, candidate.start, key=lambda item: item.start)
        if index > 0 and kept[index - 1].end > candidate.start:
            continue
        if index < len(kept) and kept[index].start < candidate.end:
            continue
        kept.insert(index, candidate)
    return kept


def _mention(text: str, candidate: _Candidate) -> TemporalMention:
    span = Span.of(text, candidate.start, candidate.end)
    reading = candidate.reading
    return TemporalMention(
        span,
        EventDate(
            expression=span.text,
            precision=reading.precision,
            start=reading.start,
            end=reading.end,
            resolved=reading.start is not None,
            reason=reading.reason,
        ),
    )

"""The French grammar: "le 6 juillet", "du 6 au 7 avril", "en janvier", "mardi dernier",
"la semaine dernière", "il y a deux semaines", "fin 2023".

French writes months and weekdays in lower case, so matching ignores case; an abbreviated
month needs its dot ("sept." is September, "sept" is seven). Articles and prepositions
("le", "en", "depuis") are matched but left out of the reported span.
"""

from __future__ import annotations

import re

from accord.stages.dates import explicit, lexicon, relative
from accord.stages.dates.numeric import COUNTED_NOUNS, DASH, NOT_AFTER_NUMBER, day, year
from accord.stages.dates.reading import Resolver, Rule, unless_preceded_by

_IGNORE_CASE = re.IGNORECASE
_APOSTROPHE = r"['’]"
# Not preceded by a letter, but a digit may touch it: "le 24août" is a date.
_MONTH_NAME = (
    rf"(?<![^\W\d_])(?:{lexicon.alternation(lexicon.MOIS)}|"
    rf"(?:{lexicon.alternation(lexicon.MOIS_ABREGES)})\.)(?!\w)"
)
_WEEKDAY_NAME = rf"\b(?:{lexicon.alternation(lexicon.JOURS)})\b"
_COUNT = r"(?:\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)"
_LAST_NEXT = r"(?P<modifier>dernier|dernière|passé|passée|prochain|prochaine)"
_PART = rf"(?P<part>début|fin|mi)(?:\s*{DASH}\s*|\s+d(?:e\s+|{_APOSTROPHE}\s*)|\s+)"
_MONTH_CUE = (
    rf"\b(?:en|depuis|dès|jusqu{_APOSTROPHE}en|d{_APOSTROPHE}ici|avant|après|courant|"
    r"(?:au|le)\s+mois\s+d(?:e\s+|['’]\s*))\s*"
)
_YEAR_CUE = (
    rf"\b(?:en|depuis|dès|jusqu{_APOSTROPHE}en|d{_APOSTROPHE}ici|avant|après|courant|vers|"
    rf"l{_APOSTROPHE}année|l{_APOSTROPHE}an)\s+"
)
_RANGE_WORD = rf"\s*(?:{DASH}|au|à|et(?:\s+le)?|jusqu{_APOSTROPHE}au)\s*"


def _rule(name: str, pattern: str, resolve: Resolver) -> Rule:
    return Rule(name, pattern, resolve, _IGNORE_CASE)


def _month(name: str) -> str:
    return rf"(?P<{name}>{_MONTH_NAME})"


def _day_rules() -> tuple[Rule, ...]:
    single = (
        rf"(?:(?P<weekday>{_WEEKDAY_NAME})\s+)?{NOT_AFTER_NUMBER}{day('day')}\s*{_month('month')}"
        rf"(?:\s+{year('year')})?(?:\s+(?P<modifier>dernier))?"
    )
    span = (
        rf"(?:(?P<weekday>{_WEEKDAY_NAME})\s+)?{NOT_AFTER_NUMBER}{day('day')}"
        rf"(?:\s+{_month('month')}(?:\s+{year('year1')})?)?{_RANGE_WORD}"
        rf"(?:{_WEEKDAY_NAME}\s+)?{day('day2')}\s+{_month('month2')}(?:\s+{year('year')})?"
    )
    return (
        _rule("fr.day", single, explicit.resolve_day),
        _rule("fr.day.range", span, explicit.resolve_day),
    )


def _month_rules() -> tuple[Rule, ...]:
    return (
        _rule(
            "fr.month.with_year",
            rf"(?:{_PART})?{_month('month')}\s+{year('year')}",
            explicit.resolve_month,
        ),
        _rule(
            "fr.month.cue",
            rf"{_MONTH_CUE}(?P<expression>{_month('month')}(?:\s+{_LAST_NEXT})?)",
            explicit.resolve_month,
        ),
        _rule(
            "fr.month.modifier",
            rf"{_month('month')}\s+{_LAST_NEXT}",
            explicit.resolve_month,
        ),
        _rule(
            "fr.month.part",
            rf"{_PART}{_month('month')}(?:\s+{_LAST_NEXT})?",
            explicit.resolve_month,
        ),
        _rule(
            "fr.month.range",
            rf"\b(?:de|d{_APOSTROPHE}|entre)\s*(?P<expression>{_month('month')}"
            rf"(?:\s+{year('year1')})?\s+(?:à|et|jusqu{_APOSTROPHE}à|jusqu{_APOSTROPHE}en)\s+"
            rf"{_month('month2')}(?:\s+{year('year')})?)",
            explicit.resolve_month,
        ),
    )


def _year_rules() -> tuple[Rule, ...]:
    return (
        _rule(
            "fr.year.cue",
            rf"{_YEAR_CUE}(?P<expression>{year('year')}){COUNTED_NOUNS}",
            explicit.resolve_year,
        ),
        _rule("fr.year.part", rf"{_PART}{year('year')}", explicit.resolve_year),
        _rule(
            "fr.year.range",
            rf"\b(?:de|entre)\s+(?P<expression>{year('year')}\s+(?:à|et)\s+{year('year2')})",
            explicit.resolve_year,
        ),
    )


def _day_word_rules() -> tuple[Rule, ...]:
    weekday = (
        rf"(?:\bce\s+)?(?P<weekday>{_WEEKDAY_NAME})(?:\s+{_LAST_NEXT})?(?!\s+(?:gras|saint)\b)"
    )
    night = (
        rf"\bnuit\s+d[eu]\s+(?P<weekday>{_WEEKDAY_NAME})\s+(?:à|au)\s+"
        rf"(?P<weekday2>{_WEEKDAY_NAME})"
    )
    days = (
        rf"\b(?P<relative>aujourd{_APOSTROPHE}hui|avant-hier|après-demain|hier|demain|"
        r"ce\s+matin|ce\s+soir|cet\s+après-midi|la\s+nuit\s+dernière)\b"
    )
    return (
        _rule(
            "fr.weekday",
            weekday,
            unless_preceded_by(r"\b(?:chaque|tous\s+les)", relative.resolve_weekday),
        ),
        _rule("fr.night", night, relative.resolve_night),
        _rule("fr.relative_day", days, unless_preceded_by(r"\bde", relative.resolve_relative_day)),
        _rule("fr.weekend", rf"\b(?:le\s+)?week-?end\s+{_LAST_NEXT}", relative.resolve_weekend),
        _rule("fr.weekend.this", r"\b(?P<modifier>ce)\s+week-?end\b", relative.resolve_weekend),
    )


def _period_rules() -> tuple[Rule, ...]:
    this_period = (
        r"\b(?:(?P<qualifier>plus\s+tôt|plus\s+tard)\s+)?(?P<modifier>cette|ce)\s+"
        r"(?P<unit>semaine|mois|année)(?:-ci)?\b"
    )
    adjacent_period = (
        rf"\b(?:la|le|l{_APOSTROPHE})\s*(?P<unit>semaine|mois|année|an)\s+{_LAST_NEXT}"
    )
    since_start = (
        rf"\b(?P<qualifier>depuis\s+le\s+début\s+d)(?:e\s+|{_APOSTROPHE}\s*)"
        rf"(?:l{_APOSTROPHE}\s*|la\s+|ce\s+|cette\s+)(?P<unit>année|semaine|mois)\b"
    )
    part_of_year = rf"{_PART}(?:l{_APOSTROPHE}\s*|cette\s+)?(?:année|an)\b(?:\s+{_LAST_NEXT})?"
    ago = (
        rf"\bil\s+y\s+a\s+(?:(?P<bound>(?:plus|près|moins)\s+d(?:e\s+|{_APOSTROPHE}\s*)|"
        rf"environ\s+|presque\s+))?(?P<count>{_COUNT})\s+"
        r"(?P<unit>jours?|semaines?|mois|ans|années?|an|décennies?)\b"
    )
    return (
        _rule("fr.period.this", this_period, relative.resolve_period),
        _rule("fr.period.adjacent", adjacent_period, relative.resolve_period),
        _rule("fr.period.since_start", since_start, relative.resolve_period),
        _rule("fr.period.part_of_year", part_of_year, relative.resolve_part_of_year),
        _rule("fr.ago", ago, relative.resolve_ago),
    )


def rules() -> tuple[Rule, ...]:
    """Every French rule; the tagger keeps the longest matches."""
    return _day_rules() + _month_rules() + _year_rules() + _day_word_rules() + _period_rules()

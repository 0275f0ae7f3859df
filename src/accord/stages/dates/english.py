"""The English grammar: news date conventions as regular expressions, each with its resolver.

Month and weekday names are matched case-sensitively (capitalised or all capitals), so that
"they may attack" and "march on the capital" are not dates. A month alone needs a cue
("in May", "last July", "early March"); a year alone needs one too ("in 2018").
Prepositions are matched but left out of the reported span: "in 2018" reports "2018".
"""

from __future__ import annotations

import re

from accord.stages.dates import explicit, lexicon, relative
from accord.stages.dates.numeric import (
    BEFORE_YEAR,
    COUNTED_NOUNS,
    DASH,
    NOT_AFTER_NUMBER,
    day,
    year,
)
from accord.stages.dates.reading import (
    ArticleContext,
    Reading,
    Resolver,
    Rule,
    unless_preceded_by,
)

_FULL_MONTHS = lexicon.alternation(lexicon.title_and_upper(lexicon.MONTHS))
_SHORT_MONTHS = lexicon.alternation(lexicon.title_and_upper(lexicon.MONTH_ABBREVIATIONS))
_MONTH_NAME = rf"\b(?:{_FULL_MONTHS}|(?:{_SHORT_MONTHS})\.?)(?!\w)"
_WEEKDAY_NAME = rf"\b(?:{lexicon.alternation(lexicon.title_and_upper(lexicon.WEEKDAYS))})\b"
_NUMBER = (
    rf"(?:\d{{1,3}}|(?i:{lexicon.alternation(w for w in lexicon.NUMBER_WORDS if w.isascii())}))"
)

_WEEKDAY_PREFIX = rf"(?:(?P<weekday>{_WEEKDAY_NAME}),?\s+)?"
_WORD_RANGE = r"\s+(?i:to|and|through|until|till)\s+"
_DASH = rf"\s*{DASH}\s*"
# After "July 6 and", a number followed by a noun is a count: "July 6 and 8 people died".
_NOT_A_COUNT = (
    r"(?=(?:[A-Z][a-z]+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?(?!\d)"
    r"(?!\s+(?!(?:in|at|on|as|when|with|after|before|during|amid|and|or|to|the|this|last)\b)"
    r"[a-z]))"
)
_PART = (
    r"(?P<part>(?i:early|mid|late|(?:the\s+)?(?:beginning|start|end|middle)\s+of))"
    rf"(?:\s*{DASH}\s*|\s+)"
)
_MONTH_CUE = r"\b(?i:in|since|until|till|by|during|through|before|after|from)\s+"
_YEAR_CUE = r"\b(?i:in|since|until|till|by|during|through|before|after|around|circa|the\s+year)\s+"
_LAST_NEXT = r"(?P<modifier>(?i:last|next|this(?:\s+past)?|coming))\s+"


def _month(name: str) -> str:
    return rf"(?P<{name}>{_MONTH_NAME})"


def _not_a_title(resolve: Resolver) -> Resolver:
    """ "USA Today", "Nigeria Today": a capitalised "Today" after a capitalised word is a name."""
    title = re.compile(r"\b[A-Z][A-Za-z.]*\s+$")

    def guarded(match: re.Match[str], context: ArticleContext) -> Reading | None:
        if match.group()[0].isupper() and title.search(
            context.text, max(0, match.start() - 24), match.start()
        ):
            return None
        return resolve(match, context)

    return guarded


def _day_rules() -> tuple[Rule, ...]:
    month_first = (
        rf"{_WEEKDAY_PREFIX}{_month('month')}\s+{NOT_AFTER_NUMBER}{day('day')}"
        rf"(?:{BEFORE_YEAR}{year('year')})?"
    )
    month_first_range = (
        rf"{_WEEKDAY_PREFIX}{_month('month')}\s+{NOT_AFTER_NUMBER}{day('day')}"
        rf"(?:{BEFORE_YEAR}{year('year1')})?(?:{_DASH}|{_WORD_RANGE}{_NOT_A_COUNT})"
        rf"(?:{_month('month2')}\s+)?{day('day2')}"
        rf"(?:{BEFORE_YEAR}{year('year')})?"
    )
    day_first = (
        rf"{_WEEKDAY_PREFIX}{NOT_AFTER_NUMBER}{day('day')}"
        rf"(?:\s+{_month('month')}(?:{BEFORE_YEAR}{year('year1')})?)?"
        rf"(?:{_DASH}|{_WORD_RANGE})(?:{_WEEKDAY_NAME},?\s+)?{day('day2')}"
        rf"(?:\s+of)?\s+{_month('month2')}(?:{BEFORE_YEAR}{year('year')})?"
    )
    single_day_first = (
        rf"{_WEEKDAY_PREFIX}{NOT_AFTER_NUMBER}{day('day')}(?:\s+of)?\s+{_month('month')}"
        rf"(?:{BEFORE_YEAR}{year('year')})?"
    )
    return (
        Rule("en.day.month_first", month_first, explicit.resolve_day),
        Rule("en.day.month_first_range", month_first_range, explicit.resolve_day),
        Rule("en.day.range_day_first", day_first, explicit.resolve_day),
        Rule("en.day.day_first", single_day_first, explicit.resolve_day),
    )


def _month_rules() -> tuple[Rule, ...]:
    month_year = rf"(?:{_PART})?{_month('month')},?\s+{year('year')}"
    return (
        Rule("en.month.with_year", month_year, explicit.resolve_month),
        Rule(
            "en.month.cue",
            rf"{_MONTH_CUE}(?P<expression>{_month('month')})",
            explicit.resolve_month,
        ),
        Rule("en.month.modifier", rf"{_LAST_NEXT}{_month('month')}", explicit.resolve_month),
        Rule("en.month.part", rf"{_PART}{_month('month')}", explicit.resolve_month),
        Rule(
            "en.month.range",
            rf"\b(?i:between|from)\s+(?P<expression>{_month('month')}"
            rf"(?:{BEFORE_YEAR}{year('year1')})?{_WORD_RANGE}{_month('month2')}"
            rf"(?:{BEFORE_YEAR}{year('year')})?)",
            explicit.resolve_month,
        ),
        Rule(
            "en.month.dash_range",
            rf"{_month('month')}{_DASH}{_month('month2')},?\s+{year('year')}",
            explicit.resolve_month,
        ),
    )


def _year_rules() -> tuple[Rule, ...]:
    return (
        Rule(
            "en.year.cue",
            rf"{_YEAR_CUE}(?P<expression>{year('year')}){COUNTED_NOUNS}",
            explicit.resolve_year,
        ),
        Rule("en.year.part", rf"{_PART}{year('year')}", explicit.resolve_year),
        Rule(
            "en.year.range",
            rf"\b(?i:between|from)\s+(?P<expression>{year('year')}{_WORD_RANGE}{year('year2')})",
            explicit.resolve_year,
        ),
    )


_NOT_A_DAY_NAME_AFTER = (
    r"(?!\s+(?:Times|Telegraph|Post|Mirror|Express|Herald|Tribune|Independent|Star|Mail|Sport|"
    r"Night\s+Live|Punch|Trust|Vanguard|Standard|Nation|prayers?|sermons?|[Mm]ass|[Ss]ervice|"
    r"[Mm]arket|League|Club|Group)\b)"
)
_NOT_A_DAY_NAME_BEFORE = (
    r"\b(?:Black|Good|Super|Ash|Bloody|Easter|Palm|Holy|Cyber|Maundy|Shrove|Giving|Blue|"
    r"Mail\s+on|every|Every|on\s+a|each|Each|[Pp]enultimate)"
)


def _relative_rules() -> tuple[Rule, ...]:
    weekday = rf"(?:{_LAST_NEXT})?(?P<weekday>{_WEEKDAY_NAME}){_NOT_A_DAY_NAME_AFTER}"
    days = (
        r"\b(?P<relative>(?i:today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|"
        r"last\s+night|this\s+(?:morning|afternoon|evening)))\b"
    )
    period = (
        r"\b(?:(?P<qualifier>(?i:earlier|later))\s+)?"
        r"(?P<modifier>(?i:this|last|next))\s+(?P<unit>(?i:week|month|year))\b"
    )
    ago = (
        rf"\b(?:(?P<bound>(?i:more\s+than|over|at\s+least|nearly|almost|about|around|some|"
        rf"roughly|less\s+than|just\s+over|just\s+under|under))\s+)?(?P<count>{_NUMBER})\s+"
        r"(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\s+(?i:ago)\b"
    )
    return (
        Rule(
            "en.weekday",
            weekday,
            unless_preceded_by(_NOT_A_DAY_NAME_BEFORE, relative.resolve_weekday),
        ),
        Rule("en.relative_day", days, _not_a_title(relative.resolve_relative_day)),
        Rule("en.period", period, relative.resolve_period),
        Rule(
            "en.period.part_of_year",
            rf"{_PART}(?:(?P<modifier>(?i:this|last|next))|(?i:the))\s+(?i:year)\b",
            relative.resolve_part_of_year,
        ),
        Rule("en.weekend", rf"\b{_LAST_NEXT}(?i:weekend)\b", relative.resolve_weekend),
        Rule(
            "en.weekend.over",
            r"\b(?i:over\s+the)\s+(?P<expression>(?i:weekend))\b",
            relative.resolve_weekend,
        ),
        Rule("en.ago", ago, relative.resolve_ago),
    )


def rules() -> tuple[Rule, ...]:
    """Every English rule, in no particular order: the tagger keeps the longest matches."""
    return _day_rules() + _month_rules() + _year_rules() + _relative_rules()

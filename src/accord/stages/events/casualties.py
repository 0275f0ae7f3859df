"""How many people an attack killed, where the text counts them: "killing four soldiers",
"at least 54 soldiers were killed", "28 soldiers tués", "un bilan de 12 morts", "entre 200
et 400 morts" (a range).

A count is a number written in digits or words; vague quantities ("dozens", "hundreds") are
not counts, nor are years ("the 2015 attack killed"). "At least 54" is read as 54: the low
end is what the text vouches for. Written by the Accord team.
"""

from __future__ import annotations

import re

from accord.model import Fatalities, Span

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "cent": 100,
}  # fmt: skip
_WRITTEN = r"\d{1,3}(?:[,  ]\d{3})+|\d+|" + "|".join(sorted(_WORDS, key=len)[::-1])
# "une trentaine", "a dozen", "one hundred": a word for a rough quantity follows no count.
_NOT_A_COUNT = r"(?!\s+(?:dozen|score|hundred|thousand|dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|millier)s?\b)"
_NUMBER = rf"(?P<n>{_WRITTEN}){_NOT_A_COUNT}"
_UPPER = rf"(?P<n2>{_WRITTEN})"
_AT_LEAST = r"(?:(?:at least|some|about|around|nearly|almost|more than|over|au moins|près de|plus de|environ)\s+)?"
_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # "between 200 and 400 killed", "entre 200 et 400 morts": a range
        rf"\b(?:between|entre)\s+{_NUMBER}\s+(?:and|et)\s+{_UPPER}\s+(?:[\w'’-]+\s+){{0,3}}?(?:(?:were|have been)\s+)?(?:killed|dead|died|tués|morts|ont péri)\b",
        # "at least 54 soldiers were killed", "28 dead", "12 people died"
        rf"\b{_AT_LEAST}{_NUMBER}\s+(?:[\w'’-]+\s+){{0,3}}?(?:(?:were|was|have been|had been|are)\s+)?(?:killed|dead|died|slain|massacred|murdered|lost their lives)\b",
        # "killing four soldiers", "killed 12 people", "claimed 30 lives"
        rf"\b(?:killing|killed|claimed|claiming)\s+{_AT_LEAST}{_NUMBER}\b",
        # "the death toll rose to 40", "a death toll of 12"
        rf"\bdeath toll\s+(?:[\w-]+\s+){{0,3}}?(?:to|of|at)\s+{_AT_LEAST}{_NUMBER}\b",
        # "28 soldats tués", "au moins 54 militaires ont été tués", "faisant 12 morts"
        rf"\b{_AT_LEAST}{_NUMBER}\s+(?:[\w'’-]+\s+){{0,3}}?(?:ont été\s+)?(?:tués|tuées|morts|mortes|ont péri|décédés|ont perdu la vie)\b",
        # "un bilan de 12 morts" is the pattern above; "tuant 12 soldats"
        rf"\btuant\s+{_AT_LEAST}{_NUMBER}\b",
    )
)  # fmt: skip


def fatalities_in(text: str, bounds: tuple[int, int]) -> tuple[Fatalities, Span] | None:
    """The first count of people killed in `text[bounds[0]:bounds[1]]`, with the words that
    give it (article offsets), or None."""
    start, end = bounds
    found = [
        (match.start(), match.end(), count, _upper(match, count))
        for pattern in _PATTERNS
        for match in pattern.finditer(text, start, end)
        if (count := _count(match["n"])) is not None
    ]
    if not found:
        return None
    first, last, low, high = min(found, key=lambda item: (item[0], -item[1]))
    return Fatalities(low, max(low, high)), Span.of(text, first, last)


def _upper(match: re.Match[str], low: int) -> int:
    """The top of a range ("between 200 and 400"), else the count itself."""
    written = match.groupdict().get("n2")
    return (_count(written) or low) if written else low


def _count(written: str) -> int | None:
    word = written.lower()
    if word in _WORDS:
        return _WORDS[word]
    digits = re.sub(r"[,  ]", "", word)
    if not digits.isdigit():
        return None
    value = int(digits)
    looks_like_a_year = len(digits) == 4 and 1900 <= value <= 2100 and digits == word
    return None if looks_like_a_year else value

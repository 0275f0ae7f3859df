"""The words of dates in English and French: month and weekday names, numbers, modifiers.

Every lookup takes the word as matched in the text and returns its meaning; the regular
expressions in `english` and `french` are built from the same tables, so a word the grammar
can match is always a word this module can read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MOIS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
MOIS_ABREGES = {
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11,
    "déc": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
JOURS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
}  # fmt: skip

# Modifiers, by canonical meaning: "last" (the one before), "next", "this".
_MODIFIERS = {
    "last": "last", "past": "last", "previous": "last", "this past": "last",
    "dernier": "last", "dernière": "last", "derniere": "last", "passé": "last",
    "passée": "last", "passe": "last", "passee": "last",
    "next": "next", "coming": "next", "prochain": "next", "prochaine": "next",
    "this": "this", "ce": "this", "cette": "this", "cet": "this",
}  # fmt: skip
# Parts of a month or a year: "early July", "mid-2023", "fin juillet".
_PARTS = {
    "early": "early", "beginning": "early", "start": "early", "début": "early",
    "debut": "early", "mid": "mid", "middle": "mid", "mi": "mid", "late": "late",
    "end": "late", "fin": "late",
}  # fmt: skip
_UNITS = {
    "day": "day", "days": "day", "jour": "day", "jours": "day",
    "week": "week", "weeks": "week", "semaine": "week", "semaines": "week",
    "month": "month", "months": "month", "mois": "month",
    "decade": "decade", "decades": "decade", "décennie": "decade", "décennies": "decade",
    "year": "year", "years": "year", "an": "year", "ans": "year", "année": "year",
    "années": "year", "annee": "year", "annees": "year",
}  # fmt: skip
# Days relative to publication, by offset in days.
_RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "the day before yesterday": -2, "tomorrow": 1,
    "aujourd'hui": 0, "ce matin": 0, "cet après-midi": 0, "ce soir": 0, "hier": -1,
    "la nuit dernière": -1, "avant-hier": -2, "demain": 1, "après-demain": 2,
}  # fmt: skip


def normalized(word: str) -> str:
    """Lower case, one space between words, straight apostrophes, no trailing dot."""
    return " ".join(word.replace("’", "'").lower().rstrip(".").split())


def month_number(word: str) -> int:
    key = normalized(word)
    for table in (MONTHS, MOIS, MONTH_ABBREVIATIONS, MOIS_ABREGES):
        if key in table:
            return table[key]
    raise KeyError(word)


def weekday_number(word: str) -> int:
    key = normalized(word)
    return WEEKDAYS[key] if key in WEEKDAYS else JOURS[key]


def count_value(word: str) -> int:
    key = normalized(word).removeprefix("d'")
    return int(key) if key.isdigit() else NUMBER_WORDS[key]


def modifier(word: str | None) -> str | None:
    return None if word is None else _MODIFIERS[normalized(word)]


def part(words: str | None) -> str | None:
    """The part of a period named in "the end of", "mid-", "au début de": early, mid, late."""
    if words is None:
        return None
    for word in re.split(r"[\s\-']+", normalized(words)):
        if word in _PARTS:
            return _PARTS[word]
    raise KeyError(words)


def unit(word: str) -> str:
    return _UNITS[normalized(word)]


def relative_day_offset(words: str) -> int:
    return _RELATIVE_DAYS[normalized(words)]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so that "Sept" wins over "Sep"."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


def title_and_upper(words: Iterable[str]) -> list[str]:
    """English names are capitalised ("July"), or all capitals in headlines ("JULY")."""
    return [form for word in words for form in (word.title(), word.upper())]

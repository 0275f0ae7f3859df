"""The numeric parts of the grammar, shared by every language: day numbers, years, and the
all-digit dates "2024-03-07" and "07/03/2024".

The guards keep counts and codes out: a day is not part of a larger number ("2,000"), a
year is four digits from 1800 to 2099 not followed by more digits ("resolution 2690" still
needs a cue word before it to count, see the language grammars).
"""

from __future__ import annotations

from accord.stages.dates.explicit import resolve_iso, resolve_numeric
from accord.stages.dates.reading import Rule


def day(name: str) -> str:
    """A day of the month, 1 to 31, with an optional ordinal suffix ("6th", "1er")."""
    return rf"(?P<{name}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|ᵉʳ)?(?!\d|[,.]\d{{1,3}}(?!\d))"


def year(name: str) -> str:
    return rf"(?P<{name}>(?:18|19|20)\d\d)(?!\w|[.,]\d)"


# Hyphens and dashes, including the non-breaking hyphen of "mid‑January".
DASH = "[-‐‑‒–—]"
# Before a year after a day: "July 6, 2024", "April 22,2025", "6 July 2024".
BEFORE_YEAR = r"(?:,\s*|\s+)"

# Not glued to a number or a word before it: "2,6 July", "Covid-19 July", "A6".
NOT_AFTER_NUMBER = r"(?<![\w.,/-])"

# Words that follow counts, not years: "in 2000 troops" is a number.
COUNTED_NOUNS = (
    r"(?!\s+(?:troops|soldiers|people|men|women|children|fighters|civilians|residents|"
    r"refugees|persons|personnel|km|kilometres|kilometers|miles|dollars|euros|tons|tonnes|"
    r"cases|deaths|militants|members|votes|hectares|households|families|students|"
    r"militaires|soldats|personnes|hommes|femmes|enfants|morts|habitants|victimes|"
    r"combattants|jihadistes|djihadistes|élèves|euros|dollars)\b)"
)

RULES = (
    Rule(
        "iso",
        r"(?<![\w-])(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
        r"(?!\d|-\d)",
        resolve_iso,
    ),
    Rule(
        "numeric",
        r"(?<![\w/.,-])(?P<first>\d{1,2})(?P<separator>[/.])(?P<second>\d{1,2})(?P=separator)"
        r"(?P<year>(?:19|20)\d\d)(?![\w/]|\.\w)",
        resolve_numeric,
    ),
)

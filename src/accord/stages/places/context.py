"""Country hints from context: the countries a text names, by name, region or demonym."""

from __future__ import annotations

import re
from collections import Counter

from accord.model import PlacePrecision
from accord.stages.places.gazetteer import Gazetteer
from accord.stages.places.ranking import Candidate, choose, weight

# Capitalised words, allowing inner apostrophes, dots and hyphens ("Côte d'Ivoire", "U.S.").
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_LONGEST_NAME_WORDS = 4
# Lower-case words that may sit inside a country name: "Bosnia and Herzegovina".
_CONNECTORS = frozenset({"and", "of", "the", "du", "de", "d", "la", "el"})
# Names and regions point to their country; a city only when no namesake abroad comes close
# (ten times smaller at most, in the ranking's logarithmic weights).
_HINTING_PRECISIONS = (PlacePrecision.COUNTRY, PlacePrecision.ADMIN1)
_CONFIDENT_MARGIN = 1.0
# Capitalised words that are towns somewhere but are far more often something else.
_CALENDAR_WORDS = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    }
)
_SHORTEST_CITY_EVIDENCE = 4


def countries_mentioned(text: str, gazetteer: Gazetteer) -> tuple[str, ...]:
    """ISO3 codes of the countries `text` names, most mentioned first, then first mentioned.

    Counts country names ("Nigeria"), admin-1 regions ("Borno", "Texas"), demonyms
    ("Nigerian") and cities that no foreign namesake rivals ("Maiduguri", not "Cambridge");
    the longest name starting at a word wins.
    """
    words = [match.group().rstrip(".") for match in _WORD.finditer(text)]
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    position = 0
    while position < len(words):
        if not words[position][:1].isupper():
            position += 1
            continue
        country, length = _country_at(words, position, gazetteer)
        if country is not None:
            counts[country] += 1
            first_seen.setdefault(country, position)
        position += length
    return tuple(sorted(counts, key=lambda iso3: (-counts[iso3], first_seen[iso3])))


def _country_at(words: list[str], start: int, gazetteer: Gazetteer) -> tuple[str | None, int]:
    for length in range(min(_LONGEST_NAME_WORDS, len(words) - start), 0, -1):
        phrase_words = words[start : start + length]
        if not phrase_words[-1][:1].isupper():
            continue
        if any(not w[:1].isupper() and w.lower() not in _CONNECTORS for w in phrase_words):
            continue
        phrase = " ".join(phrase_words)
        demonym = gazetteer.demonym_country(phrase)
        if demonym is not None:
            return demonym, length
        candidates = gazetteer.lookup(phrase)
        for candidate in candidates:
            if candidate.precision in _HINTING_PRECISIONS and candidate.country is not None:
                return candidate.country, length
        country = _confident_country(phrase, candidates)
        if country is not None:
            return country, length
    return None, 1


def _confident_country(phrase: str, candidates: list[Candidate]) -> str | None:
    if len(phrase) < _SHORTEST_CITY_EVIDENCE or phrase.lower() in _CALENDAR_WORDS:
        return None
    if not candidates:
        return None
    best = choose(candidates, ())
    # A town's old or foreign name ("Salisbury" for Harare) is weak evidence.
    if best.country is None or best.alias:
        return None
    rivals = [weight(c, ()) for c in candidates if c.country != best.country]
    if rivals and weight(best, ()) - max(rivals) < _CONFIDENT_MARGIN:
        return None
    return best.country

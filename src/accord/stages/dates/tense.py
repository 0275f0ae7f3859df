"""Whether a date expression is announced as future ("will meet on Tuesday", "se tiendra en
janvier"), read from the words before it in the same sentence.

Only the words before the expression count: in "said on Tuesday it will deploy", the future
verb comes after the date, which is when the statement was made. A reporting verb between
the cue and the date ("will ..., officials said on Tuesday") cancels the cue.
"""

from __future__ import annotations

import re

_WINDOW = 80
_SENTENCE_END = re.compile(r"[.!?;:\n](?=\s)|\n")

_FUTURE = {
    "en": re.compile(
        r"\b(?:will|shall|won't|going\s+to|set\s+to|expected\s+to|scheduled|plans?\s+to|"
        r"upcoming|intends?\s+to)\b|'ll\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:doit|doivent|devrait|devraient|prévue?s?|d'ici|d’ici|va|vont|"
        r"(?!(?:caméra|opéra|extra|ultra|contra|cobra|mantra|front|affront)\b)"
        r"[a-zàâçéèêëîïôûù]+(?:ra|ront))\b"
    ),
}
_REPORTED = {
    "en": re.compile(
        r"\b(?:said|says|told|announced|confirmed|reported|added|stated|declared|revealed|"
        r"claimed|noted)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?\w+[éiu](?:e|s|es)?\b|\bselon\b"),
}


def announced_as_future(text: str, position: int, language: str) -> bool:
    """True when a future cue precedes `position` in its sentence, not cancelled by a
    reporting verb between the cue and `position`."""
    future = _FUTURE.get(language)
    if future is None:
        return False
    window = text[max(0, position - _WINDOW) : position]
    boundaries = list(_SENTENCE_END.finditer(window))
    if boundaries:
        window = window[boundaries[-1].end() :]
    cues = list(future.finditer(window))
    if not cues:
        return False
    return _REPORTED[language].search(window, cues[-1].end()) is None

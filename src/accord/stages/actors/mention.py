"""How mention strings and dictionary names are compared: folding, determiners, plurals.

Two spellings match when their *keys* are equal: accents dropped (so "Nigérien" and
"Nigerien" match, while "Nigerien" and "Nigerian" stay apart), case folded, typographic
apostrophes and hyphens evened out.
"""

from __future__ import annotations

import re
import unicodedata

DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "le", "la", "les", "l'", "un", "une", "des", "du"}
)
FUNCTION_WORDS = frozenset(
    {
        "of", "the", "and", "in", "for", "on", "at", "to", "by", "with",
        "de", "du", "des", "la", "le", "les", "et", "pour", "au", "aux", "en", "l'", "d'",
    }
)  # fmt: skip
_ARABIC_PARTICLES = frozenset({"al", "el", "wa", "wal", "bin", "ibn", "fi", "li", "ul"})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "–": "-", "—": "-"})
_EDGE_PUNCTUATION = ' \t\n,;:!?"“”«»()[]{}'
_POSSESSIVE = re.compile(r"(?<=\w)(?:'s|s')(?=\s|$)")


_ELISION_SPACE = re.compile(r"(?<=\b[ldjmnstc])'\s+|(?<=\bqu)'\s+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def key(text: str) -> str:
    """The comparison key of a name: no accents, case-folded, hyphens and spaces evened out,
    an elided article joined to its word ("de l' ONU" and "de l'ONU" alike)."""
    folded = strip_accents(text.translate(_APOSTROPHES)).casefold()
    folded = _ELISION_SPACE.sub("'", folded)
    folded = folded.replace("-", " ").replace("_", " ").replace("'", "")
    return " ".join(folded.split())


def clean(text: str) -> str:
    """A mention with typographic quotes evened out and edge punctuation removed.

    A final full stop goes unless it closes an abbreviation ("U.S.").
    """
    cleaned = " ".join(text.translate(_APOSTROPHES).split()).strip(_EDGE_PUNCTUATION)
    if cleaned.endswith(".") and not re.search(r"(?:^|[\s.])\w\.$", cleaned):
        cleaned = cleaned[:-1].rstrip()
    return cleaned


def words(text: str) -> list[str]:
    """The words of a cleaned mention, "l'armée" split into "l'" and "armée"."""
    spaced = re.sub(r"\b([lLdD]')(?=\w)", r"\1 ", text)
    return spaced.split()


def without_determiners(tokens: list[str]) -> list[str]:
    """Leading articles and possessive determiners removed.

    "the Nigerian army" -> "Nigerian army"; a lone word is kept even if it is one.
    """
    start = 0
    while start < len(tokens) - 1 and tokens[start].lower() in DETERMINERS:
        start += 1
    return tokens[start:]


def split_possessive(text: str) -> tuple[str, str] | None:
    """("Nigeria", "army") from "Nigeria's army"; None when there is no possessive."""
    match = _POSSESSIVE.search(text)
    if match is None:
        return None
    owner, owned = text[: match.start()].strip(), text[match.end() :].strip()
    if not owner or not owned:
        return None
    if match.group(0) == "s'":
        owner += "s"
    return owner, owned


def singular_keys(phrase_key: str) -> list[str]:
    """Singular candidates of a plural key: "nigerians" -> ["nigerian"], "armies" -> ["army"]."""
    candidates: list[str] = []
    if phrase_key.endswith("ies") and len(phrase_key) > 4:
        candidates.append(phrase_key[:-3] + "y")
    if phrase_key.endswith("es") and len(phrase_key) > 3:
        candidates.append(phrase_key[:-2])
    if phrase_key.endswith("s") and len(phrase_key) > 2:
        candidates.append(phrase_key[:-1])
    return candidates


def is_acronym(surface: str) -> bool:
    """Short all-capital names ("IS", "AU", "EU") that only count when written in capitals."""
    letters = surface.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 4


def display_case(phrase: str) -> str:
    """A readable casing for an upper-case dictionary phrase.

    "AL-QAEDA IN IRAQ" -> "al-Qaeda in Iraq"; acronyms ("NATO", "U.N.") stay as written.
    """
    words_out: list[str] = []
    for position, word in enumerate(phrase.split()):
        words_out.append(_display_word(word, first=position == 0, alone=" " not in phrase))
    return " ".join(words_out)


def _display_word(word: str, *, first: bool, alone: bool) -> str:
    lower = word.lower()
    if re.fullmatch(r"\d+(ST|ND|RD|TH|S)", word):
        return lower  # "23RD" -> "23rd"
    if lower in _ARABIC_PARTICLES and not alone:
        return lower
    if len(word) <= 2 and lower not in FUNCTION_WORDS:
        return word  # "US", "UN"
    if (
        "." in word
        or any(char.isdigit() for char in word)
        or not re.search(r"[AEIOUY]", word)
        or (alone and len(word) <= 4)
    ):
        return word
    if lower in FUNCTION_WORDS and not first:
        return lower
    parts = word.split("-")
    shaped = []
    for index, part in enumerate(parts):
        part_lower = part.lower()
        if part_lower in {"al", "el", "ad", "ash", "as", "an", "ul"} and index < len(parts) - 1:
            shaped.append(part_lower)
        elif part:
            shaped.append(part[0].upper() + part[1:].lower())
        else:
            shaped.append(part)
    return "-".join(shaped)

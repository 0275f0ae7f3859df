"""Name keys: the folded form under which a place name is indexed and looked up."""

from __future__ import annotations

import re
import unicodedata

# Dots and apostrophes vanish ("U.S." is "us", "Côte d'Ivoire" is "cote divoire"); any other
# non-alphanumeric run is one space, so hyphens and commas separate words.
_VANISHING = re.compile(r"[.'’`´ʼ]")
_SEPARATORS = re.compile(r"[\W_]+")
_LEADING_ARTICLE = re.compile(r"^(?:the|la|le|les|l) ")
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
# Words that turn a name into its administrative region: "Kaduna State", "Mopti region".
ADMINISTRATIVE_SUFFIXES = (
    "state",
    "region",
    "province",
    "governorate",
    "oblast",
    "district",
    "county",
)


def name_key(name: str) -> str:
    """The lookup key of `name`: accents folded, case folded, punctuation and "the" dropped."""
    if name.isascii():
        folded = name.casefold()
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    folded = _VANISHING.sub("", folded)
    spaced = _SEPARATORS.sub(" ", folded).strip()
    return _LEADING_ARTICLE.sub("", spaced)


def without_possessive(name: str) -> str:
    """`name` without a trailing possessive: "Nigeria's" is "Nigeria"."""
    return _POSSESSIVE.sub("", name.strip())


def administrative_base(key: str) -> str | None:
    """The key before an administrative suffix ("kaduna" for "kaduna state"), or None."""
    head, _, last = key.rpartition(" ")
    if head and last in ADMINISTRATIVE_SUFFIXES:
        return head
    return None


def is_latin(name: str) -> bool:
    """Whether `name` is written in Latin letters (with any accents), as Accord's sources are."""
    return name.isascii() or all(
        ord(character) < 0x250 or 0x1E00 <= ord(character) <= 0x1EFF or not character.isalpha()
        for character in name
    )

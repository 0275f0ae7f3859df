"""Readers for the Phoenix (PETRARCH/TABARI) actor and agent dictionaries.

The format, as PETRARCH reads it: an actor record is a primary phrase, optional synonyms on
lines starting with `+`, and codes either on the primary line (`NIGER_  [NER]`) or on
indented lines below it (`\\t[NGAGOV 19831231-19850827]`), a code with a date range being an
office held for that time. Words are joined by `_`; a final `_` only turned off TABARI's
stemming. An agent line is `PHRASE {PLURAL} [~CODE]`, the code's `~` saying on which side of
an actor code it goes; `!MINIST!`-style markers expand to a listed set of words.

Phrases come back in their dictionary spelling (upper case, spaces for `_`); choosing a
display casing is the builder's business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_CODE = re.compile(r"\[([^\]]*)\]")
_COMMENT = re.compile(r"<!--.*?-->|#.*$")
_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]+)\]")
_ACRONYM_IN_PARENTHESES = re.compile(r"\(([^)]*)\)")


@dataclass(frozen=True, slots=True)
class PhoenixCode:
    """One code of an actor record; `dated` when it only applies within a date range."""

    code: str
    dated: bool


@dataclass(frozen=True, slots=True)
class PhoenixActor:
    """One actor record: its phrases (primary first) and its codes."""

    phrases: tuple[str, ...]
    codes: tuple[PhoenixCode, ...]

    @property
    def is_office_holder(self) -> bool:
        """People: records with date-bounded codes or CAMEO's ELI (elite) code."""
        return any(code.dated or code.code.endswith("ELI") for code in self.codes)

    @property
    def code(self) -> str | None:
        """The undated code, the one that applies whatever the date."""
        undated = [code.code for code in self.codes if not code.dated]
        return undated[0] if undated else None


@dataclass(frozen=True, slots=True)
class PhoenixAgent:
    """One agent: a phrase, its plural ('' when it has none) and its sector code."""

    phrase: str
    plural: str
    code: str


def clean_phrase(raw: str) -> str:
    """`AL-QAEDA_IN_IRAQ_` -> `AL-QAEDA IN IRAQ`: underscores to spaces, spacing collapsed."""
    return " ".join(raw.replace("_", " ").split())


def _parse_codes(text: str) -> list[PhoenixCode]:
    codes: list[PhoenixCode] = []
    for body in _CODE.findall(text):
        parts = body.split()
        if parts:
            codes.append(PhoenixCode(code=parts[0].strip(), dated=len(parts) > 1))
    return codes


def _phrases_of(raw: str) -> list[str]:
    """A dictionary phrase and the acronyms written in parentheses inside it."""
    phrases: list[str] = []
    for part in raw.split("+"):
        acronyms = _ACRONYM_IN_PARENTHESES.findall(part)
        phrase = clean_phrase(_ACRONYM_IN_PARENTHESES.sub(" ", part))
        if phrase:
            phrases.append(phrase)
        phrases.extend(clean_phrase(acronym) for acronym in acronyms if clean_phrase(acronym))
    return phrases


def _lines(path: Path) -> Iterator[str]:
    # The files are mostly ASCII with a few stray Latin-1 bytes; those phrases are dropped.
    text = path.read_bytes().decode("utf-8", errors="replace")
    for line in text.splitlines():
        yield _COMMENT.sub("", line).rstrip()


def read_actors(path: Path) -> list[PhoenixActor]:
    """Every actor record of a Phoenix `.actors.txt` file, in file order."""
    records: list[PhoenixActor] = []
    phrases: list[str] = []
    codes: list[PhoenixCode] = []

    def close() -> None:
        if phrases:
            records.append(PhoenixActor(tuple(phrases), tuple(codes)))

    for line in _lines(path):
        if not line.strip():
            continue
        if line[0] in " \t":
            codes.extend(_parse_codes(line))
        elif line.startswith("+"):
            phrases.extend(_phrases_of(_CODE.sub(" ", line[1:])))
            codes.extend(_parse_codes(line))
        else:
            close()
            phrases = _phrases_of(_CODE.sub(" ", line))
            codes = _parse_codes(line)
    close()
    return [record for record in records if not any("\ufffd" in p for p in record.phrases)]


def _regular_plural(phrase: str) -> str:
    """PETRARCH's rule: +S, Y -> IES, SS -> ES, on the last word."""
    if phrase.endswith("SS"):
        return phrase + "ES"
    if phrase.endswith("S"):
        return ""  # already plural ("AGITATED STUDENTS")
    if phrase.endswith("Y") and not phrase.endswith(("AY", "EY", "OY", "UY")):
        return phrase[:-1] + "IES"
    return phrase + "S"


def _expand(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    for marker, words in substitutions.items():
        if marker in phrase:
            return [
                expanded
                for word in words
                for expanded in _expand(phrase.replace(marker, word, 1), substitutions)
            ]
    return [phrase]


def read_agents(path: Path) -> list[PhoenixAgent]:
    """Every agent of a Phoenix `.agents.txt` file, substitution markers expanded."""
    substitutions: dict[str, list[str]] = {}
    agents: list[PhoenixAgent] = []
    for line in _lines(path):
        marker = _SUBSTITUTION.match(line.strip())
        if marker:
            substitutions[marker.group(1)] = [w.strip() for w in marker.group(2).split(",")]
            continue
        match = _AGENT.match(line.strip())
        if not match or "\ufffd" in line:
            continue
        raw_phrase = match.group("phrase").strip()
        if raw_phrase.endswith("_MINIST") and "!MINIST!" in substitutions:
            raw_phrase = raw_phrase[: -len("MINIST")] + "!MINIST!"  # a leftover TABARI stem
        plural_given = match.group("plural")
        code = match.group("code").strip()
        for expanded in _expand(raw_phrase, substitutions):
            phrase = clean_phrase(expanded)
            if not phrase:
                continue
            no_plural = expanded.endswith("_") or "!" in raw_phrase or plural_given == ""
            if plural_given:
                plural = clean_phrase(plural_given)
            else:
                plural = "" if no_plural else _regular_plural(phrase)
            agents.append(PhoenixAgent(phrase=phrase, plural=plural, code=code))
    return agents

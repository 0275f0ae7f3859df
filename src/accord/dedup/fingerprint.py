"""What the merge keeps of an article's text: word shingles for near-duplicates, and anchors
(numbers and proper names) that survive translation and rewriting.

A syndicated copy or a light rewrite shares most of its word 4-grams with the original; a
translation shares almost none, but keeps the numbers ("54 soldiers", "resolution 2690") and
the names ("Barsalogho", "Tchiani"). Both are reduced to hashes once per article so that
comparing two articles never touches their text again.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import date

from accord.model import Article

SHINGLE_WORDS = 4
SHINGLE_SAMPLE = 4
_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\b\d[\d.,]*\d\b|\b\d\b")
_NAME = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]{2,}")
# Capitalised words that name no one: sentence openers, days, months, titles, in the corpus
# languages. They would make unrelated articles look alike.
_NOT_NAME_WORDS = """
the this that these those there their they then than when where what which while with
from after before during since about also but and for not its his her our your said says
monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december lundi mardi mercredi jeudi
vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre
octobre novembre decembre les des une dans pour par sur avec selon cette ces son ses
leur president minister ministre general army armee government gouvernement news agency
according however meanwhile read more photo video
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """An article reduced to what near-duplicate detection and event merging compare."""

    article_id: int
    language: str | None
    published: date | None
    shingles: frozenset[int]  # hashes of folded word 4-grams
    anchors: frozenset[str]  # folded numbers and capitalised names


def fold(value: str) -> str:
    """Lower case without accents, so "Niamey" and "NIAMEY", "Sénégal" and "Senegal" agree."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fingerprint(article: Article) -> Fingerprint:
    if article.id is None:
        raise ValueError(f"article {article.key} has no id: fingerprint stored articles only")
    text = f"{article.title or ''}\n{article.text}"
    return Fingerprint(
        article_id=article.id,
        language=article.language,
        published=article.published,
        shingles=shingles(text),
        anchors=anchors(text),
    )


def shingles(text: str) -> frozenset[int]:
    """A fixed sample of the hashes of the text's word 4-grams: those divisible by
    `SHINGLE_SAMPLE`. Every text keeps the same ones, so shared shingles stay shared and
    containment is estimated on a quarter of the memory."""
    words = [fold(word) for word in _WORD.findall(text)]
    grams = [" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)]
    if not grams and words:
        grams = [" ".join(words)]
    return frozenset(h for gram in grams if (h := _hash(gram)) % SHINGLE_SAMPLE == 0)


def anchors(text: str) -> frozenset[str]:
    numbers = {
        "#" + number.replace(",", "").replace(".", "")
        for number in _NUMBER.findall(text)
        if len(number) >= 2
    }
    names = {fold(name).strip("'’-") for name in _NAME.findall(text)}
    return frozenset(numbers | {name for name in names if name not in _NOT_NAMES})


def containment(first: frozenset[int], second: frozenset[int]) -> float:
    """Shared shingles over the smaller set: a truncated copy of a story still scores high."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


def _hash(value: str) -> int:
    return zlib.crc32(value.encode("utf-8"))

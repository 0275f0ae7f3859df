"""One loaded tagger for the date tests, and short ways to ask it about a sentence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from accord.model import DatePrecision, TemporalMention
from accord.stages.dates import TemporalTagger


@dataclass(frozen=True)
class Found:
    """A mention reduced to what the tests compare: span text, precision, start, end."""

    text: str
    precision: DatePrecision | None
    start: date | None
    end: date | None


@cache
def tagger() -> TemporalTagger:
    loaded = TemporalTagger()
    loaded.load()
    return loaded


def mentions(
    text: str, published: date | None, language: str | None = "en"
) -> list[TemporalMention]:
    return tagger().find(text, published, language)


def found(text: str, published: date | None, language: str | None = "en") -> list[Found]:
    return [
        Found(item.span.text, item.date.precision, item.date.start, item.date.end)
        for item in mentions(text, published, language)
    ]


def only(text: str, published: date | None, language: str | None = "en") -> Found:
    """The one mention in `text`; fails the test if there are none or several."""
    results = found(text, published, language)
    assert len(results) == 1, results
    return results[0]


def day(value: str) -> date:
    return date.fromisoformat(value)

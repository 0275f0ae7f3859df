"""Quotes as JSON Lines: who said what, in which article, at which characters.

One record per quote: `article` (the caller's id), `start`/`end`/`text` of the quoted
words, and `speaker` (name, country, kind, role) with the span of the name as written, or
null where the text names no one the extractor could resolve.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from accord.model import Article, Quote

SCHEMA_VERSION = "accord-quote/1"


def quote_record(quote: Quote, article: Article) -> dict[str, Any]:
    speaker = quote.speaker
    name_span = quote.speaker_span
    return {
        "schema_version": SCHEMA_VERSION,
        "article": article.reference,
        "start": quote.span.start,
        "end": quote.span.end,
        "text": quote.span.text,
        "speaker": {
            "name": speaker.name,
            "country": speaker.country,
            "kind": speaker.kind.value,
            "role": speaker.role,
        }
        if speaker
        else None,
        "speaker_text": name_span.text if name_span else None,
        "speaker_start": name_span.start if name_span else None,
        "speaker_end": name_span.end if name_span else None,
    }


def write_quotes_jsonl(pairs: Iterable[tuple[Quote, Article]], output: TextIO) -> int:
    count = 0
    for quote, article in pairs:
        output.write(json.dumps(quote_record(quote, article), ensure_ascii=False) + "\n")
        count += 1
    return count

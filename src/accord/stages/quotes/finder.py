"""QuoteFinder: who said what in an article, by rules over quotation marks and speech cues.

Each quotation becomes a `Quote` whose span is the quoted words without their marks. Its
speaker is found in this order:

1. a speech cue in the quotation's sentence (see `attribution`), or the speaker line before
   an unquoted speech (see `speeches`);
2. "he said" / "a-t-il ajouté": the speaker of the most recent quote that has one;
3. a quotation with no cue that opens the next sentence or paragraph right after a quote with
   a speaker continues that speech ("…," Morrison said. "This affects us all.").

The words naming the speaker are matched against the caller's actor mentions by overlap; when
none overlaps, the quote keeps `speaker=None` and `speaker_span` on the name as written, for
the caller to resolve. Quotations with no speaker are kept only when they look like speech:
six words or more, not in title case ("The Little Prince"); a quotation introduced as a name
("dubbed", "titled", "film", « baptisée ») is never a quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from accord.model import Actor, ActorKind, ActorMention, Quote, Span
from accord.stages.quotes.attribution import Attribution, attribute
from accord.stages.quotes.marks import find_passages
from accord.stages.quotes.sentences import SentenceIndex, paragraph_breaks_between
from accord.stages.quotes.speeches import find_unquoted_speeches

_FEWEST_WORDS_UNATTRIBUTED = 6
_MOST_WORDS_IN_ATTRIBUTION = 12
_SENTENCE_END = re.compile(r"[.!?…][\s]*$")
_TITLE_INTRODUCTION = re.compile(
    r"\b(?:called|named|titled|entitled|dubbed|film|movie|book|novel|song|album|"
    r"baptisée?|intitulée?|nommée?|appelée?|surnommée?|film|livre|roman)\s*[,:]?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    """Quoted words and what attributes them, before the speaker is resolved."""

    start: int
    end: int
    opening: int  # where the quotation begins, its mark included
    attribution: Attribution | None


class QuoteFinder:
    """Finds quotations and their speakers in article text (English and French)."""

    name = "quotes.rules.v1"

    def load(self) -> None:
        """Nothing to load: the rules are plain patterns. Called for the stage contract."""

    def find(self, text: str, doc: Doc | None, speakers: Sequence[ActorMention]) -> list[Quote]:
        """The quotes of `text` in reading order.

        `doc` is an optional spaCy parse of the same text, whose PERSON entities help find
        the speaker's name; `speakers` are the actor mentions already resolved in the text.
        """
        if doc is not None and doc.text != text:
            raise ValueError(
                "the spaCy document passed to QuoteFinder.find is not a parse of the text; "
                "parse the same text, or pass doc=None"
            )
        quotes: list[Quote] = []
        latest_with_speaker: Quote | None = None
        for candidate in _candidates(text, doc):
            quote = _quote(text, candidate, speakers, latest_with_speaker, quotes)
            if quote is None:
                continue
            quotes.append(quote)
            if quote.speaker is not None or quote.speaker_span is not None:
                latest_with_speaker = quote
        return quotes


def _candidates(text: str, doc: Doc | None) -> list[_Candidate]:
    passages = find_passages(text)
    sentences = SentenceIndex(text, passages)
    speeches = find_unquoted_speeches(text, doc)
    candidates = [
        _Candidate(speech.start, speech.end, speech.start, speech.attribution)
        for speech in speeches
    ]
    for passage in passages:
        if any(speech.start <= passage.start < speech.end for speech in speeches):
            continue
        attribution = attribute(text, passage, passages, sentences, doc)
        candidates.append(_Candidate(passage.start, passage.end, passage.opening, attribution))
    return sorted(candidates, key=lambda candidate: candidate.start)


def _quote(
    text: str,
    candidate: _Candidate,
    speakers: Sequence[ActorMention],
    latest_with_speaker: Quote | None,
    quotes: Sequence[Quote],
) -> Quote | None:
    span = Span.of(text, candidate.start, candidate.end)
    attribution = candidate.attribution
    if _TITLE_INTRODUCTION.search(text, 0, candidate.opening) is not None:
        return None
    if attribution is not None and attribution.speaker is not None:
        if attribution.speaker.pronoun:
            return _inherit(span, latest_with_speaker)
        speaker, speaker_span = _resolve(text, attribution, speakers)
        return Quote(span, speaker, speaker_span)
    if quotes and quotes[-1] is latest_with_speaker and _continues(text, candidate, quotes[-1]):
        return _inherit(span, latest_with_speaker)
    return Quote(span) if _looks_like_speech(text, candidate) else None


def _inherit(span: Span, source: Quote | None) -> Quote:
    if source is None:
        return Quote(span)
    return Quote(span, source.speaker, source.speaker_span)


def _continues(text: str, candidate: _Candidate, previous: Quote) -> bool:
    """Whether the candidate goes on with the previous quote's speech: it opens the next
    paragraph, or the next sentence after a short attribution ("…," Shehu said. "…")."""
    between = text[previous.span.end : candidate.opening]
    breaks = paragraph_breaks_between(text, previous.span.end, candidate.opening)
    if breaks == 0:
        return len(between.split()) <= _MOST_WORDS_IN_ATTRIBUTION and bool(
            _SENTENCE_END.search(between)
        )
    line_start = text.rfind("\n", 0, candidate.opening) + 1
    return breaks == 1 and not text[line_start : candidate.opening].strip()


def _looks_like_speech(text: str, candidate: _Candidate) -> bool:
    words = text[candidate.start : candidate.end].split()
    if len(words) < _FEWEST_WORDS_UNATTRIBUTED:
        return False
    capitalised = sum(1 for word in words if word[:1].isupper())
    return capitalised / len(words) < 0.6


def _resolve(
    text: str, attribution: Attribution, speakers: Sequence[ActorMention]
) -> tuple[Actor | None, Span | None]:
    """The actor a speaker expression refers to, and the span that names them."""
    expression = attribution.speaker
    if expression is None:
        return None, None

    def distance(mention: ActorMention) -> int:
        return min(
            abs(mention.span.end - attribution.cue_start),
            abs(mention.span.start - attribution.cue_end),
        )

    named = [m for m in speakers if m.span.start < expression.end and expression.start < m.span.end]
    in_region = [
        mention
        for mention in speakers
        if mention.span.start < attribution.region_end
        and attribution.region_start < mention.span.end
    ]
    people = [mention for mention in in_region if mention.actor.kind is ActorKind.PERSON]
    for pool in (named, people, in_region if expression.description else []):
        if pool:
            chosen = min(pool, key=distance)
            return chosen.actor, chosen.span
    return None, Span.of(text, expression.start, expression.end)

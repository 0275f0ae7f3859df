"""Unquoted speech: the press-release style where a line ends with "said:" and the speaker's
words follow as plain paragraphs, without quotation marks.

Where the speech ends is a guess, made paragraph by paragraph:

* the first paragraph after the speaker line always belongs to the speech (a paragraph broken
  mid-sentence, ending without punctuation before a lower-case line, is joined to the next);
* a later paragraph belongs to it only if it speaks in the first person (I, we, our, nous,
  notre...) or opens by referring back (This, It, These, Such, Cela...), and
* the speech stops before a paragraph that names the speaker, holds a speech verb ("said"),
  quotation marks, a link, another speaker line, a list item or a heading, or that opens with
  press-release narration ("This week's...", "Today's..."), and after six paragraphs.

Limits: narration written in the first person plural ("our partnership", in a government's
own release) or opening with "This" is taken for speech when no stop sign is present, and a
speech whose later paragraphs use neither the first person nor a back-reference is cut short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from accord.stages.quotes.attribution import SPEECH_CUE, Attribution
from accord.stages.quotes.marks import QUOTATION_MARKS
from accord.stages.quotes.names import speaker_before

_SPEAKER_LINE_END = re.compile(
    r"\b(?P<cue>said|says|added|stated|declared|(?:a|ont)\s+(?:déclaré|dit|affirmé|ajouté|"
    r"indiqué|souligné)|déclare|affirme|ajoute|indique|souligne)\s*:\s*$"
)
_FIRST_PERSON = re.compile(
    r"\b(?:I|me|my|we|We|us|our|Our|ours|nous|Nous|notre|Notre|nos|Nos|je|Je|j[’'])(?!\w)"
)
_BACK_REFERENCE = re.compile(
    r"^(?:This|That|These|Those|It|Such|And|But|So|Yet|Ce|Cela|Cette|Ces|Il|Elle|C[’']est|"
    r"Mais|Et|Ainsi)\b"
)
_NARRATION_OPENING = re.compile(
    r"^(?:this|last|next) (?:week|month|year)[’']s\b|^today[’']s\b", re.I
)
_LINK = re.compile(r"\]\(|https?://|www\.")
_LIST_ITEM = re.compile(r"^[-*•]\s")
_MOST_PARAGRAPHS = 6


@dataclass(frozen=True, slots=True)
class UnquotedSpeech:
    """Paragraphs `start`..`end` spoken by the speaker of the line before them."""

    start: int
    end: int
    attribution: Attribution


def find_unquoted_speeches(text: str, doc: Doc | None) -> list[UnquotedSpeech]:
    """Every unquoted speech that follows a speaker line ending with "said:"."""
    paragraphs = _paragraphs(text)
    speeches = []
    for position, (line_start, line_end) in enumerate(paragraphs[:-1]):
        line = text[line_start:line_end]
        match = _SPEAKER_LINE_END.search(line)
        if match is None or QUOTATION_MARKS.intersection(line):
            continue
        first_start, first_end = paragraphs[position + 1]
        if text[first_start] in QUOTATION_MARKS:
            continue
        cue_start, cue_end = line_start + match.start("cue"), line_start + match.end("cue")
        speaker = speaker_before(text, line_start, cue_start, doc)
        attribution = Attribution(cue_start, cue_end, line_start, cue_start, speaker)
        name = text[speaker.start : speaker.end] if speaker is not None else ""
        end = first_end
        for start, paragraph_end in paragraphs[position + 2 : position + 1 + _MOST_PARAGRAPHS]:
            if not _continues_speech(text[start:paragraph_end], name):
                break
            end = paragraph_end
        speeches.append(UnquotedSpeech(first_start, end, attribution))
    return speeches


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines, a line broken mid-sentence joined to the one after it."""
    paragraphs: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        stripped = match.group().strip()
        if not stripped:
            continue
        start = match.start() + match.group().index(stripped)
        end = start + len(stripped)
        if paragraphs and _broken_before(text, paragraphs[-1][1], stripped):
            paragraphs[-1] = (paragraphs[-1][0], end)
        else:
            paragraphs.append((start, end))
    return paragraphs


def _broken_before(text: str, previous_end: int, paragraph: str) -> bool:
    return text[previous_end - 1] not in '.!?…:;"”»)' and paragraph[0].islower()


def _continues_speech(paragraph: str, speaker_name: str) -> bool:
    stops = (
        QUOTATION_MARKS.intersection(paragraph),
        _LINK.search(paragraph),
        SPEECH_CUE.search(paragraph),
        _SPEAKER_LINE_END.search(paragraph),
        _LIST_ITEM.match(paragraph),
        _NARRATION_OPENING.match(paragraph),
        paragraph[-1] not in '.!?…"”»)',
        _names_speaker(paragraph, speaker_name),
    )
    if any(stops):
        return False
    return bool(_FIRST_PERSON.search(paragraph) or _BACK_REFERENCE.match(paragraph))


def _names_speaker(paragraph: str, speaker_name: str) -> bool:
    words = [word for word in re.findall(r"\w+", speaker_name) if len(word) > 2 and word.istitle()]
    return any(re.search(rf"\b{re.escape(word)}\b", paragraph) for word in words)

"""Attribution: the speech cue near a quotation ("Shehu said", "a déclaré", "according to")
and the words around it that name the speaker.

A quotation is attributed by the first cue after its closing mark, in the rest of its
sentence ("…," Shehu said. / "…", a déclaré le ministre), else by the last cue before its
opening mark in the same sentence (Ford said: "…" / Cisse said the handover marked "…" /
Selon Diop, "…"). Cues inside other quotations do not count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from accord.stages.quotes.marks import QuotedPassage
from accord.stages.quotes.names import SpeakerExpression, speaker_after, speaker_before
from accord.stages.quotes.sentences import SentenceIndex

_ENGLISH_VERBS = (
    "said|says|say|added|adds|told|tells|stated|declared|declares|noted|stressed|stresses|"
    "insisted|insists|warned|warns|explained|explains|asked|argued|argues|claimed|"
    "emphasi[sz]ed|emphasi[sz]es|remarked|continued|wrote|writes|announced|recalled|affirmed|"
    "affirms|quoted|maintained|urged|urges|acknowledged|observed|reiterated|underlined|"
    "underscored|concluded|replied|responded|tweeted|pointed out"
)
_FRENCH_PARTICIPLES = (
    "déclaré|affirmé|dit|indiqué|souligné|ajouté|expliqué|précisé|estimé|assuré|martelé|"
    "rappelé|insisté|lancé|confié|poursuivi|annoncé|fait savoir|écrit|averti|reconnu|plaidé"
)
# Present tenses that also mean something else ("s'y ajoute", "lance une opération") are left
# out; their inverted forms ("ajoute-t-il") are cues.
_FRENCH_PRESENT = "déclare|affirme|indique|souligne|explique|précise|estime|martèle|insiste|avertit"
SPEECH_CUE = re.compile(
    rf"\b(?:(?:{_ENGLISH_VERBS})"
    rf"|(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:{_FRENCH_PARTICIPLES})"
    rf"|(?:{_FRENCH_PRESENT}))\b"
)
_INVERTED_CUE = re.compile(
    r"\b(?:a-t-(?P<past>il|elle)\s+\w+|(?:dit|déclare|ajoute|affirme|estime|explique|précise|"
    r"souligne|poursuit|assure)-(?P<present>il|elle))\b"
)
_SOURCE_CUE = re.compile(r"\b(?:according to|selon|d[’']après)\b", re.IGNORECASE)
_MOST_WORDS_BEFORE_A_LATE_CUE = 8


@dataclass(frozen=True, slots=True)
class Attribution:
    """The cue that attributes a quotation, where the speaker is written and who it is."""

    cue_start: int
    cue_end: int
    region_start: int  # the stretch of text where the speaker is written
    region_end: int
    speaker: SpeakerExpression | None


def attribute(
    text: str,
    passage: QuotedPassage,
    passages: Sequence[QuotedPassage],
    sentences: SentenceIndex,
    doc: Doc | None,
) -> Attribution | None:
    """The attribution of `passage`, or None when its sentence has no speech cue."""
    return _after(text, passage, passages, sentences, doc) or _before(
        text, passage, passages, sentences, doc
    )


def _after(
    text: str,
    passage: QuotedPassage,
    passages: Sequence[QuotedPassage],
    sentences: SentenceIndex,
    doc: Doc | None,
) -> Attribution | None:
    start = passage.after
    end = sentences.start_after(start)
    following = [other.opening for other in passages if other.opening >= start]
    end = min([end, *following])
    inverted = _INVERTED_CUE.search(text, start, end)
    if inverted is not None and not text[start : inverted.start()].strip(" ,"):
        group = "past" if inverted.group("past") else "present"
        expression = SpeakerExpression(inverted.start(group), inverted.end(group), pronoun=True)
        return Attribution(inverted.start(), inverted.end(), start, end, expression)
    cue = SPEECH_CUE.search(text, start, end)
    if cue is None:
        return None
    before_cue = text[start : cue.start()]
    if not before_cue.strip(" ,;—–-"):
        speaker = speaker_after(text, cue.end(), end, doc)
        return Attribution(cue.start(), cue.end(), cue.end(), end, speaker)
    if len(before_cue.split()) > _MOST_WORDS_BEFORE_A_LATE_CUE:
        return None
    speaker = speaker_before(text, start, cue.start(), doc)
    return Attribution(cue.start(), cue.end(), start, cue.start(), speaker)


def _before(
    text: str,
    passage: QuotedPassage,
    passages: Sequence[QuotedPassage],
    sentences: SentenceIndex,
    doc: Doc | None,
) -> Attribution | None:
    start = sentences.start_before(passage.opening)
    end = passage.opening
    cues = [
        match
        for pattern in (SPEECH_CUE, _SOURCE_CUE)
        for match in pattern.finditer(text, start, end)
        if not any(other.contains(match.start()) for other in passages)
    ]
    if not cues:
        return None
    cue = max(cues, key=lambda match: match.start())
    if cue.re is _SOURCE_CUE:
        region_end = text.find(",", cue.end(), end)
        region_end = end if region_end < 0 else region_end
        speaker = speaker_after(text, cue.end(), region_end, doc)
        return Attribution(cue.start(), cue.end(), cue.end(), region_end, speaker)
    speaker = speaker_before(text, start, cue.start(), doc)
    return Attribution(cue.start(), cue.end(), start, cue.start(), speaker)

"""Whether a Turkish event happened, read off the verb that ends its clause.

Turkish puts negation, future, condition and ability in suffixes of the verb, and the verb
after its objects: "anlaşmayı imzalamadı" (did not sign), "imzalayacak" (will sign),
"imzalarsa" (if it signs), "saldırabilir" (could attack). So the cue is looked for in the
trigger's last word and the few words after it up to the clause's end ("saldırı
düzenlemedi"), not before the trigger as in English and French. Verbs that report on the
act come after it too: "saldırıyı düzenlediğini yalanladı" (denied carrying out the
attack), "saldırmakla tehdit etti" (threatened to attack).
"""

from __future__ import annotations

import re

from accord.model import EventType, Modality
from accord.stages.events.modality import ModalityCue

_AFTER_WORDS = 3  # words after the trigger that may still be its clause's verb
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CLAUSE_END = re.compile(r"[.;:!?,]")
# Person and plural endings after a tense: -dı-lar, -dı-m, -mış-tır ...
_PERSON = r"(?:l[ae]r|[mnk]|n[ıiuü]z|s[ıiuü]n(?:[ıiuü]z)?|d[ıiuü]r|t[ıiuü]r|m[ıiuü][şs]|d[ıiuü])*"
_VERB_CUES: tuple[tuple[Modality, re.Pattern[str]], ...] = (
    (Modality.DENIED, re.compile(r"^(?:yalanla|inkar\s*et|inkâr\s*et)", re.IGNORECASE)),
    (
        Modality.NEGATED,
        re.compile(
            rf"(?:m[ae](?:d[ıiuü]|m[ıiuü][şs]|y[ae]c[ae]k|z|s[ıiuü]n)|m[ıiuü]yor){_PERSON}$"
            r"|^de[ğg]il",
            re.IGNORECASE,
        ),
    ),
    (
        Modality.HYPOTHETICAL,
        re.compile(rf"(?:[ıiuüae]rs[ae]|s[ae]ydı|[ae]bilir|[ae]bilece[ğk]){_PERSON}$", re.I),
    ),
    (Modality.THREATENED, re.compile(r"^tehdit", re.IGNORECASE)),
    (
        Modality.PROMISED,
        re.compile(rf"(?:y?[ae]c[ae]k|y?[ae]ca[ğk]|y?[ae]ce[ğk]){_PERSON}$|^planl", re.I),
    ),
)
# A threat names its act in the -mak/-mek form with -la ("saldırmakla tehdit etti").
_THREAT_OF = re.compile(r"(?:mak|mek)l[ae]$", re.IGNORECASE)
# Event types whose trigger already states an intention, as in `modality`.
_INHERENTLY_VERBAL = frozenset({EventType.AGREE, EventType.THREATEN, EventType.REQUEST})


def turkish_modality(
    sentence: str, trigger: tuple[int, int], event_type: EventType
) -> ModalityCue | None:
    """The cue that makes the event whose trigger spans `trigger` (offsets in `sentence`)
    other than occurred, or None when the verb reports it as having happened."""
    words = _verb_words(sentence, trigger)
    for modality, pattern in _VERB_CUES:
        if modality is Modality.PROMISED and event_type in _INHERENTLY_VERBAL:
            continue
        for position, match in enumerate(words):
            if modality is Modality.THREATENED and not _threat_of(words, position):
                continue
            if modality is Modality.DENIED and position == 0:
                continue  # the trigger's own word is the act, not a report of it
            if pattern.search(match.group()):
                return ModalityCue(modality, match.start(), match.end())
    return None


def _verb_words(sentence: str, trigger: tuple[int, int]) -> list[re.Match[str]]:
    """The trigger's last word and the words after it up to the clause's end."""
    start, end = trigger
    last = None
    for last in _WORD.finditer(sentence, start, end):  # noqa: B007 - the last one is wanted
        pass
    words = [last] if last is not None else []
    clause_end = _CLAUSE_END.search(sentence, end)
    limit = clause_end.start() if clause_end else len(sentence)
    for found in _WORD.finditer(sentence, end, limit):
        if len(words) > _AFTER_WORDS:
            break
        if last is None or found.start() >= last.end():
            words.append(found)
    return words


def _threat_of(words: list[re.Match[str]], position: int) -> bool:
    return position > 0 and bool(_THREAT_OF.search(words[position - 1].group()))

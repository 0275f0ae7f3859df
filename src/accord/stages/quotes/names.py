"""Who a speech cue names: a pronoun, a person's name, or a description ("the statement").

The text between a speech verb and the sentence edge is cut into comma-separated chunks; the
chunk nearest the verb comes first. A chunk that is only a name (titles and determiners
aside) wins at once; otherwise the nearest full name (two capitalised words or more) wins; a
chunk of two to six words that starts with a determiner ("the statement", "le ministre
ivoirien de la Défense") is taken as a description, unless the chunk beyond it is only a name
("Amina Bello, the defence minister, said"); else the nearest single capitalised word.
A parsed document, when the caller passes one, trims job words off a name through its PERSON
entities, and supplies the nearest PERSON entity when the rules find no speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PRONOUNS = frozenset({"he", "she", "il", "elle"})
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*"
_PARTICLE = r"(?:de|du|des|da|di|dos|van|von|bin|ibn|al|el|la|le)"
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD})*")
_CHUNK = re.compile(r"[^,;:()\[\]]+")
_ELISION = re.compile(r"^(?:[CcDdJjLlMmNnSsTt]|[Qq]u)[’']")
_DETERMINERS = _words("the a an this that these those le la les l un une ce cette ces")
_PREPOSITIONS = _words(
    "to in at on before during after with from by for devant à au aux en lors "
    "pendant après avec par pour dans sur"
)
_NOT_NAMES = (
    _DETERMINERS
    | _PREPOSITIONS
    | _words(
        "according selon speaking meanwhile however but and while when as his her their "
        "its our it he she we they i il elle nous ils elles mais et also then monday "
        "tuesday wednesday thursday friday saturday sunday january february march april "
        "may june july august september october november december lundi mardi mercredi "
        "jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août "
        "septembre octobre novembre décembre"
    )
)
_TITLES = _words(
    "mr mrs ms miss dr prof professor sir dame lord president minister general gen "
    "major maj major-gen major-general lieutenant lt colonel col captain capt "
    "commander admiral adm brigadier brig brigadier-general sergeant sgt ambassador "
    "senator governor gov chief hon honourable rev m mme monsieur madame ministre "
    "général ambassadeur secretary state spokesman spokeswoman spokesperson commissioner "
    "prime deputy vice foreign defence defense interior"
)
_TRAILING_FILLERS = _words(
    "also however then later further again has had have a ont avait notamment "
    "également aussi ensuite"
)


@dataclass(frozen=True, slots=True)
class SpeakerExpression:
    """Characters `start`..`end` that name the speaker: a name, a pronoun (he, she) or a
    description ("the statement")."""

    start: int
    end: int
    pronoun: bool = False
    description: bool = False


def speaker_before(text: str, start: int, end: int, doc: Doc | None) -> SpeakerExpression | None:
    """The speaker named in `text[start:end]`, a subject written before its verb."""
    words = list(re.finditer(r"[\w’'-]+", text[start:end]))
    while words and words[-1].group().lower() in _TRAILING_FILLERS:
        words.pop()
    if not words:
        return None
    last = words[-1]
    if last.group().lower() in PRONOUNS:
        return SpeakerExpression(start + last.start(), start + last.end(), pronoun=True)
    end = start + last.end()
    chunks = [(start + m.start(), start + m.end()) for m in _CHUNK.finditer(text[start:end])]
    chosen = _choose(text, chunks[::-1], nearest_last=True)
    return _refine(text, chosen, doc) or _person_entity(doc, start, end, nearest_last=True)


def speaker_after(text: str, start: int, end: int, doc: Doc | None) -> SpeakerExpression | None:
    """The speaker named in `text[start:end]`, written after its verb ("said Shehu")."""
    chunks = []
    for match in _CHUNK.finditer(text[start:end]):
        words = match.group().split()
        if not words:
            continue
        if words[0].lower() in PRONOUNS:
            chunk_start = start + match.start() + match.group().index(words[0])
            return SpeakerExpression(chunk_start, chunk_start + len(words[0]), pronoun=True)
        if words[0].lower() not in _PREPOSITIONS:
            chunks.append((start + match.start(), start + match.end()))
            break
    chosen = _choose(text, chunks, nearest_last=False)
    return _refine(text, chosen, doc) or _person_entity(doc, start, end, nearest_last=False)


def _person_entity(
    doc: Doc | None, start: int, end: int, *, nearest_last: bool
) -> SpeakerExpression | None:
    """The parse's PERSON entity nearest the verb, when the rules found no speaker."""
    if doc is None:
        return None
    inside = [
        ent
        for ent in doc.ents
        if ent.label_ == "PERSON" and ent.start_char >= start and ent.end_char <= end
    ]
    if not inside:
        return None
    chosen = inside[-1] if nearest_last else inside[0]
    return SpeakerExpression(chosen.start_char, chosen.end_char)


def _refine(
    text: str, expression: SpeakerExpression | None, doc: Doc | None
) -> SpeakerExpression | None:
    """The name without the job words before it ("Woodside CEO Meg O'Neill" -> "Meg
    O'Neill"), where the parse has a PERSON entity of two words or more inside the name.
    Only job words are dropped: a model for another language may cut a name in two."""
    if expression is None or doc is None or expression.description:
        return expression
    for ent in doc.ents:
        inside = expression.start <= ent.start_char and ent.end_char <= expression.end
        if ent.label_ != "PERSON" or not inside or len(ent.text.split()) < 2:
            continue
        dropped = text[expression.start : ent.start_char].split()
        if dropped and all(word.isupper() or word.lower() in _TITLES for word in dropped):
            return SpeakerExpression(ent.start_char, ent.end_char)
    return expression


def _choose(
    text: str, chunks: list[tuple[int, int]], *, nearest_last: bool
) -> SpeakerExpression | None:
    """The speaker among chunks ordered nearest to the verb first; inside a chunk the verb
    is after the last word (`nearest_last`) or before the first."""
    singles: list[tuple[int, int]] = []
    for chunk_start, chunk_end in chunks:
        runs = _name_runs(text, chunk_start, chunk_end)
        if len(runs) == 1 and _only_name(text, chunk_start, chunk_end, runs[0]):
            return SpeakerExpression(*runs[0])
        full_names = [run for run in runs if len(text[run[0] : run[1]].split()) > 1]
        if full_names:
            return SpeakerExpression(*full_names[-1 if nearest_last else 0])
        singles.extend(runs[::-1] if nearest_last else runs)
        if chunk_start == chunks[0][0]:
            description = _description(text, chunk_start, chunk_end)
            if description is not None:
                return _apposed_name(text, chunks[:2]) or description
    return SpeakerExpression(*singles[0]) if singles else None


def _apposed_name(text: str, chunks: list[tuple[int, int]]) -> SpeakerExpression | None:
    """The name in the second chunk when only a comma parts it from the description in the
    first ("Amina Bello, the defence minister, said")."""
    if len(chunks) < 2:
        return None
    (first_start, first_end), (chunk_start, chunk_end) = chunks
    gap = text[min(first_end, chunk_end) : max(first_start, chunk_start)]
    runs = _name_runs(text, chunk_start, chunk_end)
    if gap.strip() != "," or len(runs) != 1:
        return None
    if not _only_name(text, chunk_start, chunk_end, runs[0]):
        return None
    return SpeakerExpression(*runs[0])


def _name_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Capitalised word runs in `text[start:end]`, stripped of leading titles and determiners."""
    runs = []
    for match in _NAME_RUN.finditer(text, start, end):
        words = list(re.finditer(r"\S+", match.group()))
        while words and _not_name(words[0].group()):
            words.pop(0)
        if words:
            end = match.start() + words[-1].end()
            if text[end - 1] == "." and not _is_abbreviation(words[-1].group()):
                end -= 1
            runs.append((match.start() + words[0].start(), end))
    return runs


def _is_abbreviation(word: str) -> bool:
    bare = word.rstrip(".")
    return len(bare) == 1 or "." in bare or bare.lower() in _TITLES


def _not_name(word: str) -> bool:
    bare = word.strip(".").lower()
    return bare in _NOT_NAMES or bare in _TITLES or bool(_ELISION.match(word))


def _only_name(text: str, start: int, end: int, run: tuple[int, int]) -> bool:
    """Whether the chunk holds nothing but the name, titles and determiners before it, and
    fillers ("however") after it."""
    before = text[start : run[0]].split()
    after = re.findall(r"[\w’'-]+", text[run[1] : end])
    return all(_not_name(word) for word in before) and all(
        word.lower() in _NOT_NAMES or word.lower() in _TRAILING_FILLERS for word in after
    )


def _description(text: str, start: int, end: int) -> SpeakerExpression | None:
    words = list(re.finditer(r"[\w’'-]*\w", text[start:end]))
    while words and words[-1].group().lower() in _TRAILING_FILLERS:
        words.pop()
    if len(words) < 2 or len(words) > 6:
        return None
    first = words[0].group().lower()
    if first not in _DETERMINERS and not _ELISION.match(first):
        return None
    return SpeakerExpression(start + words[0].start(), start + words[-1].end(), description=True)

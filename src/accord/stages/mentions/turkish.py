"""The Turkish parse: suffixes split off names, Turkish name patterns, titled compounds and
people.

No statistical Turkish pipeline ships offline, so Turkish text gets spaCy's rule-based
Turkish tokenizer, the sentencizer and the entity ruler, with three additions:

- Turkish writes a proper name's case suffix after an apostrophe ("Nijerya'ya",
  "Türkiye'nin", "NATO'daki"). The tokenizer splits any apostrophe followed by lower-case
  letters off a word, so the name is its own token whatever its case.
- Demonyms and agent nouns take their plural and case suffixes without one
  ("Nijeryalılar", "ordusuna"). A token that starts with a known name and goes on with an
  inflectional suffix is split in two ("Nijeryalı" + "lar").
- After the entity ruler, a state or demonym followed by an office or agent is one mention
  ("Nijerya Cumhurbaşkanı", "Türk ordusu"), as the dictionary resolves it, and the
  capitalised words after an office are a person ("Cumhurbaşkanı Recep Tayyip Erdoğan").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from accord.model import ActorKind
from accord.stages.actors.records import OrganisationRecord, StateRecord
from accord.stages.actors.turkish import TurkishNames

TURKISH = "tr"
SPLIT_SUFFIXES = "accord_turkish_suffixes"
COMPOUNDS = "accord_turkish_compounds"
# An apostrophe and the lower-case letters of a suffix, at the end of a word.
APOSTROPHE_SUFFIX = r"['’][a-zçğıöşüâîû]+"
# Plural, possessive and case suffixes in their usual order, each optional but not all.
_INFLECTION = re.compile(
    r"(?=.)(?:l[ae]r)?(?:[ıiuü]|s[ıiuü]|l[ae]r[ıi])?"
    r"(?:n?[ıiuü]n|n?[dt][ae]n|n?[dt][ae](?:ki)?|y?l[ae]|y?[ıiuü]|n[ıiuü]|y?[ae]|n[ae])?"
)
# After a lower-case agent noun only a case ending counts: "askeri" is the adjective
# "military", not "asker" (soldier) with a suffix.
_CASE_ENDING = re.compile(
    r"(?:l[ae]r)?(?:n?[ıiuü]n|n?[dt][ae]n|n?[dt][ae]|y?l[ae]|n[ıiuü]|y[ıiuü]|n[ae]|y?[ae])"
)
# Words that start with a state's name and read as a name with a suffix, but are not one.
_LOOK_ALIKES = ("Maliye", "maliye")  # finance (Maliye Bakanı), not Mali + dative
_GROUP = "ARMED_GROUP"
_TITLE_LABELS = frozenset({"INSTITUTION", "AGENT"})
_OWNER_LABELS = frozenset({"STATE", "DEMONYM"})
_MAX_NAME_WORDS = 4
_ASCII = str.maketrans("çğıİöşüÇĞÖŞÜâîû", "cgiIosuCGOSUaiu")
_UPPER = str.maketrans("iı", "İI")


def set_up(nlp: Any, names: TurkishNames) -> None:
    """Make a blank Turkish pipeline split suffixes off names (before its other components)
    and join titled compounds and people (call after the entity ruler is added)."""
    from spacy.util import compile_suffix_regex

    suffixes = [*nlp.Defaults.suffixes, APOSTROPHE_SUFFIX]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    splitter = nlp.add_pipe(SPLIT_SUFFIXES, first=True)
    splitter.stems = frozenset(
        form for _, surface in _surfaces(names) if " " not in surface for form in _forms(surface)
    )
    nlp.add_pipe(COMPOUNDS)


def register_components() -> None:
    """Register the Turkish components with spaCy (once per process)."""
    from spacy.language import Language

    if not Language.has_factory(SPLIT_SUFFIXES):
        Language.factory(SPLIT_SUFFIXES, func=lambda nlp, name: SuffixSplitter())
    if not Language.has_factory(COMPOUNDS):
        Language.component(COMPOUNDS, func=join_compounds)


def patterns(names: TurkishNames) -> list[dict[str, Any]]:
    """Entity ruler phrase patterns for the Turkish names: as written, in Turkish capitals
    and without Turkish letters (text typed on other keyboards)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for label, surface in _surfaces(names):
        for form in _forms(surface):
            found.setdefault((label, form), {"label": label, "pattern": form})
    return list(found.values())


def _surfaces(names: TurkishNames) -> Iterator[tuple[str, str]]:
    for record, surface in names.names:
        if isinstance(record, StateRecord):
            yield "STATE", surface
        elif isinstance(record, OrganisationRecord):
            yield ("IGO" if record.kind is ActorKind.IGO else "ARMED_GROUP"), surface
        else:
            yield "INSTITUTION", surface
    yield from (("DEMONYM", surface) for _, surface in names.demonyms)
    yield from (("CAPITAL", surface) for _, surface in names.capitals)
    yield from (("INSTITUTION", surface) for _, surface in names.offices)
    for surface, _ in names.agents:
        yield "AGENT", surface
        yield "AGENT", surface[:1].upper() + surface[1:]  # first word of a sentence


def _forms(surface: str) -> Iterable[str]:
    return dict.fromkeys((surface, surface.translate(_UPPER).upper(), surface.translate(_ASCII)))


class SuffixSplitter:
    """Splits a token made of a known name and an inflection ("Nijeryalılar")."""

    def __init__(self) -> None:
        self.stems: frozenset[str] = frozenset()

    def __call__(self, doc: Any) -> Any:
        splits = [(token, cut) for token in doc if (cut := self.stem_end(token.text))]
        if splits:
            with doc.retokenize() as retokenizer:
                for token, cut in splits:
                    parts = [token.text[:cut], token.text[cut:]]
                    retokenizer.split(token, parts, heads=[(token, 0), (token, 0)])
        return doc

    def stem_end(self, word: str) -> int:
        """Where the longest known name that starts `word` ends, when what follows is an
        inflection; 0 when the word is not a name with a suffix."""
        if word in self.stems or not word[:1].isalpha() or word.startswith(_LOOK_ALIKES):
            return 0
        grammar = _INFLECTION if word[:1].isupper() else _CASE_ENDING
        for end in range(len(word) - 1, 1, -1):
            if word[:end] in self.stems and grammar.fullmatch(word[end:]):
                return end
        return 0


def join_compounds(doc: Any) -> Any:
    """One mention for a state and its office or agent ("Nijerya Cumhurbaşkanı"), and a
    person for the capitalised words after an office ("Başkan Recep Tayyip Erdoğan")."""
    from spacy.tokens import Span

    entities: list[Any] = []
    for entity in doc.ents:
        previous = entities[-1] if entities else None
        if (
            previous is not None
            and previous.end == entity.start
            and previous.label_ in _OWNER_LABELS
            and entity.label_ in _TITLE_LABELS
        ):
            entities[-1] = Span(doc, previous.start, entity.end, label="AGENT")
        else:
            entities.append(entity)
    people = [person for entity in entities if (person := _person_after(doc, entity))]
    named = {token for person in people for token in range(person.start, person.end)}
    # A one-word armed group inside a person's name is a name ("Muhammed" in "Cumhurbaşkanı
    # Muhammed Buhari"), not the group.
    entities = [e for e in entities if not named & set(range(e.start, e.end))]
    doc.ents = sorted([*entities, *people], key=lambda span: span.start)
    return doc


def _person_after(doc: Any, title: Any) -> Any:
    """The capitalised words right after an office, up to four, as a PERSON."""
    from spacy.tokens import Span

    if title.label_ not in _TITLE_LABELS or not doc[title.end - 1].text[:1].isupper():
        return None
    end = title.end
    while end < len(doc) and end - title.end < _MAX_NAME_WORDS and _name_word(doc[end]):
        end += 1
    return Span(doc, title.end, end, label="PERSON") if end > title.end else None


def _name_word(token: Any) -> bool:
    """A capitalised word outside any entity, or a one-word armed group's alias."""
    if not (token.text[:1].isupper() and token.text.isalpha()):
        return False
    return token.ent_type_ == "" or (
        token.ent_type_ == _GROUP and token.ent_iob_ == "B" and not _continues(token)
    )


def _continues(token: Any) -> bool:
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.ent_iob_ == "I"

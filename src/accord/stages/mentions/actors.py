"""`mentions.dictionary.v1`: entities of the parse resolved to canonical actors.

Dictionary labels (states, organisations, armed groups, agents, capitals, demonyms) and the
statistical NER's people, organisations and places are resolved through the actor
dictionary; people get their role and affiliation from the title written before their name
("Minister for Africa, Vicky Ford"), else from a state named just after their name
("Monguno, who led the Nigerian delegation"). An agent with no country of its own ("the army") takes
the country of the nearest state named before it in the same sentence, else the first the
article names; rebels and criminals never take one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from accord.model import Actor, ActorKind, ActorMention, Span
from accord.pipeline.document import Document
from accord.stages.actors import ActorDictionary
from accord.stages.actors.people import PERSON_TITLE_WORDS, names_an_office, office_words
from accord.stages.mentions.compass import is_compass_direction

_RESOLVED_LABELS = frozenset(
    {
        "STATE",
        "IGO",
        "ARMED_GROUP",
        "AGENT",
        "CAPITAL",
        "DEMONYM",
        "INSTITUTION",
        "ADMIN_REGION",
        "GPE",
        "NORP",
        "ORG",
        "PERSON",
    }
)
_SHORT_NAMED = frozenset({ActorKind.IGO, ActorKind.ARMED_GROUP})
# Last words by which a named organisation is called again ("the Coalition").
_HEADS = frozenset(
    {"Coalition", "Alliance", "Union", "Council", "Commission", "Mission", "Community",
     "Confederation", "Confédération", "Front", "Movement", "Conseil"}
)  # fmt: skip
_TITLE_WINDOW = 12  # tokens before a name searched for its title
_AFFILIATION_WINDOW = 10  # tokens after a name searched for its country
_COUNTRY_LABELS = frozenset({"STATE", "DEMONYM", "NORP", "GPE"})
_TAKES_A_COUNTRY = frozenset({"PERSON", "AGENT"})


# Place names, the parser's and the gazetteer ruler's: a person's name can be taken for one.
_PLACE_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "TOPONYM"})
_LOCATIVES = frozenset({"in", "at", "near", "outside", "from", "to", "à", "vers"})
_TITLE_FILLERS = frozenset(
    {"for", "of", "to", "the", "and", "de", "du", "des", "la", "le", "et", "'s", "’s"}
)


def _names_a_place_here(entity: Any) -> bool:
    """A capital after "in", "at", "from"... is where something happened. (A state is not
    dropped that way: "troops in Mali" and "withdrew from Mali" both need Mali as a party.)"""
    if entity.label_ != "CAPITAL" or entity.start == 0:
        return False
    return bool(entity.doc[entity.start - 1].lower_ in _LOCATIVES)


def short_names(text: str, found: Sequence[ActorMention]) -> list[ActorMention]:
    """Later mentions of a named organisation by its last word ("the Global Coalition to
    Defeat ISIS" ... "the Coalition recognised"), when no other organisation of the article
    ends in that word."""
    owners: dict[str, set[Actor]] = {}
    first_at: dict[Actor, int] = {}
    for mention in found:
        head = _head_word(mention.actor)
        if head is not None:
            owners.setdefault(head, set()).add(mention.actor)
            first_at.setdefault(mention.actor, mention.span.end)
    taken = [(m.span.start, m.span.end) for m in found]
    added: list[ActorMention] = []
    for head, actors in owners.items():
        if len(actors) != 1:
            continue  # "the Council" in an article naming two councils names neither
        (actor,) = actors
        for match in re.finditer(rf"\b(?:the|The|la|La|le|Le|l['’])\s*({head})\b", text):
            start, end = match.span(1)
            if start < first_at[actor] or any(s < end and start < e for s, e in taken):
                continue
            added.append(ActorMention(Span.of(text, start, end), actor, confidence=0.6))
    return added


def _head_word(actor: Actor) -> str | None:
    words = actor.name.split()
    if actor.kind not in _SHORT_NAMED or len(words) < 2:
        return None
    return next((w for w in reversed(words) if w in _HEADS), None)


def _start(mention: ActorMention) -> int:
    return mention.span.start


_ARTICLE = re.compile(r"^(?:the|le|la|l['’])\s*", re.IGNORECASE)
# Words in the longest title read before a name ("Assistant Secretary of Defense for Special
# Operations and Low-Intensity Conflict").
_LONGEST_TITLE = 12
# Lower-case words a French office may hold: the office itself and a demonym or two.
_LOWER_CASE_TITLE_WORDS = 3


def _title_part(words: str) -> str | None:
    """The title at the end of the words before a name: the comma-separated parts, read
    back from the name, that read as titles ("Speaking at the session, the National
    Security Adviser, Major-Gen." -> "National Security Adviser, Major-Gen")."""
    kept: list[str] = []
    for written in reversed(words.strip(" ,").split(",")):
        bare = office_words(_ARTICLE.sub("", written.strip()).strip(" .")).strip(" .")
        if not bare:
            break  # only a form of address ("and Mr."): no office
        if not _is_title(bare) or not names_an_office(bare):
            tail = _office_at_the_end(bare)
            if tail is not None and not kept:
                kept.append(tail)  # "... en présence du ministre français des Armées"
            break
        kept.insert(0, bare)
    return ", ".join(kept) or None


def _office_at_the_end(words: str) -> str | None:
    """The office that ends a longer clause, from its office word on, as French runs it into
    the sentence ("annoncée par le président ivoirien", "en présence du ministre des
    Armées"); None when the clause does not end in one."""
    split = words.split()
    for start in range(len(split) - 1, max(-1, len(split) - 1 - _TITLE_WINDOW), -1):
        if split[start].lower() in PERSON_TITLE_WORDS:
            office = " ".join(split[start:])
            return office if _is_title(office) and names_an_office(office) else None
    return None


def _is_title(role: str | None) -> bool:
    """A role reads like a title ("Minister for Africa"), not a stretch of the sentence
    before the name ("relations with Nigeria, after ECOWAS, led by")."""
    if not role:
        return False
    words = role.replace(",", " ").split()
    if len(words) > _LONGEST_TITLE:
        return False
    lower = [w for w in words if not w[:1].isupper() and w.lower() not in _TITLE_FILLERS]
    # French writes offices in lower case: "ministre français des Armées".
    return not lower or (words[0] in PERSON_TITLE_WORDS and len(lower) <= _LOWER_CASE_TITLE_WORDS)


class DictionaryMentions:
    name = "mentions.dictionary.v1"
    version = "1"
    requires: tuple[str, ...] = ("parse",)
    provides = "mentions"

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary

    def load(self) -> None:
        self.dictionary.load()

    def predict(self, documents: Sequence[Document]) -> list[tuple[ActorMention, ...]]:
        return [self.mentions(document) for document in documents]

    def mentions(self, document: Document) -> tuple[ActorMention, ...]:
        if document.parse is None:
            return ()
        found: list[ActorMention] = []
        first_country: str | None = None
        for sentence in document.parse.sents:
            found.extend(self._sentence(document.text, sentence, first_country))
            first_country = first_country or next(
                (m.actor.country for m in found if m.actor.country), None
            )
        return tuple(sorted((*found, *short_names(document.text, found)), key=_start))

    def _sentence(
        self, text: str, sentence: Any, article_country: str | None
    ) -> list[ActorMention]:
        """Mentions in one sentence; a title's country defaults to the last state named in
        the sentence, else the first one the article names."""
        found: list[ActorMention] = []
        last_country: str | None = None
        previous_end = sentence.start
        entities = list(sentence.ents)
        for index, entity in enumerate(entities):
            titled = self._titled_place_name(entity, previous_end, last_country or article_country)
            if titled is not None:  # "Secretary of Defense Austin": a person, not the city
                previous_end = entity.end
                span = Span.of(text, entity.start_char, entity.end_char)
                found.append(ActorMention(span, titled, 0.8))
                continue
            if entity.label_ not in _RESOLVED_LABELS or is_compass_direction(entity.text):
                continue
            if _names_a_place_here(entity):
                continue  # "signed in Niamey", "the meeting in Morocco": where, not who
            context = last_country
            if context is None and entity.label_ in _TAKES_A_COUNTRY:
                context = self._country_after(entities, index)
            fallback = context or article_country
            actor = self._resolve(entity, previous_end, fallback, article_country)
            if entity.label_ == "PERSON":
                previous_end = entity.end
            if actor is None:
                continue
            if actor.kind is ActorKind.STATE or (
                actor.country and actor.kind is not ActorKind.PERSON and actor.country != fallback
            ):
                last_country = actor.country  # named here, not lent by the context
            span = Span.of(text, entity.start_char, entity.end_char)
            found.append(ActorMention(span, actor, 0.9 if entity.label_ != "ORG" else 0.6))
        return found

    def _titled_place_name(
        self, entity: Any, title_from: int, context_country: str | None
    ) -> Actor | None:
        """A name the parser took for a place, written right after a person's office in the
        same clause ("Secretary of Defense Austin", "General Tiani"): that person."""
        if entity.label_ not in _PLACE_NAME_LABELS or entity.start == 0:
            return None
        before = entity.doc[max(title_from, entity.start - _TITLE_WINDOW) : entity.start]
        if not before or not before[-1].text[:1].isupper():
            return None
        title = re.split(r"[,;:(]", before.text)[-1].strip()
        title = re.sub(r"^(?:the|The)\s+", "", title)
        if not title:
            return None
        return self.dictionary.titled_person(title, entity.text, context_country=context_country)

    def _country_after(self, entities: Sequence[Any], index: int) -> str | None:
        """The state named just after a person or agent whose sentence names none before,
        in words set off by a comma or a bracket ("the National Security Adviser, Babagana
        Monguno, who led the Nigerian delegation"): a better guess than the article's."""
        person = entities[index]
        text = person.doc.text
        named_end = person.end_char
        for entity in entities[index + 1 :]:
            if text[named_end : entity.start_char].strip():
                break
            named_end = entity.end_char  # "President" "Joe Biden": one name
        if text[named_end:].lstrip()[:1] not in (",", "("):
            return None  # "Biden announced a pact with the UK": the UK is not his
        for entity in entities[index + 1 :]:
            if entity.start - person.end > _AFFILIATION_WINDOW:
                return None
            if entity.label_ in _COUNTRY_LABELS and not is_compass_direction(entity.text):
                actor = self.dictionary.resolve(entity.text)
                if actor is not None and actor.kind is ActorKind.STATE and actor.country:
                    return actor.country
        return None

    def _resolve(
        self, entity: Any, title_from: int, context_country: str | None, article_country: str | None
    ) -> Actor | None:
        if entity.label_ == "PERSON":
            # The title is what stands between the previous person and this name, so one
            # person's title ("UK Prime Minister") is not read as the next one's.
            title = entity.doc[max(title_from, entity.start - _TITLE_WINDOW) : entity.start].text
            person = self.dictionary.resolve_person(
                entity.text, title or None, context_country=context_country or article_country
            )
            role = _title_part(person.role.split(" (")[0]) if person.role else None
            return replace(person, role=role)
        return self.dictionary.resolve(entity.text, context_country=context_country)

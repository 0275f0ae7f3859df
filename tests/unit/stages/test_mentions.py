from __future__ import annotations

from dataclasses import replace
from datetime import date

from accord.model import DatePrecision
from accord.pipeline import Document
from accord.stages.adapters import DatesStage
from accord.stages.dates import TemporalTagger
from accord.stages.mentions.actors import _is_title
from accord.stages.mentions.compass import is_compass_direction
from accord.stages.mentions.parse import as_phrase_patterns
from tests.builders import article


def test_token_patterns_become_the_phrases_running_text_uses() -> None:
    patterns = [
        {
            "label": "ARMED_GROUP",
            "id": "g",
            "pattern": [{"ORTH": {"IN": ["BOKO", "Boko"]}}, {"ORTH": {"IN": ["HARAM", "Haram"]}}],
        },
        {"label": "AGENT", "id": "a", "pattern": [{"LOWER": "border"}, {"LOWER": "guard"}]},
        {
            "label": "STATE",
            "id": "s",
            "pattern": [{"ORTH": {"IN": ["Côte", "Cote"]}}, {"ORTH": "d'Ivoire"}],
        },
        {"label": "IGO", "id": "i", "pattern": [{"ORTH": {"IN": ["ECOWAS", "Ecowas"]}}]},
    ]
    phrases = {(p["label"], p["pattern"]) for p in as_phrase_patterns(patterns)}
    assert ("ARMED_GROUP", "Boko Haram") in phrases and ("ARMED_GROUP", "BOKO HARAM") in phrases
    assert ("AGENT", "border guard") in phrases and ("AGENT", "Border Guard") in phrases
    assert ("STATE", "Côte d'Ivoire") in phrases and ("STATE", "Cote d'Ivoire") in phrases
    assert ("IGO", "ECOWAS") in phrases and ("IGO", "Ecowas") in phrases
    assert len(phrases) < 20  # spellings of whole names, not every token-by-token mix


def test_compass_words_are_neither_places_nor_actors() -> None:
    assert is_compass_direction("North") and is_compass_direction("the North East")
    assert is_compass_direction("nord-ouest") and not is_compass_direction("North Korea")


def test_titles_are_kept_only_when_they_read_as_titles() -> None:
    assert _is_title("Minister for Africa") and _is_title("National Security Adviser")
    assert not _is_title("relations with Nigeria, after ECOWAS, led by")
    assert not _is_title(None)
    assert not _is_title("National Security Adviser (NSA")  # the caller cuts the abbreviation


def test_without_a_publication_date_the_first_full_date_anchors_relative_ones() -> None:
    text = "NIAMEY, July 6, 2024 — The three leaders signed the treaty on Saturday, officials said."
    stage = DatesStage(TemporalTagger())
    stage.load()
    (found,) = stage.predict([Document(article(text, published=None))])
    saturday = next(m for m in found if m.span.text.endswith("Saturday"))
    assert saturday.date.start == date(2024, 7, 6) and saturday.date.precision is DatePrecision.DAY
    assert "anchored on 2024-07-06" in (saturday.date.reason or "")
    (dated,) = stage.predict([Document(article(text, published=date(2024, 7, 8)))])
    assert all("anchored" not in (m.date.reason or "") for m in dated)


def test_a_line_break_ends_a_sentence_unless_the_text_is_hard_wrapped() -> None:
    import spacy

    from accord.stages.mentions.parse import _hard_wrapped, _line_break_sentences

    headline = "Arvenia and Belmora strengthen ties\nThe two leaders met in Corvin on Monday."
    nlp = spacy.blank("en")
    doc = _line_break_sentences(nlp(headline))
    starts = [token.text for token in doc if token.is_sent_start]
    assert "The" in starts
    wrapped_line = "word " * 15
    wrapped = "\n".join(wrapped_line.strip() for _ in range(5)) + "\nend"
    assert _hard_wrapped(wrapped) and not _hard_wrapped(headline)
    doc = _line_break_sentences(nlp(wrapped))
    assert [token.i for token in doc if token.is_sent_start] in ([], [0])


def test_a_title_is_the_title_like_end_of_the_words_before_a_name() -> None:
    from accord.stages.mentions.actors import _title_part

    words = "Speaking at the session, the National Security Adviser, Major-Gen."
    assert _title_part(words) == "National Security Adviser, Major-Gen"
    assert _title_part("relations with Nigeria, after ECOWAS, led by") is None
    assert _title_part("In the Peace and Governance Forum, Secretary of State") == (
        "Secretary of State"
    )


def test_a_person_takes_the_country_named_just_after_them_over_the_articles() -> None:
    from accord.stages.actors import ActorDictionary
    from accord.stages.mentions.actors import DictionaryMentions
    from accord.stages.mentions.parse import SpacyParser

    dictionary = ActorDictionary()
    parser, mentions = SpacyParser(dictionary), DictionaryMentions(dictionary)
    parser.load()
    mentions.load()
    text = (
        "The coalition met in Rabat, Morocco, on Thursday.\n"
        "Speaking at the session, the National Security Adviser, Major-Gen. Babagana "
        "Monguno, who led the Nigerian delegation, called for more support."
    )
    document = Document(article(text))
    document = document.with_layer("parse", parser.predict([document])[0])
    people = {
        m.actor.name: m.actor
        for m in mentions.predict([document])[0]
        if m.actor.kind.value == "person"
    }
    monguno = people["Babagana Monguno"]
    assert monguno.country == "NGA"
    assert monguno.role == "National Security Adviser, Major-Gen"
    # The object of the person's verb is not their country.
    text = (
        "The United States wants allies.\n"
        "President Joe Biden announced a new security partnership with the UK and Australia."
    )
    document = Document(article(text))
    document = document.with_layer("parse", parser.predict([document])[0])
    (biden,) = [m.actor for m in mentions.predict([document])[0] if m.actor.name == "Joe Biden"]
    assert biden.country == "USA"
    # A constituency's compass word is not North or South Korea.
    text = "Senator Ali Kachalla (APC Borno South), who hails from the area, spoke."
    document = Document(article(text))
    document = document.with_layer("parse", parser.predict([document])[0])
    found = mentions.predict([document])[0]
    assert all(m.actor.country != "KOR" for m in found)


def test_a_name_after_an_office_is_a_person_even_where_the_parser_saw_a_place() -> None:
    from accord.pipeline.registry import build_pipeline

    text = (
        "At the Peace and Governance Forum, Secretary of Defense Austin, Secretary of State "
        "Blinken and the Arvenian envoy met troops from Defence Headquarters Abuja."
    )
    (document,) = build_pipeline().run([article(text)])
    people = {m.actor.name: m.actor for m in document.mentions if m.actor.kind.value == "person"}
    assert people["Austin"].role == "Secretary of Defense"
    assert people["Blinken"].role == "Secretary of State"  # not "... Forum, Secretary of ..."
    places = {p.span.text for p in document.places}
    assert "Austin" not in places and "Abuja" in places  # a headquarters is not an office


def test_an_organisation_named_again_by_its_last_word_is_the_same_actor() -> None:
    from accord.model import Actor, ActorKind, ActorMention, Span
    from accord.stages.mentions.actors import short_names

    coalition = Actor("Global Coalition of Arvenian States", ActorKind.IGO)
    text = (
        "The Global Coalition of Arvenian States met. The Coalition recognised the threat. "
        "The coalition of the willing did not."
    )
    first = ActorMention(Span.of(text, 4, 39), coalition)
    (again,) = short_names(text, [first])
    assert again.actor == coalition and again.span.text == "Coalition"
    assert again.span.relocates_in(text) and again.span.start == text.index("Coalition recognised")
    council_a = Actor("Security Council", ActorKind.IGO)
    council_b = Actor("Peace and Security Council", ActorKind.IGO)
    text = "The Security Council and the Peace and Security Council met. The Council agreed."
    both = [
        ActorMention(Span.of(text, 4, 20), council_a),
        ActorMention(Span.of(text, 29, 55), council_b),
    ]
    assert short_names(text, both) == []


def test_the_toponym_ruler_adds_places_the_model_missed_and_splits_no_names() -> None:
    from accord.stages.actors import ActorDictionary
    from accord.stages.mentions.parse import SpacyParser
    from accord.stages.places import Gazetteer

    parser = SpacyParser(ActorDictionary(), Gazetteer())
    parser.load()
    text = "Airstrikes hit eastern Aleppo. Defence Secretary Lloyd Austin visited Kaduna State."
    document = Document(article(text))
    ents = {(e.text, e.label_) for e in parser.predict([document])[0].ents}
    assert ("Aleppo", "TOPONYM") in ents  # the model finds no entity there
    assert ("Lloyd Austin", "PERSON") in ents and ("Austin", "TOPONYM") not in ents


def test_a_hyphenated_name_is_found_in_french_text_where_it_is_one_token() -> None:
    from accord.stages.actors import ActorDictionary
    from accord.stages.mentions.parse import SpacyParser

    parser = SpacyParser(ActorDictionary())
    parser.load()
    text = "La résolution des États-Unis et du Mexique a été adoptée."
    french = Document(replace(article(text), language="fr"))
    ents = {(e.text, e.label_) for e in parser.predict([french])[0].ents}
    assert ("États-Unis", "STATE") in ents and ("Mexique", "STATE") in ents


def test_a_deadline_does_not_anchor_an_undated_article() -> None:
    text = "Le Conseil a voté vendredi. Les soldats devront partir d'ici le 31 décembre 2023."
    stage = DatesStage(TemporalTagger())
    stage.load()
    (found,) = stage.predict([Document(replace(article(text, published=None), language="fr"))])
    friday = next(m for m in found if m.span.text == "vendredi")
    assert not friday.date.resolved and friday.date.start is None


def test_french_text_gets_a_statistical_ner_in_english_labels() -> None:
    from accord.stages.actors import ActorDictionary
    from accord.stages.mentions.parse import SpacyParser

    parser = SpacyParser(ActorDictionary())
    parser.load()
    text = (
        "Le ministre des Armées, Sébastien Lecornu, s'est rendu jeudi à Barsalogho, au "
        "Burkina Faso. Les jihadistes du JNIM y avaient attaqué l'armée pendant la Coupe "
        "d'Afrique des nations."
    )
    french = Document(replace(article(text), language="fr"))
    parsed = parser.predict([french])[0]
    ents = {(e.text, e.label_) for e in parsed.ents}
    assert ("Sébastien Lecornu", "PERSON") in ents  # PER in the French model
    assert ("Barsalogho", "LOC") in ents  # a village the gazetteer ruler does not hold
    assert ("Burkina Faso", "STATE") in ents and ("JNIM", "ARMED_GROUP") in ents  # dictionary
    assert not any(label == "MISC" for _, label in ents)
    assert len(list(parsed.sents)) == 2


def test_french_offices_in_lower_case_are_read_into_roles() -> None:
    from accord.model import ActorKind
    from accord.pipeline.registry import build_pipeline

    text = (
        "Addis Abeba — Ce jeudi, la cérémonie s'est déroulée en présence du ministre français "
        "des Armées, Sébastien Lecornu. Cette décision, annoncée le 31 décembre par le "
        "président ivoirien, Alassane Ouattara, a été saluée."
    )
    (document,) = build_pipeline().run([replace(article(text), language="fr")])
    people = {m.actor.name: m.actor for m in document.mentions if m.actor.kind is ActorKind.PERSON}
    assert people["Sébastien Lecornu"].role == "ministre français des Armées"
    assert people["Alassane Ouattara"].role == "président ivoirien"
    assert not any("Abeba" in name for name in people)  # the dateline is nobody


def test_an_english_clause_before_a_name_is_no_title() -> None:
    from accord.stages.mentions.actors import _title_part

    assert _title_part("Relations improved after talks with Nigeria, led by") is None
    assert _title_part("Speaking at the session, the National Security Adviser,") == (
        "National Security Adviser"
    )


def test_forms_of_address_are_no_office_and_long_titles_are_read_whole() -> None:
    from accord.stages.mentions.actors import _title_part

    assert _title_part("Dr. Sherwood-Randall, General Townsend, and Mr.") is None
    assert _title_part("This week, Assistant to the President for Homeland Security Dr.") == (
        "Assistant to the President for Homeland Security"
    )
    assert _title_part(
        ", and Assistant Secretary of Defense for Special Operations and Low-Intensity Conflict"
    ) == ("Assistant Secretary of Defense for Special Operations and Low-Intensity Conflict")

"""Turkish events: triggers matched by their stems, modality read off the verb's suffixes,
roles read off the names' case suffixes, and the whole pipeline on invented sentences."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from accord.model import EventRole, EventType, Modality
from accord.pipeline.registry import build_pipeline
from accord.stages.events.rules import best_trigger
from accord.stages.events.turkish_modality import turkish_modality
from accord.stages.events.turkish_roles import Case, case_of
from tests.builders import article


@pytest.mark.parametrize(
    ("sentence", "event_type", "words"),
    [
        ("İki ülke savunma anlaşması imzaladı.", EventType.AGREE, "anlaşması imzaladı"),
        ("Yedi anlaşmaya imza atıldı.", EventType.AGREE, "anlaşmaya imza atıldı"),
        ("Bir mutabakat zaptı imzalandı.", EventType.AGREE, "mutabakat zaptı imzalandı"),
        ("Bakanlar Ankara'da görüştü.", EventType.CONSULT, "görüştü"),
        ("Liderler dün bir araya geldi.", EventType.CONSULT, "bir araya geldi"),
        ("Bakan ülkeyi ziyaret etti.", EventType.CONSULT, "ziyaret"),
        (
            "Güvenlik alanında iş birliğini artırdılar.",
            EventType.COOPERATE,
            "Güvenlik alanında iş birliğini",
        ),
        ("Ülke insani yardım gönderdi.", EventType.AID, "insani yardım"),
        ("Militanlar köye saldırdı.", EventType.ASSAULT, "saldırdı"),
        ("Beş asker öldürüldü.", EventType.ASSAULT, "öldürüldü"),
        ("Birlikler bölgeden geri çekildi.", EventType.RETREAT, "Birlikler bölgeden geri çekildi"),
        ("Hükümet yeni yaptırımlar açıkladı.", EventType.SANCTION, "yaptırımlar"),
        ("Bakan komşu ülkeyi tehdit etti.", EventType.THREATEN, "tehdit etti"),
        ("Hükümet müzakere teklifini reddetti.", EventType.REJECT, "müzakere teklifini reddetti"),
        ("Bakan muhalefeti suçladı.", EventType.ACCUSE, "suçladı"),
        ("Ordu sınıra tank konuşlandırdı.", EventType.MOBILIZE, "konuşlandırdı"),
    ],
)
def test_turkish_triggers_match_their_stems(
    sentence: str, event_type: EventType, words: str
) -> None:
    found = best_trigger(sentence, 0)
    assert found is not None and found.event_type is event_type
    assert sentence[found.start : found.end] == words


@pytest.mark.parametrize(
    ("sentence", "event_type", "words"),
    [
        ("Turkey and Nigeria signed seven agreements.", EventType.AGREE, "signed seven agreements"),
        ("Le Niger a rompu la coopération militaire.", EventType.SANCTION, "rompu la coopération"),
        ("The minister discussed the harvest.", EventType.CONSULT, "discussed"),
    ],
)
def test_english_and_french_sentences_keep_their_triggers(
    sentence: str, event_type: EventType, words: str
) -> None:
    found = best_trigger(sentence, 0)
    assert found is not None and found.event_type is event_type
    assert sentence[found.start : found.end] == words


@pytest.mark.parametrize(
    ("sentence", "event_type", "modality"),
    [
        ("İki ülke anlaşmayı imzaladı.", EventType.AGREE, None),
        ("İki ülke anlaşmayı imzalamadı.", EventType.AGREE, Modality.NEGATED),
        ("Anlaşma imzalanmadı.", EventType.AGREE, Modality.NEGATED),
        ("Ordu köye saldırı düzenlemedi.", EventType.ASSAULT, Modality.NEGATED),
        ("Ordu köye saldıracak.", EventType.ASSAULT, Modality.PROMISED),
        ("Ordu köye saldırabilir.", EventType.ASSAULT, Modality.HYPOTHETICAL),
        ("Ordu saldırıyı düzenlediğini yalanladı.", EventType.ASSAULT, Modality.DENIED),
        ("Ülke komşusuna saldırmakla tehdit etti.", EventType.ASSAULT, Modality.THREATENED),
    ],
)
def test_modality_is_read_off_the_verb(
    sentence: str, event_type: EventType, modality: Modality | None
) -> None:
    found = best_trigger(sentence, 0)
    assert found is not None and found.event_type is event_type
    cue = turkish_modality(sentence, (found.start, found.end), event_type)
    assert (cue.modality if cue else None) is modality


@pytest.mark.parametrize(
    ("sentence", "name", "case"),
    [
        ("Türkiye Nijerya'ya gitti.", "Türkiye", Case.SUBJECT),
        ("Türkiye Nijerya'ya gitti.", "Nijerya", Case.OBJECT),
        ("Toplantı Abuja'da yapıldı.", "Abuja", Case.PLACE),
        ("Türkiye ile Nijerya anlaştı.", "Türkiye", Case.WITH),
        ("Köy Boko Haram tarafından basıldı.", "Boko Haram", Case.BY),
        ("Nijerya'nın ordusu geldi.", "Nijerya", Case.SUBJECT),
        ("Ordu PKK hedeflerine saldırdı.", "PKK", Case.OBJECT),  # the possessed noun's case
        ("Irak'ın kuzeyinde çatışma çıktı.", "Irak", Case.PLACE),
    ],
)
def test_the_case_of_a_name_comes_from_its_suffix(sentence: str, name: str, case: Case) -> None:
    assert case_of(sentence, sentence.index(name) + len(name)) is case


@pytest.fixture(scope="module")
def pipeline() -> Any:
    return build_pipeline()


def _main(pipeline: Any, text: str) -> Any:
    turkish = replace(article(text, published=date(2024, 3, 8)), language="tr")
    (document,) = pipeline.run([turkish])
    mains = [event for event in document.events if event.role is EventRole.MAIN]
    assert len(mains) == 1, document.events
    return mains[0]


def _countries(actors: Any) -> list[str | None]:
    return [actor.country for actor in actors]


def test_a_signed_agreement_between_two_states_in_turkish(pipeline: Any) -> None:
    event = _main(pipeline, "Türkiye ile Nijerya dün Abuja'da savunma anlaşması imzaladı.")
    assert event.event_type is EventType.AGREE and event.symmetric
    assert set(_countries(event.actors)) == {"TUR", "NGA"}
    assert event.modality is Modality.OCCURRED
    assert event.date.start == date(2024, 3, 7)
    assert event.place is not None and event.place.country == "NGA"


def test_an_unsigned_agreement_is_negated(pipeline: Any) -> None:
    event = _main(pipeline, "Türkiye ile Nijerya savunma anlaşmasını imzalamadı.")
    assert event.event_type is EventType.AGREE and event.modality is Modality.NEGATED


def test_the_dative_name_receives_the_attack(pipeline: Any) -> None:
    event = _main(pipeline, "Nijerya ordusu Çarşamba günü Boko Haram'a saldırı düzenledi.")
    assert event.event_type is EventType.ASSAULT
    assert _countries(event.actors) == ["NGA"] and event.actors[0].sector is not None
    assert [actor.name for actor in event.recipients] == ["Boko Haram"]
    assert event.date.start == date(2024, 3, 6)


def test_an_office_without_a_country_is_turkeys(pipeline: Any) -> None:
    event = _main(pipeline, "Başkan Erdoğan, Nijerya Cumhurbaşkanı Buhari ile görüştü.")
    assert event.event_type is EventType.CONSULT
    assert {"TUR", "NGA"} <= set(_countries(event.actors))


def test_a_withdrawal_from_a_named_country(pipeline: Any) -> None:
    event = _main(pipeline, "Fransa Mali'den askerlerini geri çekti.")
    assert event.event_type is EventType.RETREAT
    assert _countries(event.actors) == ["FRA"] and _countries(event.recipients) == ["MLI"]


def test_sanctions_promised_on_a_named_state(pipeline: Any) -> None:
    event = _main(pipeline, "AB, Rusya'ya yeni yaptırımlar uygulayacak.")
    assert event.event_type is EventType.SANCTION and event.modality is Modality.PROMISED
    assert event.actors[0].name == "European Union" and _countries(event.recipients) == ["RUS"]


def test_passive_killing_has_an_unidentified_actor_and_the_victims_receive(
    pipeline: Any,
) -> None:
    event = _main(pipeline, "Nijeryalı askerler pusuda öldürüldü.")
    assert event.event_type is EventType.ASSAULT
    assert event.actors[0].name == "unidentified armed group"
    assert _countries(event.recipients) == ["NGA"]


def test_the_party_before_tarafindan_attacked(pipeline: Any) -> None:
    event = _main(pipeline, "Nijerya ordusu Boko Haram tarafından saldırıya uğradı.")
    assert [actor.name for actor in event.actors] == ["Boko Haram"]
    assert _countries(event.recipients) == ["NGA"]


def test_an_attack_carried_out_is_not_passive(pipeline: Any) -> None:
    event = _main(pipeline, "Boko Haram militanları Nijerya ordusuna saldırıda bulundu.")
    assert [actor.name for actor in event.actors] == ["Boko Haram"]
    assert _countries(event.recipients) == ["NGA"]

from __future__ import annotations

from datetime import date

from accord.model import (
    Actor,
    ActorKind,
    Commitment,
    DatePrecision,
    EventRole,
    EventType,
    Modality,
    Span,
)
from accord.stages.events.rules import RuleEventExtractor, best_trigger
from tests.builders import ARVENIA, BELMORA, BELMORA_ARMY, RED_HAND, day, document, mention, place

EXTRACTOR = RuleEventExtractor()


def _main(events: tuple) -> object:  # type: ignore[type-arg]
    mains = [e for e in events if e.role is EventRole.MAIN]
    assert len(mains) == 1
    return mains[0]


def test_a_signed_pact_is_a_symmetric_agreement_with_every_field_grounded() -> None:
    text = "Arvenia and Belmora signed a security cooperation pact in Corvin on Wednesday."
    doc = document(
        text,
        mentions=[mention(text, "Arvenia", ARVENIA), mention(text, "Belmora", BELMORA)],
        dates=[day(text, "on Wednesday", date(2024, 8, 28))],
        places=[place(text, "Corvin", "BLM")],
    )
    event = _main(EXTRACTOR.events(doc))
    assert event.event_type is EventType.AGREE and event.symmetric
    assert [a.name for a in event.actors] == ["Arvenia", "Belmora"]
    assert event.date.start == date(2024, 8, 28) and event.date.precision is DatePrecision.DAY
    assert event.place.country == "BLM" and event.modality is Modality.OCCURRED
    for item in event.evidence:
        assert item.span.relocates_in(text)
        assert item.provenance.extractor == "events.rules.v1"
    fields = {item.field for item in event.evidence}
    assert {"event_type", "actor", "date", "place", "modality"} <= fields
    assert event.evidence_for("event_type")[0].span.text.startswith("signed")


def test_an_attack_by_an_armed_group_puts_the_group_first_whatever_the_order() -> None:
    text = (
        "Belmoran soldiers were killed when the Red Hand Brigade attacked their base near Corvin."
    )
    doc = document(
        text,
        mentions=[
            mention(text, "Belmoran soldiers", BELMORA_ARMY),
            mention(text, "Red Hand Brigade", RED_HAND),
        ],
        places=[place(text, "Corvin", "BLM")],
    )
    event = _main(EXTRACTOR.events(doc))
    assert event.event_type is EventType.ASSAULT
    assert event.actors == (RED_HAND,) and event.recipients == (BELMORA_ARMY,)


def test_passive_voice_names_the_actor_after_by() -> None:
    text = "A Belmoran army post was attacked by the Red Hand Brigade overnight."
    doc = document(
        text,
        mentions=[
            mention(text, "Belmoran army", BELMORA_ARMY),
            mention(text, "Red Hand Brigade", RED_HAND),
        ],
    )
    event = _main(EXTRACTOR.events(doc))
    assert event.actors == (RED_HAND,)


def test_withdrawal_and_modality_cues() -> None:
    text = "Arvenia will withdraw its troops from Belmora. Arvenia did not attack Belmora."
    doc = document(
        text,
        mentions=[
            mention(text, "Arvenia", ARVENIA),
            mention(text, "Belmora", BELMORA),
            mention(text, "Arvenia", ARVENIA, 1),
            mention(text, "Belmora", BELMORA, 1),
        ],
    )
    events = EXTRACTOR.events(doc)
    assert [(e.event_type, e.modality) for e in events] == [
        (EventType.RETREAT, Modality.PROMISED),
        (EventType.ASSAULT, Modality.NEGATED),
    ]
    promised = events[0]
    cue = promised.evidence_for("modality")[0].span
    assert cue.text == "will"


def test_an_article_without_a_security_event_has_no_main_event() -> None:
    text = "The central bank cut its rate. Officials praised the decision."
    assert all(e.role is not EventRole.MAIN for e in EXTRACTOR.events(document(text)))


def test_a_sentence_without_parties_gives_no_event() -> None:
    text = "Floods killed dozens of people after heavy rain."
    assert EXTRACTOR.events(document(text)) == ()


def test_without_a_date_in_the_sentence_the_week_before_publication_is_used() -> None:
    text = "Arvenia and Belmora signed a border pact."
    doc = document(
        text, mentions=[mention(text, "Arvenia", ARVENIA), mention(text, "Belmora", BELMORA)]
    )
    event = _main(EXTRACTOR.events(doc))
    assert event.date.precision is DatePrecision.WEEK
    assert (event.date.start, event.date.end) == (date(2024, 8, 23), date(2024, 8, 29))
    assert not event.evidence_for("date")


def test_commitments_attach_to_cooperation_events_only() -> None:
    text = (
        "Arvenia and Belmora agreed to improve civilian policing.\n\n"
        "The Red Hand Brigade attacked Belmora."
    )
    start = text.index("civilian policing")
    commitment = Commitment("policing", Span.of(text, start, start + len("civilian policing")))
    doc = document(
        text,
        mentions=[
            mention(text, "Arvenia", ARVENIA),
            mention(text, "Belmora", BELMORA),
            mention(text, "Red Hand Brigade", RED_HAND),
            mention(text, "Belmora", BELMORA, 1),
        ],
        commitments=[commitment],
    )
    agree, assault = EXTRACTOR.events(doc)
    assert agree.commitments == (commitment,) and assault.commitments == ()
    assert agree.evidence_for("commitment")[0].span == commitment.span


def test_french_triggers() -> None:
    for sentence, expected in [
        ("Le Bénin et le Niger ont signé un accord de coopération militaire.", EventType.AGREE),
        ("Des assaillants ont attaqué une position de l'armée béninoise.", EventType.ASSAULT),
        ("La France a rétrocédé la base de Port-Bouët à la Côte d'Ivoire.", EventType.RETREAT),
    ]:
        found = best_trigger(sentence, 0)
        assert found is not None and found.event_type is expected, sentence


def test_ending_a_partnership_is_a_sanction_that_discontinues_it() -> None:
    for sentence in (
        "Arvenia announced it was ending its defence cooperation agreement with Belmora.",
        "The junta tore up the military pacts with the bloc.",
        "Arvenia has severed diplomatic ties with Belmora.",
        "L'Arvénie a mis fin à l'accord de coopération militaire avec la Belmorie.",
        "Le gouvernement a dénoncé les accords de défense.",
    ):
        found = best_trigger(sentence, 0)
        assert found is not None, sentence
        assert (found.event_type, found.mode) == (EventType.SANCTION, "discontinue"), sentence
    for sentence in (
        "The two states agreed to end the border dispute and signed a cooperation agreement.",
        "The council voted to end a decade-long peacekeeping mission.",
    ):
        found = best_trigger(sentence, 0)
        assert found is not None and found.event_type is not EventType.SANCTION, sentence
    threat = best_trigger("Arvenia threatened to break off relations with Belmora.", 0)
    assert threat is not None and threat.event_type is EventType.THREATEN


def test_everyday_news_verbs_of_each_type() -> None:
    cases = [
        ("The Arvenian minister met his Belmoran counterpart in Corvin.", EventType.CONSULT, None),
        ("President Voss received Belmora's foreign minister on Monday.", EventType.CONSULT, None),
        ("Arvenian drones struck a fuel depot in Belmora overnight.", EventType.ASSAULT, "drone"),
        ("Belmoran artillery shelled Arvenian positions near Corvin.", EventType.ASSAULT, None),
        ("The militia set fire to homes in the village.", EventType.ASSAULT, "destroy"),
        ("Arvenia massed troops along the border with Belmora.", EventType.MOBILIZE, None),
        ("Belmora test-fired a ballistic missile into the sea.", EventType.MOBILIZE, None),
        ("Arvenia delivered 3,000 tonnes of rice to Belmora.", EventType.AID, None),
        ("The fund approved a $300 million grant to Belmora.", EventType.AID, None),
        ("Arvenia bought 180 tanks from Belmora.", EventType.COOPERATE, None),
        ("The rebels freed two Belmoran aid workers on Tuesday.", EventType.RETREAT, "release"),
        ("Arvenia reopened the border crossing to Belmoran trucks.", EventType.RETREAT, "access"),
        ("Belmora's prime minister resigned on Wednesday.", EventType.RETREAT, "resign"),
        ("Arvenian police deported a Belmoran teacher.", EventType.COERCE, "deport"),
        ("The junta declared a state of emergency in the north.", EventType.COERCE, "restrict"),
        ("Arvenia recalled its ambassador from Belmora.", EventType.SANCTION, None),
        ("Arvenia congratulated Belmora on its election.", EventType.SUPPORT, None),
        (
            "Prosecutors charged the former Belmoran minister with corruption.",
            EventType.ACCUSE,
            None,
        ),
        ("Belmora turned down Arvenia's offer of mediation.", EventType.REJECT, None),
    ]
    for sentence, event_type, mode in cases:
        found = best_trigger(sentence, 0)
        assert found is not None and found.event_type is event_type, sentence
        assert mode is None or found.mode == mode, sentence
    for sentence, not_this in (
        ("Hosts Arvenia beat Belmora two goals to nil on Sunday night.", EventType.CONSULT),
        ("The two sides struck a deal on Friday.", EventType.ASSAULT),
        ("The ministry released a statement on the talks.", EventType.RETREAT),
    ):
        found = best_trigger(sentence, 0)
        assert found is None or found.event_type is not not_this, sentence


def test_the_mode_evidence_is_the_phrase_that_gave_the_mode() -> None:
    sentence = "The leaders met in Abuja and later held a phone call."
    found = best_trigger(sentence, 100)
    assert found is not None and found.event_type is EventType.CONSULT and found.mode == "phone"
    assert found.mode_span is not None and found.mode_span.text == "phone call"
    assert (found.mode_span.start, found.mode_span.end) == (
        100 + sentence.index("phone call"),
        100 + sentence.index("phone call") + 10,
    )


def test_strengthening_a_partnership_and_ending_a_mission_are_recognised() -> None:
    for sentence, expected in [
        ("Arvenia and Belmora strengthen security and defence partnership", EventType.AGREE),
        ("The council voted to end a decade-long peacekeeping mission.", EventType.RETREAT),
        ("The last contingent concluded their mission on Friday.", EventType.RETREAT),
    ]:
        found = best_trigger(sentence, 0)
        assert found is not None and found.event_type is expected, sentence


def test_a_main_event_without_a_date_of_its_own_takes_the_story_date() -> None:
    text = (
        "Gunmen of the Red Hand Brigade abducted pupils in Belmora.\n"
        "The attack happened on Thursday at dawn, residents said."
    )
    thursday = day(text, "on Thursday", date(2024, 8, 29))
    doc = document(
        text,
        mentions=[mention(text, "Red Hand Brigade", RED_HAND), mention(text, "Belmora", BELMORA)],
        dates=[thursday],
    )
    main = _main(EXTRACTOR.events(doc))
    assert main.date.start == date(2024, 8, 29) and main.date.precision is DatePrecision.DAY
    (evidence,) = main.evidence_for("date")
    assert evidence.span == thursday.span and evidence.span.relocates_in(text)


def test_an_organisation_acting_for_its_members_can_be_the_main_event() -> None:
    alliance = Actor("Alliance of Arvenian States", ActorKind.IGO, code="IGOAAS")
    text = "The Alliance of Arvenian States signed a confederation treaty in Corvin."
    doc = document(text, mentions=[mention(text, "Alliance of Arvenian States", alliance)])
    main = _main(EXTRACTOR.events(doc))
    assert main.event_type is EventType.AGREE and main.actors == (alliance,)


def test_what_the_security_council_agrees_to_impose_is_a_sanction_it_imposes() -> None:
    council = Actor("United Nations Security Council", ActorKind.IGO, code="IGOUNOSEC")
    text = "The Security Council agreed to impose an arms embargo on the Red Hand Brigade."
    doc = document(
        text,
        mentions=[
            mention(text, "Security Council", council),
            mention(text, "Red Hand Brigade", RED_HAND),
        ],
    )
    main = _main(EXTRACTOR.events(doc))
    assert main.event_type is EventType.SANCTION
    assert main.actors == (council,) and main.recipients == (RED_HAND,)
    assert main.evidence_for("event_type")[0].span.text == "embargo"


def test_a_capital_named_as_a_party_is_not_where_the_event_happened() -> None:
    capital = Actor("Arvenia", ActorKind.STATE, country="ARV", aliases=("Corvin",))
    for text, expected in [
        ("Arvenia and Belmora signed the pact in Corvin on Friday.", "Corvin"),
        ("Arvenia and Belmora signed the pact, leaving Corvin without allies.", None),
    ]:
        doc = document(
            text,
            mentions=[
                mention(text, "Arvenia", ARVENIA),
                mention(text, "Belmora", BELMORA),
                mention(text, "Corvin", capital),
            ],
            places=[place(text, "Corvin", "ARV")],
        )
        main = _main(EXTRACTOR.events(doc))
        assert (main.place.raw_name if main.place else None) == expected, text


def test_recognising_a_need_is_not_recognition_and_resolving_to_defeat_is_a_threat() -> None:
    assert best_trigger("The Coalition recognised the need to act in Africa.", 0) is None
    found = best_trigger("Belmora recognised Arvenia's independence.", 0)
    assert found is not None and found.event_type is EventType.SUPPORT
    found = best_trigger("The Coalition has resolved to defeat the Red Hand Brigade.", 0)
    assert found is not None and found.event_type is EventType.THREATEN


def test_a_meeting_named_without_its_parties_is_the_articles_organisation_s() -> None:
    coalition = Actor("Global Coalition of Arvenian States", ActorKind.IGO, code="IGOGCA")
    text = (
        "The Global Coalition of Arvenian States issued a communique. "
        "The Global Coalition of Arvenian States named its envoy.\n"
        "It followed the 2022 meeting in Belmora, the first in the region."
    )
    doc = document(
        text,
        mentions=[
            mention(text, "Global Coalition of Arvenian States", coalition),
            mention(text, "Global Coalition of Arvenian States", coalition, 1),
            mention(text, "Belmora", BELMORA),
        ],
    )
    meeting = next(e for e in EXTRACTOR.events(doc) if e.event_type is EventType.CONSULT)
    assert meeting.actors == (coalition,) and meeting.recipients == ()


def test_a_time_stamp_line_does_not_date_the_headline_event() -> None:
    text = (
        "Arvenian troops complete withdrawal from Belmora\n"
        "Agency, 13:44, August 30, 2024\n"
        "The last Arvenian soldiers withdrew from Belmora on Thursday morning, officials said."
    )
    stamp = day(text, "August 30, 2024", date(2024, 8, 30))
    thursday = day(text, "on Thursday", date(2024, 8, 29))
    doc = document(
        text,
        mentions=[
            mention(text, "Arvenian", ARVENIA),
            mention(text, "Belmora", BELMORA),
            mention(text, "Arvenian", ARVENIA, 1),
            mention(text, "Belmora", BELMORA, 1),
        ],
        dates=[stamp, thursday],
    )
    main = _main(EXTRACTOR.events(doc))
    assert main.evidence_for("event_type")[0].span.text == "withdrawal"
    assert main.date.start == date(2024, 8, 29)


def test_an_attack_counts_its_dead_with_the_words_that_say_so() -> None:
    text = "The Red Hand Brigade attacked a Belmora army post, killing four soldiers."
    doc = document(
        text,
        mentions=[mention(text, "Red Hand Brigade", RED_HAND), mention(text, "Belmora", BELMORA)],
    )
    main = _main(EXTRACTOR.events(doc))
    assert main.fatalities is not None and (main.fatalities.low, main.fatalities.high) == (4, 4)
    (evidence,) = main.evidence_for("fatalities")
    assert evidence.span.text == "killing four" and evidence.span.relocates_in(text)


def test_an_attack_condemned_by_one_state_takes_its_author_from_the_rest_of_the_story() -> None:
    from accord.pipeline.registry import build_pipeline
    from tests.builders import article

    texts = [
        "Ghana strongly condemned the rocket attack launched against Togo earlier today. "
        "Burkina Faso cannot deflect blame from its problems with attacks across its borders.",
        "Ghana condemned the August 3 attack on a cargo ship in international waters off the "
        "coast of Togo. Officials believe Burkina Faso carried out this attack using a drone, "
        "a weapon it also sells to Russia for use in Ukraine.",
        "Twelve soldiers of Benin were killed on Wednesday near the border, officials said. "
        "The attack targeted a position of the army of Benin.",
    ]
    documents = build_pipeline().run([article(text, number=i + 1) for i, text in enumerate(texts)])
    mains = [next(e for e in d.events if e.role is EventRole.MAIN) for d in documents]
    condemned, retold, suffered = mains
    assert [a.country for a in condemned.actors] == ["BFA"]
    assert [a.country for a in condemned.recipients] == ["TGO"]
    assert condemned.evidence_for("actor")[0].span.text == "Burkina Faso"
    # "this attack" retells the condemned one: its date and place, not Russia as target
    assert [a.country for a in retold.actors] == ["BFA"] and retold.recipients == ()
    assert retold.date is not None and retold.date.start == date(2024, 8, 3)
    assert retold.place is not None and retold.place.country == "TGO"
    # the victims are never the authors, whatever a later sentence's word order says
    assert [a.name for a in suffered.actors] == ["unidentified armed group"]


def test_condemning_is_an_accusation_and_its_victims_are_not_protesters() -> None:
    sentence = (
        "Leaders from around the world have come together to condemn the takeover and "
        "violence against peaceful demonstrators."
    )
    found = best_trigger(sentence, 0)
    assert found is not None and found.event_type is EventType.ACCUSE
    marching = best_trigger("Thousands of demonstrators filled the square on Friday.", 0)
    assert marching is not None and marching.event_type is EventType.PROTEST


def test_leaving_an_organisation_is_a_sanction_and_troops_leaving_a_country_a_retreat() -> None:
    left = best_trigger(
        "Three states announced their withdrawal from the West Atlantic Community, accusing "
        "the bloc of being under foreign influence.",
        0,
    )
    assert left is not None and (left.event_type, left.mode) == (EventType.SANCTION, "withdraw")
    quit_court = best_trigger("Arvenia quit the International Criminal Court in 2017.", 0)
    assert quit_court is not None and quit_court.event_type is EventType.SANCTION
    troops = best_trigger("Arvenian troops withdrew from Belmora last year.", 0)
    assert troops is not None and troops.event_type is EventType.RETREAT
    accused = best_trigger("Arvenia accused Belmora of shelling its border posts.", 0)
    assert accused is not None and accused.event_type is EventType.ACCUSE


def test_force_against_a_crowd_is_an_assault_not_a_protest() -> None:
    found = best_trigger("Police fired tear gas at protesters in the capital on Tuesday.", 0)
    assert found is not None and (found.event_type, found.mode) == (
        EventType.ASSAULT, "crowd-control"
    )  # fmt: skip


def test_french_exits_expulsions_withdrawals_and_accusations() -> None:
    def kind(sentence: str) -> tuple[EventType, str | None]:
        found = best_trigger(sentence, 0)
        assert found is not None, sentence
        return found.event_type, found.mode

    assert kind("Trois États ont annoncé leur retrait immédiat de la CEDEAO.") == (
        EventType.SANCTION, "withdraw"
    )  # fmt: skip
    assert kind("La junte a ordonné l'expulsion de l'ambassadeur de Belmora.") == (
        EventType.SANCTION, "expel"
    )  # fmt: skip
    assert kind("L'Arvénie a retiré ses troupes de Belmora.")[0] is EventType.RETREAT
    # "accusés de" describing the officials sanctioned does not make an accusation
    assert (
        kind("Washington a imposé des sanctions contre deux responsables accusés de trafic.")[0]
        is EventType.SANCTION
    )
    assert kind("L'Arvénie a accusé Belmora d'ingérence.")[0] is EventType.ACCUSE


def test_handing_over_documents_is_no_retreat_and_accession_papers_are_joining() -> None:
    handed = best_trigger("The minister handed over the accession documents in Brussels.", 0)
    assert handed is not None and handed.event_type is EventType.AGREE
    assert best_trigger("The envoy handed over his credentials to the president.", 0) is None
    base = best_trigger("Arvenia handed over its last military base to Belmora.", 0)
    assert base is not None and base.event_type is EventType.RETREAT


def test_a_state_s_own_act_announced_at_home_takes_the_dateline_s_place() -> None:
    from accord.pipeline.registry import build_pipeline
    from tests.builders import article

    texts = [
        "N'DJAMENA, Nov 28 (Reuters) - Chad said on Thursday it was ending its defence "
        "cooperation agreement with France, the foreign ministry said.",
        "ANKARA (Wire) - Turkey and Nigeria signed nine agreements on Wednesday, officials said.",
    ]
    documents = build_pipeline().run([article(text, number=i + 1) for i, text in enumerate(texts)])
    one_sided, joint = [next(e for e in d.events if e.role is EventRole.MAIN) for d in documents]
    assert one_sided.place is not None and one_sided.place.country == "TCD"
    assert joint.place is None  # the agency's office is in one party's country only


def test_a_coup_outranks_the_detention_it_involves() -> None:
    found = best_trigger(
        "Soldiers said they had removed President Ali Bello from power, hours after the guard "
        "detained him in the palace.",
        0,
    )
    assert found is not None and (found.event_type, found.mode) == (EventType.COERCE, "seize")


def test_a_place_where_something_is_still_to_happen_does_not_place_the_story() -> None:
    from accord.pipeline.registry import build_pipeline
    from tests.builders import article

    text = (
        "Nigeria and Turkey signed eight agreements on Wednesday, President Buhari said after "
        "talks with his Turkish counterpart. Istanbul will host a Turkey-Africa partnership "
        "summit in December, Erdogan said."
    )
    (document,) = build_pipeline().run([article(text, number=1)])
    main = next(e for e in document.events if e.role is EventRole.MAIN)
    assert main.event_type is EventType.AGREE
    assert main.place is None or main.place.name != "Istanbul"  # the summit is to come


def test_the_united_nations_sanctions_at_its_seat_but_acts_on_the_ground() -> None:
    from accord.model import Actor, ActorKind
    from accord.stages.events.location import event_place
    from accord.stages.places import Gazetteer

    gazetteer = Gazetteer()
    gazetteer.load()
    un = Actor("United Nations", ActorKind.IGO)
    text = "The United Nations imposed sanctions on the gangs."
    common = dict(
        sentence=(0, len(text)),
        lead=(0, len(text)),
        actors=[mention(text, "United Nations", un)],
        recipients=[],
        gazetteer=gazetteer,
    )
    sanctioned = event_place([], event_type=EventType.SANCTION, **common)  # type: ignore[arg-type]
    assert sanctioned is not None and sanctioned.place.name == "New York City"
    assert event_place([], event_type=EventType.RETREAT, **common) is None  # type: ignore[arg-type]


def test_a_site_the_gazetteer_lacks_lies_in_the_place_the_text_sets_it_in() -> None:
    from accord.pipeline.registry import build_pipeline
    from tests.builders import article

    text = (
        "France on Thursday handed over Camp Foucauld in Dakar to Senegal, ending its "
        "military presence, France said. Paris and Lyon saw protests; Paris said nothing."
    )
    (document,) = build_pipeline().run([article(text, number=1)])
    camp = next(p for p in document.places if p.span.text == "Camp Foucauld")
    assert (camp.place.raw_name, camp.place.name, camp.place.country) == (
        "Camp Foucauld",
        "Dakar",
        "SEN",
    )
    main = next(e for e in document.events if e.role is EventRole.MAIN)
    assert main.place is not None and main.place.country == "SEN"  # not the French focus


def test_a_ceasefire_declared_is_a_concession_and_one_observed_a_retreat() -> None:
    declared = best_trigger(
        "Arvenia welcomes the 72-hour ceasefire committed to by the parties.", 0
    )
    assert declared is not None and declared.event_type is EventType.CONCEDE
    agreed = best_trigger("Belmora and the Red Hand agreed to a humanitarian truce.", 0)
    assert agreed is not None and agreed.event_type is EventType.CONCEDE
    observed = best_trigger("At noon the armed forces and the militias ceased fighting.", 0)
    assert observed is not None and (observed.event_type, observed.mode) == (
        EventType.RETREAT,
        "ceasefire",
    )

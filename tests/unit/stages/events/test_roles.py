from __future__ import annotations

from accord.model import ActorKind, EventType
from accord.stages.events.roles import UNIDENTIFIED, assign_roles
from tests.builders import ARVENIA, BELMORA, BELMORA_ARMY, RED_HAND, mention

CORVIN = BELMORA.__class__("Corvinia", BELMORA.kind, country="CRV")


def _roles(text: str, trigger: str, event_type: EventType, mentions: list):  # type: ignore[no-untyped-def]
    start = text.index(trigger)
    return assign_roles(text, 0, (start, start + len(trigger)), mentions, event_type)


def test_coordinated_parties_act_together() -> None:
    text = "Arvenia, Belmora and Corvinia announced their exit from the bloc."
    roles = _roles(
        text,
        "exit from",
        EventType.SANCTION,
        [
            mention(text, "Arvenia", ARVENIA),
            mention(text, "Belmora", BELMORA),
            mention(text, "Corvinia", CORVIN),
        ],
    )
    assert roles is not None
    assert [m.actor.name for m in roles.actors] == ["Arvenia", "Belmora", "Corvinia"]


def test_parties_not_coordinated_with_the_subject_stay_out() -> None:
    text = "After talks with Arvenia, Belmora attacked Corvinia."
    roles = _roles(
        text,
        "attacked",
        EventType.ASSAULT,
        [
            mention(text, "Arvenia", ARVENIA),
            mention(text, "Belmora", BELMORA),
            mention(text, "Corvinia", CORVIN),
        ],
    )
    assert roles is not None
    assert [m.actor.name for m in roles.actors] == ["Belmora"]
    assert [m.actor.name for m in roles.recipients] == ["Corvinia"]


def test_a_passive_attack_without_a_named_attacker_has_an_unidentified_actor() -> None:
    text = "Belmoran soldiers were killed near the border."
    roles = _roles(
        text, "killed", EventType.ASSAULT, [mention(text, "Belmoran soldiers", BELMORA_ARMY)]
    )
    assert roles is not None
    assert [m.actor for m in roles.actors] == [UNIDENTIFIED]
    assert roles.actors[0].span.text == "killed"  # grounded on the words that imply it
    assert [m.actor for m in roles.recipients] == [BELMORA_ARMY]


def test_an_armed_group_is_the_attacker_wherever_it_is_named() -> None:
    text = "Belmoran soldiers said the Red Hand Brigade attacked them."
    roles = _roles(
        text,
        "attacked",
        EventType.ASSAULT,
        [
            mention(text, "Belmoran soldiers", BELMORA_ARMY),
            mention(text, "Red Hand Brigade", RED_HAND),
        ],
    )
    assert roles is not None and roles.actors[0].actor == RED_HAND


def test_generic_agents_without_a_country_are_not_parties() -> None:
    from accord.model import Actor, ActorKind, Sector

    university = Actor("university", ActorKind.OTHER, sector=Sector.EDU)
    text = "The university hosted talks with Arvenia."
    roles = _roles(
        text,
        "talks",
        EventType.CONSULT,
        [mention(text, "university", university), mention(text, "Arvenia", ARVENIA)],
    )
    assert roles is not None and [m.actor for m in roles.actors] == [ARVENIA]


def test_the_parties_listed_after_by_all_act() -> None:
    text = "A security pact was announced by Arvenia, Belmora and Corvinia on Wednesday."
    roles = _roles(
        text,
        "announced",
        EventType.AGREE,
        [
            mention(text, "Arvenia", ARVENIA),
            mention(text, "Belmora", BELMORA),
            mention(text, "Corvinia", CORVIN),
        ],
    )
    assert roles is not None and roles.symmetric
    assert [m.actor.name for m in roles.actors] == ["Arvenia", "Belmora", "Corvinia"]


def test_a_party_inside_the_trigger_phrase_receives() -> None:
    from accord.model import Actor, ActorKind

    alliance = Actor("Northern Alliance", ActorKind.IGO)
    text = "Belmora joined the Northern Alliance on Thursday."
    mentions = [mention(text, "Belmora", BELMORA), mention(text, "Northern Alliance", alliance)]
    start = text.index("joined")
    roles = assign_roles(text, 0, (start, text.index(" on")), mentions, EventType.AGREE)
    assert roles is not None and [m.actor for m in roles.recipients] == [alliance]


def test_a_far_away_party_is_not_taken_as_the_recipient() -> None:
    text = (
        "Belmora signed the treaty"
        + " with much ceremony and many speeches," * 8
        + " said Arvenia."
    )
    roles = _roles(
        text,
        "signed the treaty",
        EventType.AGREE,
        [mention(text, "Belmora", BELMORA), mention(text, "Arvenia", ARVENIA)],
    )
    assert roles is not None and roles.recipients == ()


def test_a_party_named_as_the_place_of_another_does_not_act_but_may_receive() -> None:
    text = "The last Arvenian troops in Belmora concluded their mission."
    roles = _roles(
        text,
        "concluded their mission",
        EventType.RETREAT,
        [mention(text, "Arvenian", ARVENIA), mention(text, "Belmora", BELMORA)],
    )
    assert roles is not None
    assert [m.actor.name for m in roles.actors] == ["Arvenia"]
    assert [m.actor.name for m in roles.recipients] == ["Belmora"]


def test_a_place_alone_before_the_trigger_still_acts() -> None:
    text = "In Belmora, officials ended the operation."
    roles = _roles(
        text, "ended the operation", EventType.RETREAT, [mention(text, "Belmora", BELMORA)]
    )
    assert roles is not None and [m.actor.name for m in roles.actors] == ["Belmora"]


def test_every_party_listed_after_the_trigger_receives() -> None:
    for text in (
        "Arvenia signed a defence deal with Belmora and Corvinia.",
        "Arvenia signs defence deal with Belmora, Corvinia\n",
    ):
        roles = _roles(
            text,
            "deal with",
            EventType.AGREE,
            [
                mention(text, "Arvenia", ARVENIA),
                mention(text, "Belmora", BELMORA),
                mention(text, "Corvinia", CORVIN),
            ],
        )
        assert roles is not None
        assert [m.actor.name for m in roles.recipients] == ["Belmora", "Corvinia"], text


def test_a_comma_before_a_speaker_does_not_extend_the_recipients() -> None:
    text = "Arvenia signed a deal with Belmora, Corvinia said on Monday."
    roles = _roles(
        text,
        "deal with",
        EventType.AGREE,
        [
            mention(text, "Arvenia", ARVENIA),
            mention(text, "Belmora", BELMORA),
            mention(text, "Corvinia", CORVIN),
        ],
    )
    assert roles is not None
    assert [m.actor.name for m in roles.recipients] == ["Belmora"]


def test_a_title_and_a_name_of_one_state_are_one_party_not_a_joint_act() -> None:
    text = "President Ana Voss announced a security partnership with Belmora and Corvinia."
    president = ARVENIA.__class__("President", ARVENIA.kind, country=ARVENIA.country)
    voss = ARVENIA.__class__("Ana Voss", ActorKind.PERSON, country=ARVENIA.country)
    roles = _roles(
        text,
        "announced a security partnership",
        EventType.AGREE,
        [
            mention(text, "President", president),
            mention(text, "Ana Voss", voss),
            mention(text, "Belmora", BELMORA),
            mention(text, "Corvinia", CORVIN),
        ],
    )
    assert roles is not None and not roles.symmetric
    assert [m.actor.name for m in roles.recipients] == ["Belmora", "Corvinia"]


def test_whoever_condemns_an_attack_neither_made_it_nor_suffered_it() -> None:
    text = "Arvenia strongly condemns the drone and missile attack launched against Belmora."
    roles = _roles(
        text,
        "attack",
        EventType.ASSAULT,
        [mention(text, "Arvenia", ARVENIA), mention(text, "Belmora", BELMORA)],
    )
    assert roles is not None
    assert [m.actor for m in roles.actors] == [UNIDENTIFIED]
    assert [m.actor.name for m in roles.recipients] == ["Belmora"]
    text = "Arvenia condemned the raid on a tanker off the coast of Belmora."
    roles = _roles(
        text,
        "raid",
        EventType.ASSAULT,
        [mention(text, "Arvenia", ARVENIA), mention(text, "Belmora", BELMORA)],
    )
    assert roles is not None and roles.recipients == ()  # where it happened, not its target


def test_the_places_a_visit_went_to_do_not_act() -> None:
    text = "This week, the delegation travelled to Arvenia, Belmora, and Corvinia."
    roles = _roles(
        text,
        "travelled to",
        EventType.CONSULT,
        [
            mention(text, "Arvenia", ARVENIA),
            mention(text, "Belmora", BELMORA),
            mention(text, "Corvinia", CORVIN),
        ],
    )
    assert roles is None  # no visitor is named: no dyad of two destinations


def test_an_armed_group_named_as_the_target_does_not_attack() -> None:
    text = "Arvenia launched airstrikes on Red Hand positions near the border."
    roles = _roles(
        text,
        "airstrikes",
        EventType.ASSAULT,
        [mention(text, "Arvenia", ARVENIA), mention(text, "Red Hand", RED_HAND)],
    )
    assert roles is not None
    assert [m.actor.name for m in roles.actors] == ["Arvenia"]
    assert [m.actor for m in roles.recipients] == [RED_HAND]


def test_the_target_named_after_a_sanction_does_not_impose_it() -> None:
    text = "Sanctions against Red Hand gunmen: the resolution Arvenia drafted was adopted."
    roles = _roles(
        text,
        "Sanctions",
        EventType.SANCTION,
        [mention(text, "Red Hand", RED_HAND), mention(text, "Arvenia", ARVENIA)],
    )
    assert roles is not None
    assert [m.actor for m in roles.actors] == [ARVENIA]
    assert [m.actor for m in roles.recipients] == [RED_HAND]

from __future__ import annotations

from dataclasses import replace
from datetime import date

from accord.graph import Change, Relation, build_graph
from accord.model import Actor, ActorKind, Event, EventType, Modality, Sector
from tests.unit.graph.sahel import (
    ECOWAS,
    MALI,
    attack,
    canonical,
    day,
    denied_attack,
    evidence,
    leaving_ecowas,
    partnership,
    sahel_events,
)

ISWAP_KEY = "armed_group:islamic state west africa province"


def test_every_actor_of_every_event_is_a_node() -> None:
    graph = build_graph(sahel_events())
    assert set(graph.nodes) == {
        "MLI",
        "BFA",
        "NER",
        "NGA",
        "GBR",
        "igo:ecowas",
        "igo:alliance of sahel states",
        "person:yusuf tuggar",
        ISWAP_KEY,
    }
    assert graph.events == 7
    assert graph.nodes["NGA"].name == "Nigeria" and "NGAMIL" in graph.nodes["NGA"].codes


def test_a_partnership_is_one_undirected_edge_keeping_its_event_and_commitments() -> None:
    graph = build_graph([partnership()])
    (edge,) = graph.edges.values()
    assert (edge.source, edge.target, edge.relation) == ("GBR", "NGA", Relation.PARTNERSHIP)
    assert not edge.directed and edge.canonical_ids == ("ce-0004",)
    assert edge.first == date(2024, 5, 14)
    assert [c.topic for c in edge.ties[0].commitments] == ["counter_terrorism", "maritime_security"]


def test_an_attack_is_a_directed_hostility_from_the_attacker() -> None:
    graph = build_graph([attack()])
    edge = graph.edges[(ISWAP_KEY, "NGA", Relation.HOSTILITY)]
    assert edge.directed and edge.event_types == (EventType.ASSAULT,)


def test_a_denied_event_supports_no_relation() -> None:
    graph = build_graph([denied_attack()])
    assert graph.edges == {} and set(graph.nodes) == {"NGA", ISWAP_KEY}


def test_ties_of_the_same_pair_gather_on_one_edge_in_date_order() -> None:
    later = canonical(8, replace(attack().event, date=None), date(2024, 6, 1))
    graph = build_graph([later, attack()])
    edge = graph.edges[(ISWAP_KEY, "NGA", Relation.HOSTILITY)]
    assert edge.canonical_ids == ("ce-0006", "ce-0008")
    assert edge.ties[1].start == date(2024, 6, 1)  # undated: the first report's day
    assert (edge.first, edge.last) == (date(2024, 3, 10), date(2024, 6, 1))


def test_leaving_an_organisation_is_read_from_the_trigger() -> None:
    changes = build_graph([leaving_ecowas()]).memberships
    assert {(c.member, c.organisation, c.change) for c in changes} == {
        (member, "igo:ecowas", Change.LEFT) for member in ("MLI", "BFA", "NER")
    }
    assert {c.on for c in changes} == {date(2024, 1, 28)}
    assert {c.cue for c in changes} == {"withdrawal from ECOWAS"}


def test_a_partnership_with_an_organisation_without_a_cue_is_no_membership() -> None:
    event = replace(
        partnership().event, recipients=(ECOWAS,), evidence=evidence(400, "agreed to cooperate")
    )
    graph = build_graph([canonical(9, event, date(2024, 5, 15))])
    assert graph.memberships == ()
    assert (("GBR", "igo:ecowas", Relation.PARTNERSHIP)) in graph.edges


def test_leaving_words_in_an_attack_or_a_promise_change_no_membership() -> None:
    attack_event = replace(
        attack().event, recipients=(ECOWAS,), evidence=evidence(600, "attack that left")
    )
    promised = replace(leaving_ecowas().event, modality=Modality.PROMISED)
    graph = build_graph(
        [canonical(10, attack_event, date(2024, 3, 11)), canonical(11, promised, date(2024, 1, 2))]
    )
    assert graph.memberships == ()


def test_a_person_with_a_role_holds_an_office_in_their_state() -> None:
    graph = build_graph(sahel_events())
    (office,) = graph.offices
    assert (office.person, office.role, office.seat) == (
        "person:yusuf tuggar",
        "Foreign Minister",
        "NGA",
    )
    assert office.first == office.last == date(2024, 2, 2)
    assert ("person:yusuf tuggar", "NGA", Relation.OFFICE) in graph.edges


def test_founding_an_alliance_makes_founding_members() -> None:
    graph = build_graph(sahel_events())
    founded = [c for c in graph.memberships if c.change is Change.FOUNDED]
    assert sorted(c.member for c in founded) == ["BFA", "MLI", "NER"]
    assert all(c.organisation == "igo:alliance of sahel states" for c in founded)
    assert MALI.country == "MLI"


def test_an_organisation_ending_its_mission_makes_no_one_leave_it() -> None:
    """The UN ends its mission in Mali: the withdrawing party is the organisation."""
    mission = Actor("United Nations Security Council", ActorKind.IGO, sector=Sector.IGO)
    event = replace(
        leaving_ecowas().event,
        event_type=EventType.RETREAT,
        actors=(mission,),
        recipients=(MALI,),
        evidence=evidence(200, "withdrawal of the peacekeeping mission"),
    )
    assert build_graph([canonical(12, event, date(2023, 6, 30))]).memberships == ()


def test_joining_is_read_whichever_side_the_organisation_is_on() -> None:
    nato = Actor("NATO", ActorKind.IGO, sector=Sector.IGO)
    sweden = Actor("Sweden", ActorKind.STATE, country="SWE")
    joins = Event(
        article_id=1,
        event_type=EventType.AGREE,
        actors=(sweden,),
        recipients=(nato,),
        date=day(date(2024, 3, 7)),
        evidence=evidence(1, "joined NATO"),
    )
    admits = replace(joins, actors=(nato,), recipients=(sweden,), evidence=evidence(1, "admitted"))
    for number, event in enumerate((joins, admits), start=20):
        (change,) = build_graph([canonical(number, event, date(2024, 3, 8))]).memberships
        assert (change.member, change.organisation, change.change) == (
            "SWE",
            "igo:nato",
            Change.JOINED,
        )

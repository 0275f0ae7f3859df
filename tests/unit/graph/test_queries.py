from __future__ import annotations

from datetime import date

import pytest

from accord.graph import (
    GraphError,
    Period,
    Relation,
    build_graph,
    covers,
    history,
    members,
    offices,
    partners,
    targets,
)
from tests.unit.graph.sahel import sahel_events

GRAPH = build_graph(sahel_events())


def test_partners_of_a_state_found_by_name_or_code() -> None:
    by_name = partners(GRAPH, "Mali")
    assert [p.node.name for p in by_name] == ["Alliance of Sahel States", "Burkina Faso", "Niger"]
    assert [p.node.key for p in partners(GRAPH, "MLI")] == [p.node.key for p in by_name]
    assert by_name[0].canonical_ids == ("ce-0001",)


def test_partners_in_a_period_leave_out_ties_outside_it() -> None:
    assert [p.node.name for p in partners(GRAPH, "United Kingdom")] == [
        "Nigeria",
        "Yusuf Tuggar",
    ]
    in_may = partners(GRAPH, "GBR", Period(date(2024, 5, 1), date(2024, 5, 31)))
    assert [p.node.name for p in in_may] == ["Nigeria"]
    assert partners(GRAPH, "GBR", Period(end=date(2024, 1, 1))) == []


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="ends"):
        Period(date(2024, 5, 1), date(2024, 4, 1))


def test_history_of_a_pair_lists_every_relation_by_date() -> None:
    found = history(GRAPH, "Niger", "ECOWAS")
    assert [(t.start, t.relation, t.event_type.value) for t in found] == [
        (date(2023, 7, 30), Relation.HOSTILITY, "SANCTION"),
        (date(2024, 1, 28), Relation.HOSTILITY, "SANCTION"),
        (date(2024, 1, 28), Relation.MEMBERSHIP, "SANCTION"),
    ]
    assert found[0].source == "igo:ecowas" and found[1].source == "NER"


def test_members_of_ecowas_before_and_after_the_sahel_states_left() -> None:
    before = members(GRAPH, "ECOWAS", date(2023, 12, 1))
    assert [m.node.name for m in before] == ["Burkina Faso", "Mali", "Niger"]
    assert all(m.since is None for m in before)  # known as members only from their leaving
    assert members(GRAPH, "ECOWAS", date(2024, 1, 28)) == []
    assert members(GRAPH, "Economic Community of West African States", date(2024, 3, 1)) == []


def test_members_of_the_alliance_from_its_founding() -> None:
    assert members(GRAPH, "AES", date(2023, 9, 15)) == []
    found = members(GRAPH, "Alliance of Sahel States", date(2024, 3, 1))
    assert [(m.node.key, m.since) for m in found] == [
        ("BFA", date(2023, 9, 16)),
        ("MLI", date(2023, 9, 16)),
        ("NER", date(2023, 9, 16)),
    ]


def test_targets_lists_who_targets_whom() -> None:
    everyone = targets(GRAPH)
    pairs = {(e.source, e.target) for e in everyone}
    assert ("armed_group:islamic state west africa province", "NGA") in pairs
    assert ("igo:ecowas", "NER") in pairs and ("NER", "igo:ecowas") in pairs
    assert ("NGA", "armed_group:islamic state west africa province") not in pairs  # denied
    (only,) = targets(GRAPH, "ISWAP")
    assert only.target == "NGA" and only.canonical_ids == ("ce-0006",)


def test_covers_gathers_the_commitments_of_a_partnership() -> None:
    found = covers(GRAPH, "Nigeria", "United Kingdom")
    assert [(c.topic, c.texts) for c in found] == [
        ("counter_terrorism", ("countering terrorism",)),
        ("maritime_security", ("security in the Gulf of Guinea",)),
    ]
    assert found[0].canonical_ids == ("ce-0004",) and found[0].first == date(2024, 5, 14)
    assert covers(GRAPH, "Nigeria", "Mali") == []
    assert [c.topic for c in covers(GRAPH, "Mali")] == ["collective_defence"]


def test_offices_of_a_person_and_in_a_state() -> None:
    (office,) = offices(GRAPH, "Yusuf Tuggar")
    assert office.role == "Foreign Minister" and office.canonical_ids == ("ce-0005",)
    assert offices(GRAPH, "Nigeria") == [office]
    assert offices(GRAPH, "Mali") == []


def test_a_query_for_an_unknown_actor_says_so() -> None:
    with pytest.raises(GraphError, match="no actor 'Atlantis'"):
        partners(GRAPH, "Atlantis")


def test_a_states_partners_include_those_of_its_office_holders() -> None:
    (britain,) = partners(GRAPH, "Nigeria")
    assert britain.node.key == "GBR" and britain.canonical_ids == ("ce-0005", "ce-0004")
    (alone,) = partners(GRAPH, "Nigeria", office_holders=False)
    assert alone.canonical_ids == ("ce-0004",)

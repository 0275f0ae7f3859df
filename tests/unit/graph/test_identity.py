from __future__ import annotations

import pytest

from accord.graph import GraphError, build_graph
from accord.graph.identity import fold, node_key
from tests.unit.graph.sahel import ECOWAS, NIGERIA, NIGERIAN_ARMY, sahel_events


def test_a_state_and_its_agents_are_one_node_keyed_by_iso_code() -> None:
    assert node_key(NIGERIA) == node_key(NIGERIAN_ARMY) == "NGA"
    assert node_key(ECOWAS) == "igo:ecowas"


def test_names_are_compared_folded() -> None:
    assert fold("  The  Alliance of SAHEL States ") == "alliance of sahel states"


@pytest.mark.parametrize(
    "query",
    ["NGA", "nga", "Nigeria", "NIGERIA", "Nigerian Army", "NG", "Federal Republic of Nigeria"],
)
def test_a_state_is_found_by_code_name_agent_and_official_name(query: str) -> None:
    assert build_graph(sahel_events()).node(query).key == "NGA"


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("Economic Community of West African States", "igo:ecowas"),
        ("IGOWAFECO", "igo:ecowas"),
        ("AES", "igo:alliance of sahel states"),
        ("ISWAP", "armed_group:islamic state west africa province"),
        ("Republic of Niger", "NER"),
    ],
)
def test_organisations_are_found_by_alias_and_code(query: str, key: str) -> None:
    assert build_graph(sahel_events()).node(query).key == key


def test_an_unknown_actor_is_refused_with_a_suggestion() -> None:
    with pytest.raises(GraphError, match=r"no actor 'Nigerai'.*did you mean 'nigeria'"):
        build_graph(sahel_events()).node("Nigerai")


def test_a_state_node_is_named_by_iso_and_keeps_other_names_as_aliases() -> None:
    node = build_graph(sahel_events()).nodes["NGA"]
    assert node.name == "Nigeria" and node.aliases == ("Nigerian Army",)
    assert build_graph(sahel_events()).nodes["BFA"].aliases == ()

"""GraphML and GEXF read back with networkx, the reader Gephi's and Cytoscape's formats are
most often checked with."""

from __future__ import annotations

import io
from datetime import date

import networkx as nx

from accord.export.gexf import write_gexf
from accord.export.graphml import write_graphml
from tests.unit.graph.sahel import sahel_events

ISWAP = "armed_group:islamic state west africa province"


def test_graphml_reads_back_with_one_dated_edge_per_tie() -> None:
    output = io.StringIO()
    count = write_graphml(sahel_events(), output)
    graph = nx.read_graphml(io.BytesIO(output.getvalue().encode("utf-8")))
    assert graph.is_directed() and graph.number_of_edges() == count == 20
    assert graph.nodes["NGA"]["name"] == "Nigeria" and graph.nodes["NGA"]["kind"] == "state"
    assert (
        graph.nodes["person:yusuf tuggar"]["offices"] == "Foreign Minister (2024-02-02..2024-02-02)"
    )
    (attack,) = graph.get_edge_data(ISWAP, "NGA").values()
    assert attack["relation"] == "hostility" and attack["canonical_id"] == "ce-0006"
    assert attack["start"] == "2024-03-10" and attack["mutual"] == "false"
    left = [
        d
        for d in graph.get_edge_data("NER", "igo:ecowas").values()
        if d["relation"] == "membership"
    ]
    assert [(d["detail"], d["start"]) for d in left] == [("left", "2024-01-28")]
    assert (
        graph.nodes["NER"]["first"] == "2023-07-30" and graph.nodes["NER"]["last"] == "2024-01-28"
    )


def test_gexf_is_dynamic_with_spells_and_mutual_partnerships() -> None:
    output = io.StringIO()
    count = write_gexf(sahel_events(), output, today=date(2024, 6, 1))
    graph = nx.read_gexf(io.BytesIO(output.getvalue().encode("utf-8")))
    assert graph.graph["mode"] == "dynamic"
    assert graph.nodes["NER"]["label"] == "Niger"
    assert graph.nodes["NER"]["spells"] == [("2023-07-30", "2024-01-28")]
    (attack,) = graph.get_edge_data(ISWAP, "NGA").values()
    assert attack["spells"] == [("2024-03-10", "2024-03-10")] and attack["event_type"] == "ASSAULT"
    partnership = graph.get_edge_data("GBR", "NGA")
    assert partnership is not None and graph.get_edge_data("NGA", "GBR") is not None  # mutual
    mutual = sum(1 for _, _, d in graph.edges(data=True) if d["relation"] == "partnership")
    assert graph.number_of_edges() == count + mutual // 2
    assert (
        "<creator>Accord" in output.getvalue()
        and 'lastmodifieddate="2024-06-01"' in output.getvalue()
    )

"""FollowTheMoney entities checked against the FollowTheMoney model."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from accord.export.ftm import write_ftm
from tests.unit.graph.sahel import leaving_ecowas, sahel_events

ftm = pytest.importorskip(
    "followthemoney", reason="followthemoney is in the `ftm` extra (it needs the ICU library)"
)


def _entities() -> list[dict[str, Any]]:
    output = io.StringIO()
    count = write_ftm(sahel_events(), output)
    entities = [json.loads(line) for line in output.getvalue().splitlines()]
    assert len(entities) == count
    return entities


def test_every_entity_is_valid_in_the_model() -> None:
    model = ftm.model
    entities = _entities()
    by_id = {entity["id"]: entity for entity in entities}
    assert len(by_id) == len(entities)
    for entity in entities:
        schema = model.get(entity["schema"])
        assert schema is not None and not schema.abstract, entity["schema"]
        schema.validate(entity)
        assert set(entity["properties"]) <= set(schema.properties), entity
        assert set(schema.required) <= set(entity["properties"]), entity
        model.get_proxy(entity, cleaned=False)
        for name, values in entity["properties"].items():
            prop = schema.properties[name]
            if prop.type.name == "entity":
                for value in values:
                    assert model.get(by_id[value]["schema"]).is_a(prop.range), (name, value)


def test_states_organisations_people_and_events() -> None:
    entities = _entities()
    named = {e["properties"].get("name", [""])[0]: e for e in entities}
    assert named["Niger"]["schema"] == "PublicBody"
    assert named["Niger"]["properties"]["country"] == ["ne"]
    assert named["ECOWAS"]["properties"]["topics"] == ["gov.igo"]
    assert named["Yusuf Tuggar"]["properties"]["position"] == ["Foreign Minister"]
    event = next(e for e in entities if e["properties"].get("recordId") == [leaving_ecowas().id])
    assert event["schema"] == "Event" and event["properties"]["startDate"] == ["2024-01-28"]
    assert event["properties"]["sourceUrl"] == [r.url for r in leaving_ecowas().reports]
    assert len(event["properties"]["involved"]) == 4


def test_memberships_carry_founding_and_leaving_dates() -> None:
    entities = _entities()
    names = {e["id"]: e["properties"].get("name", [""])[0] for e in entities}
    spans = {
        (names[m["properties"]["member"][0]], names[m["properties"]["organization"][0]]): (
            m["properties"].get("startDate"),
            m["properties"].get("endDate"),
        )
        for m in entities
        if m["schema"] == "Membership"
    }
    assert spans[("Niger", "ECOWAS")] == (None, ["2024-01-28"])
    assert spans[("Niger", "Alliance of Sahel States")] == (["2023-09-16"], None)

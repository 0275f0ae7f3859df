"""STIX bundles checked by the OASIS validator (stix2-validator)."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date
from typing import Any

from stix2validator import ValidationOptions, validate_string

from accord.export.stix import stix_bundle, write_stix
from accord.model import Actor, ActorKind, Sector
from tests.unit.graph.sahel import attack, canonical, sahel_events


def _bundle() -> tuple[str, dict[str, Any]]:
    output = io.StringIO()
    count = write_stix(sahel_events(), output)
    bundle = json.loads(output.getvalue())
    assert len(bundle["objects"]) == count
    return output.getvalue(), bundle


def _by_type(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [item for item in bundle["objects"] if item["type"] == kind]


def test_the_bundle_is_valid_stix_2_1() -> None:
    text, _ = _bundle()
    results = validate_string(text, ValidationOptions(version="2.1"))
    assert results.is_valid and results.errors == []
    # the only warning left: article URLs come without a hash of the page
    assert results.warnings
    assert all("has a URL but no hash" in str(w) for w in results.warnings), results.warnings


def test_armed_groups_are_threat_actors_and_states_identities() -> None:
    _, bundle = _bundle()
    (actor,) = _by_type(bundle, "threat-actor")
    assert actor["name"] == "Islamic State West Africa Province" and actor["aliases"] == ["ISWAP"]
    assert actor["first_seen"] == "2024-03-10T00:00:00.000Z"
    names = {item["name"]: item for item in _by_type(bundle, "identity")}
    assert names["Nigeria"]["sectors"] == ["government-national"]
    assert names["ECOWAS"]["identity_class"] == "organization"
    assert names["Yusuf Tuggar"]["identity_class"] == "individual"


def test_the_attack_is_a_report_with_its_urls_relationship_and_location() -> None:
    _, bundle = _bundle()
    objects = {item["id"]: item for item in bundle["objects"]}
    report = next(r for r in _by_type(bundle, "report") if "attacked" in r["name"])
    assert report["report_types"] == ["threat-report"]
    assert [ref["url"] for ref in report["external_references"]] == [
        r.url for r in attack().reports
    ]
    kinds = [objects[ref]["type"] for ref in report["object_refs"]]
    assert sorted(kinds) == ["identity", "location", "relationship", "threat-actor"]
    (location,) = [objects[ref] for ref in report["object_refs"] if ref.startswith("location--")]
    assert (location["name"], location["country"]) == ("Monguno", "NG")
    (targets,) = [objects[r] for r in report["object_refs"] if r.startswith("relationship--")]
    assert targets["relationship_type"] == "targets"
    assert targets["external_references"] == [{"source_name": "accord", "external_id": "ce-0006"}]


def test_ids_are_stable_across_exports() -> None:
    first, second = stix_bundle(sahel_events()), stix_bundle(list(reversed(sahel_events())))
    assert {o["id"] for o in first["objects"]} == {o["id"] for o in second["objects"]}
    assert first["id"] == second["id"]


def test_fighting_between_armed_groups_is_related_not_targets() -> None:
    rival = Actor("Rival Front", ActorKind.ARMED_GROUP, sector=Sector.REB)
    clash = replace(attack().event, recipients=(rival,))
    text = json.dumps(stix_bundle([canonical(30, clash, date(2024, 3, 11))]))
    results = validate_string(text, ValidationOptions(version="2.1"))
    assert results.is_valid
    assert all("has a URL but no hash" in str(w) for w in results.warnings), results.warnings
    (relationship,) = [o for o in json.loads(text)["objects"] if o["type"] == "relationship"]
    assert relationship["relationship_type"] == "related-to"
    assert relationship["description"].startswith("hostility: ASSAULT")

from __future__ import annotations

import csv
import io
from dataclasses import replace

from accord.export.acled import COLUMNS, acled_category, write_acled_csv
from accord.model import Actor, ActorKind, EventType, Modality, Sector
from tests.unit.graph.sahel import attack, leaving_ecowas, partnership, sahel_events

ACLED_COLUMNS = (
    "event_date",
    "event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "time_precision",
    "source",
    "notes",
    "fatalities",
)


def _rows() -> list[dict[str, str]]:
    output = io.StringIO()
    assert write_acled_csv(sahel_events(), output) == 7
    output.seek(0)
    reader = csv.DictReader(output)
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def test_the_file_has_the_acled_columns_in_acled_order() -> None:
    positions = [COLUMNS.index(name) for name in ACLED_COLUMNS]
    assert positions == sorted(positions)
    assert len(_rows()) == 7


def test_an_attack_row() -> None:
    row = next(r for r in _rows() if r["event_id_cnty"] == attack().id)
    assert row["event_date"] == "2024-03-10" and row["time_precision"] == "1"
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert row["actor1"] == "Islamic State West Africa Province"
    assert row["actor2"] == "Nigerian Army" and row["country"] == "Nigeria"
    assert (row["location"], row["latitude"], row["longitude"]) == ("Monguno", "12.6700", "13.6100")
    assert row["geo_precision"] == "1" and row["fatalities"] == ""
    assert row["source"] == "Lagos Ledger; Borno Herald"
    assert row["source_urls"].split() == [r.url for r in attack().reports]
    assert '("attacked")' in row["notes"] and "2 independent outlets" in row["notes"]


def test_the_sahel_states_leaving_ecowas_in_one_row_with_associated_actors() -> None:
    row = next(r for r in _rows() if r["event_id_cnty"] == leaving_ecowas().id)
    assert row["actor1"] == "Mali" and row["assoc_actor_1"] == "Burkina Faso; Niger"
    assert row["actor2"] == "ECOWAS" and row["country"] == "Niger"
    assert (row["event_type"], row["plover_event"], row["plover_mode"]) == (
        "Strategic developments",
        "SANCTION",
        "withdraw",
    )


def test_acled_categories_of_violence() -> None:
    event = attack().event
    civilians = Actor("villagers", ActorKind.OTHER, country="NGA", sector=Sector.CVL)
    assert acled_category(replace(event, recipients=(civilians,))) == (
        "Violence against civilians",
        "Attack",
    )
    assert acled_category(replace(event, mode="drone")) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    riot = replace(event, event_type=EventType.PROTEST, mode="riot")
    assert acled_category(riot) == ("Riots", "Violent demonstration")
    assert acled_category(partnership().event) == ("Strategic developments", "Agreement")


def test_fatalities_are_the_low_end_and_notes_give_the_range() -> None:
    from accord.model import Fatalities

    counted = attack()
    counted = replace(counted, event=replace(counted.event, fatalities=Fatalities(12, 15)))
    output = io.StringIO()
    write_acled_csv([counted], output)
    output.seek(0)
    (row,) = list(csv.DictReader(output))
    assert row["fatalities"] == "12" and row["notes"].endswith("Reports give 12-15 killed.")


def test_a_threatened_attack_is_a_strategic_development_not_a_battle() -> None:
    threat = replace(attack().event, modality=Modality.THREATENED)
    assert acled_category(threat) == ("Strategic developments", "Other")

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date

import jsonschema
import pytest

from accord.export.plover import SCHEMA_VERSION, plover_record, schema, write_plover_jsonl
from accord.model import EventType, Modality
from accord.stages.events.rules import RuleEventExtractor
from accord.store.codec import event_from_record, event_to_record
from tests.builders import ARVENIA, BELMORA, day, document, mention, place

TEXT = "Arvenia and Belmora signed a security cooperation pact in Corvin on Wednesday."


def _event_and_article():  # type: ignore[no-untyped-def]
    doc = document(
        TEXT,
        mentions=[mention(TEXT, "Arvenia", ARVENIA), mention(TEXT, "Belmora", BELMORA)],
        dates=[day(TEXT, "on Wednesday", date(2024, 8, 28))],
        places=[place(TEXT, "Corvin", "BLM")],
    )
    (event,) = RuleEventExtractor().events(doc)
    return replace(event, id=7), doc.article


def test_codec_round_trips_an_event() -> None:
    event, _ = _event_and_article()
    assert event_from_record(json.loads(json.dumps(event_to_record(event))), 7) == event


def test_a_record_has_the_plover_fields_and_validates_against_the_schema() -> None:
    event, article = _event_and_article()
    record = plover_record(event, article)
    jsonschema.validate(record, schema(), format_checker=jsonschema.FormatChecker())
    assert record["schema_version"] == SCHEMA_VERSION and record["id"] == "accord-event-7"
    assert record["event"] == "AGREE" and record["quad_code"] == 1 and record["event_scale"] == 2.5
    assert record["date"] == "2024-08-28" and record["date_precision"] == "day"
    assert [a["country"] for a in record["actor"]] == ["ARV", "BLM"]
    assert record["event_loc"]["country"] == "BLM"
    assert record["reports"] == ["t1"] and record["cite_info"]["article"] == "t1"
    assert record["text_info"]["trigger"].startswith("signed")


def test_every_exported_span_relocates_in_the_article() -> None:
    event, article = _event_and_article()
    output = io.StringIO()
    assert write_plover_jsonl([plover_record(event, article)], output) == 1
    record = json.loads(output.getvalue())
    for items in record["evidence"].values():
        for item in items:
            assert article.text[item["start"] : item["end"]] == item["text"]


def test_the_schema_refuses_a_broken_record() -> None:
    event, article = _event_and_article()
    record = plover_record(event, article)
    for broken in (
        {**record, "event": "FIGHT"},
        {**record, "quad_code": 7},
        {k: v for k, v in record.items() if k != "evidence"},
    ):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, schema())


def test_unstored_events_are_not_exported() -> None:
    event, article = _event_and_article()
    with pytest.raises(ValueError, match="only stored events"):
        plover_record(replace(event, id=None), article)
    assert event.event_type is EventType.AGREE


def test_a_canonical_event_keeps_every_report_s_evidence_and_its_conflicts() -> None:
    from accord.export.plover import canonical_plover_record
    from accord.model import CanonicalEvent, Fatalities, FieldConflict, Report
    from tests.builders import article

    event, first = _event_and_article()
    second = replace(article(TEXT, number=2), id=2)
    first = replace(first, id=1)
    told_again = [replace(item, article_id=2) for item in event.evidence]
    merged = replace(
        event, id=None, evidence=(*event.evidence, *told_again), fatalities=Fatalities(3, 5)
    )
    item = CanonicalEvent(
        id="ce-0123456789abcdef",
        event=merged,
        reports=(
            Report(7, 1, "t1", "Wire", None, date(2024, 8, 28)),
            Report(8, 2, "t2", "Daily", None, date(2024, 8, 29)),
        ),
        first_seen=date(2024, 8, 28),
        outlets=2,
        conflicts=(FieldConflict("fatalities", (("3", (1,)), ("5", (2,)))),),
    )
    record = canonical_plover_record(item, {1: first, 2: second})
    jsonschema.validate(record, schema(), format_checker=jsonschema.FormatChecker())
    assert record["id"] == "ce-0123456789abcdef" and record["outlets"] == 2
    assert record["reports"] == [first.reference, second.reference]
    assert record["fatalities"] == {"low": 3, "high": 5}
    assert {e["article"] for e in record["evidence"]["event_type"]} == {
        first.reference,
        second.reference,
    }
    assert record["conflicts"] == [
        {
            "field": "fatalities",
            "values": [
                {"value": "3", "reports": [first.reference]},
                {"value": "5", "reports": [second.reference]},
            ],
        }
    ]


def test_a_threatened_act_is_coded_as_plover_codes_a_threat() -> None:
    event, article = _event_and_article()
    threat = replace(event, event_type=EventType.SANCTION, mode=None, modality=Modality.THREATENED)
    record = plover_record(threat, article)
    jsonschema.validate(record, schema(), format_checker=jsonschema.FormatChecker())
    assert (record["event"], record["mode"], record["threatened_event"]) == (
        "THREATEN", "restrict", "SANCTION"
    )  # fmt: skip
    assert record["quad_code"] == 3 and record["modality"] == "threatened"
    ended = replace(threat, mode="discontinue")
    assert plover_record(ended, article)["mode"] == "relations"
    done = plover_record(replace(threat, modality=Modality.OCCURRED), article)
    assert (done["event"], done["threatened_event"]) == ("SANCTION", None)


def test_a_place_placed_at_the_focus_says_so_in_its_gazetteer_id() -> None:
    event, article = _event_and_article()
    assert event.place is not None
    focused = replace(event, place=replace(event.place, gazetteer_id="focus:geonames:2253354"))
    record = plover_record(focused, article)
    jsonschema.validate(record, schema(), format_checker=jsonschema.FormatChecker())
    assert record["event_loc"]["gazetteer_id"] == "focus:geonames:2253354"

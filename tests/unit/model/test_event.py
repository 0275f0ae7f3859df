from __future__ import annotations

from datetime import date

import pytest

from accord.model import (
    Actor,
    ActorKind,
    DatePrecision,
    Event,
    EventDate,
    EventType,
    Evidence,
    Provenance,
    QuadClass,
    Sector,
    Span,
)

TEXT = "The Nigerian army announced the security cooperation pact on Tuesday."


def test_span_relocates_in_its_text() -> None:
    span = Span.of(TEXT, 4, 17)
    assert span.text == "Nigerian army"
    assert span.relocates_in(TEXT)
    assert not span.relocates_in("x" + TEXT)


@pytest.mark.parametrize(("start", "end", "text"), [(-1, 3, "abcd"), (5, 3, ""), (0, 3, "ab")])
def test_span_rejects_inconsistent_offsets(start: int, end: int, text: str) -> None:
    with pytest.raises(ValueError):
        Span(start, end, text)


def test_event_exposes_quad_class_score_and_evidence_by_field() -> None:
    nigeria = Actor("Nigeria", ActorKind.STATE, country="NGA", sector=Sector.MIL)
    niger = Actor("Niger", ActorKind.STATE, country="NER")
    evidence = Evidence("actor", 1, Span.of(TEXT, 4, 17), Provenance("events.rules.v1", "1", 0.9))
    event = Event(
        article_id=1,
        event_type=EventType.AGREE,
        actors=(nigeria,),
        recipients=(niger,),
        date=EventDate("on Tuesday", DatePrecision.DAY, start=date(2024, 8, 27)),
        evidence=(evidence,),
    )
    assert event.quad_class is QuadClass.VERBAL_COOPERATION
    assert event.score == 2.5
    assert event.evidence_for("actor") == (evidence,)
    assert event.evidence_for("date") == ()


def test_event_refuses_a_mode_its_type_does_not_have() -> None:
    with pytest.raises(ValueError, match="not a mode of AGREE"):
        Event(1, EventType.AGREE, (Actor("Nigeria", ActorKind.STATE),), mode="visit")


def test_event_needs_an_actor() -> None:
    with pytest.raises(ValueError, match="at least one actor"):
        Event(1, EventType.ASSAULT, ())


def test_unresolved_date_carries_a_reason_and_resolved_needs_a_start() -> None:
    unresolved = EventDate(
        "last July", DatePrecision.MONTH, resolved=False, reason="no publication date"
    )
    assert unresolved.start is None
    with pytest.raises(ValueError):
        EventDate("in 2018", DatePrecision.YEAR)
    with pytest.raises(ValueError):
        EventDate("x", DatePrecision.DAY, start=date(2024, 2, 2), end=date(2024, 2, 1))


def test_confidence_must_be_a_probability() -> None:
    with pytest.raises(ValueError):
        Provenance("events.rules.v1", "1", 1.5)

"""The third founding sample, the Global Coalition meeting report (Blueprint, copyrighted):
read from ../shared where it lies, never copied; skipped where ../shared is absent."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from accord.ingest.language import LanguageIdentifier
from accord.ingest.runner import IngestOptions, Ingestor
from accord.ingest.source import SourceContext
from accord.model import ActorKind, EventRole, EventType
from accord.pipeline import Document
from accord.pipeline.registry import build_pipeline
from accord.store import Store
from tests.conftest import shared_path

COALITION = "Global Coalition to Defeat ISIS"


@pytest.fixture(scope="module")
def document() -> Iterator[Document]:
    path = shared_path("samples", "global-coalition-africa-focus-group.txt")
    store = Store.open("sqlite://")
    ingestor = Ingestor(
        store,
        SourceContext(max_bytes=10_000_000),
        LanguageIdentifier(("en",)),
    )
    ingestor.ingest([str(path)], IngestOptions(published=date(2022, 5, 13)))
    (article,) = store.list_articles()
    (parsed,) = build_pipeline().run([article])
    yield parsed
    store.close()


def test_the_coalition_meets_in_morocco_and_resolves_to_defeat_isis(document: Document) -> None:
    meetings = [
        e
        for e in document.events
        if e.event_type is EventType.CONSULT and [a.name for a in e.actors] == [COALITION]
    ]
    assert any(e.place is not None and e.place.country == "MAR" for e in meetings)
    (main,) = [e for e in document.events if e.role is EventRole.MAIN]
    assert [a.name for a in main.actors] == [COALITION]
    assert [a.name for a in main.recipients] == ["Islamic State"]
    assert main.place is not None and main.place.country == "MAR"
    for item in main.evidence:
        assert item.span.relocates_in(document.text)


def test_people_groups_and_the_nigerian_call_for_partnership(document: Document) -> None:
    people = {
        m.actor.name: (m.actor.country, m.actor.role)
        for m in document.mentions
        if m.actor.kind is ActorKind.PERSON
    }
    assert people["Babagana Monguno"] == ("NGA", "National Security Adviser, Major-Gen")
    groups = {
        m.span.text: m.actor.name
        for m in document.mentions
        if m.actor.kind is ActorKind.ARMED_GROUP and m.actor.name[:1].isupper()
    }
    assert groups["ISIS"] == groups["Islamic State of Iraq and Syria"] == "Islamic State"
    assert any(
        e.event_type is EventType.REQUEST and [a.country for a in e.actors] == ["NGA"]
        for e in document.events
    )
    topics = {c.topic for c in document.commitments}
    assert {"counter_terrorism", "stabilisation", "illicit_finance"} <= topics

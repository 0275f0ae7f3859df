"""The bundled sample documents the project started from: what they report must come out
right. These are the GOV.UK release on the first UK-Nigeria Security and Defence Partnership
dialogue and the VOA story on the Nigeria-Niger security pact (both bundled, openly licensed).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from accord.ingest import Ingestor, LanguageIdentifier, SourceContext
from accord.model import DatePrecision, EventRole, EventType
from accord.pipeline import Document
from accord.pipeline.registry import build_pipeline
from accord.samples import sample_documents
from accord.store import Store

UK_NIGERIA = "govuk-2022-02-03-uk-nigeria-dialogue"
NIGERIA_NIGER = "voa-2024-08-nigeria-niger-security-pact"


@pytest.fixture(scope="module")
def documents() -> Iterator[dict[str, Document]]:
    store = Store.open("sqlite://")
    ingestor = Ingestor(
        store, SourceContext(max_bytes=10_000_000), LanguageIdentifier(("en", "fr"))
    )
    ingestor.ingest_documents(
        d for d in sample_documents() if d.external_id in (UK_NIGERIA, NIGERIA_NIGER)
    )
    articles = [store.find_article(UK_NIGERIA), store.find_article(NIGERIA_NIGER)]
    yield {d.article.external_id or "": d for d in build_pipeline().run(a for a in articles if a)}
    store.close()


def _main(document: Document):  # type: ignore[no-untyped-def]
    (main,) = [event for event in document.events if event.role is EventRole.MAIN]
    return main


def _people(document: Document) -> dict[str, tuple[str | None, str | None]]:
    return {
        m.actor.name: (m.actor.country, m.actor.role)
        for m in document.mentions
        if m.actor.kind.value == "person"
    }


def test_uk_nigeria_dialogue_main_event_and_commitments(documents: dict[str, Document]) -> None:
    document = documents[UK_NIGERIA]
    main = _main(document)
    assert main.event_type is EventType.AGREE and main.symmetric
    assert {actor.country for actor in main.actors} == {"GBR", "NGA"}
    assert main.date.precision is DatePrecision.WEEK and main.date.start.isoformat() == "2022-01-31"
    topics = {commitment.topic for commitment in main.commitments}
    assert {
        "policing",
        "human_rights",
        "women_peace_security",
        "reintegration",
        "international_humanitarian_law",
        "sexual_exploitation_abuse",
        "counter_terrorism",
    } <= topics
    for item in main.evidence:
        assert item.span.relocates_in(document.text)


def test_uk_nigeria_people_armed_groups_and_quotes(documents: dict[str, Document]) -> None:
    document = documents[UK_NIGERIA]
    people = _people(document)
    assert people["Vicky Ford"] == ("GBR", "Minister for Africa")
    assert people["Babagana Monguno"] == ("NGA", "National Security Adviser")
    groups = {
        m.span.text: m.actor.name for m in document.mentions if m.actor.kind.value == "armed_group"
    }
    assert groups["ISWA"] == groups["Islamic State West Africa"]  # aliases merged
    assert groups["Boko Haram"] == "Boko Haram"
    assert [quote.speaker.name for quote in document.quotes if quote.speaker] == [
        "Vicky Ford",
        "Babagana Monguno",
    ]
    years = {m.span.text: m.date for m in document.dates if m.span.text == "2018"}
    assert years["2018"].precision is DatePrecision.YEAR


def test_nigeria_niger_pact_main_event_place_and_unknown_date(
    documents: dict[str, Document],
) -> None:
    document = documents[NIGERIA_NIGER]
    main = _main(document)
    assert main.event_type is EventType.AGREE
    assert "NGA" in {a.country for a in main.actors} and "NER" in {
        a.country for a in (*main.actors, *main.recipients)
    }
    assert main.place.name == "Niamey" and main.place.country == "NER"
    assert (
        main.date.resolved is False and main.date.reason == "no publication date"
    )  # never guessed


def test_nigeria_niger_background_exit_coup_and_quotes(documents: dict[str, Document]) -> None:
    document = documents[NIGERIA_NIGER]
    background = [event for event in document.events if event.role is EventRole.BACKGROUND]
    exits = [e for e in background if e.event_type is EventType.SANCTION and e.mode == "withdraw"]
    assert [a.country for a in exits[0].actors] == ["NER", "MLI", "BFA"]
    assert any(
        e.event_type is EventType.COERCE and e.mode == "seize" for e in background
    )  # the coup
    speakers = {quote.speaker.name for quote in document.quotes if quote.speaker}
    assert {"Shehu", "Buhari"} <= {name.split()[-1] for name in speakers}

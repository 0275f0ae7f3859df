from __future__ import annotations

from collections.abc import Sequence

from accord.model import EventRole, EventType
from accord.model.plover import quad_class
from accord.typer.marked import MarkedPair
from accord.typer.model import EventTyper, TypedPair
from accord.typer.stage import TypedEventExtractor, candidate_pair
from tests.builders import ARVENIA, BELMORA, document, mention


class _Answering(EventTyper):
    """A typer that gives one fixed answer and records what it was asked."""

    def __init__(
        self,
        root: EventType,
        confidence: float,
        mode: str | None = None,
        mode_span: tuple[int, int] | None = None,
    ) -> None:
        super().__init__()
        self.answer = TypedPair(root, quad_class(root), mode, confidence, (), mode_span)
        self.asked: list[MarkedPair] = []

    def load(self) -> None:
        return None

    def predict(self, pairs: Sequence[MarkedPair]) -> list[TypedPair]:
        self.asked.extend(pairs)
        return [self.answer for _ in pairs]


TEXT = "Arvenia accused Belmora of shelling border villages on Monday."


def _doc():  # type: ignore[no-untyped-def]
    return document(
        TEXT, mentions=[mention(TEXT, "Arvenia", ARVENIA), mention(TEXT, "Belmora", BELMORA)]
    )


def _main(extractor: TypedEventExtractor):  # type: ignore[no-untyped-def]
    return next(e for e in extractor.events(_doc()) if e.role is EventRole.MAIN)


def test_the_typer_reads_the_sentence_with_its_parties_marked() -> None:
    typer = _Answering(EventType.ACCUSE, 0.9)
    _main(TypedEventExtractor(typer=typer))
    assert len(typer.asked) == 1
    assert typer.asked[0].actor_text == "Arvenia" and typer.asked[0].recipient_text == "Belmora"


def test_a_confident_typer_replaces_the_rules_type_and_is_credited() -> None:
    event = _main(TypedEventExtractor(typer=_Answering(EventType.ASSAULT, 0.8)))
    assert event.event_type is EventType.ASSAULT
    typed = event.evidence_for("event_type")[0]
    assert typed.provenance.extractor == "events.typer.v1" and typed.provenance.confidence == 0.8
    assert typed.span.relocates_in(TEXT)


def test_an_unsure_typer_leaves_the_rules_type() -> None:
    event = _main(TypedEventExtractor(typer=_Answering(EventType.ASSAULT, 0.3)))
    assert event.event_type is EventType.ACCUSE
    assert event.evidence_for("event_type")[0].provenance.extractor == "events.rules.v1"


def test_a_mode_from_the_typer_gets_its_words_as_evidence() -> None:
    text = "Arvenia pulled its soldiers back, accusing Belmora of bad faith."  # rules: ACCUSE
    doc = document(
        text, mentions=[mention(text, "Arvenia", ARVENIA), mention(text, "Belmora", BELMORA)]
    )
    typer = _Answering(EventType.RETREAT, 0.9, "withdraw", (8, 14))
    event = next(
        e for e in TypedEventExtractor(typer=typer).events(doc) if e.role is EventRole.MAIN
    )
    assert event.event_type is EventType.RETREAT and event.mode == "withdraw"
    assert [item.span.text for item in event.evidence_for("mode")] == ["pulled"]
    for item in event.evidence:
        assert item.span.relocates_in(text)


def test_the_candidate_pair_is_cut_from_the_events_sentence() -> None:
    text = "Talks failed last year. Arvenia accused Belmora of shelling villages."
    doc = document(
        text, mentions=[mention(text, "Arvenia", ARVENIA), mention(text, "Belmora", BELMORA)]
    )
    event = next(iter(TypedEventExtractor(typer=_Answering(EventType.ACCUSE, 0.9)).events(doc)))
    found = candidate_pair(doc, event)
    assert found is not None
    start, pair = found
    assert text[start:].startswith("Arvenia accused") and pair.actor_text == "Arvenia"

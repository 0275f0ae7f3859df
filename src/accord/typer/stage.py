"""`events.typer.v1`: the rule engine's events, their types decided by the trained typer.

The rules still find the sentences that report an event, their actor and recipient, date,
place and modality; the typer then reads each candidate's sentence with its actor and
recipient marked and replaces the rules' type when it is confident enough. Where the typer
cannot read a candidate (no actor span in the sentence) or is unsure, the rules' type stands:
the rules are the fallback, and their trigger matches are among the typer's features.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from accord.model import Event, Evidence, Provenance, Span
from accord.pipeline.document import Document, sentence_bounds
from accord.stages.events.rules import RuleEventExtractor
from accord.stages.places import Gazetteer
from accord.typer.marked import MarkedPair
from accord.typer.model import EventTyper, TypedPair

NAME = "events.typer.v1"
VERSION = "1"
THRESHOLD = 0.5  # below this the rules' type stands


class TypedEventExtractor(RuleEventExtractor):
    name = NAME
    version = VERSION

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        typer: EventTyper | None = None,
        threshold: float = THRESHOLD,
    ) -> None:
        super().__init__(gazetteer)
        self.typer = typer or EventTyper()
        self.threshold = threshold

    def load(self) -> None:
        super().load()
        self.typer.load()

    def retyped(self, document: Document, candidates: Sequence[Event]) -> list[Event]:
        """Each candidate with the typer's type where it is confident, else unchanged."""
        found = [candidate_pair(document, event) for event in candidates]
        readable = [item[1] for item in found if item is not None]
        typed = iter(self.typer.predict(readable) if readable else [])
        return [
            event if item is None else self._decide(document, event, item[0], next(typed))
            for event, item in zip(candidates, found, strict=True)
        ]

    def _decide(self, document: Document, event: Event, start: int, typed: TypedPair) -> Event:
        if typed.confidence < self.threshold or typed.root is event.event_type:
            return event
        return retype(document, event, typed, start)


def candidate_pair(document: Document, event: Event) -> tuple[int, MarkedPair] | None:
    """Where the event's sentence starts, and the sentence with its first actor and
    recipient spans, when both lie in the sentence of its type evidence (the recipient may
    be missing)."""
    spans = {e.field: e.span for e in reversed(event.evidence)}
    trigger, actor = spans.get("event_type"), spans.get("actor")
    if trigger is None or actor is None:
        return None
    bounds = next(((s, e) for s, e in sentence_bounds(document) if s <= trigger.start < e), None)
    if bounds is None or not bounds[0] <= actor.start < actor.end <= bounds[1]:
        return None
    sentence = document.text[bounds[0] : bounds[1]]
    start = bounds[0] + len(sentence) - len(sentence.lstrip())
    end = bounds[0] + len(sentence.rstrip())
    recipient = spans.get("recipient")
    inside = recipient is not None and bounds[0] <= recipient.start < recipient.end <= bounds[1]
    overlapping = (
        inside
        and recipient is not None
        and actor.start < recipient.end
        and recipient.start < actor.end
    )
    return start, MarkedPair(
        document.text[start:end],
        (actor.start - start, actor.end - start),
        (recipient.start - start, recipient.end - start)
        if recipient is not None and inside and not overlapping
        else None,
    )


def retype(document: Document, event: Event, typed: TypedPair, start: int) -> Event:
    """The event as the typer types it: its type and mode replaced, the type's evidence kept
    (the same words) but credited to the typer, the mode's evidence the typer's mode words."""
    provenance = Provenance(NAME, VERSION, round(typed.confidence, 4))
    evidence: list[Evidence] = [
        replace(item, provenance=provenance) if item.field == "event_type" else item
        for item in event.evidence
        if item.field != "mode"
    ]
    if typed.mode is not None and typed.mode_span is not None:
        words = Span.of(document.text, start + typed.mode_span[0], start + typed.mode_span[1])
        evidence.append(Evidence("mode", document.article_id, words, provenance))
    return replace(event, event_type=typed.root, mode=typed.mode, evidence=tuple(evidence))

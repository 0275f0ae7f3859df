"""`events.rules.v1`: PLOVER events from trigger phrases, actor mentions, dates and places.

One candidate event per sentence: the highest-priority trigger found in it, its parties
(see `roles`), the nearest date and place mention in the sentence, and its modality. Every
field keeps the span it came from. The article's main event is then chosen (see `salience`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from accord.model import (
    Actor,
    ActorKind,
    ActorMention,
    Commitment,
    Event,
    EventRole,
    EventType,
    Evidence,
    Modality,
    Provenance,
    Span,
)
from accord.pipeline.document import Document, sentence_bounds
from accord.stages.events.lexicon import TRIGGERS
from accord.stages.events.location import Located, event_date, event_place, story_date
from accord.stages.events.modality import modality_of
from accord.stages.events.roles import Roles, assign_roles
from accord.stages.events.salience import (
    choose_main,
    contexts_for,
    dateline_end,
    fallback_date,
    lead_end,
)
from accord.stages.places import Gazetteer

NAME = "events.rules.v1"
VERSION = "1"
_COMMITMENT_TYPES = frozenset(
    {EventType.AGREE, EventType.CONSULT, EventType.COOPERATE, EventType.AID}
)
_CONFIDENCE = {
    "event_type": 0.7,
    "actor": 0.75,
    "recipient": 0.65,
    "date": 0.8,
    "place": 0.6,
    "modality": 0.7,
    "mode": 0.6,
}


@dataclass(frozen=True, slots=True)
class Found:
    """The trigger chosen in one sentence."""

    event_type: EventType
    mode: str | None
    start: int  # article offsets
    end: int
    mode_span: Span | None = None  # the words that gave the mode, when a mode was found


class RuleEventExtractor:
    name = NAME
    version = VERSION
    requires: tuple[str, ...] = ("parse", "mentions", "dates", "places", "commitments")
    provides = "events"

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer  # places recipients' countries when the text names no place

    def load(self) -> None:
        if self.gazetteer is not None:
            self.gazetteer.load()

    def predict(self, documents: Sequence[Document]) -> list[tuple[Event, ...]]:
        return [self.events(document) for document in documents]

    def events(self, document: Document) -> tuple[Event, ...]:
        text = document.text
        sentences = sentence_bounds(document)
        lead = (dateline_end(text), lead_end(text, sentences))
        countries = frozenset(
            m.actor.country
            for m in document.mentions
            if m.actor.kind is ActorKind.STATE and m.actor.country
        )
        candidates = []
        for start, end in sentences:
            found = best_trigger(text[start:end], start)
            if found is None:
                continue
            scene = _Scene(document, (start, end), lead, countries)
            event = self._event(scene, found)
            if event is not None:
                candidates.append(event)
        return tuple(
            self._dated_by_story(event, document) if event.role is EventRole.MAIN else event
            for event in choose_main(candidates, document)
        )

    def _dated_by_story(self, event: Event, document: Document) -> Event:
        """The main event with no date of its own takes the story's date, when the article
        gives one (see `story_date`)."""
        if event.evidence_for("date"):
            return event
        found = story_date(document.dates, document.article.published)
        if found is None:
            return event
        evidence = self._evidence(document, "date", found.span)
        return replace(event, date=found.date, evidence=(*event.evidence, evidence))

    def _event(self, scene: _Scene, found: Found) -> Event | None:
        document, sentence = scene.document, scene.sentence
        inside = [
            m
            for m in document.mentions
            if sentence[0] <= m.span.start and m.span.end <= sentence[1]
        ]
        roles = assign_roles(
            scene.text, sentence[0], (found.start, found.end), inside, found.event_type
        )
        if roles is None:
            return None
        date = event_date(
            document.dates,
            sentence=sentence,
            lead=scene.lead,
            trigger=found.start,
            published=document.article.published,
        )
        located = self._place(scene, found, roles)
        cue = modality_of(scene.text, found.start - sentence[0], found.event_type)
        commitments = _commitments(document.commitments, found.event_type)
        spans = {
            "event_type": [Span.of(document.text, found.start, found.end)],
            "mode": [found.mode_span] if found.mode_span else [],
            "actor": [m.span for m in roles.actors],
            "recipient": [m.span for m in roles.recipients],
            "date": [date.span] if date else [],
            "place": [located.evidence.span] if located else [],
            "modality": [
                Span.of(document.text, sentence[0] + cue.start, sentence[0] + cue.end)
                if cue
                else Span.of(document.text, found.start, found.end)
            ],
            "commitment": [c.span for c in commitments],
        }
        return Event(
            article_id=document.article_id,
            event_type=found.event_type,
            actors=_actors(roles.actors),
            recipients=_actors(roles.recipients),
            mode=found.mode,
            contexts=contexts_for(found.event_type, roles.actors, roles.recipients, commitments),
            modality=cue.modality if cue else Modality.OCCURRED,
            date=date.date if date else fallback_date(document.article),
            place=located.place if located else None,
            symmetric=roles.symmetric,
            commitments=commitments,
            evidence=tuple(
                self._evidence(document, f, span)
                for f, found_spans in spans.items()
                for span in found_spans
            ),
        )

    def _place(self, scene: _Scene, found: Found, roles: Roles) -> Located | None:
        places = [
            p for p in scene.document.places if p.span.start >= scene.lead[0] and p.place.country
        ]
        return event_place(
            places,
            sentence=scene.sentence,
            lead=scene.lead,
            actors=roles.actors,
            recipients=roles.recipients,
            event_type=found.event_type,
            gazetteer=self.gazetteer,
            article_countries=scene.countries,
        )

    def _evidence(self, document: Document, field: str, span: Span) -> Evidence:
        provenance = Provenance(NAME, VERSION, _CONFIDENCE.get(field, 0.6))
        return Evidence(field, document.article_id, span, provenance)


@dataclass(frozen=True, slots=True)
class _Scene:
    """One sentence of a document and what its events are read against."""

    document: Document
    sentence: tuple[int, int]
    lead: tuple[int, int]
    countries: frozenset[str]  # states the article names

    @property
    def text(self) -> str:
        return self.document.text[self.sentence[0] : self.sentence[1]]


def best_trigger(sentence: str, offset: int) -> Found | None:
    """The highest-priority trigger in the sentence (the earliest among equals), with the
    most specific mode any trigger of that type gives."""
    matches = [
        (trigger, match) for trigger in TRIGGERS for match in trigger.pattern.finditer(sentence)
    ]
    if not matches:
        return None
    trigger, match = min(matches, key=lambda item: (-item[0].priority, item[1].start()))
    start, end = offset + match.start(), offset + match.end()
    if trigger.mode:
        return Found(
            trigger.event_type,
            trigger.mode,
            start,
            end,
            Span.of(sentence, match.start(), match.end()).shifted(offset),
        )
    moded = next(
        ((t, m) for t, m in matches if t.event_type is trigger.event_type and t.mode), None
    )
    if moded is None:
        return Found(trigger.event_type, None, start, end)
    mode_trigger, mode_match = moded
    mode_span = Span.of(sentence, mode_match.start(), mode_match.end()).shifted(offset)
    return Found(trigger.event_type, mode_trigger.mode, start, end, mode_span)


def _actors(mentions: Sequence[ActorMention]) -> tuple[Actor, ...]:
    return tuple(mention.actor for mention in mentions)


def _commitments(found: Sequence[Commitment], event_type: EventType) -> tuple[Commitment, ...]:
    if event_type not in _COMMITMENT_TYPES:
        return ()
    unique: dict[str, Commitment] = {}
    for commitment in found:
        unique.setdefault(commitment.topic, commitment)
    return tuple(unique.values())

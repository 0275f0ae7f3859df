"""Which event an article is about, what context it has, and the parts of the text that
locate it: the dateline (an agency office, not the event's place) and the date fallback."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from accord.model import (
    ActorKind,
    ActorMention,
    Article,
    Commitment,
    Context,
    DatePrecision,
    Event,
    EventDate,
    EventRole,
    EventType,
    Modality,
    Sector,
)
from accord.pipeline.document import Document, sentence_bounds

# "ABUJA, Nigeria (Reuters) —", "Addis Abeba —", "UNITED NATIONS (Agency - date)",
# "SWEDEN, March 7 -"
_DATELINE = re.compile(
    r"^\s*(?:\(@?\w+\)\s*)?[A-ZÀ-Þ][\w'’. -]{1,40}?(?:,\s*[\w'’. ]{2,30})?"
    r"\s*(?:\([^)]{0,80}\))?\s*[—–-]{1,2}\s",
)
_DATELINE_PARENTHESIS = re.compile(
    r"^\s*(?:\(@?\w+\)\s*)?[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{2,40}\s*\([^)]{0,80}\)\s"
)
_SECURITY_SECTORS = frozenset(
    {Sector.MIL, Sector.COP, Sector.SPY, Sector.REB, Sector.GOV, Sector.IGO}
)
_SECURITY_KINDS = frozenset({ActorKind.STATE, ActorKind.IGO, ActorKind.ARMED_GROUP})
_LEAD_SENTENCES = 3
_COLLECTIVE_TYPES = frozenset(
    {EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.COOPERATE}
)
# "this attack", "that deal", "cette attaque": words pointing back at an event told before.
_POINTING_BACK = re.compile(
    r"\b(?:this|that|these|those|cette|cet|ces|ce)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_RETOLD_PENALTY = 1.5
SHORT_LINE = 60  # characters: a headline, byline or caption, not a sentence of the lead
_COMMITMENT_CONTEXTS = {
    "human_rights": Context.HUMAN_RIGHTS,
    "international_humanitarian_law": Context.HUMAN_RIGHTS,
    "women_peace_security": Context.GENDER,
    "counter_terrorism": Context.TERRORISM,
    "intelligence_sharing": Context.INTELLIGENCE,
    "peacekeeping": Context.PEACEKEEPING,
    "human_trafficking": Context.TRAFFICKING,
    "drug_trafficking": Context.ILLEGAL_DRUGS,
    "cybersecurity": Context.CYBER,
    "organised_crime": Context.CRIME,
}


def dateline_end(text: str) -> int:
    """Where the dateline ends (0 when there is none). Places in it name where the story
    was filed, not where the event happened."""
    match = _DATELINE.match(text[:160]) or _DATELINE_PARENTHESIS.match(text[:160])
    return match.end() if match else 0


def fallback_date(article: Article) -> EventDate | None:
    """With no date in the event's sentence: reported news happened in the week up to
    publication. Without a publication date, the date stays unknown."""
    if article.published is None:
        return None
    return EventDate(
        expression="",
        precision=DatePrecision.WEEK,
        start=article.published - timedelta(days=6),
        end=article.published,
        reason="no date near the event: the week up to the publication date",
    )


def contexts_for(
    event_type: EventType,
    actors: Sequence[ActorMention],
    recipients: Sequence[ActorMention],
    commitments: Sequence[Commitment],
) -> tuple[Context, ...]:
    parties = [mention.actor for mention in (*actors, *recipients)]
    found: list[Context] = []
    if any(p.sector in (Sector.MIL,) for p in parties) or event_type in (
        EventType.ASSAULT,
        EventType.MOBILIZE,
    ):
        found.append(Context.MILITARY)
    if any(p.kind is ActorKind.ARMED_GROUP for p in parties):
        found.append(Context.TERRORISM)
    if event_type in (EventType.AGREE, EventType.CONSULT, EventType.SUPPORT):
        found.append(Context.DIPLOMATIC)
    for commitment in commitments:
        context = _COMMITMENT_CONTEXTS.get(commitment.topic)
        if context is not None:
            found.append(context)
    return tuple(dict.fromkeys(found))


def is_security_event(event: Event) -> bool:
    parties = (*event.actors, *event.recipients)
    return any(p.kind in _SECURITY_KINDS or p.sector in _SECURITY_SECTORS for p in parties)


def lead_end(text: str, sentences: Sequence[tuple[int, int]]) -> int:
    """Where the article's lead ends: after its first three sentences, not counting short
    lines (headlines, bylines, captions) that stand as sentences of their own."""
    counted = 0
    for start, end in sentences:
        counted += len(text[start:end].strip()) >= SHORT_LINE
        if counted == _LEAD_SENTENCES:
            return end
    return sentences[-1][1] if sentences else 0


def choose_main(candidates: Sequence[Event], document: Document) -> tuple[Event, ...]:
    """Mark the article's main event MAIN and the others BACKGROUND. The main event is the
    security event with the best score: early in the article, with both parties, reported
    as having happened. An article with no security event has no main event."""
    if not candidates:
        return ()
    lead = lead_end(document.text, sentence_bounds(document))
    scored = [
        (_score(event, lead) - _RETOLD_PENALTY * _retold(event, document.text), index)
        for index, event in enumerate(candidates)
    ]
    best_score, best = max(scored, key=lambda item: (item[0], -item[1]))
    main = candidates[best] if best_score > 0 else None
    return tuple(
        replace(event, role=EventRole.MAIN if event is main else EventRole.BACKGROUND)
        for event in candidates
    )


def _retold(event: Event, text: str) -> bool:
    """Whether the trigger points back at an event already told ("conducted this attack",
    "cette attaque"): a retelling, which adds to that event but is not the story's own."""
    trigger = event.evidence_for("event_type")[0].span
    return bool(_POINTING_BACK.search(text[max(0, trigger.start - 24) : trigger.start]))


def _has_counterpart(event: Event) -> bool:
    """An event between two parties, a joint act, or an armed group's act. A lone state
    that "met" or "killed" is usually a sports result or a flood toll, not the story."""
    return _between_parties(event) or any(
        actor.kind is ActorKind.ARMED_GROUP for actor in event.actors
    )


def _between_parties(event: Event) -> bool:
    """A recipient, a joint act, or an organisation's members acting together ("the
    Alliance of Sahel States sign a treaty")."""
    return (
        bool(event.recipients)
        or event.symmetric
        or (
            event.event_type in _COLLECTIVE_TYPES
            and any(actor.kind is ActorKind.IGO for actor in event.actors)
        )
    )


def _score(event: Event, lead_end: int) -> float:
    if not is_security_event(event) or not _has_counterpart(event):
        return 0.0
    trigger = event.evidence_for("event_type")[0].span
    score = 3.0 if trigger.start < lead_end else 1.0
    score -= trigger.start / 20_000  # earlier wins among equals
    if event.recipients or event.symmetric:
        score += 1.0
    elif _between_parties(event):
        score += 0.5  # an organisation acting for its members, who are not named
    if event.modality is Modality.OCCURRED:
        score += 1.0
    if event.event_type in (
        EventType.REQUEST,
        EventType.SUPPORT,
        EventType.ACCUSE,
        EventType.REJECT,
    ):
        score -= 1.5  # statements about an event are rarely the event the article reports
    return score

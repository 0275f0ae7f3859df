"""What a canonical event says of the actors in it: the pairs it relates, how, and when.

Only events that happened or were announced count (occurred, promised, threatened, recalled
as background); negated, denied and hypothetical events support nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from itertools import combinations

from accord.graph.identity import node_key
from accord.graph.model import Change, MembershipChange, Relation, Tie
from accord.model import Actor, ActorKind, CanonicalEvent, Event, EventType, Modality

PARTNERSHIP_TYPES = frozenset(
    {EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.COOPERATE, EventType.AID}
)
HOSTILITY_TYPES = frozenset(
    {
        EventType.ACCUSE,
        EventType.REJECT,
        EventType.THREATEN,
        EventType.PROTEST,
        EventType.SANCTION,
        EventType.MOBILIZE,
        EventType.COERCE,
        EventType.ASSAULT,
    }
)
COUNTED = frozenset(
    {Modality.OCCURRED, Modality.PROMISED, Modality.THREATENED, Modality.BACKGROUND}
)

# Words of the trigger that make an event with an organisation a change of membership.
_LEAVE = re.compile(
    r"\b(?:withdr[ae]w\w*|leav(?:e|es|ing)|left|quit\w*|exit\w*|retrait|quitt\w*|sortie)\b"
)
_FOUND = re.compile(r"\b(?:found(?:ed|ing|s)?|form(?:ed|s|ing)?|creat\w*|establish\w*|cré\w*)\b")
_JOIN = re.compile(
    r"\b(?:join\w*|rejoin\w*|accession|acced\w*|admi(?:t|ts|tted|ssion)|adh[ée]\w*)\b"
)
# Leaving is a break (SANCTION, RETREAT, REJECT); joining or founding an agreement: an attack
# "that left five dead" says nothing of membership.
_LEAVING_TYPES = frozenset({EventType.SANCTION, EventType.RETREAT, EventType.REJECT})
_JOINING_TYPES = frozenset(
    {EventType.AGREE, EventType.SUPPORT, EventType.COOPERATE, EventType.CONSULT}
)
_DONE = frozenset({Modality.OCCURRED, Modality.BACKGROUND})


def relation_of(event_type: EventType) -> Relation | None:
    if event_type in PARTNERSHIP_TYPES:
        return Relation.PARTNERSHIP
    if event_type in HOSTILITY_TYPES:
        return Relation.HOSTILITY
    return None


def dates_of(item: CanonicalEvent) -> tuple[date | None, date | None]:
    """When the event happened; its first report's date where the text gives none."""
    when = item.event.date
    if when is not None and when.resolved and when.start is not None:
        return when.start, when.end or when.start
    return item.first_seen, item.first_seen


def counts(item: CanonicalEvent) -> bool:
    return item.event.modality in COUNTED


def ties(item: CanonicalEvent) -> Iterator[Tie]:
    """One tie per pair of distinct actors the event relates."""
    event = item.event
    relation = relation_of(event.event_type)
    if relation is None or not counts(item):
        return
    start, end = dates_of(item)
    directed = relation is Relation.HOSTILITY and not event.symmetric
    for first, second in _pairs(event):
        source, target = node_key(first), node_key(second)
        if source == target:
            continue
        if not directed:
            source, target = sorted((source, target))
        yield Tie(
            source=source,
            target=target,
            relation=relation,
            event_type=event.event_type,
            canonical_id=item.id,
            start=start,
            end=end,
            modality=event.modality,
            mode=event.mode,
            directed=directed,
            commitments=event.commitments if relation is Relation.PARTNERSHIP else (),
        )


def _pairs(event: Event) -> Iterator[tuple[Actor, Actor]]:
    """Actor-recipient pairs; for symmetric events ("A and B signed") every pair of parties."""
    if event.symmetric:
        yield from combinations((*event.actors, *event.recipients), 2)
        return
    for actor in event.actors:
        for recipient in event.recipients:
            yield actor, recipient


def membership_changes(item: CanonicalEvent) -> Iterator[MembershipChange]:
    """Members founding, joining or leaving an organisation that is party to the event,
    told by the words of its trigger ("withdrawal from ECOWAS", "joined NATO"). A member
    leaves as the actor, the organisation being the recipient: when the organisation acts
    ("the UN ends its mission in Mali") nobody leaves it."""
    event = item.event
    if event.modality not in _DONE:
        return
    found = _change(event)
    if found is None:
        return
    change, cue = found
    if change is Change.LEFT:
        members = [actor for actor in event.actors if actor.kind is not ActorKind.IGO]
        organisations = [actor for actor in event.recipients if actor.kind is ActorKind.IGO]
    else:
        parties = (*event.actors, *event.recipients)
        members = [actor for actor in parties if actor.kind is not ActorKind.IGO]
        organisations = [actor for actor in parties if actor.kind is ActorKind.IGO]
    start, _ = dates_of(item)
    for organisation in organisations:
        for member in members:
            yield MembershipChange(
                member=node_key(member),
                organisation=node_key(organisation),
                change=change,
                on=start,
                canonical_id=item.id,
                cue=cue,
            )


def _change(event: Event) -> tuple[Change, str] | None:
    cues: tuple[tuple[re.Pattern[str], Change], ...]
    if event.event_type in _LEAVING_TYPES:
        cues = ((_LEAVE, Change.LEFT),)
    elif event.event_type in _JOINING_TYPES:
        cues = ((_FOUND, Change.FOUNDED), (_JOIN, Change.JOINED))
    else:
        return None
    for evidence in event.evidence_for("event_type"):
        text = evidence.span.text.casefold()
        for pattern, change in cues:
            if pattern.search(text):
                return change, evidence.span.text
    return None

"""Who is the actor and who the recipient of a triggered event, from mention positions.

Rules, in order: a passive "by X" / "par X" after the trigger names the actor; in an assault
the armed group (or a rebel or criminal agent) is the actor; joint acts of several parties
named before the trigger ("X and Y signed") are symmetric; otherwise the nearest party before
the trigger acts and the first one after it receives. A party named as a place before the
trigger ("troops in Niger") does not act when another party is named before it; it may
receive.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from accord.model import Actor, ActorKind, ActorMention, EventType, QuadClass, Sector, Span
from accord.model.plover import JOINT_TYPES, quad_class

_PASSIVE_BY = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:by|par)\b", re.IGNORECASE)
_HOSTILE_SECTORS = frozenset({Sector.REB, Sector.CRM})
_COOPERATION = frozenset({QuadClass.VERBAL_COOPERATION, QuadClass.MATERIAL_COOPERATION})
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|a été|ont été|avait été|avaient été|été)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "The United States condemns the drone and missile attack": whoever condemns an attack
# did not carry it out.
_CONDEMNED_BEFORE = re.compile(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|decr(?:y|ies|ied)|condamn\w*|dénonc\w*|"
    r"fustig\w*|déplor\w*)\b(?:\W+\w+){0,10}?\W+$",
    re.IGNORECASE,
)
# "airstrikes on Hezbollah positions": an armed group named as the target is not the attacker.
_TARGET_BEFORE = re.compile(
    r"\b(?:on|against|at|targeting|targeted|contre|sur)\s+(?:the\s+|les\s+|des\s+)?$",
    re.IGNORECASE,
)
# A trigger, "to" or "in", and only names listed before the party: "travelled to
# Djibouti, Somalia and" + "Kenya".
_DESTINATION_LIST = re.compile(
    r"[\w’' -]*?\b(?:to|into|in|at)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+))*"
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|inside|au|aux|en|à|off the coast of|off)\s+(?:the\s+)?$", re.IGNORECASE
)
_REACH = 200  # characters: a recipient further from the actor is rarely the same clause
_MATERIAL_HOSTILE = frozenset({EventType.ASSAULT, EventType.COERCE})
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|et|&)\s)?\s*(?:\w+\s+){0,2}?", re.IGNORECASE)
_ARTICLE = r"(?:the\s+|le\s+|la\s+|l['’]|les\s+|du\s+|de\s+la\s+|de\s+l['’]|des\s+)?"
_CONJUNCTION = re.compile(rf"\s*,?\s*(?:and|et|&)\s+{_ARTICLE}", re.IGNORECASE)
_LIST_CONTINUES = re.compile(r"\s*(?:[.;:!?]|,?\s*(?:and|et|&)\s|,\s*\w+\s*(?:,|and|et)|$)")
_COORDINATION = re.compile(rf"\s*(?:,|,?\s*(?:and|et|&)\s)\s*{_ARTICLE}", re.IGNORECASE)
# A relative clause set off by commas ("X, which had formed Y in 2023, signed"): the parties
# inside it are not the subject of the verb that follows it.
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:which|who|whose|that|qui|dont|lequel|laquelle|lesquels)\b[^,;.]*,", re.IGNORECASE
)
UNIDENTIFIED = Actor("unidentified armed group", ActorKind.ARMED_GROUP, sector=Sector.REB)


@dataclass(frozen=True, slots=True)
class Roles:
    actors: tuple[ActorMention, ...]
    recipients: tuple[ActorMention, ...]
    symmetric: bool


def assign_roles(
    sentence: str,
    sentence_start: int,
    trigger: tuple[int, int],
    mentions: Sequence[ActorMention],
    event_type: EventType,
) -> Roles | None:
    """Roles for an event whose trigger spans `trigger` (article offsets), or None when the
    sentence names no party that could act."""
    mentions = [m for m in mentions if _can_be_a_party(m, event_type)]
    clauses = [c for c in relative_clauses(sentence, sentence_start) if c[1] <= trigger[0]]
    before = [
        m
        for m in mentions
        if m.span.end <= trigger[0]
        and not any(s <= m.span.start and m.span.end <= e for s, e in clauses)
    ] or [m for m in mentions if m.span.end <= trigger[0]]
    # A party inside the trigger phrase ("joined NATO") is on its receiving side.
    after = [m for m in mentions if m.span.start >= trigger[0]]
    passive = _passive_actors(sentence, sentence_start, trigger, after)
    if passive:
        symmetric = event_type in JOINT_TYPES and len(passive) >= 2
        return Roles(passive, _distinct(before, passive[0]), symmetric)
    leading = sentence[: trigger[0] - sentence_start]
    if event_type in _MATERIAL_HOSTILE and _CONDEMNED_BEFORE.search(leading):
        # "X condemns the attack against Y": X is neither its author nor its target.
        unknown = _unidentified(sentence, sentence_start, trigger)
        targets = [
            m for m in after if not _preceded_by(_LOCATIVE_BEFORE, sentence, sentence_start, m)
        ]
        return Roles((unknown,), _receiving(sentence, sentence_start, targets, ()), False)
    passive_voice = _PASSIVE_BEFORE.search(leading)
    if event_type in _MATERIAL_HOSTILE and passive_voice and before:
        # "Soldiers were killed", "une position a été attaquée": the parties named are victims.
        unknown = _unidentified(sentence, sentence_start, trigger)
        return Roles((unknown,), tuple(_unique(before)), False)
    hostile = [
        m
        for m in mentions
        if _is_hostile(m)
        and not (m in after and _preceded_by(_TARGET_BEFORE, sentence, sentence_start, m))
    ]
    if event_type is EventType.ASSAULT and hostile:
        others = [m for m in mentions if not _is_hostile(m)]
        return Roles((hostile[0],), _distinct(others, hostile[0]), False)
    parties = _unique(before)
    if event_type in JOINT_TYPES and len({_party(m) for m in parties}) >= 2:
        return Roles(tuple(parties), (), True)
    return _positional(sentence, sentence_start, trigger, before, after)


def relative_clauses(sentence: str, sentence_start: int) -> list[tuple[int, int]]:
    """Article offsets of the relative clauses set off by commas in the sentence ("X, which
    had formed the alliance in 2023, signed"): what they name is not about the main verb."""
    return [
        (sentence_start + c.start(), sentence_start + c.end())
        for c in _RELATIVE_CLAUSE.finditer(sentence)
    ]


def _positional(
    sentence: str,
    sentence_start: int,
    trigger: tuple[int, int],
    before: Sequence[ActorMention],
    after: Sequence[ActorMention],
) -> Roles | None:
    """The nearest party before the trigger, with the parties coordinated with it ("Niger,
    Mali and Burkina Faso announced"), acts on the first one after it."""
    located = [m for m in before if _preceded_by(_LOCATIVE_BEFORE, sentence, sentence_start, m)]
    acting = [m for m in before if m not in located]
    if acting:
        # "French servicemen in Niger concluded their mission": Niger is where, not who.
        actors = _coordinated(sentence, sentence_start, acting)
        near = [m for m in after if m.span.start - actors[-1].span.end <= _REACH]
        return Roles(actors, _receiving(sentence, sentence_start, [*near, *located], actors), False)
    if before:
        actors = _coordinated(sentence, sentence_start, before)
        near = [m for m in after if m.span.start - actors[-1].span.end <= _REACH]
        return Roles(actors, _receiving(sentence, sentence_start, near, actors), False)
    # "The meeting in Morocco", "travelled to Djibouti, Somalia and Kenya": parties named
    # as where the event took place or went do not act.
    where = _destinations(sentence, sentence_start, trigger, after)
    acting_after = [m for m in after if m not in where]
    # Nor do its targets when another party can: "Sanctions against the gangs, voted at the UN".
    untargeted = [
        m for m in acting_after if not _preceded_by(_TARGET_BEFORE, sentence, sentence_start, m)
    ]
    acting_after = untargeted or acting_after
    if acting_after:
        first = acting_after[0]
        return Roles((first,), _distinct([m for m in after if m is not first], first)[:1], False)
    return None


def _destinations(
    sentence: str, sentence_start: int, trigger: tuple[int, int], after: Sequence[ActorMention]
) -> list[ActorMention]:
    """The parties after the trigger named as a place or a destination ("the meeting in
    Morocco", "travelled to Djibouti, Somalia and Kenya": every name of the list)."""
    found: list[ActorMention] = []
    for mention in after:
        lead = sentence[trigger[0] - sentence_start : mention.span.start - sentence_start]
        if _preceded_by(_LOCATIVE_BEFORE, sentence, sentence_start, mention) or (
            _DESTINATION_LIST.fullmatch(lead)
        ):
            found.append(mention)
    return found


def _receiving(
    sentence: str,
    sentence_start: int,
    candidates: Sequence[ActorMention],
    actors: Sequence[ActorMention],
) -> tuple[ActorMention, ...]:
    """The first candidate that is not an actor, with the parties listed after it ("a deal
    with Britain and the United States", a headline's "deal with UK, US.")."""
    others = [m for m in _unique(candidates) if all(_key(m) != _key(a) for a in actors)]
    if not others:
        return ()

    def listed(between: str, following: ActorMention) -> bool:
        return bool(_CONJUNCTION.fullmatch(between)) or (
            between.strip() == "," and _ends_clause(sentence, sentence_start, following)
        )

    return _run_of(sentence, sentence_start, others, listed)


def _ends_clause(sentence: str, sentence_start: int, mention: ActorMention) -> bool:
    """Whether the list may go on past `mention`: "and" or the sentence's end follows it
    (so "with X, Y said" does not make the speaker Y a recipient)."""
    rest = sentence[mention.span.end - sentence_start :]
    return bool(_LIST_CONTINUES.match(rest))


def _preceded_by(
    words: re.Pattern[str], sentence: str, sentence_start: int, mention: ActorMention
) -> bool:
    """Whether the words just before the mention end in `words` ("in ", "against the ")."""
    start = mention.span.start - sentence_start
    return bool(words.search(sentence[max(0, start - 24) : start]))


def _coordinated(
    sentence: str, sentence_start: int, before: Sequence[ActorMention]
) -> tuple[ActorMention, ...]:
    """The last party before the trigger and those listed with it. A list ends in "and"
    ("X, Y and Z"); a comma alone ("After talks with X, Y attacked") joins nothing."""
    group = [before[-1]]
    for previous in reversed(before[:-1]):
        between = sentence[
            previous.span.end - sentence_start : group[0].span.start - sentence_start
        ]
        joined = _CONJUNCTION if len(group) == 1 else _COORDINATION
        if not joined.fullmatch(between):
            break
        group.insert(0, previous)
    return tuple(_unique(group))


def _passive_actors(
    sentence: str, sentence_start: int, trigger: tuple[int, int], after: Sequence[ActorMention]
) -> tuple[ActorMention, ...]:
    """The parties named after "by" ("a deal announced by X, Y and Z"), or none."""
    for index, mention in enumerate(after):
        between = sentence[trigger[1] - sentence_start : mention.span.start - sentence_start]
        if len(between) < 40 and _PASSIVE_BY.match(between):
            return _listed_from(sentence, sentence_start, after[index:])
    return ()


def _listed_from(
    sentence: str, sentence_start: int, mentions: Sequence[ActorMention]
) -> tuple[ActorMention, ...]:
    """The first mention and those that follow it in the same list: names separated by
    spaces ("US President Joe Biden"), commas or "and"."""
    group = _run_of(
        sentence, sentence_start, mentions, lambda between, _: bool(_LIST_GAP.fullmatch(between))
    )
    return tuple(_unique(group))


def _run_of(
    sentence: str,
    sentence_start: int,
    mentions: Sequence[ActorMention],
    joined: Callable[[str, ActorMention], bool],
) -> tuple[ActorMention, ...]:
    """The first mention and each following one that the text between them joins to the
    run so far (`joined(text between, next mention)`)."""
    group = [mentions[0]]
    for following in mentions[1:]:
        between = sentence[
            group[-1].span.end - sentence_start : following.span.start - sentence_start
        ]
        if not joined(between, following):
            break
        group.append(following)
    return tuple(group)


def _unidentified(sentence: str, sentence_start: int, trigger: tuple[int, int]) -> ActorMention:
    """The unnamed perpetrator of a passive event, grounded on the trigger words."""
    words = sentence[trigger[0] - sentence_start : trigger[1] - sentence_start]
    return ActorMention(Span(trigger[0], trigger[1], words), UNIDENTIFIED, confidence=0.3)


def _can_be_a_party(mention: ActorMention, event_type: EventType) -> bool:
    """States, organisations, armed groups, and people or agents tied to a country. A bare
    "university" or "media" with no country is context, not a party to the event; nor do
    unnamed "terrorists" or "fighters" meet, agree or cooperate with anyone."""
    actor = mention.actor
    if _is_generic_hostile(mention) and quad_class(event_type) in _COOPERATION:
        return False
    if actor.kind in (ActorKind.STATE, ActorKind.IGO, ActorKind.ARMED_GROUP):
        return True
    return actor.country is not None or actor.sector in _HOSTILE_SECTORS


def _is_generic_hostile(mention: ActorMention) -> bool:
    # Dictionary agents have lower-case canonical names ("terrorist"); named groups do not.
    return _is_hostile(mention) and mention.actor.name[:1].islower()


def _is_hostile(mention: ActorMention) -> bool:
    return mention.actor.kind is ActorKind.ARMED_GROUP or mention.actor.sector in _HOSTILE_SECTORS


def _party(mention: ActorMention) -> str:
    """Who a mention stands for: its state, else its name ("President" and "Joe Biden" of
    one country are one party to a joint act)."""
    return mention.actor.country or mention.actor.name


def _key(mention: ActorMention) -> tuple[str, str | None]:
    return mention.actor.name, mention.actor.country


def _unique(mentions: Sequence[ActorMention]) -> list[ActorMention]:
    seen: set[tuple[str, str | None]] = set()
    unique = []
    for mention in mentions:
        if _key(mention) not in seen:
            seen.add(_key(mention))
            unique.append(mention)
    return unique


def _distinct(mentions: Sequence[ActorMention], actor: ActorMention) -> tuple[ActorMention, ...]:
    return tuple(m for m in _unique(mentions) if _key(m) != _key(actor))

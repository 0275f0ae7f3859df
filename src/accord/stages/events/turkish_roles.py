"""Who acts and who receives in a Turkish sentence, from the case suffixes of the names.

Turkish marks a noun's role with a suffix rather than its place: the subject is bare
("Türkiye", "Nijerya ordusu") or, in a noun clause, genitive ("Türkiye'nin ... yardımı");
what is acted on or towards is dative ("Nijerya'ya"), accusative ("Türkiye'yi") or
ablative ("Mali'den"); a name with a locative ("Abuja'da") is where, not who; "ile" or the
suffix -(y)la joins a co-party ("Türkiye ile Nijerya", "Nijerya'yla"), and "tarafından"
names the actor of a passive verb. Both parties normally come before the verb, so their
order says little; the suffixes decide. Joint acts (agreeing, meeting, cooperating) of
several subjects or co-parties are symmetric, as in `roles`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from accord.model import ActorKind, ActorMention, EventType, QuadClass, Sector, Span
from accord.model.plover import JOINT_TYPES, quad_class
from accord.stages.events.roles import UNIDENTIFIED, Roles

# A locative suffix after a name's apostrophe: "Abuja'da", "Nijerya'daki".
TURKISH_LOCATIVE = re.compile(r"['’]n?[dt][ae](?:ki)?\b")
_SUFFIX = re.compile(r"['’]?([a-zçğıöşüâîû]*)")
_LISTED = re.compile(r"\s*(?:ve|,)\s", re.IGNORECASE)
# A name modifying the noun after it takes that noun's case when the noun is possessed
# and inflected: "PKK hedeflerine" (at PKK targets), "Irak'ın kuzeyinde" (in Iraq's north).
_POSSESSED = re.compile(
    r"\s+[a-zçğıöşü]+?(?:s?[ıiuü]|l[ae]r[ıi])(n(?:[ae]|[ıiuü]|[dt][ae](?:ki)?|[dt][ae]n))\b"
)
_BY = re.compile(r"\s*tarafından\b", re.IGNORECASE)
# A passive verb: stem + -ıl/-il/-ul/-ül or -n + a tense ("öldürüldü", "saldırıya uğradı").
# (Active verbs that end the same way are left out: "saldırıda bulundu" carried one out.)
_PASSIVE = re.compile(
    r"^(?!bulun|yan|yen|dön)\w*(?:[ıiuü]l|[ıiuü]?n)(?:d[ıiuü]|m[ıiuü][şs]|[ıiuü]yor)\w*$|^uğra",
    re.IGNORECASE,
)
_HOSTILE_SECTORS = frozenset({Sector.REB, Sector.CRM})
_COOPERATION = frozenset({QuadClass.VERBAL_COOPERATION, QuadClass.MATERIAL_COOPERATION})
_MATERIAL_HOSTILE = frozenset({EventType.ASSAULT, EventType.COERCE})


class Case(StrEnum):
    """The grammatical case a name's suffix gives it."""

    SUBJECT = "subject"  # bare, plural or genitive
    OBJECT = "object"  # dative, accusative, ablative
    PLACE = "place"  # locative, "-daki"
    WITH = "with"  # comitative -(y)la / "ile"
    BY = "by"  # "tarafından"


def case_of(sentence: str, end: int) -> Case:
    """The case of the name that ends at `end` in `sentence`, from the suffix written right
    after it (after an apostrophe or glued on) and the word that follows."""
    after = sentence[end:]
    suffix = _SUFFIX.match(after)
    ending = suffix.group(1).lower() if suffix else ""
    rest = after[suffix.end() if suffix else 0 :]
    if _BY.match(rest):
        return Case.BY
    if re.match(r"\s*ile\b", rest, re.IGNORECASE) or re.search(r"y?l[ae]$", ending):
        return Case.WITH
    own = _case_of_ending(ending)
    head = _POSSESSED.match(rest)
    if own is Case.SUBJECT and head is not None:
        return _case_of_ending(head.group(1))  # "PKK hedeflerine": the head's case
    return own


def _case_of_ending(ending: str) -> Case:
    if not ending or ending.endswith(("lar", "ler")) or re.search(r"n?[ıiuü]n$", ending):
        return Case.SUBJECT
    if re.search(r"[dt][ae](?:ki)?$", ending):
        return Case.PLACE
    return Case.OBJECT  # -(y)a, -(y)ı, -dan ...


def assign_turkish_roles(
    sentence: str,
    sentence_start: int,
    trigger: tuple[int, int],
    mentions: Sequence[ActorMention],
    event_type: EventType,
) -> Roles | None:
    """Roles for an event whose trigger spans `trigger` (article offsets) in a Turkish
    sentence, or None when it names no party that could act."""
    parties = [m for m in mentions if _can_be_a_party(m, event_type)]
    if not parties:
        return None
    cases = {id(m): case_of(sentence, m.span.end - sentence_start) for m in parties}
    by = [m for m in parties if cases[id(m)] is Case.BY]
    subjects = [m for m in parties if cases[id(m)] is Case.SUBJECT]
    partners = [m for m in parties if cases[id(m)] is Case.WITH]  # "Türkiye ile"
    objects = [m for m in parties if cases[id(m)] is Case.OBJECT]
    places = [m for m in parties if cases[id(m)] is Case.PLACE]
    if by:
        return Roles(tuple(_unique(by)), _others(subjects + objects, by), False)
    verb = sentence[trigger[0] - sentence_start : trigger[1] - sentence_start]
    if event_type in _MATERIAL_HOSTILE and _passive(sentence, sentence_start, trigger, verb):
        victims = _unique(subjects + objects) or _unique(places)
        return Roles((_unidentified(verb, trigger),), tuple(victims), False)
    hostile = [m for m in subjects if _is_hostile(m)]  # "Boko Haram'a" is attacked
    if event_type is EventType.ASSAULT and hostile:
        return Roles((hostile[0],), _others(parties, hostile[:1]), False)
    joint = sorted(subjects + partners, key=lambda m: m.span.start)
    if event_type in JOINT_TYPES and len({_party(m) for m in joint}) >= 2:
        return Roles(tuple(_unique(joint)), _others(objects, joint), True)
    actors = subjects[:1] or partners[:1] or objects[:1] or places[:1]
    actors = _with_listed(sentence, sentence_start, actors, subjects)
    return Roles(tuple(actors), _others([*partners, *objects] or places, actors), False)


def _with_listed(
    sentence: str, sentence_start: int, actors: list[ActorMention], subjects: list[ActorMention]
) -> list[ActorMention]:
    """The first subject and the subjects listed right after it ("Mali, Burkina Faso ve
    Nijer ... ayrıldı")."""
    if not actors or actors[0] not in subjects:
        return actors
    group = [actors[0]]
    for following in subjects[subjects.index(actors[0]) + 1 :]:
        between = sentence[
            group[-1].span.end - sentence_start : following.span.start - sentence_start
        ]
        if not _LISTED.fullmatch(re.sub(r"^['’]?[a-zçğıöşü]*", "", between) or " "):
            break
        group.append(following)
    return _unique(group)


def _passive(sentence: str, sentence_start: int, trigger: tuple[int, int], verb: str) -> bool:
    """Whether the trigger's verb, or the word after it, is passive ("öldürüldü",
    "saldırıya uğradı")."""
    after = sentence[trigger[1] - sentence_start :].split(maxsplit=1)
    words = [*verb.split()[-1:], *after[:1]]
    return any(_PASSIVE.search(word.strip(".,;:!?")) for word in words)


def _unidentified(verb: str, trigger: tuple[int, int]) -> ActorMention:
    """The unnamed perpetrator of a passive attack, grounded on the trigger words."""
    return ActorMention(Span(trigger[0], trigger[1], verb), UNIDENTIFIED, confidence=0.3)


def _can_be_a_party(mention: ActorMention, event_type: EventType) -> bool:
    """As in `roles`: states, organisations, armed groups, and people or agents tied to a
    country; unnamed hostile agents do not cooperate with anyone."""
    actor = mention.actor
    generic_hostile = _is_hostile(mention) and actor.name[:1].islower()
    if generic_hostile and quad_class(event_type) in _COOPERATION:
        return False
    if actor.kind in (ActorKind.STATE, ActorKind.IGO, ActorKind.ARMED_GROUP):
        return True
    return actor.country is not None or actor.sector in _HOSTILE_SECTORS


def _is_hostile(mention: ActorMention) -> bool:
    return mention.actor.kind is ActorKind.ARMED_GROUP or mention.actor.sector in _HOSTILE_SECTORS


def _party(mention: ActorMention) -> str:
    return mention.actor.country or mention.actor.name


def _unique(mentions: Sequence[ActorMention]) -> list[ActorMention]:
    seen: set[tuple[str, str | None]] = set()
    kept = []
    for mention in mentions:
        key = (mention.actor.name, mention.actor.country)
        if key not in seen:
            seen.add(key)
            kept.append(mention)
    return kept


def _others(
    mentions: Sequence[ActorMention], actors: Sequence[ActorMention]
) -> tuple[ActorMention, ...]:
    """The parties on another side than `actors`: a state's own president or army is its
    side ("Başkan" and "Erdoğan"), an armed group based in it is not ("Nijerya ordusu
    Boko Haram'a saldırdı")."""
    return tuple(m for m in _unique(mentions) if not any(_same_side(m, a) for a in actors))


def _same_side(one: ActorMention, other: ActorMention) -> bool:
    if (one.actor.name, one.actor.country) == (other.actor.name, other.actor.country):
        return True
    if _is_hostile(one) or _is_hostile(other):
        return False
    return one.actor.country is not None and one.actor.country == other.actor.country

"""People from titles and appositions: role, country and sector read off the title.

"Nigerian National Security Adviser, Major General Babagana Monguno" gives the person
"Babagana Monguno", country NGA (from the demonym), role "National Security Adviser" and
sector GOV. The country comes from the title ("Nigerian ...", "Nigeria's ...", "... of
Nigeria", "UN ..."), never from a portfolio ("Minister *for* Africa", "Envoy *for* Sudan");
without one, the article's `context_country` is used, but only when the title names a role.

Sectors follow the Phoenix agents dictionary, whose first code wins: a national security
adviser is GOV (Phoenix `~GOVMIL`): the post is an executive office in the head of
government's staff, not a command in the armed forces or an intelligence service, even
when a general holds it. A military rank with no office ("Major General") gives MIL.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accord.model import Actor, ActorKind, Sector
from accord.stages.actors.mention import FUNCTION_WORDS, clean, split_possessive, words
from accord.stages.actors.records import OrganisationRecord, StateRecord

if TYPE_CHECKING:
    from accord.stages.actors.dictionary import ActorDictionary

_MILITARY_RANKS = (
    "field marshal", "air chief marshal", "air vice marshal", "air marshal", "vice admiral",
    "rear admiral", "admiral", "lieutenant general", "lt. gen.", "lt gen", "lt.-gen.",
    "major general", "maj. gen.", "maj gen", "maj.-gen.", "brigadier general", "brig. gen.",
    "brig gen", "brigadier", "general", "gen.", "gen", "lieutenant colonel", "lt. col.",
    "lt col", "colonel", "col.", "major", "maj.", "captain", "capt.", "commodore",
    "lieutenant", "lt.", "sergeant", "sgt.", "marshal", "général", "colonel-major",
)  # fmt: skip
_HONORIFICS = (
    "the rt hon", "rt hon", "rt. hon.", "hon.", "hon", "mr.", "mr", "mrs.", "mrs", "ms.", "ms",
    "dr.", "dr", "sir", "dame", "alhaji", "mme", "m.", "amb.", "h.e.", "his excellency",
    "her excellency",
)  # fmt: skip
_PREFIXES = tuple(sorted(_MILITARY_RANKS + _HONORIFICS, key=len, reverse=True))
# Honorifics that are forms of address, not offices: "Mr. Maier" holds no office "Mr".
_FORMS_OF_ADDRESS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mme", "m", "alhaji", "hon", "rt"}
)
_JOINING_WORDS = frozenset({"and", "et"})
# Words that head a person's office ("Secretary of Defense", "Foreign Minister", "chef de
# l'État"): a title holds one, a stretch of the sentence before a name ("the Governance
# Forum") does not.
PERSON_TITLE_WORDS = frozenset(
    {
        "secretary", "secretary-general", "minister", "president", "vice-president",
        "premier", "chancellor", "governor", "senator", "ambassador", "envoy", "adviser",
        "advisor", "commissioner", "representative", "spokesman", "spokeswoman",
        "spokesperson", "chief", "head", "director", "director-general", "inspector-general",
        "commander", "king", "queen", "prince", "emir", "sheikh", "mayor", "judge",
        "prosecutor", "chairman", "chairperson", "chair", "leader", "ministre", "président",
        "présidente", "ambassadeur", "chef", "porte-parole", "secrétaire", "conseiller",
        "émir", "roi", "sultan", *(rank for rank in _MILITARY_RANKS if " " not in rank),
        *(title.rstrip(".") for title in _HONORIFICS if " " not in title),
    }
)  # fmt: skip


def _strip_prefixes(name: str) -> tuple[str, bool]:
    """The name without leading ranks and honorifics, and whether a military rank was there."""
    remaining, military = name.strip(), False
    changed = True
    while changed:
        changed = False
        lowered = remaining.lower()
        for prefix in _PREFIXES:
            if lowered.startswith(prefix + " "):
                military = military or prefix in _MILITARY_RANKS
                remaining, changed = remaining[len(prefix) :].strip(), True
                break
    return remaining, military


def _is_rank(text: str) -> bool:
    return text.strip().lower() in _MILITARY_RANKS


def _find_owner(
    dictionary: ActorDictionary, role_text: str
) -> tuple[StateRecord | OrganisationRecord | None, str]:
    """The state or organisation a title names, and the title without it."""
    possessive = split_possessive(role_text)
    if possessive is not None:
        owner = dictionary.owner(possessive[0])
        if owner is not None and isinstance(owner.record, StateRecord | OrganisationRecord):
            return owner.record, possessive[1]
    tokens = words(role_text)
    for end in range(len(tokens), 0, -1):  # leading: "Nigerian National Security Adviser"
        owner = dictionary.owner(" ".join(tokens[:end]))
        if owner is not None and isinstance(owner.record, StateRecord | OrganisationRecord):
            return owner.record, " ".join(tokens[end:])
    for index in range(len(tokens) - 2, 0, -1):  # trailing: "Minister of Defence of Niger"
        if tokens[index].lower() in {"of", "de", "du", "des"} and tokens[index - 1] != "for":
            owner = dictionary.owner(" ".join(tokens[index + 1 :]))
            if owner is not None and isinstance(owner.record, StateRecord | OrganisationRecord):
                return owner.record, " ".join(tokens[:index])
    return None, role_text


def _sector_of_role(dictionary: ActorDictionary, role: str) -> tuple[Sector | None, bool]:
    """The sector of the longest agent phrase in `role`, and whether it ends the role."""
    tokens = words(role)
    for length in range(len(tokens), 0, -1):
        for start in range(len(tokens) - length, -1, -1):
            agent = dictionary.agent(" ".join(tokens[start : start + length]))
            if agent is not None:
                return agent.sector, start + length == len(tokens)
    return None, False


def resolve_person(
    dictionary: ActorDictionary,
    name: str,
    title_text: str | None,
    *,
    context_country: str | None = None,
) -> Actor:
    """A PERSON actor: the name without ranks, and role, country and sector from the title."""
    person_name, military = _strip_prefixes(clean(name))
    parts = [part.strip() for part in (title_text or "").split(",") if part.strip()]
    military = military or any(_is_rank(part) for part in parts)
    role_text = ", ".join(part for part in parts if not _is_rank(part))
    role_text, military_in_title = _strip_prefixes(clean(role_text)) if role_text else ("", False)
    military = military or military_in_title
    owner, role = _find_owner(dictionary, role_text) if role_text else (None, "")
    role = role.strip(" ,-")
    sector, _ = _sector_of_role(dictionary, role) if role else (None, False)
    if sector is None and military:
        sector = Sector.MIL
    country: str | None = None
    code: str | None = None
    if isinstance(owner, StateRecord):
        country, code = owner.iso3, owner.code
    elif isinstance(owner, OrganisationRecord):
        country, code = owner.country, owner.code
        sector = owner.sector if sector is None or sector is Sector.GOV else sector
    elif role and sector is not None and context_country:
        state = dictionary.state(context_country)
        if state is not None:
            country, code = state.iso3, state.code
    if code is not None and sector is not None and not isinstance(owner, OrganisationRecord):
        code += sector.value
    return Actor(
        name=person_name,
        kind=ActorKind.PERSON,
        country=country,
        sector=sector,
        code=code,
        role=role or None,
    )


def _looks_like_name(dictionary: ActorDictionary, text: str) -> bool:
    stripped, _ = _strip_prefixes(text)
    tokens = stripped.split()
    if not 1 <= len(tokens) <= 4:
        return False
    if any(token.lower() in FUNCTION_WORDS or not token[:1].isupper() for token in tokens):
        return False
    if not re.fullmatch(r"[\w.' -]+", stripped):
        return False
    return dictionary.owner(stripped) is None and dictionary.agent(stripped) is None


def names_an_office(text: str) -> bool:
    """Whether words read as a person's title: one of them heads an office or is a rank
    ("Minister for Africa", "Secretary of Defense", "Major-Gen.")."""
    return any(
        word.lower().strip(".") in PERSON_TITLE_WORDS or _is_rank(word)
        for word in re.split(r"[\s,\-–]+", text)
        if word
    ) or _is_rank(text)


def titled_person(
    dictionary: ActorDictionary, title: str, name: str, *, context_country: str | None = None
) -> Actor | None:
    """The person named `name` right after `title`, when the title is an office with a
    role ("Secretary of Defense" + "Austin"); None otherwise (a parser may take such a name
    for a place)."""
    if not names_an_office(title) or not _has_role(dictionary, title):
        return None
    if not _looks_like_name(dictionary, name):
        return None
    return resolve_person(dictionary, name, title, context_country=context_country)


def _has_role(dictionary: ActorDictionary, title: str) -> bool:
    if _is_rank(title) or _strip_prefixes(title + " _")[1]:  # "Major General", "Gen. ..."
        return True
    owner, role = _find_owner(dictionary, title)
    sector, ends = _sector_of_role(dictionary, role)
    return sector is not None and (ends or owner is not None)


def resolve_apposition(
    dictionary: ActorDictionary, text: str, *, context_country: str | None = None
) -> Actor | None:
    """A person from "Title, Name", "Name, Title" or "Title Name"; None if it is not one."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if len(parts) >= 2:
        for index in (len(parts) - 1, 0):
            title = ", ".join(part for i, part in enumerate(parts) if i != index)
            if _looks_like_name(dictionary, parts[index]) and _has_role(dictionary, title):
                return resolve_person(
                    dictionary, parts[index], title, context_country=context_country
                )
        return None
    tokens = text.split()
    for end in range(1, len(tokens)):
        title, name = " ".join(tokens[:end]), " ".join(tokens[end:])
        if _looks_like_name(dictionary, name) and _has_role(dictionary, title):
            return resolve_person(dictionary, name, title, context_country=context_country)
    return None


def office_words(title: str) -> str:
    """`title` without the forms of address around it and a joining "and" before it ("and
    Mr" -> "", "Assistant to the President for Homeland Security Dr" -> "Assistant to the
    President for Homeland Security")."""
    words = title.split()
    while words and words[0].lower() in _JOINING_WORDS:
        words = words[1:]
    while words and words[-1].lower().rstrip(".") in _FORMS_OF_ADDRESS:
        words = words[:-1]
    while words and words[0].lower().rstrip(".") in _FORMS_OF_ADDRESS:
        words = words[1:]
    return " ".join(words)

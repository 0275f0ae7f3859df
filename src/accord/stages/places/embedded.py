"""Places embedded in longer names: "Manchester City", "Arizona State University".

A toponym inside the name of a team, an institution or a building ("Cavan County Council",
"University of California") points to the place it names, which the geoparsing literature
scores as the referent of the whole name. When the whole name is unknown, the place is read
from what follows its first "of", else from its leading words (longest first). Only the
primary tier answers for such parts: a village called "Royal" must not turn "Royal Street"
into a place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from accord.model import Place
from accord.stages.places.gazetteer import Gazetteer

_OF = " of "


def resolve_embedded(
    gazetteer: Gazetteer, name: str, *, country_hints: Sequence[str] = ()
) -> Place | None:
    """The place `name` denotes, or failing that the place its leading words or its "of"
    complement name; the answer keeps `name` as its raw name. None when no part resolves."""
    whole = gazetteer.resolve(name, country_hints=country_hints)
    if whole is not None:
        return whole
    for part in embedded_parts(name):
        place = _demonym_or_place(gazetteer, part, country_hints)
        if place is not None:
            return replace(place, raw_name=name)
    return None


def embedded_parts(name: str) -> list[str]:
    """The parts of a multi-word name that may be its place, most specific first: the words
    after the first "of" ("University of California": the head names the kind of thing, the
    complement the place), then the leading words, longest first ("Walker County Sheriff",
    ..., "Walker")."""
    head, of, tail = name.partition(_OF)
    parts = [tail.strip()] if of and head and tail.strip() else []
    words = head.split()
    parts += [" ".join(words[:length]) for length in range(len(words) - 1, 0, -1)]
    return [part for part in parts if part[:1].isupper()]


def _demonym_or_place(
    gazetteer: Gazetteer, part: str, country_hints: Sequence[str]
) -> Place | None:
    demonym = gazetteer.demonym_place(part)
    if demonym is not None:
        return demonym.to_place(part)
    return gazetteer.resolve(part, country_hints=country_hints, towns=False)

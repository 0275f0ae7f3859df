"""Compass words. "The North East of the country" names no place and no actor, though a
dictionary alias ("North" for North Korea) or a gazetteer town ("North") would say so."""

from __future__ import annotations

_DIRECTIONS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "north east",
        "north west",
        "south east",
        "south west",
        "nord",
        "sud",
        "est",
        "ouest",
        "nord-est",
        "nord-ouest",
        "sud-est",
        "sud-ouest",
        "centre",
        "center",
        "midwest",
        "middle belt",
    }
)


def is_compass_direction(text: str) -> bool:
    words = text.strip().lower().removeprefix("the ").strip()
    return words in _DIRECTIONS

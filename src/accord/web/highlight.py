"""An article's text cut into segments for display, each with the extracted spans over it,
so overlapping spans (an actor inside a trigger's sentence) still highlight cleanly."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    fields: tuple[str, ...]  # the fields of the spans covering it, empty for plain text
    event_ids: tuple[int, ...]


def highlighted_segments(
    text: str, spans: Sequence[tuple[int, int, str, int | None]]
) -> list[Segment]:
    """`text` split at every span boundary; `spans` are (start, end, field, event id)."""
    cuts = sorted({0, len(text)} | {s for s, _, _, _ in spans} | {e for _, e, _, _ in spans})
    segments = []
    for start, end in pairwise(cuts):
        if start >= end:
            continue
        covering = [span for span in spans if span[0] <= start and end <= span[1]]
        segments.append(
            Segment(
                text[start:end],
                tuple(sorted({span[2] for span in covering})),
                tuple(sorted({span[3] for span in covering if span[3] is not None})),
            )
        )
    return segments

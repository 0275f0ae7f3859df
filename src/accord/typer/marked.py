"""Sentences with their actor and recipient marked: `<s>actor</s>` and `<t>recipient</t>`.

The markers are taken out of the text and kept as character spans, so the encoder reads the
sentence as news prints it and the typer still knows which words are the actor and which the
recipient. A sentence without a `<t>` span has no recipient (PLOVER allows that for some types).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.errors import AccordError

_MARKER = re.compile(r"</?[st]>")


class MarkedSentenceError(AccordError):
    code = "typer.marked-sentence"


@dataclass(frozen=True, slots=True)
class MarkedPair:
    """One sentence and the character spans (in `text`) of its actor and recipient."""

    text: str
    actor: tuple[int, int]
    recipient: tuple[int, int] | None

    @property
    def actor_text(self) -> str:
        return self.text[self.actor[0] : self.actor[1]]

    @property
    def recipient_text(self) -> str | None:
        return self.text[self.recipient[0] : self.recipient[1]] if self.recipient else None


def parse_marked(marked: str) -> MarkedPair:
    """The pair a marked sentence describes; a clear error when its markers are not exactly
    one `<s>…</s>` and at most one `<t>…</t>`, each non-empty and not nested."""
    pieces: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    open_tag: str | None = None
    opened_at = 0
    length = 0
    position = 0
    for match in _MARKER.finditer(marked):
        pieces.append(marked[position : match.start()])
        length += match.start() - position
        position = match.end()
        tag = match.group()
        name = tag.strip("</>")
        if not tag.startswith("</"):
            if open_tag is not None:
                raise MarkedSentenceError(f"<{name}> opens inside <{open_tag}>: {marked!r}")
            if name in spans:
                raise MarkedSentenceError(f"more than one <{name}> span: {marked!r}")
            open_tag, opened_at = name, length
        elif open_tag != name:
            raise MarkedSentenceError(f"{tag} closes no open <{name}>: {marked!r}")
        else:
            spans[name] = _trimmed("".join(pieces), opened_at, length, marked)
            open_tag = None
    if open_tag is not None:
        raise MarkedSentenceError(f"<{open_tag}> is never closed: {marked!r}")
    if "s" not in spans:
        raise MarkedSentenceError(f"no actor marked with <s>…</s>: {marked!r}")
    pieces.append(marked[position:])
    return MarkedPair("".join(pieces), spans["s"], spans.get("t"))


def _trimmed(text: str, start: int, end: int, marked: str) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise MarkedSentenceError(f"an empty marked span: {marked!r}")
    return start, end


def marked_text(pair: MarkedPair) -> str:
    """The pair written back with its markers (the inverse of `parse_marked`)."""
    inserts = [(pair.actor[0], "<s>"), (pair.actor[1], "</s>")]
    if pair.recipient is not None:
        inserts += [(pair.recipient[0], "<t>"), (pair.recipient[1], "</t>")]
    text = pair.text
    # From the end backwards; where a span ends as the next begins, the opening goes in first
    # so the closing lands before it.
    ordered = sorted(inserts, key=lambda item: (item[0], not item[1].startswith("</")))
    for offset, tag in reversed(ordered):
        text = text[:offset] + tag + text[offset:]
    return text

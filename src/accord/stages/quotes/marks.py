"""Quotation marks: where the quoted words of a text start and end.

Straight double quotes, curly double quotes and French guillemets open and close a quotation.
A quotation may run over several paragraphs by the press convention: every paragraph opens
with a mark and only the last one closes. A paragraph that ends inside a quotation, with the
next paragraph opening with no mark, ends the quotation there (a typo or a truncated text),
unless the paragraph was broken mid-sentence (it ends without punctuation and the next starts
in lower case). Marks of another kind inside an open quotation are nested quotes and ignored.
Single quotes are never read as quotation marks: they double as apostrophes, and headlines use
them for scare quotes.
"""

from __future__ import annotations

from dataclasses import dataclass

CLOSING_MARK_OF = {'"': '"', "“": "”", "«": "»"}
# Texts that mix straight and curly quotes close either kind with either mark.
_CLOSERS = {'"': '"”', "”": '"”', "»": "»"}
# The marks that reopen a quotation at the start of each of its paragraphs.
_REOPENING_MARKS = {'"': '"“', "”": '"“', "»": "«»"}
QUOTATION_MARKS = frozenset('"“”«»')
_SENTENCE_FINAL = ".!?…:;"
_INNER_SPACE = " \t\n\u00a0\u202f"


@dataclass(frozen=True, slots=True)
class QuotedPassage:
    """The words between an opening mark and its closing mark (or the paragraph end)."""

    opening: int  # index of the opening mark
    start: int  # first quoted character
    end: int  # just after the last quoted character
    closing: int | None  # index of the closing mark; None when a paragraph end closed it

    @property
    def after(self) -> int:
        """The first index after the passage and its closing mark."""
        return self.closing + 1 if self.closing is not None else self.end

    def contains(self, index: int) -> bool:
        return self.start <= index < self.end


def find_passages(text: str) -> list[QuotedPassage]:
    """Every quoted passage of `text`, in order; empty quotations are left out."""
    passages: list[QuotedPassage] = []
    opening: int | None = None
    closing_mark = ""
    index = 0
    while index < len(text):
        char = text[index]
        if opening is None:
            if char == '"' and text[index - 1 : index] == "=":
                index = _after_attribute_value(text, index)
                continue
            if char in CLOSING_MARK_OF:
                opening, closing_mark = index, CLOSING_MARK_OF[char]
        elif char in _CLOSERS[closing_mark]:
            passages.append(_passage(text, opening, index, index))
            opening = None
        elif char == "\n":
            resume = _continuation(text, index, closing_mark)
            if resume is None:
                passages.append(_passage(text, opening, index, None))
                opening = None
            else:
                index = resume
                continue
        index += 1
    if opening is not None:
        passages.append(_passage(text, opening, len(text), None))
    return [passage for passage in passages if passage.end > passage.start]


def _continuation(text: str, newline: int, closing_mark: str) -> int | None:
    """Where scanning resumes if the quotation goes on past this line break, else None."""
    following = newline
    while following < len(text) and text[following].isspace():
        following += 1
    if following == len(text):
        return None
    if text[following] in _REOPENING_MARKS[closing_mark]:
        return following + 1
    previous = text[:newline].rstrip()
    if previous and previous[-1] not in _SENTENCE_FINAL and text[following].islower():
        return following
    if _closes_first(text, following, closing_mark):
        return following
    return None


def _closes_first(text: str, start: int, closing_mark: str) -> bool:
    """Whether the line at `start` closes the open quotation before opening any other: the
    quotation went on over a line break with no mark to reopen it."""
    line_end = text.find("\n", start)
    line = text[start : len(text) if line_end < 0 else line_end]
    marks = [char for char in line if char in '"“”«»']
    if closing_mark == '"':
        return len(marks) % 2 == 1
    return bool(marks) and marks[0] in _CLOSERS[closing_mark]


def _after_attribute_value(text: str, opening: int) -> int:
    """The index after an HTML attribute value (href="…"), which is no quotation."""
    closing = text.find('"', opening + 1)
    return len(text) if closing < 0 else closing + 1


def _passage(text: str, opening: int, end: int, closing: int | None) -> QuotedPassage:
    start = opening + 1
    while start < end and text[start] in _INNER_SPACE:
        start += 1
    while end > start and text[end - 1] in _INNER_SPACE:
        end -= 1
    return QuotedPassage(opening=opening, start=start, end=end, closing=closing)

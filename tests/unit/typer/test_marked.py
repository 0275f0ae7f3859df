from __future__ import annotations

import pytest

from accord.typer.marked import MarkedSentenceError, marked_text, parse_marked


def test_markers_become_spans_of_the_clean_sentence() -> None:
    pair = parse_marked("<s>The Nigerian army</s> attacked <t>Boko Haram</t> camps.")
    assert pair.text == "The Nigerian army attacked Boko Haram camps."
    assert pair.actor_text == "The Nigerian army"
    assert pair.recipient_text == "Boko Haram"


def test_recipient_may_come_first_and_spans_may_touch() -> None:
    pair = parse_marked("<t>Mali</t><s>'s neighbours</s> closed their borders.")
    assert pair.recipient_text == "Mali" and pair.actor_text == "'s neighbours"
    assert marked_text(pair) == "<t>Mali</t><s>'s neighbours</s> closed their borders."


def test_a_sentence_without_recipient_is_allowed() -> None:
    pair = parse_marked("<s>Protesters</s> gathered in the square.")
    assert pair.recipient is None and pair.recipient_text is None


@pytest.mark.parametrize(
    ("marked", "problem"),
    [
        ("Nobody is marked here.", "no actor"),
        ("<s>One</s> and <s>two</s> <t>x</t>", "more than one <s>"),
        ("<s>Open <t>nested</t></s>", "opens inside"),
        ("<s>never closed and <t>x</t>", "opens inside"),
        ("<s> </s> met <t>x</t>", "empty"),
        ("<s>a</s> met </t>", "closes no open"),
        ("<s>a</s> met <t>b", "never closed"),
    ],
)
def test_malformed_markers_are_refused_with_the_reason(marked: str, problem: str) -> None:
    with pytest.raises(MarkedSentenceError, match=problem):
        parse_marked(marked)

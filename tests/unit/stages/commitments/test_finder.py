"""CommitmentFinder on sentences written by the Accord team in the style of communiqués."""

from __future__ import annotations

import pytest

from accord.model import Commitment
from accord.stages.commitments import TOPICS, CommitmentFinder


@pytest.fixture(scope="module")
def finder() -> CommitmentFinder:
    loaded = CommitmentFinder()
    loaded.load()
    return loaded


def topics(found: list[Commitment]) -> list[str]:
    return [commitment.topic for commitment in found]


def test_policing_rights_and_women_in_one_sentence(finder: CommitmentFinder) -> None:
    text = (
        "The ministers agreed to work together to improve civilian policing standards, "
        "protect human rights and recognise the important role of women in achieving "
        "sustainable peace."
    )
    found = finder.find(text)
    assert topics(found) == ["policing", "human_rights", "women_peace_security"]
    assert found[0].span.text == "civilian policing standards"


def test_reintegration_of_people_who_left_extremist_groups(finder: CommitmentFinder) -> None:
    text = (
        "Arvenia will fund reintegration pathways to civilian life for individuals who have "
        "left extremist groups."
    )
    assert topics(finder.find(text)) == ["reintegration"]


def test_humanitarian_law_and_sexual_exploitation(finder: CommitmentFinder) -> None:
    text = (
        "Belmora will share its expertise with the Arvenian military on International "
        "Humanitarian Law and preventing sexual exploitation and abuse."
    )
    assert topics(finder.find(text)) == [
        "international_humanitarian_law",
        "sexual_exploitation_abuse",
    ]


def test_span_is_the_phrase_and_relocates(finder: CommitmentFinder) -> None:
    text = "Both navies pledged joint patrols against piracy in the gulf."
    found = finder.find(text)
    assert [c.span.text for c in found] == ["joint patrols", "piracy"]
    assert all(commitment.span.relocates_in(text) for commitment in found)


def test_longest_overlapping_phrase_wins(finder: CommitmentFinder) -> None:
    text = "They backed prevention work and countering terrorist financing."
    found = finder.find(text)
    assert topics(found) == ["illicit_finance"]
    assert found[0].span.text == "countering terrorist financing"


def test_one_phrase_naming_two_trafficking_topics(finder: CommitmentFinder) -> None:
    text = "The talks covered trafficking in drugs and persons across the lake."
    assert topics(finder.find(text)) == ["drug_trafficking", "human_trafficking"]


def test_french_communique_phrases(finder: CommitmentFinder) -> None:
    text = (
        "Les deux pays renforcent leur coopération militaire, le partage de renseignements "
        "et la lutte contre le terrorisme, ainsi que la sécurité des frontières."
    )
    assert topics(finder.find(text)) == [
        "defence_cooperation",
        "intelligence_sharing",
        "counter_terrorism",
        "border_security",
    ]


def test_spelling_variants_and_case(finder: CommitmentFinder) -> None:
    text = "Support for Peace-Keeping, counterterrorism and cyber security."
    assert topics(finder.find(text)) == ["peacekeeping", "counter_terrorism", "cybersecurity"]


def test_acronyms_match_only_in_capitals(finder: CommitmentFinder) -> None:
    assert topics(finder.find("Training on IHL.")) == ["training", "international_humanitarian_law"]
    assert finder.find("The ihl team left.") == []


def test_words_that_merely_contain_a_topic_do_not_match(finder: CommitmentFinder) -> None:
    assert finder.find("The cybernetics lab and the intelligence office closed.") == []


def test_a_repeated_topic_gives_one_commitment_per_phrase(finder: CommitmentFinder) -> None:
    text = "Human rights came first. Human rights training followed."
    assert topics(finder.find(text)) == ["human_rights", "human_rights", "training"]


def test_text_without_topics(finder: CommitmentFinder) -> None:
    assert finder.find("The film festival opened in Ouagadougou on Saturday.") == []


def test_find_before_load_compiles_the_lexicon() -> None:
    assert topics(CommitmentFinder().find("Border security tops the agenda.")) == [
        "border_security"
    ]


def test_lexicon_topic_names_are_unique_and_documented() -> None:
    names = [topic.name for topic in TOPICS]
    assert len(names) == len(set(names))
    assert all(topic.covers and topic.phrases for topic in TOPICS)
    assert CommitmentFinder().topics == tuple(names)

"""B-cubed scoring of event clusters against gold clusters."""

from __future__ import annotations

from datetime import date

import pytest

from accord.dedup.corroboration import corroborated
from accord.eval.clusters import (
    CorpusRun,
    as_merged,
    b_cubed,
    gold_clusters,
    score_clusters,
    shown_fields,
    wrong_merges,
)
from accord.eval.dev_corpus import Gold
from accord.model import (
    Actor,
    ActorKind,
    CanonicalEvent,
    DatePrecision,
    Event,
    EventDate,
    EventType,
    Report,
)

ARVENIA = Actor("Arvenia", ActorKind.STATE, country="ARV")
BELMORA = Actor("Belmora", ActorKind.STATE, country="BLM")


def _gold(cluster: str, actor: str, recipient: str) -> Gold:
    return Gold(cluster, "AGREE", actor, recipient, True, None, None, None, None)


def test_a_perfect_clustering_scores_one() -> None:
    gold = {"a": "x1", "b": "x1", "c": "x2"}
    assert b_cubed({"a": "p", "b": "p", "c": "q"}, gold) == (1.0, 1.0)


def test_a_split_costs_recall_and_a_merge_costs_precision() -> None:
    gold = {"a": "x1", "b": "x1", "c": "x2", "d": "x2"}
    precision, recall = b_cubed({"a": "p", "b": "q", "c": "r", "d": "r"}, gold)
    assert (precision, recall) == (1.0, 0.75)
    precision, recall = b_cubed({"a": "p", "b": "p", "c": "p", "d": "p"}, gold)
    assert (precision, recall) == (0.5, 1.0)


def test_negatives_are_each_their_own_cluster() -> None:
    gold = gold_clusters({"a": "neg", "b": "neg"})
    assert gold["a"] != gold["b"]
    assert b_cubed({"a": "p", "b": "p"}, gold) == (0.5, 1.0)


def test_both_sides_must_name_the_same_articles() -> None:
    with pytest.raises(ValueError, match="different articles"):
        b_cubed({"a": "p"}, {"b": "x1"})


def test_a_merge_of_clusters_sharing_a_party_is_reported() -> None:
    golds = {"x1": _gold("x1", "ARV", "BLM"), "x2": _gold("x2", "ARV", "CRD")}
    gold = {"a": "x1", "b": "x2", "c": "x2"}
    [wrong] = wrong_merges({"a": "p", "b": "p", "c": "q"}, gold, golds)
    assert wrong["gold_clusters"] == ["x1", "x2"] and wrong["share_parties"]


def test_main_events_dated_by_the_merge_are_counted() -> None:
    day = date(2024, 8, 28)
    dated = Event(
        1,
        EventType.AGREE,
        (ARVENIA,),
        (BELMORA,),
        id=10,
        date=EventDate("Wednesday", DatePrecision.DAY, day, day),
    )
    undated = Event(2, EventType.AGREE, (ARVENIA,), (BELMORA,), id=20)
    merged = CanonicalEvent(
        id="ce-1",
        event=dated,
        reports=(
            Report(10, 1, "a", None, None, day),
            Report(20, 2, "b", None, None, day),
        ),
        first_seen=day,
        outlets=2,
    )
    score = score_clusters(
        [merged], {"a": dated, "b": undated, "c": None}, {}, {"a": "x1", "b": "x1", "c": "neg"}
    )
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert score.merged_dates == 1 and score.predicted_clusters == 2


def _two_reports_one_dated() -> CorpusRun:
    from tests.builders import article

    day = date(2024, 8, 28)
    dated = Event(
        1, EventType.AGREE, (ARVENIA,), (BELMORA,), id=10,
        date=EventDate("Wednesday", DatePrecision.DAY, day, day),
    )  # fmt: skip
    undated = Event(
        2, EventType.CONSULT, (ARVENIA,), (BELMORA,), id=20,
        date=EventDate("Wednesday", DatePrecision.DAY, resolved=False, reason="no anchor"),
    )  # fmt: skip
    merged = CanonicalEvent(
        id="ce-1",
        event=dated,
        reports=(Report(10, 1, "t1", None, None, day), Report(20, 2, "t2", None, None, None)),
        first_seen=day,
        outlets=2,
    )
    gold = Gold("x1", "AGREE", "ARV", "BLM", True, day, day, DatePrecision.DAY, None)
    articles = [article("One.", number=1), article("Two.", number=2)]
    mains: dict[str, Event | None] = {"t1": dated, "t2": undated}
    return CorpusRun(articles, [merged], mains, {"x1": gold}, {"t1": "x1", "t2": "x1"}, [])


def test_fields_as_merged_take_each_article_s_canonical_event() -> None:
    fields, mistakes = shown_fields(_two_reports_one_dated(), as_merged)
    assert fields["date"]["correct"] == 2 and fields["event_type"]["accuracy"] == 1.0
    assert not [m for m in mistakes if m["field"] == "date"]


def test_fields_as_corroborated_keep_each_article_s_own_type_and_borrow_only_the_date() -> None:
    fields, mistakes = shown_fields(_two_reports_one_dated(), corroborated)
    assert fields["date"]["correct"] == 2
    assert fields["event_type"]["correct"] == 1  # the undated report's own CONSULT stays
    assert [m["article"] for m in mistakes] == ["t2"]

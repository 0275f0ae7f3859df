"""Scoring event clusters: do the articles that report one real-world event end up in one
canonical event, and only those?

B-cubed over articles: each article's predicted cluster is the canonical event of its main
event (an article with no main event is alone); its gold cluster is the `cluster` field of
`articles.jsonl`, and every `neg` article is a gold cluster of its own. Precision asks how
much of an article's predicted cluster is its gold cluster, recall how much of its gold
cluster its predicted cluster holds. A merge of two gold clusters that share a party is
counted separately: those are the merges that would corrupt analysts' counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from accord.dedup.corroboration import corroborated
from accord.eval.dev_corpus import NEGATIVE, Gold, read_corpus, score_main_events
from accord.model import Article, CanonicalEvent, Event, EventRole
from accord.pipeline import Pipeline


@dataclass(slots=True)
class ClusterScore:
    precision: float
    recall: float
    articles: int
    wrong_merges: list[dict[str, Any]] = field(default_factory=list)
    predicted_clusters: int = 0
    gold_clusters: int = 0
    merged_dates: int = 0  # main events whose date comes only from other reports
    merged_places: int = 0  # main events whose place comes only from other reports
    outlets: dict[str, int] = field(default_factory=dict)
    # The dev corpus's per-field scores with each article's main event replaced by the
    # canonical event it was merged into: what an analyst reading the merged events sees.
    canonical_fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    canonical_mistakes: list[dict[str, Any]] = field(default_factory=list)
    # The same with each article's own main event, its open date and place filled from the
    # merge (`accord.dedup.corroboration`): what the article's event page shows.
    report_fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    report_mistakes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "articles": self.articles,
            "gold_clusters": self.gold_clusters,
            "predicted_clusters": self.predicted_clusters,
            "merges_of_distinct_clusters": len(self.wrong_merges),
            "wrong_merges": self.wrong_merges,
            "main_events_dated_by_the_merge": self.merged_dates,
            "main_events_placed_by_the_merge": self.merged_places,
            "outlets": self.outlets,
            "canonical_fields": self.canonical_fields,
            "canonical_mistakes": self.canonical_mistakes,
            "report_fields": self.report_fields,
            "report_mistakes": self.report_mistakes,
        }


def gold_clusters(clusters: Mapping[str, str]) -> dict[str, str]:
    """Each article's gold cluster; every negative is a cluster of its own."""
    return {
        article: f"{NEGATIVE}:{article}" if cluster == NEGATIVE else cluster
        for article, cluster in clusters.items()
    }


def b_cubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float]:
    """B-cubed precision and recall of `predicted` (article -> cluster) against `gold`; both
    must name the same articles."""
    if set(predicted) != set(gold):
        missing = sorted(set(gold) ^ set(predicted))[:5]
        raise ValueError(f"predicted and gold clusters name different articles: {missing}")
    if not gold:
        raise ValueError("no articles to score")
    by_predicted = _members(predicted)
    by_gold = _members(gold)
    precision = recall = 0.0
    for article in gold:
        mine = by_predicted[predicted[article]]
        truth = by_gold[gold[article]]
        shared = len(mine & truth)
        precision += shared / len(mine)
        recall += shared / len(truth)
    return precision / len(gold), recall / len(gold)


def wrong_merges(
    predicted: Mapping[str, str], gold: Mapping[str, str], golds: Mapping[str, Gold]
) -> list[dict[str, Any]]:
    """Predicted clusters holding articles of two gold event clusters, with whether those
    share a party (the merges the target forbids) and the articles involved."""
    found = []
    for cluster, members in sorted(_members(predicted).items()):
        labels = sorted({gold[a] for a in members if not gold[a].startswith(NEGATIVE)})
        negatives = sorted(a for a in members if gold[a].startswith(NEGATIVE))
        if len(labels) + len(negatives) < 2 or (len(labels) < 2 and not negatives):
            continue
        parties = [_parties(golds[label]) for label in labels if label in golds]
        shared = bool(parties) and bool(set.intersection(*parties)) and len(parties) > 1
        found.append(
            {
                "canonical": cluster,
                "gold_clusters": labels,
                "negatives": negatives,
                "share_parties": shared,
                "articles": sorted(members),
            }
        )
    return found


def _parties(gold: Gold) -> set[str]:
    return {code for code in (gold.actor_country, gold.recipient_country) if code}


def _members(assignment: Mapping[str, str]) -> dict[str, set[str]]:
    members: dict[str, set[str]] = defaultdict(set)
    for article, cluster in assignment.items():
        members[cluster].add(article)
    return members


@dataclass(frozen=True, slots=True)
class CorpusRun:
    """A dev-format corpus extracted and merged in a store: what the scorers read."""

    articles: list[Article]  # as stored, with their store ids
    merged: list[CanonicalEvent]
    mains: dict[str, Event | None]  # each article's main event by its external id
    golds: dict[str, Gold]
    clusters: dict[str, str]
    issues: list[str]  # what the stages reported, one line each

    def shown(self, view: View) -> list[tuple[Article, list[Event]]]:
        """Each article with its main event as `view` shows it given the canonical event it
        was merged into (an article whose main event was merged with nothing keeps its own)."""
        canonical_of = {r.event_id: c for c in self.merged for r in c.reports}
        shown = []
        for article in self.articles:
            main = self.mains.get(article.external_id or "")
            found = canonical_of.get(main.id) if main and main.id is not None else None
            events = [] if main is None else [view(main, found) if found else main]
            shown.append((article, events))
        return shown


View = Callable[[Event, CanonicalEvent], Event]
"""How an article's main event is shown, given the canonical event it was merged into."""


def as_merged(_main: Event, canonical: CanonicalEvent) -> Event:
    """The canonical event itself: the merged date, place and parties."""
    return replace(canonical.event, role=EventRole.MAIN)


def run_corpus(folder: Path, pipeline: Pipeline, database_url: str) -> CorpusRun:
    """Store the corpus's articles in the (empty) database at `database_url`, extract and
    merge them as `accord extract` and `accord merge` would."""
    from accord.dedup.rebuild import rebuild
    from accord.extraction import extract_articles
    from accord.store import Store

    corpus, golds, clusters = read_corpus(folder)
    with Store.open(database_url) as store:
        if store.count_articles():
            raise ValueError(f"{database_url} is not empty; a corpus is scored on a fresh store")
        for article in corpus:
            store.add_article(article)
        extraction = extract_articles(store, pipeline, list(store.iter_articles()))
        rebuild(store)
        stored = list(store.iter_articles())
        merged = list(store.canonical.iter_canonical())
        mains = {
            a.external_id or "": next(
                (e for e in store.events.for_article(a.id or 0) if e.role is EventRole.MAIN), None
            )
            for a in stored
        }
    issues = [str(issue) for issue in extraction.issues]
    return CorpusRun(stored, merged, mains, golds, clusters, issues)


def evaluate_corpus(folder: Path, pipeline: Pipeline, database_url: str) -> ClusterScore:
    """Extract and merge the corpus in the fresh store at `database_url` (`run_corpus`) and
    score the clusters, the main events as merged and as each report shows them."""
    run = run_corpus(folder, pipeline, database_url)
    score = score_clusters(run.merged, run.mains, run.golds, run.clusters)
    score.canonical_fields, score.canonical_mistakes = shown_fields(run, as_merged)
    score.report_fields, score.report_mistakes = shown_fields(run, corroborated)
    return score


def shown_fields(
    run: CorpusRun, view: View
) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """The dev scorer's per-field accuracy and mistakes with each main event as `view`
    shows it."""
    score = score_main_events(run.shown(view), run.golds, run.clusters)
    return score.as_dict()["fields"], score.mistakes


def score_clusters(
    merged: Sequence[CanonicalEvent],
    mains: Mapping[str, Event | None],
    golds: Mapping[str, Gold],
    clusters: Mapping[str, str],
) -> ClusterScore:
    """Scores of canonical events against the gold clusters; `mains` is each article's main
    event (None when it has none), by the article's external id."""
    canonical_of = {r.event_id: c for c in merged for r in c.reports}
    predicted: dict[str, str] = {}
    dated = placed = 0
    for article, main in mains.items():
        found = canonical_of.get(main.id) if main is not None and main.id is not None else None
        predicted[article] = found.id if found else f"alone:{article}"
        if found is not None and main is not None:
            dated += _lacks_date(main) and not _lacks_date(found.event)
            placed += main.place is None and found.event.place is not None
    gold = gold_clusters({a: clusters.get(a, NEGATIVE) for a in mains})
    precision, recall = b_cubed(predicted, gold)
    return ClusterScore(
        precision=precision,
        recall=recall,
        articles=len(gold),
        wrong_merges=wrong_merges(predicted, gold, golds),
        predicted_clusters=len(set(predicted.values())),
        gold_clusters=len(set(gold.values())),
        merged_dates=dated,
        merged_places=placed,
        outlets={c.id: c.outlets for c in merged if len(c.reports) > 1},
    )


def _lacks_date(event: Event) -> bool:
    return event.date is None or event.date.start is None

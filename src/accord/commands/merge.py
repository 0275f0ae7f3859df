"""`accord merge`, `accord eval clusters` and `accord bench merge`: one event, many reports."""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from accord.commands.common import DatabaseOption, console, fail, open_store
from accord.errors import AccordError
from accord.model import CanonicalEvent


def merge(database: DatabaseOption = None) -> None:
    """Rebuild canonical events from the stored events: near-duplicate articles, one event
    reported by many outlets, background mentions linked; replaces the previous merge."""
    from accord.dedup.rebuild import rebuild

    try:
        with open_store(database) as store:
            summary = rebuild(store)
    except AccordError as error:
        raise fail(error) from None
    console.print(
        f"[bold]articles[/] {summary.articles} ({summary.duplicates} near-duplicates)   "
        f"[bold]events[/] {summary.events} ({summary.main_events} main)   "
        f"[bold]canonical events[/] {summary.canonical} "
        f"({summary.multi_report} with several reports)   "
        f"[bold]background links[/] {summary.mentions}   {summary.seconds:.1f} s"
    )


def evaluate_clusters(
    folder: Annotated[
        Path, typer.Argument(help="Folder with articles.jsonl and gold_events.jsonl.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Event clusters of a corpus in the dev format (ingested, extracted and merged in a
    temporary store) against its gold clusters: B-cubed precision, recall and F1."""
    from accord.eval.clusters import evaluate_corpus
    from accord.pipeline.registry import build_pipeline

    try:
        with tempfile.TemporaryDirectory(prefix="accord-clusters-") as folder_for_store:
            url = f"sqlite:///{Path(folder_for_store) / 'clusters.db'}"
            score = evaluate_corpus(folder, build_pipeline(), url)
    except (AccordError, OSError, KeyError, ValueError) as error:
        raise fail(AccordError(f"cannot evaluate {folder}: {error}")) from None
    figures = score.as_dict()
    if as_json:
        console.print_json(json.dumps(figures))
        return
    for key in ("precision", "recall", "f1", "articles", "gold_clusters", "predicted_clusters"):
        console.print(f"{key:>34}  {figures[key]}")
    for key in (
        "merges_of_distinct_clusters",
        "main_events_dated_by_the_merge",
        "main_events_placed_by_the_merge",
    ):
        console.print(f"{key:>34}  {figures[key]}")
    for wrong in score.wrong_merges:
        console.print(f"[red]merged:[/] {escape(str(wrong))}")
    views = (
        ("main events as merged", "each article's canonical event", score.canonical_fields),
        (
            "main events as corroborated",
            "each article's own, its open date and place from the other reports",
            score.report_fields,
        ),
    )
    for title, meaning, fields in views:
        console.print(f"[bold]{title}[/] ({meaning})")
        for name, field_score in fields.items():
            correct, total = field_score["correct"], field_score["total"]
            console.print(f"{name:>34}  {field_score['accuracy']:.3f}  ({correct}/{total})")


def bench_merge(
    events: Annotated[
        int, typer.Option(min=1, help="Events to merge; more sizes may follow it.")
    ] = 1_000,
    more: Annotated[
        list[int] | None,
        typer.Argument(
            help="Further sizes: --events 1000 10000 100000 times three sizes.",
            show_default=False,
        ),
    ] = None,
    runs: Annotated[int, typer.Option(min=1, help="Timed runs per size; the median counts.")] = 3,
    seed: Annotated[int, typer.Option(help="Seed of the synthetic events.")] = 7,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Time the merge on synthetic events (generated in memory with skewed actors, dates
    over three years and several reports per event) at each size: the scaling curve."""
    curve = []
    for size in [events, *(more or [])]:
        if size < 1:
            raise typer.BadParameter(f"{size} is not a number of events")
        curve.append(_time_merge(size, runs, seed))
    if as_json:
        console.print_json(json.dumps(curve))
        return
    for point in curve:
        console.print(
            f"{point['events']:>8} events  {point['median_seconds']:>8.2f} s  "
            f"{point['events_per_second']:>7} events/s  "
            f"{point['canonical']} canonical ({point['true_events']} generated, B-cubed "
            f"P {point['b_cubed_precision']:.3f} R {point['b_cubed_recall']:.3f})"
        )


def _time_merge(size: int, runs: int, seed: int) -> dict[str, Any]:
    """One point of the scaling curve: the median of `runs` merges of `size` synthetic
    events, and how well the last one recovered the generated events."""
    from accord.dedup.merge import merge_events
    from accord.dedup.synthetic import synthetic_reports

    generated = synthetic_reports(size, seed=seed)
    durations = []
    merged = []
    for _ in range(runs):
        started = time.perf_counter()
        merged = merge_events(generated.events, generated.sources, ())
        durations.append(time.perf_counter() - started)
    median = statistics.median(durations)
    precision, recall = synthetic_b_cubed(merged, generated.truth)
    return {
        "events": size,
        "true_events": generated.true_events,
        "canonical": len(merged),
        "b_cubed_precision": round(precision, 4),
        "b_cubed_recall": round(recall, 4),
        "median_seconds": round(median, 2),
        "events_per_second": round(size / median),
        "runs_seconds": [round(d, 2) for d in durations],
    }


def synthetic_b_cubed(
    merged: Sequence[CanonicalEvent], truth: Mapping[int, int]
) -> tuple[float, float]:
    """How well the merge recovered the generated events (articles are the items)."""
    from accord.eval.clusters import b_cubed

    predicted = {str(r.article_id): c.id for c in merged for r in c.reports}
    return b_cubed(predicted, {str(article): str(event) for article, event in truth.items()})

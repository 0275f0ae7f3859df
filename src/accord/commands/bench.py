"""`accord bench`: extraction throughput and memory on the embedded default."""

from __future__ import annotations

import json
import resource
import statistics
import time
from pathlib import Path
from typing import Annotated

import typer

from accord.commands.common import console
from accord.eval.dev_corpus import read_articles
from accord.model import Article
from accord.pipeline.registry import build_pipeline

bench_app = typer.Typer(help="Time the engine: extraction throughput, or the merge's curve.")


@bench_app.callback(invoke_without_command=True)
def bench(
    context: typer.Context,
    corpus: Annotated[
        Path | None,
        typer.Option(help="A folder with articles.jsonl; default: the bundled samples."),
    ] = None,
    articles: Annotated[int, typer.Option(min=1, help="Articles per run (texts repeat).")] = 200,
    runs: Annotated[int, typer.Option(min=1, help="Timed runs; the median is reported.")] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Articles and words per second of the default pipeline (one process), median of several
    runs after a warm-up, and the process's peak memory."""
    if context.invoked_subcommand is not None:
        return
    texts = _articles(corpus)
    batch = [texts[i % len(texts)] for i in range(articles)]
    pipeline = build_pipeline()
    started = time.perf_counter()
    pipeline.load()
    load_seconds = time.perf_counter() - started
    list(pipeline.run(batch[: min(20, len(batch))]))  # warm-up
    durations = []
    for _ in range(runs):
        started = time.perf_counter()
        for _document in pipeline.run(batch):
            pass
        durations.append(time.perf_counter() - started)
    median = statistics.median(durations)
    words = sum(article.word_count for article in batch)
    figures = {
        "articles": articles,
        "runs": runs,
        "load_seconds": round(load_seconds, 2),
        "median_seconds": round(median, 2),
        "articles_per_second": round(articles / median, 1),
        "words_per_second": round(words / median),
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "runs_seconds": [round(d, 2) for d in durations],
    }
    if as_json:
        console.print_json(json.dumps(figures))
    else:
        for key, value in figures.items():
            console.print(f"{key:>20}  {value}")


def _articles(corpus: Path | None) -> list[Article]:
    if corpus is not None:
        return read_articles(corpus / "articles.jsonl")
    from accord.ingest import Ingestor, LanguageIdentifier, SourceContext
    from accord.samples import sample_documents
    from accord.store import Store

    store = Store.open("sqlite://")
    ingestor = Ingestor(
        store, SourceContext(max_bytes=10_000_000), LanguageIdentifier(("en", "fr"))
    )
    ingestor.ingest_documents(sample_documents())
    return store.list_articles()

"""`accord eval ...`: the engine scored on gold data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from accord.commands.common import console, fail
from accord.errors import AccordError
from accord.eval.dev_corpus import DevScore, read_corpus, score_main_events
from accord.pipeline.registry import build_pipeline

eval_app = typer.Typer(help="Score the engine on gold data.", no_args_is_help=True)


@eval_app.command("dev")
def evaluate_dev(
    folder: Annotated[
        Path, typer.Argument(help="Folder with articles.jsonl and gold_events.jsonl.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    mistakes: Annotated[bool, typer.Option(help="List every wrong field.")] = False,
) -> None:
    """Main events of a corpus in the dev format against its gold clusters."""
    try:
        score = run_dev_evaluation(folder)
    except (AccordError, OSError, KeyError, ValueError) as error:
        raise fail(AccordError(f"cannot evaluate {folder}: {error}")) from None
    if as_json:
        console.print_json(json.dumps(score.as_dict()))
        return
    _print_dev(score, with_mistakes=mistakes)
    for failure in score.stage_failures:
        console.print(f"[red]stage failure:[/] {escape(failure)}")


def run_dev_evaluation(folder: Path) -> DevScore:
    """Scores of the default pipeline on a corpus; a stage that fails on an article counts
    against it (no event) and is listed among the score's stage failures."""
    articles, golds, clusters = read_corpus(folder)
    documents = list(build_pipeline().run(articles))
    score = score_main_events(((d.article, d.events) for d in documents), golds, clusters)
    score.stage_failures = [str(issue) for d in documents for issue in d.issues]
    return score


def run_plover_gsr_evaluation(path: Path) -> dict[str, Any]:
    """Event-type scores of the default pipeline on the PLOVER gold-standard records, with
    the stage failures met (a failure counts as no event)."""
    from accord.eval.plover_gsr import as_articles, read_gold_records, score_types

    records = read_gold_records(path)
    documents = list(build_pipeline().run(as_articles(records)))
    figures = score_types((r, d.events) for r, d in zip(records, documents, strict=True)).as_dict()
    figures["stage_failures"] = [str(issue) for d in documents for issue in d.issues]
    return figures


def _print_dev(score: DevScore, *, with_mistakes: bool) -> None:
    fields = Table(title="Main events against gold")
    for column in ("field", "accuracy", "correct", "total"):
        fields.add_column(column)
    for name, result in score.fields.items():
        fields.add_row(name, f"{result.accuracy:.3f}", str(result.correct), str(result.total))
    console.print(fields)
    _print_classes(score.per_class())
    if with_mistakes:
        for mistake in score.mistakes:
            console.print(escape(str(mistake)))


def _print_classes(table: dict[str, dict[str, float]]) -> None:
    classes = Table(title="Event type per class")
    for column in ("class", "precision", "recall", "F1", "support"):
        classes.add_column(column)
    for label, row in table.items():
        classes.add_row(
            label,
            f"{row['precision']:.3f}",
            f"{row['recall']:.3f}",
            f"{row['f1']:.3f}",
            str(int(row["support"])),
        )
    console.print(classes)


@eval_app.command("geowebnews")
def evaluate_geowebnews(
    folder: Annotated[Path, typer.Argument(help="The GeoWebNews folder (or its GWN.xml).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Toponym resolution against GeoWebNews: within 161 km, and the right country."""
    from accord.eval.geowebnews import evaluate_gazetteer
    from accord.stages.places import Gazetteer

    try:
        score = evaluate_gazetteer(folder, Gazetteer())
    except (AccordError, OSError, ValueError) as error:
        raise fail(AccordError(f"cannot evaluate {folder}: {error}")) from None
    figures = {
        "toponyms": score.toponyms,
        "within_161_km": round(score.accuracy, 4),
        "correct_country": round(score.country_accuracy, 4),
        "answered": round(score.coverage, 4),
    }
    if as_json:
        console.print_json(json.dumps(figures))
    else:
        for key, value in figures.items():
            console.print(f"{key:>16}  {value}")


@eval_app.command("plover-gsr")
def evaluate_plover_gsr(
    path: Annotated[Path, typer.Argument(help="PLOVER_GSR_CAMEO.txt (a JSON array of records).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Event types of the PLOVER gold-standard sentences, per class, with macro F1."""
    try:
        figures = run_plover_gsr_evaluation(path)
    except (OSError, ValueError, KeyError) as error:
        raise fail(AccordError(f"cannot read {path}: {error}")) from None
    if as_json:
        console.print_json(json.dumps(figures))
        return
    console.print(
        f"records {figures['records']}   accuracy {figures['accuracy']:.3f}   "
        f"macro F1 {figures['macro_f1']:.3f}   source country {figures['source_country']}"
    )
    _print_classes(figures["per_class"])

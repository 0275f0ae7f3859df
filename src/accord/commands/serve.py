"""`accord serve`: the workbench (web pages, JSON API, OpenAPI docs at /docs) over the store."""

from __future__ import annotations

from typing import Annotated

import typer

from accord.commands.common import DatabaseOption, console, fail, settings_for
from accord.errors import AccordError
from accord.settings import Settings
from accord.store import Store


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    database: DatabaseOption = None,
) -> None:
    """Serve the workbench: dashboard, event, actor and article pages, and the JSON API."""
    try:
        settings = settings_for(database)
    except AccordError as error:
        raise fail(error) from None
    run_workbench(settings, host=host, port=port)


def run_workbench(settings: Settings, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the workbench until interrupted. The database is opened and the workbench's
    event index brought up to date first, so a bad URL fails here with its fix and no
    request waits for the indexing of a large extraction."""
    import uvicorn

    from accord.api import create_app

    try:
        with Store.open(settings.database_url) as store:
            added = store.queries.refresh()
    except AccordError as error:
        raise fail(error) from None
    if added:
        console.print(f"Indexed {added:,} new events for the workbench.")
    console.print(f"Accord workbench on http://{host}:{port}/ (API docs at /docs; Ctrl+C stops)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")

"""`accord users`: the people who may log in to the workbench and review events."""

from __future__ import annotations

from typing import Annotated

import typer

from accord.commands.common import DatabaseOption, console, fail, open_store
from accord.errors import AccordError
from accord.store.review import ReviewRepository, Role

users_app = typer.Typer(help="Workbench users: editors and admins review events.")


@users_app.command("add")
def add_user(
    username: Annotated[str, typer.Argument(help="The login name.")],
    role: Annotated[Role, typer.Option(help="viewer, editor or admin.")] = Role.EDITOR,
    password: Annotated[
        str,
        typer.Option(
            prompt=True,
            hide_input=True,
            confirmation_prompt=True,
            envvar="ACCORD_NEW_USER_PASSWORD",
            help="At least 8 characters; asked for when not given.",
        ),
    ] = "",
    database: DatabaseOption = None,
) -> None:
    """Add a user who may log in (the password is stored only as a scrypt hash)."""
    try:
        with open_store(database) as store:
            user = ReviewRepository(store.engine).add_user(username, password, role)
    except AccordError as error:
        raise fail(error) from None
    console.print(f"Added {user.username} ({user.role.value}).")


@users_app.command("list")
def list_users(database: DatabaseOption = None) -> None:
    """List the workbench's users and their roles."""
    try:
        with open_store(database) as store:
            found = ReviewRepository(store.engine).list_users()
    except AccordError as error:
        raise fail(error) from None
    for user in found:
        console.print(f"{user.username}  {user.role.value}", highlight=False)

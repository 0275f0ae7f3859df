"""`accord users add/list`, and `accord serve` refusing an unreachable database."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app
from accord.store import Store
from accord.store.review import Role


def test_users_add_stores_a_hashed_password_and_lists_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'accord.db'}"
    runner = CliRunner()
    added = runner.invoke(
        app,
        ["users", "add", "ada", "--role", "admin", "--database", url],
        env={"ACCORD_NEW_USER_PASSWORD": "long enough secret"},
    )
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["users", "list", "--database", url])
    assert "ada  admin" in listed.output
    with Store.open(url) as store:
        user = store.review.authenticate("ada", "long enough secret")
        assert user is not None and user.role is Role.ADMIN
        assert store.review.authenticate("ada", "wrong") is None
    again = runner.invoke(
        app,
        ["users", "add", "ada", "--database", url],
        env={"ACCORD_NEW_USER_PASSWORD": "long enough secret"},
    )
    assert again.exit_code == 2 and "exists already" in again.output


def test_a_short_password_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'accord.db'}"
    result = CliRunner().invoke(
        app, ["users", "add", "bob", "--database", url], env={"ACCORD_NEW_USER_PASSWORD": "short"}
    )
    assert result.exit_code == 2 and "shorter than 8" in result.output


def test_serve_reports_a_bad_database_url_before_starting() -> None:
    result = CliRunner().invoke(app, ["serve", "--database", "not a url"])
    assert result.exit_code == 2 and "is not a database URL" in result.output

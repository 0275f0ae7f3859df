"""The README is part of the product: its commands, settings and error codes are checked."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from accord.cli import app
from accord.settings import SETTINGS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
SOURCE = Path(__file__).resolve().parent.parent / "src" / "accord"


def test_readme_opens_with_the_two_commands() -> None:
    block = re.search(r"```bash\n(.*?)```", README, re.DOTALL)
    assert block is not None and README.index("```bash") < 200
    demo, tests = block.group(1).strip().splitlines()
    assert demo.startswith("python3 -m venv .venv") and demo.endswith("accord demo")
    assert tests.endswith("python -m pytest")


def test_ci_runs_the_readmes_test_command() -> None:
    block = re.search(r"```bash\n(.*?)```", README, re.DOTALL)
    assert block is not None
    test_command = block.group(1).strip().splitlines()[1].replace('-e ".[dev]"', '-q -e ".[dev]"')
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text("utf-8")
    assert test_command in ci


def test_every_setting_is_documented() -> None:
    for setting in SETTINGS:
        assert f"| `{setting.variable}` |" in README, setting.variable


def test_every_command_is_documented() -> None:
    names = [command.name or command.callback.__name__ for command in app.registered_commands]  # type: ignore[union-attr]
    assert names and isinstance(app, typer.Typer)
    for name in names:
        assert f"`accord {name}" in README, name


def test_every_command_group_is_documented() -> None:
    groups = {group.name: group.typer_instance for group in app.registered_groups}
    assert {"eval", "build"} <= set(groups)
    for name, group in groups.items():
        for command in group.registered_commands:
            assert f"`accord {name} {command.name}" in README, f"{name} {command.name}"


def test_every_issue_code_is_documented() -> None:
    codes = set()
    for path in SOURCE.rglob("*.py"):
        codes |= set(
            re.findall(r'code="((?:ingest|jsonl|html|feed|pdf|fetch)\.[a-z-]+)"', path.read_text())
        )
        codes |= set(
            re.findall(
                r'Issue\(\s*"((?:ingest|jsonl|html|feed|pdf|fetch)\.[a-z-]+)"', path.read_text()
            )
        )
    assert len(codes) > 15
    for code in sorted(codes):
        assert f"`{code}`" in README, code


def test_every_data_file_is_packaged() -> None:
    """A wheel holds only the data files `package-data` names: each one in the source tree
    must match a pattern, or a plain `pip install` breaks where an editable one works."""
    import tomllib
    from fnmatch import fnmatch

    pyproject = tomllib.loads((SOURCE.parent.parent / "pyproject.toml").read_text("utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["accord"]

    def is_data(path: Path) -> bool:
        # Modules outside a package (the Alembic migrations) travel as data too.
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            return False
        return path.suffix != ".py" or not (path.parent / "__init__.py").exists()

    data = [path.relative_to(SOURCE).as_posix() for path in SOURCE.rglob("*") if is_data(path)]
    assert data
    unpackaged = [name for name in data if not any(fnmatch(name, pattern) for pattern in patterns)]
    assert unpackaged == []

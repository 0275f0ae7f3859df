"""Shared fixtures: stores on real SQLite and PostgreSQL, an ingestor, the ../shared folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from accord.ingest import Ingestor, LanguageIdentifier, SourceContext
from accord.settings import DEFAULT_LANGUAGES
from accord.store import Store

REPOSITORY = Path(__file__).resolve().parent.parent
SHARED = REPOSITORY.parent / "shared"
POSTGRES_URL_VARIABLE = "ACCORD_TEST_POSTGRES_URL"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip with the reason: a user's clone has no ../shared."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the team's shared gold data is not beside this clone")
    return path


@pytest.fixture(scope="session")
def languages() -> LanguageIdentifier:
    identifier = LanguageIdentifier(DEFAULT_LANGUAGES)
    identifier.load()
    return identifier


def _postgres_url() -> str:
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if url:
        return url
    reason = (
        f"{POSTGRES_URL_VARIABLE} is not set; start a server with "
        f"`export {POSTGRES_URL_VARIABLE}=$(scripts/start-test-postgres.sh)`"
    )
    if os.environ.get("ACCORD_REQUIRE_POSTGRES") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _empty_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL to an empty database: a SQLite file, and a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'accord.db'}"
    url = _postgres_url()
    _empty_postgres(url)
    return url


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    opened = Store.open(database_url)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'accord.db'}")
    yield opened
    opened.close()


@pytest.fixture
def ingestor(sqlite_store: Store, languages: LanguageIdentifier) -> Ingestor:
    return Ingestor(sqlite_store, SourceContext(max_bytes=1_000_000), languages)

"""A workbench app over a real SQLite store seeded with fictional events, and an editor."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from accord.api import create_app
from accord.settings import Settings
from accord.store import Store
from accord.store.review import ReviewRepository, Role
from tests.workbench_data import Seeded, seed

EDITOR_PASSWORD = "correct horse battery"


@pytest.fixture
def seeded_store(store: Store) -> Store:
    """The shared `store` fixture: real SQLite, and real PostgreSQL when one is configured."""
    return store


@pytest.fixture
def seeded(seeded_store: Store) -> Seeded:
    seeded = seed(seeded_store)
    review = ReviewRepository(seeded_store.engine)
    review.add_user("ada", EDITOR_PASSWORD, Role.EDITOR)
    review.add_user("vic", EDITOR_PASSWORD, Role.VIEWER)
    return seeded


def _settings(tmp_path: Path, store: Store, *, open_reading: bool = True) -> Settings:
    settings = Settings.from_environment({"ACCORD_HOME": str(tmp_path)})
    settings = settings.with_database(store.engine.url.render_as_string(hide_password=False))
    return replace(settings, open_reading=open_reading)


@pytest.fixture
def client(tmp_path: Path, seeded_store: Store, seeded: Seeded) -> Iterator[TestClient]:
    with TestClient(create_app(_settings(tmp_path, seeded_store), seeded_store)) as test_client:
        yield test_client


@pytest.fixture
def closed_client(tmp_path: Path, seeded_store: Store, seeded: Seeded) -> Iterator[TestClient]:
    settings = _settings(tmp_path, seeded_store, open_reading=False)
    with TestClient(create_app(settings, seeded_store)) as test_client:
        yield test_client


def login(client: TestClient, username: str = "ada") -> str:
    """Log in through the API; return the CSRF token for writing requests."""
    answer = client.post("/api/login", json={"username": username, "password": EDITOR_PASSWORD})
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["csrf_token"]
    return token

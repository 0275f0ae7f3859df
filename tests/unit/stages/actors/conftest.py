"""The packaged actor dictionary, loaded once for the actor tests."""

from __future__ import annotations

import pytest

from accord.stages.actors import ActorDictionary


@pytest.fixture(scope="session")
def actors() -> ActorDictionary:
    return ActorDictionary().load()

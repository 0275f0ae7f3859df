from __future__ import annotations

from pathlib import Path

import pytest

from accord.errors import ConfigurationError
from accord.settings import DEFAULT_LANGUAGES, Settings


def test_defaults_put_the_database_under_the_data_home() -> None:
    settings = Settings.from_environment({"XDG_DATA_HOME": "/data"})
    assert settings.home == Path("/data/accord")
    assert settings.database_url == "sqlite:////data/accord/accord.db"
    assert settings.languages == DEFAULT_LANGUAGES
    assert settings.max_document_bytes == 25_000_000 and settings.fetch_timeout == 20.0
    assert not settings.allow_private_addresses


def test_environment_overrides() -> None:
    settings = Settings.from_environment(
        {
            "ACCORD_HOME": "/srv/accord",
            "ACCORD_DATABASE_URL": "postgresql+psycopg://u@db/accord",
            "ACCORD_MAX_DOCUMENT_BYTES": "1000",
            "ACCORD_LANGUAGES": "EN, fr",
            "ACCORD_FETCH_TIMEOUT": "2.5",
            "ACCORD_ALLOW_PRIVATE_ADDRESSES": "1",
        }
    )
    assert settings.home == Path("/srv/accord")
    assert settings.database_url.startswith("postgresql+psycopg://")
    assert settings.max_document_bytes == 1000 and settings.fetch_timeout == 2.5
    assert settings.languages == ("en", "fr") and settings.allow_private_addresses


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("ACCORD_MAX_DOCUMENT_BYTES", "ten", "not a number of bytes"),
        ("ACCORD_MAX_DOCUMENT_BYTES", "-5", "must be positive"),
        ("ACCORD_FETCH_TIMEOUT", "soon", "not a number of seconds"),
        ("ACCORD_LANGUAGES", " , ", "names no language"),
    ],
)
def test_bad_values_name_the_variable(variable: str, value: str, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as raised:
        Settings.from_environment({variable: value})
    assert variable in str(raised.value) or variable == "ACCORD_LANGUAGES"

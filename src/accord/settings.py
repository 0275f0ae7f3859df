"""Deployment settings, read from the environment when asked for (never at import).

Every setting is listed in `SETTINGS` with its variable, default and meaning; the README's
settings table is checked against it by a test.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from accord.errors import ConfigurationError

DEFAULT_LANGUAGES = ("en", "fr", "es", "pt", "ar", "de", "ru", "tr")


@dataclass(frozen=True, slots=True)
class SettingSpec:
    variable: str
    default: str
    meaning: str


SETTINGS = (
    SettingSpec(
        "ACCORD_HOME",
        "$XDG_DATA_HOME/accord, else ~/.local/share/accord",
        "Folder for the embedded SQLite database and other local state.",
    ),
    SettingSpec(
        "ACCORD_DATABASE_URL",
        "sqlite:///$ACCORD_HOME/accord.db",
        "SQLAlchemy URL of the store; postgresql+psycopg://user:pass@host/db for a server.",
    ),
    SettingSpec(
        "ACCORD_MAX_DOCUMENT_BYTES",
        "25000000",
        "Largest file or download accepted by ingest, in bytes; larger ones are refused.",
    ),
    SettingSpec(
        "ACCORD_LANGUAGES",
        ",".join(DEFAULT_LANGUAGES),
        "ISO 639-1 codes the language identifier chooses among.",
    ),
    SettingSpec(
        "ACCORD_FETCH_TIMEOUT",
        "20",
        "Seconds allowed to connect to and read from a URL before giving up.",
    ),
    SettingSpec(
        "ACCORD_ALLOW_PRIVATE_ADDRESSES",
        "0",
        "1 lets ingest fetch URLs on loopback, private and link-local addresses.",
    ),
    SettingSpec(
        "ACCORD_OPEN_READING",
        "1",
        "1: anyone reaching `accord serve` may read; 0: reading needs a login too.",
    ),
)


@dataclass(frozen=True, slots=True)
class Settings:
    home: Path
    database_url: str
    max_document_bytes: int = 25_000_000
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    fetch_timeout: float = 20.0
    allow_private_addresses: bool = False
    open_reading: bool = True

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        home = _home(env)
        url = env.get("ACCORD_DATABASE_URL") or f"sqlite:///{home / 'accord.db'}"
        return cls(
            home=home,
            database_url=url,
            max_document_bytes=_positive(
                env, "ACCORD_MAX_DOCUMENT_BYTES", 25_000_000, int, "bytes"
            ),
            languages=_languages(env.get("ACCORD_LANGUAGES")),
            fetch_timeout=_positive(env, "ACCORD_FETCH_TIMEOUT", 20.0, float, "seconds"),
            allow_private_addresses=env.get("ACCORD_ALLOW_PRIVATE_ADDRESSES", "0") == "1",
            open_reading=env.get("ACCORD_OPEN_READING", "1") != "0",
        )

    def with_database(self, url: str) -> Settings:
        return replace(self, database_url=url)


def _home(env: Mapping[str, str]) -> Path:
    if env.get("ACCORD_HOME"):
        return Path(env["ACCORD_HOME"]).expanduser()
    data_home = env.get("XDG_DATA_HOME") or str(Path("~/.local/share").expanduser())
    return Path(data_home) / "accord"


Number = TypeVar("Number", int, float)


def _positive(
    env: Mapping[str, str], name: str, default: Number, parse: Callable[[str], Number], unit: str
) -> Number:
    raw = env.get(name)
    if not raw:
        return default
    try:
        value = parse(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number of {unit}") from None
    if value <= 0:
        raise ConfigurationError(f"{name} must be positive, got {value}")
    return value


def _languages(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return DEFAULT_LANGUAGES
    codes = tuple(code.strip().lower() for code in raw.split(",") if code.strip())
    if not codes:
        raise ConfigurationError("ACCORD_LANGUAGES names no language; give codes such as en,fr")
    return codes

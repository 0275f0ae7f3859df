"""One exception tree with stable codes. Each message says what went wrong and how to fix it."""

from __future__ import annotations


class AccordError(Exception):
    """Base of every error Accord raises on purpose. `code` is stable across releases."""

    code = "accord.error"

    def __init__(self, message: str, *, origin: str | None = None) -> None:
        self.origin = origin
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self.args[0])

    def __str__(self) -> str:
        text = str(self.args[0])
        return f"{self.origin}: {text}" if self.origin else text


class ConfigurationError(AccordError):
    code = "config.invalid"


class StoreError(AccordError):
    code = "store.error"


class DocumentError(AccordError):
    """A document could not be turned into an article. The run goes on with the others."""

    code = "ingest.failed"

    def __init__(self, message: str, *, origin: str | None = None, code: str | None = None):
        super().__init__(message, origin=origin)
        if code is not None:
            self.code = code


class FetchError(DocumentError):
    """A URL could not be fetched: refused, timed out, too large, too many redirects."""

    code = "fetch.failed"

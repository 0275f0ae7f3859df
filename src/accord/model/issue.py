"""Problems found while processing a document, kept with the document they concern."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # the document (or this part of it) was not stored
    WARNING = "warning"  # stored, but something an analyst should know is missing or doubtful


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem: a stable `code` (e.g. "ingest.empty"), a message that says what to do,
    and where it happened (`origin` names the file, URL or line; `article_id` once stored)."""

    code: str
    severity: Severity
    message: str
    origin: str
    article_id: int | None = None

    def __str__(self) -> str:
        return f"{self.origin}: {self.message} [{self.code}]"

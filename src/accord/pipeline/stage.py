"""What a stage is: a named, versioned step that needs some layers and provides one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from accord.pipeline.document import Document


@runtime_checkable
class Stage(Protocol):
    """`predict` is pure: it computes one result per document (the value of the layer the
    stage `provides`) and writes nothing; the runner applies the results. Models load in
    `load`, never in the constructor."""

    name: str  # registered name, e.g. "events.rules.v1"
    version: str
    requires: tuple[str, ...]
    provides: str

    def load(self) -> None: ...

    def predict(self, documents: Sequence[Document]) -> list[Any]: ...

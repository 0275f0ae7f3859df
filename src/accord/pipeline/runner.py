"""Builds a pipeline from stages, checks their contracts, and runs it over documents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from accord.errors import AccordError
from accord.model import Article, Issue, Severity
from accord.pipeline.document import LAYERS, Document
from accord.pipeline.stage import Stage


class PipelineError(AccordError):
    code = "pipeline.invalid"


class Pipeline:
    """Stages in order. Building fails at once if a stage needs a layer that no earlier
    stage provides, or two stages provide the same layer."""

    def __init__(self, stages: Sequence[Stage], *, batch_size: int = 16) -> None:
        self.stages = tuple(stages)
        self.batch_size = batch_size
        self._check_contracts()
        self._loaded = False

    def _check_contracts(self) -> None:
        provided: dict[str, str] = {}
        for stage in self.stages:
            if stage.provides not in LAYERS:
                raise PipelineError(f"stage {stage.name} provides unknown layer {stage.provides!r}")
            missing = [layer for layer in stage.requires if layer not in provided]
            if missing:
                raise PipelineError(
                    f"stage {stage.name} needs {', '.join(missing)}, which no earlier stage "
                    f"provides; put a stage that provides it before {stage.name}"
                )
            if stage.provides in provided:
                raise PipelineError(
                    f"stages {provided[stage.provides]} and {stage.name} both provide "
                    f"{stage.provides!r}; keep one"
                )
            provided[stage.provides] = stage.name

    @property
    def provided(self) -> frozenset[str]:
        return frozenset(stage.provides for stage in self.stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(stage.name for stage in self.stages)

    def load(self) -> None:
        if not self._loaded:
            for stage in self.stages:
                stage.load()
            self._loaded = True

    def run(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Documents with every layer filled, in batches; a stage that fails on one article
        records an Issue on it and the others go on."""
        self.load()
        iterator = iter(articles)
        while batch := [Document(article) for article in islice(iterator, self.batch_size)]:
            for stage in self.stages:
                batch = _apply(stage, batch)
            yield from batch


def _apply(stage: Stage, batch: list[Document]) -> list[Document]:
    try:
        results = stage.predict(batch)
    except Exception:  # noqa: BLE001 - one bad article must not sink its batch: retry one by one
        return [_apply_one(stage, document) for document in batch]
    if len(results) != len(batch):
        raise PipelineError(f"stage {stage.name} returned {len(results)} results for {len(batch)}")
    return [
        document.with_layer(stage.provides, result)
        for document, result in zip(batch, results, strict=True)
    ]


def _apply_one(stage: Stage, document: Document) -> Document:
    try:
        (result,) = stage.predict([document])
    except Exception as error:  # noqa: BLE001 - recorded on the article as an Issue, run goes on
        issue = Issue(
            f"stage.{stage.name}",
            Severity.ERROR,
            f"{stage.name} failed on this article: {type(error).__name__}: {error}",
            document.article.origin,
            document.article.id,
        )
        empty: Any = None if stage.provides == "parse" else ()
        return document.with_issue(issue).with_layer(stage.provides, empty)
    return document.with_layer(stage.provides, result)

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from accord.model import Severity
from accord.pipeline import Document, Pipeline, PipelineError
from accord.pipeline.registry import DEFAULT_STAGES, build_pipeline, stage_factories
from tests.builders import article


@dataclass
class FakeStage:
    name: str
    requires: tuple[str, ...]
    provides: str
    version: str = "1"
    fail_on: set[int] = field(default_factory=set)
    loads: int = 0

    def load(self) -> None:
        self.loads += 1

    def predict(self, documents: Sequence[Document]) -> list[object]:
        for document in documents:
            if document.article.id in self.fail_on:
                raise RuntimeError(f"cannot read article {document.article.id}")
        return [() for _ in documents]


def test_a_stage_whose_input_nobody_provides_fails_at_build_time() -> None:
    with pytest.raises(PipelineError, match="needs parse, which no earlier stage provides"):
        Pipeline([FakeStage("events.x", ("parse",), "events")])


def test_two_providers_of_one_layer_and_unknown_layers_are_refused() -> None:
    with pytest.raises(PipelineError, match="both provide 'dates'"):
        Pipeline([FakeStage("a", (), "dates"), FakeStage("b", (), "dates")])
    with pytest.raises(PipelineError, match="unknown layer"):
        Pipeline([FakeStage("a", (), "sentiment")])


def test_a_failure_on_one_article_becomes_its_issue_and_the_batch_goes_on() -> None:
    stage = FakeStage("dates.fake", (), "dates", fail_on={2})
    pipeline = Pipeline([stage, FakeStage("events.fake", ("dates",), "events")], batch_size=3)
    documents = list(
        pipeline.run(
            [article("one", number=1), article("two", number=2), article("three", number=3)]
        )
    )
    assert [d.article.id for d in documents] == [1, 2, 3]
    assert [len(d.issues) for d in documents] == [0, 1, 0]
    issue = documents[1].issues[0]
    assert issue.code == "stage.dates.fake" and issue.severity is Severity.ERROR
    assert "cannot read article 2" in issue.message and issue.article_id == 2
    assert all(d.filled == {"dates", "events"} for d in documents)
    assert stage.loads == 1


def test_the_default_pipeline_is_registered_and_valid() -> None:
    assert set(DEFAULT_STAGES) <= set(stage_factories())
    assert build_pipeline().names == DEFAULT_STAGES
    with pytest.raises(PipelineError, match=r"unknown stage events\.nope"):
        build_pipeline(["events.nope"])

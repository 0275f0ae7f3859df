"""Stages with declared inputs and outputs, validated when the pipeline is built."""

from accord.pipeline.document import LAYERS, Document
from accord.pipeline.runner import Pipeline, PipelineError
from accord.pipeline.stage import Stage

__all__ = ["LAYERS", "Document", "Pipeline", "PipelineError", "Stage"]

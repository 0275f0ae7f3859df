"""Getting documents in: files, folders, JSONL exports, HTML, feeds, PDFs and URLs."""

from accord.ingest.fetch import Fetcher
from accord.ingest.language import LanguageIdentifier
from accord.ingest.runner import IngestOptions, Ingestor, IngestReport
from accord.ingest.source import SourceContext

__all__ = [
    "Fetcher",
    "IngestOptions",
    "IngestReport",
    "Ingestor",
    "LanguageIdentifier",
    "SourceContext",
]

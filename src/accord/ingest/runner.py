"""Ingest: sources -> raw documents -> articles -> the store, one document at a time.

A document that fails becomes an `Issue` naming it and its problem; the run goes on, and
nothing already stored is touched. Each stored article is its own transaction.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from accord.errors import DocumentError
from accord.ingest.language import LanguageIdentifier
from accord.ingest.normalize import clean_text, content_hash
from accord.ingest.registry import expand_targets
from accord.ingest.source import Source, SourceContext
from accord.model import Article, DateBasis, Issue, LanguageBasis, RawDocument, Severity
from accord.store import AddOutcome, AddResult, RunTotals, Store


@dataclass(frozen=True, slots=True)
class IngestOptions:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    published: date | None = None  # the caller's date; overrides what documents say
    outlet: str | None = None  # the caller's outlet, for documents that name none


@dataclass(frozen=True, slots=True)
class StoredDocument:
    origin: str
    result: AddResult


@dataclass(slots=True)
class IngestReport:
    """What a run did: documents stored, new versions, unchanged, and every issue."""

    run_id: int
    stored: list[StoredDocument] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)

    def count(self, outcome: AddOutcome) -> int:
        return sum(1 for item in self.stored if item.result.outcome is outcome)

    @property
    def failures(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.severity is Severity.WARNING]

    @property
    def totals(self) -> RunTotals:
        return RunTotals(
            stored=self.count(AddOutcome.NEW),
            new_versions=self.count(AddOutcome.NEW_VERSION),
            unchanged=self.count(AddOutcome.UNCHANGED),
            failed=len(self.failures),
        )


_LONGEST_KEY = 1000  # characters of an identity before it is hashed
_LONGEST_EXTERNAL_ID = 512

# Called with (inputs done, inputs in all, the input being read).
ProgressCallback = Callable[[int, int, str], None]


class Ingestor:
    def __init__(self, store: Store, context: SourceContext, languages: LanguageIdentifier) -> None:
        self.store = store
        self.context = context
        self.languages = languages

    def ingest(
        self,
        targets: Sequence[str],
        options: IngestOptions | None = None,
        progress: ProgressCallback | None = None,
    ) -> IngestReport:
        options = options or IngestOptions()
        report = IngestReport(run_id=self.store.start_run(targets))
        try:
            sources: list[Source] = []
            for item in expand_targets(targets, options.include, options.exclude):
                if isinstance(item, Issue):
                    self._note(report, item)
                else:
                    sources.append(item)
            for done, source in enumerate(sources):
                if progress:
                    progress(done, len(sources), source.origin)
                self._ingest_source(source, options, report)
            if progress:
                progress(len(sources), len(sources), "")
        finally:
            self.store.finish_run(report.run_id, report.totals)
        return report

    def ingest_documents(
        self, documents: Iterable[RawDocument], options: IngestOptions | None = None
    ) -> IngestReport:
        """Store documents that were read some other way (the bundled samples, a plugin)."""
        options = options or IngestOptions()
        report = IngestReport(run_id=self.store.start_run(["(documents)"]))
        try:
            for document in documents:
                self._ingest_document(document, options, report)
        finally:
            self.store.finish_run(report.run_id, report.totals)
        return report

    def _ingest_source(self, source: Source, options: IngestOptions, report: IngestReport) -> None:
        try:
            for item in source.documents(self.context):
                if isinstance(item, Issue):
                    self._note(report, item)
                else:
                    self._ingest_document(item, options, report)
        except DocumentError as error:
            origin = error.origin or source.origin
            self._note(report, Issue(error.code, Severity.ERROR, error.message, origin))

    def _ingest_document(
        self, document: RawDocument, options: IngestOptions, report: IngestReport
    ) -> None:
        try:
            article, warnings = self.prepare(document, options)
        except DocumentError as error:
            origin = error.origin or document.origin
            self._note(report, Issue(error.code, Severity.ERROR, error.message, origin))
            return
        result = self.store.add_article(article, identity_is_weak=is_weak_key(article.key))
        report.stored.append(StoredDocument(document.origin, result))
        if result.outcome is not AddOutcome.UNCHANGED:
            for warning in warnings:
                self._note(report, _attach(warning, result.article_id))

    def _note(self, report: IngestReport, issue: Issue) -> None:
        report.issues.append(issue)
        self.store.record_issues(report.run_id, [issue])

    def prepare(self, document: RawDocument, options: IngestOptions) -> tuple[Article, list[Issue]]:
        """The article to store for `document`, and warnings about it."""
        text = clean_text(document.text)
        if not text:
            raise DocumentError(
                "the document has no text once cleaned", origin=document.origin, code="ingest.empty"
            )
        warnings: list[Issue] = []
        language, basis = self._language(document, text)
        published, date_basis = document.published, document.date_basis
        if options.published is not None:
            published, date_basis = options.published, DateBasis.CALLER
        if len(document.external_id or "") > _LONGEST_EXTERNAL_ID or len(document.url or "") > 4096:
            raise DocumentError(
                f"the id or URL is too long (ids up to {_LONGEST_EXTERNAL_ID} characters, "
                "URLs up to 4096)",
                origin=document.origin,
                code="ingest.bad-metadata",
            )
        if published is None:
            warnings.append(
                Issue(
                    "ingest.date-unknown",
                    Severity.WARNING,
                    "no publication date in the document or from the caller: relative dates "
                    "in it stay unresolved; pass --published YYYY-MM-DD if you know it",
                    document.origin,
                )
            )
        article = Article(
            key=identity_key(document),
            text=text,
            content_hash=content_hash(text),
            kind=document.kind,
            origin=document.origin,
            language=language,
            language_basis=basis,
            published=published,
            date_basis=date_basis,
            title=_one_line(document.title),
            url=document.url,
            external_id=document.external_id,
            outlet=document.outlet or options.outlet,
            page_starts=document.page_starts,
            metadata=document.metadata,
        )
        return article, warnings

    def _language(self, document: RawDocument, text: str) -> tuple[str | None, LanguageBasis]:
        declared = _language_code(document.language)
        if declared:
            return declared, LanguageBasis.DECLARED
        guess = self.languages.identify(text)
        if guess.code is None:
            return None, LanguageBasis.UNKNOWN
        return guess.code, LanguageBasis.DETECTED


def identity_key(document: RawDocument) -> str:
    """What makes two ingests "the same document": the caller's id, else the URL, else the
    file it was read from (a weak identity: see `Store.add_article`). A very long value is
    replaced by its SHA-256 so that every key fits a database index."""
    if document.external_id is not None:
        prefix, value = "id", document.external_id
    elif document.url:
        prefix, value = "url", document.url
    else:
        prefix, value = "file", document.origin
    if len(value) > _LONGEST_KEY:
        return f"{prefix}-sha256:{hashlib.sha256(value.encode()).hexdigest()}"
    return f"{prefix}:{value}"


def _language_code(declared: str | None) -> str | None:
    """An ISO 639 code from a declared language ("en", "fr-FR", "pt_BR"); None for anything
    else ("Portuguese"), which is then identified from the text."""
    if not declared:
        return None
    code = re.split(r"[-_]", declared.strip(), maxsplit=1)[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def is_weak_key(key: str) -> bool:
    return key.startswith(("file:", "file-sha256:"))


def _one_line(title: str | None) -> str | None:
    return " ".join(title.split()) or None if title else None


def _attach(issue: Issue, article_id: int) -> Issue:
    return Issue(issue.code, issue.severity, issue.message, issue.origin, article_id)

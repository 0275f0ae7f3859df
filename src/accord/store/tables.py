"""The database schema. Only the store and the migrations import this module."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(2048), nullable=False),  # identity across versions
    Column("version", Integer, nullable=False),
    Column("is_current", Boolean, nullable=False),
    Column("external_id", String(512)),
    Column("url", String(4096)),
    Column("outlet", Text),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("search_text", Text, nullable=False),  # folded for search (see store.search)
    Column("content_hash", String(64), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("origin", String(4096), nullable=False),
    Column("language", String(8)),
    Column("language_basis", String(16), nullable=False),
    Column("published", Date),
    Column("date_basis", String(32), nullable=False),
    Column("page_starts", JSON, nullable=False),
    Column("extra", JSON, nullable=False),  # source metadata beyond the known fields
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("key", "version", name="uq_articles_key_version"),
    Index("ix_articles_content_hash", "content_hash"),
    Index("ix_articles_external_id", "external_id"),
    Index("ix_articles_published", "published"),
    Index("ix_articles_key_current", "key", "is_current"),
)

ingest_runs = Table(
    "ingest_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("targets", JSON, nullable=False),
    Column("stored", Integer, nullable=False, default=0),
    Column("new_versions", Integer, nullable=False, default=0),
    Column("unchanged", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
)

issues = Table(
    "issues",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("ingest_runs.id", ondelete="CASCADE")),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE")),
    Column("code", String(64), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("message", Text, nullable=False),
    Column("origin", String(4096), nullable=False),
    Index("ix_issues_article_id", "article_id"),
    Index("ix_issues_run_id", "run_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("extractor", Text, nullable=False),
    Column("event_type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("quad_class", Integer, nullable=False),
    Column("modality", String(16), nullable=False),
    Column("role", String(16), nullable=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_precision", String(8)),
    Column("country", String(3)),  # where it happened
    Column("record", JSON, nullable=False),  # the whole event, as `store.codec` writes it
    Column("extracted_at", DateTime(timezone=True), nullable=False),
    Index("ix_events_article_id", "article_id"),
    Index("ix_events_type_date", "event_type", "date_start"),
    sqlite_autoincrement=True,  # an event id is never reused, even after re-extraction
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("field", String(32), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("extractor", String(128), nullable=False),
    Column("version", String(32), nullable=False),
    Column("confidence", Float, nullable=False),
    Index("ix_evidence_event_id", "event_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", JSON),  # the resolved speaker, as `store.codec` writes an actor
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_text", Text),
    Index("ix_quotes_article_id", "article_id"),
)

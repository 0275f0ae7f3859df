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

article_duplicates = Table(
    "article_duplicates",
    metadata,
    # the later article of a near-duplicate pair points at the earliest copy it repeats
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("duplicate_of", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("similarity", Float, nullable=False),
    Column("method", String(32), nullable=False),  # "shingles", "numbers-names"
    Index("ix_article_duplicates_duplicate_of", "duplicate_of"),
)

canonical_events = Table(
    "canonical_events",
    metadata,
    Column("id", String(40), primary_key=True),  # stable across re-runs, see accord.dedup
    Column("event_type", String(16), nullable=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_precision", String(8)),
    Column("country", String(3)),
    Column("first_seen", Date),
    Column("outlets", Integer, nullable=False),
    Column("record", JSON, nullable=False),  # the merged event, as `store.codec` writes it
    Column("merged_at", DateTime(timezone=True), nullable=False),
    Index("ix_canonical_events_first_seen", "first_seen"),
    Index("ix_canonical_events_type_date", "event_type", "date_start"),
)

canonical_reports = Table(
    "canonical_reports",
    metadata,
    Column(
        "canonical_id",
        String(40),
        ForeignKey("canonical_events.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),  # "report" or "mention" (a background link)
    Column("position", Integer, nullable=False),  # earliest report first
    Column("duplicate_of", Integer),
    Index("ix_canonical_reports_event_id", "event_id"),
)

canonical_conflicts = Table(
    "canonical_conflicts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "canonical_id",
        String(40),
        ForeignKey("canonical_events.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("field", String(32), nullable=False),
    Column("values", JSON, nullable=False),  # [[value, [article ids]], ...]
    Index("ix_canonical_conflicts_canonical_id", "canonical_id"),
)

# The analyst's workbench (migration 0005): the search index over stored events, the
# record of deleted events, and review (users, sessions, corrections).

# The columns a facet filter reads (see the two filter indexes of `event_facets`).
FILTER_COLUMNS = (
    "date_start",
    "date_end",
    "country",
    "quad_class",
    "modality",
    "role",
    "is_current",
    "latitude",
    "longitude",
)

# One narrow row per stored event with every column a filter or an aggregate reads, so
# the dashboard scans a few megabytes instead of the events' JSON records. `is_current`
# follows the article's version (see `event_index.refresh_index`).
event_facets = Table(
    "event_facets",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", Integer, nullable=False),
    Column("is_current", Boolean, nullable=False),
    Column("event_type", String(16), nullable=False),
    Column("quad_class", Integer, nullable=False),
    Column("modality", String(16), nullable=False),
    Column("role", String(16), nullable=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("country", String(3)),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("place", Text),
    Column("signature", String(40), nullable=False),  # see event_index.event_signature
    Column("extracted_at", DateTime(timezone=True), nullable=False),
    # The two filter indexes hold every column a facet filter reads, so counting the events
    # a filter keeps reads the index alone, never a row per event.
    Index("ix_event_facets_date_start", *FILTER_COLUMNS),
    Index("ix_event_facets_type_date", "event_type", *FILTER_COLUMNS),
    Index("ix_event_facets_article_id", "article_id"),
    Index("ix_event_facets_signature", "signature"),
    Index("ix_event_facets_extracted_at", "extracted_at"),
)

# One row per actor-to-recipient pair of a stored event: the edges of the actor network.
event_links = Table(
    "event_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("source_key", String(200), nullable=False),
    Column("target_key", String(200), nullable=False),
    Index("ix_event_links_event_id", "event_id", "source_key", "target_key"),
)

# One row per actor or recipient of a stored event, for actor filters, pages and networks.
event_actors = Table(
    "event_actors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("side", String(10), nullable=False),  # "actor" or "recipient"
    Column("actor_key", String(200), nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String(3)),
    Column("kind", String(16), nullable=False),
    Column("role", Text),
    Index("ix_event_actors_event_id", "event_id"),
    Index("ix_event_actors_actor_key", "actor_key", "event_id"),
    Index("ix_event_actors_country", "country", "event_id"),
)

# Filled by a database trigger whenever an event row goes, so `since=` can report it.
event_deletions = Table(
    "event_deletions",
    metadata,
    Column("event_id", Integer, primary_key=True),
    Column("article_id", Integer, nullable=False),
    Column("deleted_at", DateTime(timezone=True), nullable=False),
    Index("ix_event_deletions_deleted_at", "deleted_at"),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(16), nullable=False),  # viewer, editor, admin
    Column("created_at", DateTime(timezone=True), nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

# A reviewer's decision on an event or one of its fields. Keyed on the article's identity
# and the event's signature, never on the event id, so it survives re-extraction.
corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_key", String(2048), nullable=False),
    Column("signature", String(40), nullable=False),
    Column("field", String(32)),  # None: the whole event
    Column("action", String(10), nullable=False),  # accept, edit, reject
    Column("value", JSON),  # the corrected value of an edit
    Column("reason", Text, nullable=False),
    Column("username", String(100), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("undone_at", DateTime(timezone=True)),
    Column("undone_by", String(100)),
    Index("ix_corrections_signature", "signature"),
    Index("ix_corrections_created_at", "created_at"),
)

"""Articles with versions, ingest runs and their issues; full-text search per dialect over
the folded `search_text` that the store writes (see `accord.store.search`).

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE articles_search USING fts5(search_text, content='articles', "
    "content_rowid='id', tokenize='unicode61')",
    "CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_search(articles_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER articles_search_update AFTER UPDATE OF search_text ON articles BEGIN "
    "INSERT INTO articles_search(articles_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO articles_search(rowid, search_text) VALUES (new.id, new.search_text); END",
)
_POSTGRES_SEARCH = (
    "CREATE INDEX ix_articles_search ON articles USING GIN (to_tsvector('simple', search_text))",
)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(2048), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("is_current", sa.Boolean, nullable=False),
        sa.Column("external_id", sa.String(512)),
        sa.Column("url", sa.String(4096)),
        sa.Column("outlet", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("origin", sa.String(4096), nullable=False),
        sa.Column("language", sa.String(8)),
        sa.Column("language_basis", sa.String(16), nullable=False),
        sa.Column("published", sa.Date),
        sa.Column("date_basis", sa.String(32), nullable=False),
        sa.Column("page_starts", sa.JSON, nullable=False),
        sa.Column("extra", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("key", "version", name="uq_articles_key_version"),
    )
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_articles_external_id", "articles", ["external_id"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_key_current", "articles", ["key", "is_current"])
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("targets", sa.JSON, nullable=False),
        sa.Column("stored", sa.Integer, nullable=False),
        sa.Column("new_versions", sa.Integer, nullable=False),
        sa.Column("unchanged", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
    )
    op.create_table(
        "issues",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "run_id",
            sa.Integer,
            sa.ForeignKey(
                "ingest_runs.id", ondelete="CASCADE", name="fk_issues_run_id_ingest_runs"
            ),
        ),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE", name="fk_issues_article_id_articles"),
        ),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("origin", sa.String(4096), nullable=False),
    )
    op.create_index("ix_issues_article_id", "issues", ["article_id"])
    op.create_index("ix_issues_run_id", "issues", ["run_id"])
    dialect = op.get_bind().dialect.name
    for statement in _SQLITE_SEARCH if dialect == "sqlite" else _POSTGRES_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_search")
    op.drop_table("issues")
    op.drop_table("ingest_runs")
    op.drop_table("articles")

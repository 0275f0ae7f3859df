"""Near-duplicate articles and canonical events: one real-world event, its many reports.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _article_fk(table: str, column: str) -> sa.ForeignKey:
    return sa.ForeignKey("articles.id", ondelete="CASCADE", name=f"fk_{table}_{column}_articles")


def upgrade() -> None:
    op.create_table(
        "article_duplicates",
        sa.Column(
            "article_id",
            sa.Integer,
            _article_fk("article_duplicates", "article_id"),
            primary_key=True,
        ),
        sa.Column(
            "duplicate_of",
            sa.Integer,
            _article_fk("article_duplicates", "duplicate_of"),
            nullable=False,
        ),
        sa.Column("similarity", sa.Float, nullable=False),
        sa.Column("method", sa.String(32), nullable=False),
    )
    op.create_index("ix_article_duplicates_duplicate_of", "article_duplicates", ["duplicate_of"])
    op.create_table(
        "canonical_events",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("event_type", sa.String(16), nullable=False),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("country", sa.String(3)),
        sa.Column("first_seen", sa.Date),
        sa.Column("outlets", sa.Integer, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_canonical_events_first_seen", "canonical_events", ["first_seen"])
    op.create_index(
        "ix_canonical_events_type_date", "canonical_events", ["event_type", "date_start"]
    )
    op.create_table(
        "canonical_reports",
        sa.Column(
            "canonical_id",
            sa.String(40),
            sa.ForeignKey(
                "canonical_events.id",
                ondelete="CASCADE",
                name="fk_canonical_reports_canonical_id_canonical_events",
            ),
            primary_key=True,
        ),
        sa.Column(
            "event_id",
            sa.Integer,
            sa.ForeignKey(
                "events.id", ondelete="CASCADE", name="fk_canonical_reports_event_id_events"
            ),
            primary_key=True,
        ),
        sa.Column(
            "article_id", sa.Integer, _article_fk("canonical_reports", "article_id"), nullable=False
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("duplicate_of", sa.Integer),
    )
    op.create_index("ix_canonical_reports_event_id", "canonical_reports", ["event_id"])
    op.create_table(
        "canonical_conflicts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "canonical_id",
            sa.String(40),
            sa.ForeignKey(
                "canonical_events.id",
                ondelete="CASCADE",
                name="fk_canonical_conflicts_canonical_id_canonical_events",
            ),
            nullable=False,
        ),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("values", sa.JSON, nullable=False),
    )
    op.create_index("ix_canonical_conflicts_canonical_id", "canonical_conflicts", ["canonical_id"])


def downgrade() -> None:
    op.drop_table("canonical_conflicts")
    op.drop_table("canonical_reports")
    op.drop_table("canonical_events")
    op.drop_table("article_duplicates")

"""The analyst's workbench: a narrow index of stored events and their actors, deleted events
(recorded by a trigger, for incremental sync), users, sessions and review corrections.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SQLITE_TRIGGER = """
CREATE TRIGGER tr_events_deleted AFTER DELETE ON events
BEGIN
  INSERT OR REPLACE INTO event_deletions (event_id, article_id, deleted_at)
  VALUES (OLD.id, OLD.article_id, strftime('%Y-%m-%d %H:%M:%f000', 'now'));
END
"""

_POSTGRES_FUNCTION = """
CREATE FUNCTION record_event_deletion() RETURNS trigger AS $$
BEGIN
  INSERT INTO event_deletions (event_id, article_id, deleted_at)
  VALUES (OLD.id, OLD.article_id, now())
  ON CONFLICT (event_id) DO UPDATE SET deleted_at = EXCLUDED.deleted_at;
  RETURN OLD;
END
$$ LANGUAGE plpgsql
"""

_POSTGRES_TRIGGER = """
CREATE TRIGGER tr_events_deleted AFTER DELETE ON events
FOR EACH ROW EXECUTE FUNCTION record_event_deletion()
"""


def _event_fk(table: str) -> sa.ForeignKey:
    return sa.ForeignKey("events.id", ondelete="CASCADE", name=f"fk_{table}_event_id_events")


def upgrade() -> None:
    op.create_table(
        "event_facets",
        sa.Column("event_id", sa.Integer, _event_fk("event_facets"), primary_key=True),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.Column("is_current", sa.Boolean, nullable=False),
        sa.Column("event_type", sa.String(16), nullable=False),
        sa.Column("quad_class", sa.Integer, nullable=False),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("country", sa.String(3)),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("place", sa.Text),
        sa.Column("signature", sa.String(40), nullable=False),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=False),
    )
    filters = [
        "date_start",
        "date_end",
        "country",
        "quad_class",
        "modality",
        "role",
        "is_current",
        "latitude",
        "longitude",
    ]
    for name, columns in (
        ("date_start", filters),
        ("type_date", ["event_type", *filters]),
        ("article_id", ["article_id"]),
        ("signature", ["signature"]),
        ("extracted_at", ["extracted_at"]),
    ):
        op.create_index(f"ix_event_facets_{name}", "event_facets", columns)
    op.create_table(
        "event_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer, _event_fk("event_links"), nullable=False),
        sa.Column("source_key", sa.String(200), nullable=False),
        sa.Column("target_key", sa.String(200), nullable=False),
    )
    op.create_index(
        "ix_event_links_event_id", "event_links", ["event_id", "source_key", "target_key"]
    )
    op.create_table(
        "event_actors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer, _event_fk("event_actors"), nullable=False),
        sa.Column("side", sa.String(10), nullable=False),
        sa.Column("actor_key", sa.String(200), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("role", sa.Text),
    )
    op.create_index("ix_event_actors_event_id", "event_actors", ["event_id"])
    op.create_index("ix_event_actors_actor_key", "event_actors", ["actor_key", "event_id"])
    op.create_index("ix_event_actors_country", "event_actors", ["country", "event_id"])
    op.create_table(
        "event_deletions",
        sa.Column("event_id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_event_deletions_deleted_at", "event_deletions", ["deleted_at"])
    _create_review_tables()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_POSTGRES_FUNCTION)
        op.execute(_POSTGRES_TRIGGER)
    else:
        op.execute(_SQLITE_TRIGGER)


def _create_review_tables() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("username", name="uq_users_username"),
    )
    op.create_table(
        "sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer,
            sa.ForeignKey("users.id", ondelete="CASCADE", name="fk_sessions_user_id_users"),
            nullable=False,
        ),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_key", sa.String(2048), nullable=False),
        sa.Column("signature", sa.String(40), nullable=False),
        sa.Column("field", sa.String(32)),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("value", sa.JSON),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True)),
        sa.Column("undone_by", sa.String(100)),
    )
    op.create_index("ix_corrections_signature", "corrections", ["signature"])
    op.create_index("ix_corrections_created_at", "corrections", ["created_at"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tr_events_deleted ON events")
        op.execute("DROP FUNCTION IF EXISTS record_event_deletion()")
    else:
        op.execute("DROP TRIGGER IF EXISTS tr_events_deleted")
    for table in ("corrections", "sessions", "users", "event_deletions"):
        op.drop_table(table)
    op.drop_table("event_links")
    op.drop_table("event_actors")
    op.drop_table("event_facets")

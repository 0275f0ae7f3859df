"""Alembic environment: runs on the connection the store hands over, or on
ACCORD_DATABASE_URL when invoked from the `alembic` command line."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from accord.settings import Settings
from accord.store.tables import metadata

config = context.config
connection = config.attributes.get("connection")

if connection is None:
    engine = create_engine(Settings.from_environment().database_url)
    with engine.begin() as own_connection:
        context.configure(connection=own_connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()

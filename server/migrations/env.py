"""Alembic environment of the central server; the connection is handed in by server.db."""

from alembic import context

from server.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

"""Alembic environment: always runs on the connection handed over by kiosk.store.db."""

from alembic import context

from kiosk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

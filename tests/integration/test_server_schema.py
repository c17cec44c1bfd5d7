"""The server's models and its own Alembic migrations describe the same schema."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.dialects import sqlite

from server.db import HEAD, Database
from server.models import Base, UtcDateTime


# The enrolment's session id is indexed by an expression over its JSON (migration 0012),
# which SQLAlchemy cannot reflect and therefore leaves out of the comparison.
@pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index:sqlalchemy.exc.SAWarning"
)
def test_server_models_match_migrations(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            assert compare_metadata(context, Base.metadata) == []
            assert context.get_current_revision() == HEAD
    finally:
        db.close()


def test_sqlite_times_are_stored_in_sqlalchemys_own_text_form() -> None:
    """The fused bind step of UtcDateTime writes exactly what DATETIME would have."""
    dialect = sqlite.dialect()
    fused = UtcDateTime().bind_processor(dialect)
    standard = sqlite.DATETIME().bind_processor(dialect)
    assert fused is not None and standard is not None
    wib = dt.timezone(dt.timedelta(hours=7))
    for value in (
        dt.datetime(2026, 3, 2, 9, 30, tzinfo=wib),
        dt.datetime(2026, 3, 2, 0, 0, 0, 1, tzinfo=dt.UTC),
        dt.datetime(999, 1, 1, 23, 59, 59, 999999, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    ):
        naive_utc = value.astimezone(dt.UTC).replace(tzinfo=None)
        assert fused(value) == standard(naive_utc)
    assert fused(None) is None

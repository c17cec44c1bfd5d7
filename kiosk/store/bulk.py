"""Fast bulk inserts: one executemany with the columns' own type conversions, for imports and
demo data where SQLAlchemy's per-row statement machinery would dominate."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

Processor = Callable[[Any], Any]


def _processors(table: Table, columns: Sequence[str], dialect: Any) -> list[Processor | None]:
    # The dialect's implementation of each type gives the same conversion SQLAlchemy applies
    # itself (a TypeDecorator's process_bind_param included).
    return [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns]


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys) into ``table`` inside the session's transaction."""
    if not rows:
        return
    columns = list(rows[0])
    connection = session.connection()
    dialect = connection.dialect
    processors = _processors(table, columns, dialect)
    prepared = []
    for row in rows:
        prepared.append(
            tuple(
                value if processor is None or value is None else processor(value)
                for value, processor in zip((row[c] for c in columns), processors, strict=True)
            )
        )
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    # Column names come from the table definition, never from input: nothing is interpolated
    # that a user could control.
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', prepared)

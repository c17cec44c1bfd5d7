"""Fast bulk inserts: one executemany with the columns' own type conversions, for imports and
demo data where SQLAlchemy's per-row statement machinery would dominate.

Encoding (column values to driver values) and inserting are separate steps, so that rows can
be encoded away from the connection (in the workers of a process pool) and inserted by the
one writer."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from kiosk.domain.chunks import in_chunks

Processor = Callable[[Any], Any]
_NOTHING = object()


def placeholders(count: int) -> str:
    """``?, ?, ...``: one bound parameter per value of an ``IN (...)`` list or row."""
    return ", ".join("?" * count)


def _convert(values: list[Any], processor: Processor) -> list[Any]:
    out: list[Any] = []
    last_in: Any = _NOTHING
    last_out: Any = None
    for value in values:
        # Rows of one batch share many values (the same timestamp object in every row):
        # a value that is the very object of the row before converts to the same result.
        if value is not last_in:
            last_in = value
            last_out = None if value is None else processor(value)
        out.append(last_out)
    return out


class RowEncoder:
    """Column values to driver values for some columns of a table, with the conversions
    SQLAlchemy itself applies (a TypeDecorator's process_bind_param included)."""

    def __init__(self, table: Table, columns: Sequence[str], dialect: Dialect) -> None:
        self.table = table
        self.columns = tuple(columns)
        self._processors: list[Processor | None] = [
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns
        ]

    def encode_columns(self, values: Sequence[list[Any]]) -> list[tuple[Any, ...]]:
        """Rows for :func:`insert_encoded`, from one list of values per column."""
        converted = [
            column if processor is None else _convert(column, processor)
            for column, processor in zip(values, self._processors, strict=True)
        ]
        return list(zip(*converted, strict=True))

    def encode(self, rows: Sequence[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
        """Rows for :func:`insert_encoded`, from dicts that hold (at least) these columns."""
        return self.encode_columns([[row[name] for row in rows] for name in self.columns])


def insert_encoded(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert rows encoded by a :class:`RowEncoder` inside the session's transaction."""
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    marks = placeholders(len(columns))
    # Column names come from the table definition, never from input: nothing is interpolated
    # that a user could control.
    session.connection().exec_driver_sql(
        f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', list(rows)
    )


def any_stored(session: Session, table: Table, column: str, values: Sequence[Any]) -> bool:
    """Whether some row of ``table`` holds one of ``values`` in ``column`` (indexed, one
    would hope); plain driver queries, for batches of thousands of values."""
    for chunk in in_chunks(values):
        # Names come from the table definition; the values are bound, never interpolated.
        name = table.c[column].name
        found = session.connection().exec_driver_sql(
            f'SELECT 1 FROM "{table.name}" WHERE "{name}" IN ({placeholders(len(chunk))}) LIMIT 1',
            tuple(chunk),
        )
        if found.first() is not None:
            return True
    return False


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys) into ``table`` inside the session's transaction."""
    if not rows:
        return
    encoder = RowEncoder(table, list(rows[0]), session.connection().dialect)
    insert_encoded(session, table, encoder.columns, encoder.encode(rows))

"""The store's fast path: Core statements compiled once and run on the raw driver connection
(a card scan, ``Store.hot_transaction``), and rows encoded for one executemany (demo data).

The SQL is generated from the table definitions, and every value is converted by its column's
own type (a TypeDecorator's too), exactly as SQLAlchemy would: a row written here reads back
through the models like any other, and no column list or date format is written out by hand.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.types import TypeEngine

from kiosk.store.models import Base

Processor = Callable[[Any], Any]
_NOTHING = object()
_REQUIRED = object()


@functools.cache
def store_dialect() -> Dialect:
    """The SQL dialect of the store's engines, made without a connection (so that a
    process-pool worker encodes values the same way)."""
    from sqlalchemy import create_engine

    return create_engine("sqlite://").dialect


def _bind_processor(kind: TypeEngine[Any]) -> Processor | None:
    dialect = store_dialect()
    return kind.dialect_impl(dialect).bind_processor(dialect)


def _result_processor(kind: TypeEngine[Any]) -> Processor | None:
    dialect = store_dialect()
    return kind.dialect_impl(dialect).result_processor(dialect, None)


@dataclass(frozen=True)
class _Parameter:
    name: str
    processor: Processor | None
    default: Any  # a value, or _REQUIRED
    expanding: bool
    factory: Callable[[], Any] | None = None  # a callable default, called for each row

    def missing(self) -> Any:
        if self.factory is not None:
            return self.factory()
        if self.default is _REQUIRED:
            raise KeyError(f"no value for {self.name!r}")
        return self.default


class _Compiled:
    def __init__(self, statement: ClauseElement, column_keys: Sequence[str] | None) -> None:
        dialect = store_dialect()
        compiled = cast(SQLCompiler, statement.compile(dialect=dialect, column_keys=column_keys))
        self.sql = str(compiled)
        # Columns that the statement fills with their Python-side default when a row leaves
        # them out (an insert's prefetched defaults).
        defaults: dict[str, Any] = {}
        factories: dict[str, Callable[[], Any]] = {}
        for column in getattr(compiled, "insert_prefetch", ()):
            default = column.default
            if default is not None and default.is_scalar:
                defaults[column.key] = default.arg
            elif default is not None and default.is_callable:
                # SQLAlchemy wraps a plain callable (``default=list``) to take an execution
                # context, which such a constructor never uses.
                factories[column.key] = functools.partial(default.arg, None)
            else:
                raise ValueError(f"{column} has a default the fast path cannot apply")
        self.parameters: list[_Parameter] = []
        for name in compiled.positiontup or ():
            bind = compiled.binds[name]
            value = defaults.get(name, _REQUIRED if bind.value is None else bind.value)
            self.parameters.append(
                _Parameter(
                    name,
                    _bind_processor(bind.type),
                    value,
                    bool(bind.expanding),
                    factories.get(name),
                )
            )
        selected = getattr(statement, "selected_columns", ())
        self.results = [_result_processor(column.type) for column in selected]
        self.convert_results = any(p is not None for p in self.results)
        self.expanding = any(p.expanding for p in self.parameters)
        self._expanded: dict[tuple[int, ...], str] = {}

    def bind(self, values: Mapping[str, Any]) -> tuple[str, list[Any]]:
        out: list[Any] = []
        sizes: list[int] = []
        for parameter in self.parameters:
            value = values.get(parameter.name, _NOTHING)
            if value is _NOTHING:
                value = parameter.missing()
            processor = parameter.processor
            if parameter.expanding:
                items = list(value)
                sizes.append(len(items))
                out.extend(items if processor is None else [processor(v) for v in items])
            else:
                out.append(value if processor is None or value is None else processor(value))
        if not self.expanding:
            return self.sql, out
        return self._expanded_sql(tuple(sizes)), out

    def _expanded_sql(self, sizes: tuple[int, ...]) -> str:
        sql = self._expanded.get(sizes)
        if sql is None:
            sql = self.sql
            expanding = [p for p in self.parameters if p.expanding]
            for parameter, size in zip(expanding, sizes, strict=True):
                if size == 0:
                    raise ValueError(f"empty IN list for {parameter.name!r}")
                marks = ", ".join("?" * size)
                sql = sql.replace(f"__[POSTCOMPILE_{parameter.name}]", marks)
            self._expanded[sizes] = sql
        return sql

    def decode(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(
            value if processor is None else processor(value)
            for value, processor in zip(row, self.results, strict=True)
        )


class RawStatement:
    """A Core statement (``select()``, ``insert()``, ...) for the raw driver connection of
    ``Store.hot_transaction``: compiled once, on first use; its parameters (``bindparam``
    names) and result columns converted by their types. An expanding parameter
    (``bindparam(name, expanding=True)``) takes a sequence: the values of an IN (...) list.
    """

    def __init__(self, statement: ClauseElement, *, column_keys: Sequence[str] | None = None):
        self.statement = statement
        self._column_keys = None if column_keys is None else list(column_keys)
        self._compiled: _Compiled | None = None

    @property
    def _ready(self) -> _Compiled:
        if self._compiled is None:
            self._compiled = _Compiled(self.statement, self._column_keys)
        return self._compiled

    @property
    def sql(self) -> str:
        return self._ready.sql

    @property
    def names(self) -> tuple[str, ...]:
        """The parameters, in the order of the statement's placeholders."""
        return tuple(p.name for p in self._ready.parameters)

    def execute(self, db: sqlite3.Connection, /, **values: Any) -> None:
        sql, parameters = self._ready.bind(values)
        db.execute(sql, parameters)

    def all(self, db: sqlite3.Connection, /, **values: Any) -> list[tuple[Any, ...]]:
        compiled = self._ready
        sql, parameters = compiled.bind(values)
        rows = db.execute(sql, parameters).fetchall()
        if not compiled.convert_results:
            return rows
        return [compiled.decode(row) for row in rows]

    def first(self, db: sqlite3.Connection, /, **values: Any) -> tuple[Any, ...] | None:
        compiled = self._ready
        sql, parameters = compiled.bind(values)
        row: tuple[Any, ...] | None = db.execute(sql, parameters).fetchone()
        if row is None or not compiled.convert_results:
            return row
        return compiled.decode(row)


@functools.lru_cache(maxsize=128)
def insert_statement(table: str, columns: tuple[str, ...]) -> RawStatement:
    """``INSERT INTO table (...)`` for rows holding ``columns`` (any other column with a
    Python-side default gets it; see :attr:`RawStatement.names` for the order)."""
    definition = Base.metadata.tables[table]
    unknown = set(columns) - set(definition.c.keys())
    if unknown:
        raise KeyError(f"{table} has no column {sorted(unknown)}")
    return RawStatement(insert(definition), column_keys=columns)


def insert_row(db: sqlite3.Connection, table: Table, row: Mapping[str, Any]) -> None:
    """Insert one row (its keys are column names) on the raw connection, in its transaction."""
    insert_statement(table.name, tuple(row)).execute(db, **row)


@dataclass(frozen=True)
class EncodedRows:
    """Rows of one table as driver values, in the order of ``columns``; plain data that
    pickles as it is (it may come from a process-pool worker)."""

    table: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def _convert(values: Iterable[Any], processor: Processor) -> list[Any]:
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


def encode_rows(table: Table, rows: Sequence[Mapping[str, Any]]) -> EncodedRows:
    """``rows`` (dicts with the same keys, column names of ``table``) as driver values for
    :func:`insert_encoded`, one column at a time."""
    if not rows:
        return EncodedRows(table.name, (), [])
    statement = insert_statement(table.name, tuple(rows[0]))
    columns: list[list[Any]] = []
    for parameter in statement._ready.parameters:
        name = parameter.name
        values = (
            [row[name] for row in rows] if name in rows[0] else [parameter.missing() for _ in rows]
        )
        processor = parameter.processor
        columns.append(values if processor is None else _convert(values, processor))
    return EncodedRows(table.name, statement.names, list(zip(*columns, strict=True)))


def insert_encoded(session: Session, encoded: EncodedRows) -> None:
    """Insert rows made by :func:`encode_rows` in one executemany, in the session's
    transaction."""
    if encoded.rows:
        sql = insert_statement(encoded.table, encoded.columns).sql
        session.connection().exec_driver_sql(sql, encoded.rows)

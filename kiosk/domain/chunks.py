"""Slices of a list small enough for one SQL ``IN (...)`` list: one size for the kiosk and
the server."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

# Values per IN (...) list. Far below SQLite's limit on bound parameters (32 766 since 3.32;
# 999 before), even for a query with four such lists (server/ingest/attendance.py), and
# PostgreSQL's (65 535).
IN_CHUNK = 500


def in_chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    """``values`` in slices small enough for one ``IN (...)`` list each."""
    for start in range(0, len(values), IN_CHUNK):
        yield values[start : start + IN_CHUNK]

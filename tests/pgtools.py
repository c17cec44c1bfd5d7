"""Throwaway databases on a PostgreSQL test cluster, for tests, the fuzz run and benchmarks."""

from __future__ import annotations

import uuid


def create_database(base: str, prefix: str = "t_") -> str:
    """A new, empty database on the cluster `base` points at; its SQLAlchemy URL."""
    import psycopg

    name = prefix + uuid.uuid4().hex[:12]
    admin = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # a generated name, never user input
    head, _, _ = base.rpartition("/")
    return f"{head}/{name}"

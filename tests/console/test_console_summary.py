"""The console's summary tables, kept up on ingest through real syncs of several kiosks, hold
exactly what the raw tables give when recomputed from scratch (as migrations 0012 and 0014 do)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, create_engine, text

from server.summary import rebuild
from tests.console.fleet import Fleet

TALLIES = {
    "registration_tally": "site, day, eligible, people",
    "reason_tally": "site, day, reason, people",
    "session_day_tally": "session_id, local_day, check_ins",
    "presence_tally": "session_id, applicant_id, days",
    "class_size_tally": "session_id, enrolled",
    "month_tally": "site, month, registered, eligible, ineligible, enrolled, attended, certified, "
    "placed",
}


def _snapshot(connection: Connection) -> dict[str, set[tuple[Any, ...]]]:
    # Fixed table and column names; a zero row is the same as no row.
    return {
        table: {
            tuple(str(v) for v in row)
            for row in connection.execute(text(f"SELECT {columns} FROM {table}"))
            if any(isinstance(v, int) and v for v in row)
        }
        for table, columns in TALLIES.items()
    }


def test_tallies_kept_on_ingest_equal_tallies_recomputed_from_raw_rows(fleet: Fleet) -> None:
    engine = create_engine(fleet.server.database_url)
    try:
        with engine.connect() as connection:
            kept = _snapshot(connection)
            rebuild(connection)
            recomputed = _snapshot(connection)
            connection.rollback()  # the server's own tallies stay as ingest left them
            people = connection.execute(text("SELECT count(*) FROM person")).scalar_one()
            check_ins = connection.execute(
                text("SELECT count(*) FROM attendance WHERE kind = 'check_in'")
            ).scalar_one()
    finally:
        engine.dispose()
    assert kept == recomputed
    # The fleet really registered people at two sites and recorded check-ins.
    assert sum(int(row[-1]) for row in kept["registration_tally"]) == people > 0
    assert {row[0] for row in kept["registration_tally"]} >= {"BLK-A", "BLK-B"}
    assert sum(int(row[-1]) for row in kept["session_day_tally"]) == check_ins > 0
    assert kept["presence_tally"]
    assert kept["class_size_tally"]
    assert sum(int(row[2]) for row in kept["month_tally"]) == people

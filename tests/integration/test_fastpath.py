"""The store's fast path (kiosk.store.fastpath) writes and reads what the models do."""

from __future__ import annotations

import datetime as dt
from typing import cast

import pytest
from sqlalchemy import Table, bindparam, func, select

from kiosk.domain.ids import new_id
from kiosk.services.kiosk import KioskServices
from kiosk.store.fastpath import RawStatement, encode_rows, insert_encoded, insert_row
from kiosk.store.models import OutboxEvent, TrainingProgram
from tests.conftest import JAKARTA

OUTBOX = cast(Table, OutboxEvent.__table__)
PROGRAM = cast(Table, TrainingProgram.__table__)
SINCE = dt.datetime(2026, 3, 2, 8, 15, 30, 123456, tzinfo=JAKARTA)

PROGRAM_ON = RawStatement(
    select(TrainingProgram.id, TrainingProgram.created_at, TrainingProgram.prakerja_funded)
    .where(TrainingProgram.created_at >= bindparam("since"))
    .order_by(TrainingProgram.title)
)
PROGRAMS_NAMED = RawStatement(
    select(func.count()).where(TrainingProgram.title.in_(bindparam("titles", expanding=True)))
)


def _program(title: str, **values: object) -> dict[str, object]:
    return {"id": new_id(), "title": title, "category": "teknik", "hours": 40, **values}


def test_a_row_written_raw_reads_back_through_the_models(kiosk: KioskServices) -> None:
    event = kiosk.ctx.outbox_row("training_program", "p1", "create", {"hours": 40}, SINCE)
    with kiosk.store.hot_transaction() as db:
        insert_row(db, OUTBOX, event)  # seq, last_error and acked_at left to the table
    with kiosk.store.reading() as session:
        stored = session.scalars(select(OutboxEvent).where(OutboxEvent.id == event["id"])).one()
    assert stored.created_at == SINCE  # the same instant, read back in UTC
    assert stored.created_at.tzinfo == dt.UTC
    assert stored.payload == event["payload"]
    assert (stored.status, stored.attempts, stored.acked_at) == ("pending", 0, None)


def test_parameters_and_results_are_converted_by_their_column_types(
    kiosk: KioskServices,
) -> None:
    with kiosk.store.hot_transaction() as db:
        # prakerja_funded left out: its Python-side default (True) applies, as in the ORM.
        insert_row(db, PROGRAM, _program("Barista", created_at=SINCE))
        insert_row(db, PROGRAM, _program("Animasi", created_at=SINCE, prakerja_funded=False))
        insert_row(db, PROGRAM, _program("Las", created_at=SINCE - dt.timedelta(days=1)))
    with kiosk.store.hot_transaction(write=False) as db:
        found = PROGRAM_ON.all(db, since=SINCE)
        counted = PROGRAMS_NAMED.first(db, titles=["Barista", "Las", "Tata Rias"])
    assert [(at, funded) for _, at, funded in found] == [(SINCE, False), (SINCE, True)]
    assert counted == (2,)


def test_a_missing_parameter_is_an_error_not_a_null(kiosk: KioskServices) -> None:
    with kiosk.store.hot_transaction(write=False) as db, pytest.raises(KeyError, match="since"):
        PROGRAM_ON.all(db)


def test_encoded_rows_insert_in_one_executemany(kiosk: KioskServices) -> None:
    rows = [_program(f"Kelas {i}", created_at=SINCE) for i in range(3)]
    encoded = encode_rows(PROGRAM, rows)
    assert "prakerja_funded" in encoded.columns  # the default, filled in
    with kiosk.store.transaction() as session:
        insert_encoded(session, encoded)
    with kiosk.store.reading() as session:
        stored = session.scalars(select(TrainingProgram).order_by(TrainingProgram.title)).all()
    assert [(p.title, p.created_at, p.prakerja_funded) for p in stored] == [
        (f"Kelas {i}", SINCE, True) for i in range(3)
    ]


def test_a_column_the_table_does_not_have_is_refused(kiosk: KioskServices) -> None:
    with kiosk.store.hot_transaction() as db, pytest.raises(KeyError, match="colour"):
        insert_row(db, PROGRAM, _program("Barista", created_at=SINCE, colour="red"))
    with kiosk.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(TrainingProgram)) == 0

"""Vacancy lists as XLSX: the same columns and rules as the CSV, on a real SQLite server
database, with workbooks written by the project's own writer and by openpyxl."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from kiosk.sync.xlsx import write_workbook
from server.db import Database
from server.models import ChangeLog
from server.placement import ImportRefused, import_vacancy_file, set_site_region
from server.placement_models import VacancyRecord
from tests.integration.test_placement_server import HEADER, ROW_BDG, ROW_JKT

NOW = dt.datetime(2026, 3, 2, 3, tzinfo=dt.UTC)


def _cells(line: str) -> list[str]:
    return line.rstrip("\n").split(",")


def _own_writer(lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    write_workbook(buffer, [_cells(line) for line in lines], sheet_name="Lowongan")
    return buffer.getvalue()


def _openpyxl(rows: list[list[object]], extra_sheet: bool = False) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    if extra_sheet:  # only the first sheet is read
        book.create_sheet("Catatan").append(["employer", "bukan lowongan"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _count(db: Database) -> tuple[int, int]:
    with db.transaction() as session:
        return (
            session.scalar(select(func.count()).select_from(VacancyRecord)) or 0,
            session.scalar(select(func.count()).select_from(ChangeLog)) or 0,
        )


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    with database.transaction() as session:
        set_site_region(session, "BLK-BDG", "32")
    yield database  # type: ignore[misc]
    database.close()


def test_own_writer_xlsx_imports_like_the_csv(db: Database) -> None:
    data = _own_writer([HEADER, ROW_BDG, ROW_JKT])
    with db.transaction() as session:
        result = import_vacancy_file(session, "lowongan.xlsx", data, NOW)
    assert (result.published, result.already) == (2, 0)
    with db.transaction() as session:
        # The same rows as CSV are the same vacancies: nothing is published twice.
        again = import_vacancy_file(
            session, "lowongan.csv", (HEADER + ROW_BDG + ROW_JKT).encode(), NOW
        )
        assert (again.published, again.already) == (0, 2)
        bandung = session.scalars(
            select(VacancyRecord).where(VacancyRecord.province_code == "32")
        ).one()
    assert bandung.data["skills"] == ["Menjahit", "Obras"]
    assert bandung.data["checked"] is True and bandung.data["age_max"] == 35


def test_real_excel_dates_numbers_and_booleans(db: Database) -> None:
    header = _cells(HEADER)
    row: list[object] = [
        "PT Contoh Logistik", "Pengemudi", "8322", 3, dt.datetime(2026, 2, 1),
        dt.date(2026, 5, 31), "32.73", "sma_smk", 21, 45.0, "L", "Mengemudi", 2, 4_500_000,
        None, "employer", True,
    ]  # fmt: skip
    data = _openpyxl([header, row, [None] * len(header)], extra_sheet=True)
    with db.transaction() as session:
        result = import_vacancy_file(session, "Lowongan Maret.XLSX", data, NOW)
    assert result.published == 1
    with db.transaction() as session:
        record = session.scalars(select(VacancyRecord)).one()
    assert record.data["valid_from"] == "2026-02-01"
    assert record.data["valid_until"] == "2026-05-31"
    assert (record.data["openings"], record.data["age_max"], record.data["wage_min"]) == (
        3,
        45,
        4_500_000,
    )
    assert record.data["sex"] == "L" and record.data["checked"] is True
    assert record.data["wage_max"] is None


def test_a_bad_row_refuses_the_whole_workbook(db: Database) -> None:
    header = _cells(HEADER)
    good = _cells(ROW_BDG)
    bad_isco = _cells(ROW_JKT.replace("2512", "9999"))
    bad_date = _cells(ROW_JKT)
    bad_date[4] = "1 Februari"
    too_wide = [*_cells(ROW_BDG), "di luar header"]
    data = _openpyxl([header, good, bad_isco, bad_date, too_wide])
    with pytest.raises(ImportRefused) as refused, db.transaction() as session:
        import_vacancy_file(session, "lowongan.xlsx", data, NOW)
    lines = refused.value.lines
    assert [line.split(":")[0] for line in lines] == ["row 3", "row 4", "row 5"]
    assert "ISCO" in lines[0] and "more fields" in lines[2]
    assert _count(db) == (0, 0)


def test_a_formula_is_never_evaluated(db: Database) -> None:
    """openpyxl evaluates nothing: a formula cell without a saved value is empty, and the
    empty required field refuses the row."""
    header = _cells(HEADER)
    row: list[object] = _cells(ROW_BDG)
    row[3] = "=1+1"
    data = _openpyxl([header, row])
    with pytest.raises(ImportRefused) as refused, db.transaction() as session:
        import_vacancy_file(session, "lowongan.xlsx", data, NOW)
    assert refused.value.lines[0].startswith("row 2:")
    assert _count(db) == (0, 0)


def test_missing_columns_and_wrong_files(db: Database) -> None:
    cases = {
        "kolom.xlsx": _openpyxl([["employer", "title"], ["A", "B"]]),
        "rusak.xlsx": b"PK\x03\x04 not really a zip",
        "lowongan.xls": b"\xd0\xcf\x11\xe0",
        "latin1.csv": (HEADER + ROW_BDG.replace("Operator", "Op\xe9rator")).encode("latin-1"),
    }
    reasons = {}
    for name, data in cases.items():
        with pytest.raises(ImportRefused) as refused, db.transaction() as session:
            import_vacancy_file(session, name, data, NOW)
        reasons[name] = refused.value.lines[0]
    assert "missing columns" in reasons["kolom.xlsx"]
    assert "damaged" in reasons["rusak.xlsx"]
    assert "only .csv and .xlsx" in reasons["lowongan.xls"]
    assert "UTF-8" in reasons["latin1.csv"]
    assert _count(db) == (0, 0)

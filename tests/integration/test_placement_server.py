"""Server side of placement on a real SQLite database: CSV import, province scope, stages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.domain.ids import new_id
from server.changes import pull_page
from server.db import Database
from server.models import ChangeLog
from server.placement import (
    ImportRefused,
    StageRefused,
    import_vacancies,
    set_site_region,
    set_stage,
)
from server.placement_models import Application, VacancyRecord

NOW = dt.datetime(2026, 3, 2, 3, tzinfo=dt.UTC)
HEADER = "employer,title,isco_code,openings,valid_from,valid_until,regency_code,education_min,age_min,age_max,sex,skills,experience_years,wage_min,wage_max,source,checked\n"
ROW_BDG = "PT Contoh Garmen,Operator jahit,8153,1,2026-02-01,2026-04-30,32.73,smp,18,35,,Menjahit;Obras,1,3000000,4000000,employer,ya\n"
ROW_JKT = "PT Contoh Digital,Pengembang,2512,2,2026-02-01,2026-04-30,31.71,d4_s1,,,,Python,2,,,imported,\n"


def test_import_publishes_by_province_and_is_idempotent(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        with db.transaction() as session:
            set_site_region(session, "BLK-BDG", "32")
            result = import_vacancies(session, HEADER + ROW_BDG + ROW_JKT, NOW)
        assert (result.published, result.already, result.sites_without_region) == (2, 0, ["31"])
        with db.transaction() as session:
            again = import_vacancies(session, HEADER + ROW_BDG, NOW)
            assert (again.published, again.already) == (0, 1)
            bandung = pull_page(session, 0, 100, "BLK-BDG")
            elsewhere = pull_page(session, 0, 100, "LPK-X")
        assert [c.data["regency_code"] for c in bandung.changes] == ["32.73"]
        assert bandung.changes[0].data["skills"] == ["Menjahit", "Obras"]
        assert bandung.changes[0].data["checked"] is True
        assert elsewhere.changes == []
    finally:
        db.close()


def test_bad_file_refused_whole(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    bad = ROW_JKT.replace("2512", "9999").replace("d4_s1", "phd")
    try:
        with pytest.raises(ImportRefused) as refused, db.transaction() as session:
            import_vacancies(session, HEADER + ROW_BDG + bad, NOW)
        assert "row 3" in refused.value.lines[0] and "ISCO" in refused.value.lines[0]
        with pytest.raises(ImportRefused), db.transaction() as session:
            import_vacancies(session, "employer,title\nA,B\n", NOW)
        with db.transaction() as session:
            assert session.scalar(select(func.count()).select_from(VacancyRecord)) == 0
            assert session.scalar(select(func.count()).select_from(ChangeLog)) == 0
    finally:
        db.close()


def _application(session: object, vacancy_id: str, person: str) -> str:
    app_id = new_id()
    session.add(  # type: ignore[attr-defined]
        Application(
            id=app_id,
            vacancy_id=vacancy_id,
            applicant_id=person,
            card_id="A" * 16,
            device_id=new_id(),
            site="BLK-BDG",
            applied_at=NOW,
            stage="applied",
            stage_at=NOW,
        )
    )
    return app_id


def test_stages_hiring_fills_and_closes(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        with db.transaction() as session:
            set_site_region(session, "BLK-BDG", "32")
            import_vacancies(session, HEADER + ROW_BDG, NOW)
            vacancy_id = session.scalars(select(VacancyRecord.id)).one()
            person, other = new_id(), new_id()
            first = _application(session, vacancy_id, person)
            second = _application(session, vacancy_id, person)
            third = _application(session, vacancy_id, other)
        with db.transaction() as session:
            set_stage(session, first, "interview", NOW)
            with pytest.raises(StageRefused):
                set_stage(session, first, "applied", NOW)  # never backwards
            set_stage(session, first, "hired", NOW)
        with pytest.raises(StageRefused) as twice, db.transaction() as session:
            set_stage(session, second, "hired", NOW)
        assert twice.value.code == "already_hired"
        with pytest.raises(StageRefused) as full, db.transaction() as session:
            set_stage(session, third, "hired", NOW)
        assert full.value.code == "vacancy_filled"
        with db.transaction() as session:
            set_stage(session, third, "not_selected", NOW)
            with pytest.raises(StageRefused):
                set_stage(session, third, "hired", NOW)  # an outcome is final
            vacancy = session.get(VacancyRecord, vacancy_id)
            assert vacancy is not None and vacancy.filled == 1
            page = pull_page(session, 0, 100, "BLK-BDG")
        vacancies = [c.data for c in page.changes if c.kind == "vacancy"]
        assert vacancies[-1]["filled"] == 1  # the kiosks drop it at their next pull
        stages = [(c.id, c.data["stage"]) for c in page.changes if c.kind == "job_application"]
        assert stages == [(first, "interview"), (first, "hired"), (third, "not_selected")]
        with db.transaction() as session:
            assert pull_page(session, 0, 100, "LPK-X").changes == []
    finally:
        db.close()

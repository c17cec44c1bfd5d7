"""The funnel's certified and placed columns on a real database: a competency certificate
counts its holder (under any of their ids) until it is revoked; a hire counts the person
hired. After each step the kept tally equals the one recomputed from the raw rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, select, text

from kiosk.domain.ids import new_id
from server import funnel
from server.certificates import revoke_certificate
from server.db import Database
from server.models import ApplicantAlias, Device, IssuedCertificate, Person
from server.placement import import_vacancies, set_site_region, set_stage
from server.placement_models import Application, VacancyRecord
from server.summary_models import FunnelTally
from tests.servers import BACKENDS, make_database_url

NOW = dt.datetime(2026, 3, 2, 3, tzinfo=dt.UTC)
SITE = "BLK-BDG"
VACANCY = (
    "employer,title,isco_code,openings,valid_from,valid_until,regency_code,education_min,"
    "age_min,age_max,sex,skills,experience_years,wage_min,wage_max,source,checked\n"
    "PT Contoh Garmen,Operator jahit,8153,1,2026-02-01,2026-04-30,32.73,smp,18,35,,"
    "Menjahit;Obras,1,3000000,4000000,employer,ya\n"
)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    database = Database(make_database_url(request.param, tmp_path), secrets_dir=tmp_path / "s")
    try:
        yield database
    finally:
        database.close()


def _totals(db: Database) -> dict[str, int]:
    """The kept tally's totals, checked against the tally recomputed from the raw rows."""
    with db.engine.connect() as connection:
        kept = _rows(connection)
        funnel.rebuild_funnel(connection)
        assert _rows(connection) == kept
        connection.rollback()  # the tally stays as it was kept
    return {stage: sum(row[stage] for row in kept.values()) for stage in funnel.STAGES}


def _rows(connection: Connection) -> dict[tuple[str, dt.date], dict[str, int]]:
    rows = {}
    for row in connection.execute(select(FunnelTally.__table__)):
        counts = {stage: getattr(row, stage) for stage in funnel.STAGES}
        if any(counts.values()):
            rows[(row.site, row.day)] = counts
    return rows


def _certificate(person: str, result: str) -> dict[str, Any]:
    number = new_id().replace("-", "")[-16:].upper()
    return {
        "id": number,
        "kind": "competency",
        "site": SITE,
        "device_id": new_id(),
        "key_id": "k" * 16,
        "applicant_id": person,
        "session_id": None,
        "scheme": "SKM-01",
        "result": result,
        "issued_on": NOW.date(),
        "valid_until": None,
        "sealed": "-",
        "received_at": NOW,
    }


def test_certified_and_placed_follow_certificates_revocations_and_hires(db: Database) -> None:
    device, person, alias = new_id(), new_id(), new_id()
    with db.transaction() as session:
        session.add(Device(id=device, site=SITE, key_id="d" * 16, enrolled_at=NOW))
        session.add(
            Person(
                id=person,
                nik_digest=new_id(),
                data={"eligible": True},
                device_id=device,
                created_at=NOW,
            )
        )
        session.flush()
        session.add(ApplicantAlias(applicant_id=alias, person_id=person, device_id=device))
        set_site_region(session, SITE, "32")
        import_vacancies(session, VACANCY, NOW)
        funnel.touch(session, [person])
    assert _totals(db) == {"enrolled": 0, "attended": 0, "certified": 0, "placed": 0}
    # A certificate issued under the alias id, and one of "not yet competent" (BK).
    competent, not_yet = _certificate(alias, "K"), _certificate(person, "BK")
    with db.transaction() as session:
        session.execute(IssuedCertificate.__table__.insert(), [competent, not_yet])
        funnel.touch(session, [alias, person])  # as certificate ingest does for each
    assert _totals(db)["certified"] == 1
    with db.transaction() as session:
        revoke_certificate(session, competent["id"], "salah cetak", NOW)
    assert _totals(db)["certified"] == 0
    with db.transaction() as session:
        vacancy = session.scalars(select(VacancyRecord.id)).one()
        application = new_id()
        session.add(
            Application(
                id=application,
                vacancy_id=vacancy,
                applicant_id=person,
                card_id="A" * 16,
                device_id=device,
                site=SITE,
                applied_at=NOW,
                stage="applied",
                stage_at=NOW,
            )
        )
    with db.transaction() as session:
        set_stage(session, application, "hired", NOW)
    assert _totals(db) == {"enrolled": 0, "attended": 0, "certified": 0, "placed": 1}
    with db.transaction() as session:
        site, day = session.execute(text("SELECT site, day FROM funnel_tally")).one()
    assert site == SITE and str(day) == "2026-03-02"

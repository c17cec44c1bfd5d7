"""Placement data for the console's fleet (tests and screenshots): site provinces, vacancies
imported from a list and entered by a site, applications at several stages, and a verified
and a self-reported follow-up answer. Applications and answers are written into the server's
database as the push handlers would store them (the kiosks' own round trip is covered by
tests/integration/test_job_seekers.py); vacancies go through the server's own import."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from server.followup import verify
from server.followup_models import FollowupRecord
from server.placement import import_vacancy_file, set_site_region, set_stage
from server.placement_models import Application, VacancyRecord
from tests.console.fleet import SITE_A, SITE_B, Fleet

HEADER = (
    "employer,title,isco_code,openings,valid_from,valid_until,regency_code,education_min,"
    "age_min,age_max,sex,skills,experience_years,wage_min,wage_max,source,checked\n"
)


@dataclass
class Placement:
    vacancies: dict[str, str] = field(default_factory=dict)  # employer -> id
    applications: dict[str, str] = field(default_factory=dict)  # label -> id


def _rows(today: dt.date) -> str:
    start, end = today - dt.timedelta(days=30), today + dt.timedelta(days=60)
    ended = today - dt.timedelta(days=20)
    return HEADER + "".join(
        [
            f"PT Contoh Garmen,Operator jahit,8153,3,{start},{end},32.73,smp,18,40,,Menjahit;Obras,1,3200000,4000000,employer,ya\n",
            f"CV Kopi Contoh,Barista,5131,2,{start},{end},32.04,sma_smk,18,35,,Menyeduh kopi,0,2800000,,imported,\n",
            f"PT Contoh Logistik,Pengemudi,8322,1,{start - dt.timedelta(days=30)},{ended},32.73,sma_smk,21,45,L,Mengemudi,2,4000000,,employer,ya\n",
            f"PT Contoh Desain,Desainer grafis,2166,2,{start},{end},33.74,sma_smk,,,,Desain grafis,1,,,imported,\n",
        ]
    )  # fmt: skip


def _application(session: object, vacancy_id: str, person: str, site: str, at: dt.datetime) -> str:
    app_id = str(uuid.uuid4())
    session.add(  # type: ignore[attr-defined]
        Application(
            id=app_id, vacancy_id=vacancy_id, applicant_id=person,
            card_id=uuid.UUID(person).hex[:16].upper(), device_id=str(uuid.uuid4()), site=site,
            applied_at=at, stage="applied", stage_at=at,
        )
    )  # fmt: skip
    return app_id


def seed_placement(fleet: Fleet) -> Placement:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    today = now.date()
    placed = Placement()
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            set_site_region(session, SITE_A, "32")
            set_site_region(session, SITE_B, "33")
            import_vacancy_file(session, "lowongan.csv", _rows(today).encode(), now)
            placed.vacancies = {
                v.data["employer"]: v.id
                for v in session.scalars(select(VacancyRecord))
                if v.data["employer"].startswith(("PT Contoh", "CV Kopi"))
            }
        a, b = fleet.applicants_a, fleet.applicants_b
        earlier = now - dt.timedelta(days=25)
        with db.transaction() as session:
            garmen, kopi = placed.vacancies["PT Contoh Garmen"], placed.vacancies["CV Kopi Contoh"]
            logistik = placed.vacancies["PT Contoh Logistik"]
            desain = placed.vacancies["PT Contoh Desain"]
            apps = placed.applications
            apps["a_applied"] = _application(session, garmen, a[0], SITE_A, earlier)
            apps["a_interview"] = _application(session, garmen, a[1], SITE_A, earlier)
            apps["a_shortlisted"] = _application(session, kopi, a[2], SITE_A, earlier)
            apps["a_expired"] = _application(session, logistik, a[0], SITE_A, earlier)
            apps["b_applied"] = _application(session, desain, b[0], SITE_B, earlier)
            apps["b_on_a_vacancy"] = _application(session, garmen, b[1], SITE_B, earlier)
        with db.transaction() as session:
            set_stage(session, apps["a_interview"], "interview", now - dt.timedelta(days=5))
            set_stage(session, apps["a_shortlisted"], "shortlisted", now - dt.timedelta(days=3))
        _followups(fleet, now)
    finally:
        db.close()
    return placed


def _followups(fleet: Fleet, now: dt.datetime) -> None:
    """A verified and a self-reported `working` answer at site A (the funnel's two kinds)."""
    db = fleet.server.database()
    try:
        ids = []
        with db.transaction() as session:
            for person in fleet.applicants_a[:2]:
                answer_id = str(uuid.uuid4())
                ids.append(answer_id)
                session.add(
                    FollowupRecord(
                        id=answer_id, person_id=person, applicant_id=person,
                        session_id=fleet.session_a, month=1, status="working",
                        employer="PT Contoh Garmen", sector="manufacturing", wage_band="3m_5m",
                        related=True, answered_at=now - dt.timedelta(days=2), channel="applicant",
                        device_id=fleet.kiosk_a, site=SITE_A,
                    )
                )  # fmt: skip
        with db.transaction() as session:
            verify(session, ids[0], "Petugas Contoh", now, via="seed")
    finally:
        db.close()

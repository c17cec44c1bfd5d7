"""Job seekers and applications on a real kiosk store, pushed to the real server over HTTP:
the server accepts what the kiosk pushes, and the stage set there comes back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select

from kiosk.domain.job_seeker import JobSeekerForm, Schooling, WorkExperience
from kiosk.services.job_applications import ApplicationRefused
from kiosk.services.job_fair import JobFairRefused
from kiosk.services.job_seekers import CardRefused, FormRefused
from kiosk.services.kiosk import KioskServices
from kiosk.services.vacancies import Browse
from kiosk.store.models import OutboxEvent
from kiosk.store.placement_models import JobApplication, JobSeeker
from server.placement import import_vacancies, set_site_region, set_stage
from server.placement_models import Application, JobSeekerRecord, VacancyRecord
from tests.conftest import SettableClock
from tests.factories import applicant_form
from tests.servers import ServerProcess
from tests.synchelpers import enrol, fast_backoff, server_count

HEADER = "employer,title,isco_code,openings,valid_from,valid_until,regency_code,education_min,age_min,age_max,sex,skills,experience_years,wage_min,wage_max,source,checked\n"

FORM = JobSeekerForm(
    education=(
        Schooling("sma_smk", "Tata Busana", 2015),
        Schooling("none", "Kursus menjahit", 2018, formal=False),
    ),
    skills=("Menjahit", " menjahit ", "Obras"),
    experience=(WorkExperience("7533", "Konveksi Contoh", 3),),
    desired_occupations=("8153",),
    desired_regions=("32",),
    wage_band="2-4jt",
)


def _outbox(kiosk: KioskServices, entity: str) -> int:
    with kiosk.store.reading() as session:
        query = select(func.count()).select_from(OutboxEvent).where(OutboxEvent.entity == entity)
        return int(session.scalar(query) or 0)


def _publish(server: ServerProcess, employer: str, rows: list[str]) -> list[str]:
    """Vacancies imported at the server for province 32, which the test site covers."""
    db = server.database()
    try:
        with db.transaction() as session:
            set_site_region(session, "BLK-TEST", "32")
            text = HEADER + "".join(f"{employer},{row}\n" for row in rows)
            import_vacancies(session, text, dt.datetime(2026, 2, 1, tzinfo=dt.UTC))
        with db.transaction() as session:
            found = [
                (record.data["title"], record.id)
                for record in session.scalars(select(VacancyRecord))
                if record.data["employer"] == employer
            ]
            return [vacancy_id for _, vacancy_id in sorted(found)]
    finally:
        db.close()


@pytest.fixture
def employer() -> str:
    return f"PT Contoh {uuid.uuid4().hex[:8]}"


def test_register_apply_push_and_the_stage_comes_back(
    kiosk: KioskServices, server: ServerProcess, clock: SettableClock, employer: str
) -> None:
    person = kiosk.registration.register(applicant_form(), issue_card=True)
    assert person.card_id is not None and person.card_payload is not None
    enrol(kiosk, server)
    sewing, driving = _publish(
        server,
        employer,
        [
            "Operator jahit,8153,2,2026-02-01,2026-04-30,32.73,smp,18,45,,Menjahit;Obras,1,,,employer,ya",
            "Sopir,8322,1,2026-02-01,2026-04-30,32.73,sma_smk,,,L,Mengemudi,2,,,imported,",
        ],
    )
    assert kiosk.sync.run(backoff=fast_backoff()).complete

    scan = kiosk.job_seekers.after_card_scan(person.card_payload)
    assert scan.holder.applicant_id == person.applicant_id and not scan.job_seeker.registered
    status = kiosk.job_seekers.register(person.card_id, FORM)
    assert status.registered and status.valid_until == dt.date(2028, 3, 2)
    stored = kiosk.job_seekers.form(person.applicant_id)
    assert stored is not None and stored.skills == ("Menjahit", "Obras")  # repeats dropped

    listings = kiosk.job_applications.browse(person.applicant_id, Browse(regions=("32",)), 5000)
    mine = [entry for entry in listings if entry.vacancy.id in {sewing, driving}]
    assert [entry.vacancy.id for entry in mine] == [sewing, driving]  # fits first
    assert mine[0].fits and mine[1].fits is False  # the driver's post requires a man
    words = [m.code for m in kiosk.job_applications.why(person.applicant_id, driving)]
    assert words[0] == "match.not_fits" and "match.sex_bad" in words
    assert "match.skill.missing" in words

    made = kiosk.job_applications.apply(person.card_id, sewing)
    assert made.stage == "applied" and not made.already
    again = kiosk.job_applications.apply(person.card_id, sewing)
    assert again.already and again.id == made.id  # a second tap writes nothing new
    assert _outbox(kiosk, "job_application") == 1

    before = server_count(server, Application)
    report = kiosk.sync.run(backoff=fast_backoff())
    assert report.complete and report.rejected == 0, report
    assert server_count(server, Application) == before + 1
    assert server_count(server, JobSeekerRecord, JobSeekerRecord.applicant_id == person.applicant_id) == 1  # fmt: skip

    db = server.database()
    try:
        with db.transaction() as session:
            set_stage(session, made.id, "interview", dt.datetime.now(dt.UTC))
    finally:
        db.close()
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    [mine_now] = kiosk.job_applications.applications(person.applicant_id)
    assert mine_now.stage == "interview" and not mine_now.final
    assert mine_now.title == "Operator jahit" and mine_now.employer == employer

    # Six months on, scanning the card is the report: last_report_at moves and is pushed.
    clock.advance(days=183)
    pending = _outbox(kiosk, "job_seeker")
    scan = kiosk.job_seekers.after_card_scan(person.card_payload)
    assert scan.job_seeker.reported_now and scan.job_seeker.last_report == clock().date()
    assert _outbox(kiosk, "job_seeker") == pending + 1
    # A second scan the same day is not another report.
    assert not kiosk.job_seekers.after_card_scan(person.card_payload).job_seeker.reported_now
    assert _outbox(kiosk, "job_seeker") == pending + 1


def test_bad_input_writes_nothing(kiosk: KioskServices, clock: SettableClock) -> None:
    person = kiosk.registration.register(applicant_form(), issue_card=True)
    assert person.card_id is not None
    bad_forms = [
        JobSeekerForm(),  # no education, no wish
        dataclasses.replace(FORM, desired_occupations=("9999",)),
        dataclasses.replace(FORM, experience=(WorkExperience("8153", "", 99),)),
        dataclasses.replace(FORM, wage_band="a lot"),
        dataclasses.replace(FORM, skills=("x" * 81,)),
        dataclasses.replace(FORM, desired_regions=("Bandung",)),
        dataclasses.replace(FORM, education=(Schooling("sma_smk", "", 2099),)),
    ]
    for form in bad_forms:
        with pytest.raises(FormRefused) as refused:
            kiosk.job_seekers.register(person.card_id, form)
        assert refused.value.problems
    with pytest.raises(CardRefused):
        kiosk.job_seekers.register("Z" * 16, FORM)
    with pytest.raises(ApplicationRefused):
        kiosk.job_applications.apply(person.card_id, str(uuid.uuid4()))
    with pytest.raises(CardRefused):
        kiosk.job_seekers.identify("not a card")
    with pytest.raises(JobFairRefused):
        kiosk.job_fair.start("PT Tidak Ada", staff_id="s1")
    assert kiosk.job_fair.employer() == ""
    with kiosk.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(JobSeeker)) == 0
        assert session.scalar(select(func.count()).select_from(JobApplication)) == 0
    assert _outbox(kiosk, "job_seeker") == _outbox(kiosk, "job_application") == 0


def test_job_fair_start_and_end_go_into_the_audit_trail(kiosk: KioskServices) -> None:
    from kiosk.domain.ids import new_id
    from kiosk.services.audit import AuditAction
    from kiosk.sync.apply import apply_changes
    from kiosk.sync.protocol import Change

    data = {
        "id": new_id(), "employer": "PT Pameran", "title": "Kasir", "isco_code": "5230",
        "openings": 2, "filled": 0, "valid_from": "2026-02-01", "valid_until": "2026-04-30",
        "regency_code": "32.73", "source": "employer", "checked": True,
        "published_at": "2026-02-01T00:00:00+00:00",
    }  # fmt: skip
    with kiosk.store.transaction() as session:
        apply_changes(session, [Change(kind="vacancy", id=data["id"], data=data)], kiosk.ctx.now())
    admin = kiosk.staff.create("ketua", "Ketua Pameran", "615243", "admin")
    staff = kiosk.staff.create("jaga", "Petugas Jaga", "583921")
    before = _outbox(kiosk, "audit_event")

    kiosk.job_fair.start("PT Pameran", staff_id=admin.id)
    kiosk.job_fair.stop(staff_id=staff.id)
    kiosk.job_fair.stop(staff_id=staff.id)  # already off: nothing more to record
    with pytest.raises(JobFairRefused):
        kiosk.job_fair.start("PT Tidak Ada", staff_id=admin.id)  # refused: not recorded

    fair = [e for e in kiosk.audit.recent() if e.subject_type == "job_fair"]
    assert sorted((e.action, e.staff_id) for e in fair) == [
        (AuditAction.JOB_FAIR_ENDED.value, staff.id),
        (AuditAction.JOB_FAIR_STARTED.value, admin.id),
    ]
    assert _outbox(kiosk, "audit_event") == before + 2  # the audit log syncs
    assert kiosk.job_fair.employer() == ""

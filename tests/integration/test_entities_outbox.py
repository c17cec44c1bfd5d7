"""Every payload today's kiosk writes to its outbox fits the server's strict models, so that
switching strict validation on at the server refuses nothing a real kiosk sends."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from kiosk.domain.followup import Answer, Status
from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import Role
from kiosk.store.models import OutboxEvent
from kiosk.sync import state
from kiosk.sync.apply import apply_changes
from kiosk.sync.entities import PUSH_MODELS, parse_push_payload
from tests.conftest import SettableClock
from tests.factories import add_vacancy, applicant_form, open_session
from tests.followup_data import ended_class
from tests.integration.test_assessments import ALL_K, CODES, hold_assessment, scheme_change
from tests.integration.test_job_seekers import FORM

ADMIN_PIN = "731946"


def test_every_outbox_payload_of_a_real_kiosk_fits_its_model(
    kiosk: KioskServices, clock: SettableClock
) -> None:
    admin = kiosk.staff.create("kepala", "Kepala BLK", ADMIN_PIN, Role.ADMIN)
    staff = kiosk.staff.create("petugas", "Petugas", "482915", Role.STAFF)
    session_id = open_session(kiosk, uses_checkout=True)
    kept = kiosk.registration.register(applicant_form(email="siti@example.org"))
    erased = kiosk.registration.register(applicant_form())
    kiosk.catalogue.enrol(session_id, kept.applicant_id, staff_id=admin.id)
    assert kept.card_payload is not None
    kiosk.attendance.record_scan(session_id, kept.card_payload, staff_id=staff.id)
    kiosk.cards.reissue(kept.applicant_id, staff_id=admin.id)
    kiosk.staff.disable(admin, staff.id)
    kiosk.privacy.erase(erased.applicant_id, admin, admin_username="kepala", admin_pin=ADMIN_PIN)
    # A competency assessment: signed records, a correction, a certificate, its BNSP number.
    with kiosk.store.transaction() as session:
        state.put(session, state.SITE, "BLK-TEST")
        assert apply_changes(session, [scheme_change()], kiosk.ctx.now()) == 1
    held = hold_assessment(kiosk, clock)
    kiosk.assessments.check_in(held.event_id, held.cards["Ani"], staff=held.staff)
    first = kiosk.assessments.record(
        held.event_id,
        held.people["Ani"],
        {**ALL_K, CODES[0]: "BK"},
        "BK",
        "",
        assessor=held.assessor,
    )
    kiosk.assessments.supersede(first.id, ALL_K, "K", "", "salah input", assessor=held.assessor)
    (certificate,) = kiosk.assessments.issue_certificates(held.event_id, staff=held.staff)
    kiosk.assessments.set_bnsp_number(certificate.id, "BNSP-0001-2026", staff=held.staff)
    # Placement: an AK/1 registration and an application with the card; a follow-up answer.
    seeker = kiosk.registration.register(applicant_form(seed=321), issue_card=True)
    assert seeker.card_id is not None
    kiosk.job_seekers.register(seeker.card_id, FORM)
    kiosk.job_applications.apply(seeker.card_id, add_vacancy(kiosk))
    ended = ended_class(kiosk, clock, ("Dewi",), seed=990)
    survey = kiosk.followup.due_survey(ended.people["Dewi"])
    assert survey is not None
    kiosk.followup.answer(survey, Answer(Status.LOOKING))

    seen: Counter[tuple[str, str]] = Counter()
    with kiosk.store.reading() as session:
        events = session.scalars(select(OutboxEvent)).all()
        for event in events:
            payload = kiosk.store.cipher.open_payload(event.payload, row=event.id)
            parse_push_payload(event.entity, event.op, payload)  # raises if it does not fit
            seen[(event.entity, event.op)] += 1
    expected = set(PUSH_MODELS) - {("attendance", "create"), ("sync_rejected_change", "create")}
    assert set(seen) == expected

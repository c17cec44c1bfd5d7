"""Every payload today's kiosk writes to its outbox fits the server's strict models, so that
switching strict validation on at the server refuses nothing a real kiosk sends."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import Role
from kiosk.store.models import OutboxEvent
from kiosk.sync.entities import PUSH_MODELS, parse_push_payload
from tests.factories import applicant_form, open_session

ADMIN_PIN = "731946"


def test_every_outbox_payload_of_a_real_kiosk_fits_its_model(kiosk: KioskServices) -> None:
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

    seen: Counter[tuple[str, str]] = Counter()
    with kiosk.store.reading() as session:
        events = session.scalars(select(OutboxEvent)).all()
        for event in events:
            payload = kiosk.store.cipher.open_payload(event.payload, row=event.id)
            parse_push_payload(event.entity, event.op, payload)  # raises if it does not fit
            seen[(event.entity, event.op)] += 1
    # Certificates need a finished class: tests/integration/test_certificates.py checks their
    # outbox payloads against the model.
    expected = set(PUSH_MODELS) - {
        ("attendance", "create"),
        ("sync_rejected_change", "create"),
        ("certificate", "create"),
    }
    assert set(seen) == expected

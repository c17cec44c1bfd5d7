"""Erasure on request travels through sync: the server forgets the person's data too."""

from __future__ import annotations

from sqlalchemy import select

from kiosk.services.kiosk import KioskServices
from server.models import Card, ChangeLog, Event, Person
from server.personal import open_person
from server.secrets import secrets_of
from tests.factories import applicant_form
from tests.servers import ServerProcess


def test_erasure_reaches_the_server(kiosk: KioskServices, own_server: ServerProcess) -> None:
    kiosk.sync.enroll(own_server.url, own_server.enrolment_code())
    staff = kiosk.staff.create("sari", "Sari", "482916", "staff")
    kiosk.staff.create("adi", "Adi", "739154", "admin")
    form = applicant_form()
    result = kiosk.registration.register(form)
    assert kiosk.sync.run().error is None
    db = own_server.database()
    try:
        with db.transaction() as session:
            key = secrets_of(session).personal
            person = session.get(Person, result.applicant_id)
            assert person is not None and person.nik_digest == key.nik_digest(form.nik)
            opened = open_person(key, person.id, person.data, person.sealed)
            assert opened["nik"] == form.nik
    finally:
        db.close()

    kiosk.privacy.erase(result.applicant_id, staff, admin_username="adi", admin_pin="739154")
    assert kiosk.sync.run().error is None
    assert kiosk.sync.rejected_events() == []
    db = own_server.database()
    try:
        with db.transaction() as session:
            person = session.get(Person, result.applicant_id)
            assert person is not None
            assert person.data == {"erased": True} and person.sealed is None
            assert person.nik_digest != secrets_of(session).personal.nik_digest(form.nik)
            payloads = session.scalars(
                select(Event.payload).where(Event.entity_id == result.applicant_id)
            ).all()
            assert payloads and all(form.nik not in str(p) for p in payloads)
            actions = session.scalars(
                select(Event.payload).where(Event.entity == "audit_event")
            ).all()
            assert any(p.get("action") == "personal_data_erased" for p in actions)
            # The person's card is revoked everywhere, not only on the kiosk that erased.
            card = session.get(Card, result.card_id)
            assert card is not None and card.revoked_at is not None
            assert session.scalar(
                select(ChangeLog.seq).where(
                    ChangeLog.kind == "card_revocation", ChangeLog.record_id == result.card_id
                )
            )
    finally:
        db.close()

"""Use-cases against a real SQLite file: registration, cards, catalogue, staff, outbox."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from kiosk.domain.card import VerifyStatus
from kiosk.domain.nik import Sex
from kiosk.services.catalogue import CatalogueError, WeeklySchedule
from kiosk.services.kiosk import KioskServices
from kiosk.services.registration import (
    DuplicateApplicant,
    InvalidForm,
    WarningsNotConfirmed,
)
from kiosk.services.staff import StaffError
from kiosk.store.models import Applicant, Card, Enrolment, OutboxEvent
from tests.conftest import SettableClock
from tests.factories import applicant_form, open_session


def _counts(kiosk: KioskServices) -> dict[str, int]:
    status = kiosk.status.status()
    return {
        "applicants": status.applicants,
        "cards": status.cards,
        "enrolments": status.enrolments,
        "outbox": status.outbox_total,
    }


def _events(kiosk: KioskServices, entity: str) -> list[OutboxEvent]:
    with kiosk.store.reading() as session:
        return list(session.scalars(select(OutboxEvent).where(OutboxEvent.entity == entity)))


def test_eligible_applicant_gets_a_valid_card_and_outbox_events(kiosk: KioskServices) -> None:
    result = kiosk.registration.register(applicant_form())
    assert result.eligible
    assert result.reasons == ()
    assert result.card_payload is not None
    verification = kiosk.cards.verify(result.card_payload)
    assert verification.status is VerifyStatus.VALID
    assert verification.card_id == result.card_id
    applicant_events = _events(kiosk, "applicant")
    card_events = _events(kiosk, "card")
    assert [e.entity_id for e in applicant_events] == [result.applicant_id]
    assert [e.entity_id for e in card_events] == [result.card_id]
    stored = applicant_events[0].payload
    assert set(stored) == {"sealed"}  # personal data is sealed at rest, in the outbox too
    upload = kiosk.store.cipher.open_payload(stored, row=applicant_events[0].id)
    assert upload["phone"].startswith("+62812")
    assert upload["device_id"] == kiosk.ctx.device_id
    assert applicant_events[0].utc_offset_min == 420
    # the QR payload holds no personal data
    for secret in (upload["nik"], upload["phone"], upload["full_name"].upper()):
        assert secret not in result.card_payload


def test_invalid_form_writes_nothing_and_names_every_field(kiosk: KioskServices) -> None:
    before = _counts(kiosk)
    form = applicant_form(nik="12345", phone="021-555-1234", full_name="", kk_number="12")
    with pytest.raises(InvalidForm) as caught:
        kiosk.registration.register(form)
    errors = caught.value.check.errors
    assert {"nik", "phone", "full_name", "kk_number"} <= set(errors)
    assert errors["full_name"].render("id") == "Wajib diisi."
    assert _counts(kiosk) == before


def test_nik_disagreement_is_a_warning_that_must_be_confirmed(kiosk: KioskServices) -> None:
    form = applicant_form(birth_date=dt.date(1999, 5, 17), sex=Sex.FEMALE)
    form = dataclasses.replace(form, birth_date="18-05-1999", sex="L")
    before = _counts(kiosk)
    with pytest.raises(WarningsNotConfirmed) as caught:
        kiosk.registration.register(form)
    assert len(caught.value.warnings) == 2
    assert _counts(kiosk) == before
    result = kiosk.registration.register(form, accept_warnings=True)
    assert len(result.warnings) == 2
    assert _counts(kiosk)["applicants"] == before["applicants"] + 1


def test_duplicate_nik_is_refused_without_showing_data(kiosk: KioskServices) -> None:
    form = applicant_form()
    kiosk.registration.register(form)
    before = _counts(kiosk)
    other = dataclasses.replace(form, full_name="Orang Lain", phone="0813-1111-2222")
    with pytest.raises(DuplicateApplicant) as caught:
        kiosk.registration.register(other)
    assert "Siti" not in caught.value.render("id")
    assert kiosk.registration.is_registered(form.nik)
    assert _counts(kiosk) == before


def test_under_18_and_in_school_are_registered_but_not_eligible(
    kiosk: KioskServices, clock: SettableClock
) -> None:
    young = applicant_form(birth_date=dt.date(2010, 1, 1), in_formal_education=True)
    result = kiosk.registration.register(young)
    assert not result.eligible
    codes = {reason.code for reason in result.reasons}
    assert len(codes) == 2
    with kiosk.store.reading() as session:
        applicant = session.get(Applicant, result.applicant_id)
        assert applicant is not None
        assert not applicant.eligible
        assert set(applicant.ineligible_reasons) == codes


def test_third_applicant_of_one_family_card_is_not_eligible(kiosk: KioskServices) -> None:
    kk = "3273011234567890"
    results = [
        kiosk.registration.register(applicant_form(kk_number=kk, seed=seed)) for seed in (1, 2, 3)
    ]
    assert [r.eligible for r in results] == [True, True, False]


def test_reissue_revokes_the_old_card(kiosk: KioskServices) -> None:
    first = kiosk.registration.register(applicant_form())
    assert first.card_payload
    new = kiosk.cards.reissue(first.applicant_id, staff_id="staff-1")
    assert kiosk.cards.verify(first.card_payload).status is VerifyStatus.REVOKED_CARD
    assert kiosk.cards.verify(new.payload).status is VerifyStatus.VALID
    with kiosk.store.reading() as session:
        old = session.get(Card, first.card_id)
        assert old is not None and old.replaced_by == new.id
    ops = [(e.entity_id, e.op) for e in _events(kiosk, "card")]
    assert (first.card_id, "revoke") in ops


def test_garbage_never_verifies(kiosk: KioskServices) -> None:
    for junk in ("", "K", "hello", "K" + "A" * 140, "\x00\x01", "K" * 5000):
        assert not kiosk.cards.verify(junk).valid


def _open_session(kiosk: KioskServices, capacity: int = 2, funded: bool = True) -> str:
    return open_session(kiosk, capacity=capacity, prakerja_funded=funded, uses_checkout=True)


def test_enrolment_rules(kiosk: KioskServices) -> None:
    session_id = _open_session(kiosk, capacity=2)
    a = kiosk.registration.register(applicant_form(seed=11))
    b = kiosk.registration.register(applicant_form(seed=12))
    c = kiosk.registration.register(applicant_form(seed=13))
    young = kiosk.registration.register(applicant_form(seed=14, birth_date=dt.date(2012, 1, 1)))
    with pytest.raises(CatalogueError) as not_eligible:
        kiosk.catalogue.enrol(session_id, young.applicant_id)
    assert "Prakerja" in not_eligible.value.render("en")
    kiosk.catalogue.enrol(session_id, a.applicant_id)
    with pytest.raises(CatalogueError):
        kiosk.catalogue.enrol(session_id, a.applicant_id)
    kiosk.catalogue.enrol(session_id, b.applicant_id)
    with pytest.raises(CatalogueError) as full:
        kiosk.catalogue.enrol(session_id, c.applicant_id)
    assert full.value.render("en") == "The session is full."
    [summary] = kiosk.catalogue.sessions()
    assert (summary.enrolled, summary.seats_left) == (2, 0)
    assert len(_events(kiosk, "enrolment")) == 2


def test_enrol_many_applies_the_same_rules_all_or_nothing(kiosk: KioskServices) -> None:
    session_id = _open_session(kiosk, capacity=3)
    people = [kiosk.registration.register(applicant_form(seed=40 + i)) for i in range(4)]
    young = kiosk.registration.register(applicant_form(seed=49, birth_date=dt.date(2012, 1, 1)))
    ids = [p.applicant_id for p in people]
    refused = [
        ([ids[0], young.applicant_id], "Prakerja"),
        ([ids[0], "no-such-applicant"], "Applicant not found."),
        ([ids[0], ids[0]], "already enrolled"),
        (ids, "The session is full."),
    ]
    for batch, reason in refused:
        with pytest.raises(CatalogueError) as error:
            kiosk.catalogue.enrol_many(session_id, batch)
        assert reason in error.value.render("en")
        assert len(_events(kiosk, "enrolment")) == 0  # nothing of a refused batch is written
    assert kiosk.catalogue.enrol_many(session_id, ids[:2]) == 2
    with pytest.raises(CatalogueError):
        kiosk.catalogue.enrol_many(session_id, ids[1:3])  # ids[1] is in already
    kiosk.catalogue.enrol(session_id, ids[2])
    [summary] = kiosk.catalogue.sessions()
    assert (summary.enrolled, summary.seats_left) == (3, 0)
    events = _events(kiosk, "enrolment")
    assert len(events) == 3
    assert {e.payload["applicant_id"] for e in events} == set(ids[:3])


def test_session_validation_writes_nothing(kiosk: KioskServices) -> None:
    provider = kiosk.catalogue.create_provider("BLK Bandung", "BLK", "3273")
    program = kiosk.catalogue.create_program("Animasi 2D", "kreatif", 80)
    before = len(_events(kiosk, "training_session"))
    today = dt.date(2026, 3, 2)
    bad = [
        {"location": " "},
        {"end_date": today - dt.timedelta(days=1)},
        {"capacity": 0},
        {"schedule": WeeklySchedule((), "08:00", "12:00")},
        {"schedule": WeeklySchedule((1,), "12:00", "08:00")},
        {"schedule": WeeklySchedule((9,), "08:00", "12:00")},
        {"program_id": "nope"},
    ]
    for override in bad:
        arguments: dict[str, object] = {
            "program_id": program.id,
            "provider_id": provider.id,
            "location": "Ruang 1",
            "start_date": today,
            "end_date": today,
            "schedule": WeeklySchedule((0,), "08:00", "12:00"),
            "capacity": 10,
        }
        arguments.update(override)
        with pytest.raises(CatalogueError):
            kiosk.catalogue.create_session(**arguments)  # type: ignore[arg-type]
    assert len(_events(kiosk, "training_session")) == before
    with pytest.raises(CatalogueError):
        kiosk.catalogue.create_provider("X", "SMK", "32.73")
    with pytest.raises(CatalogueError):
        kiosk.catalogue.create_provider("X", "LPK", "99.99")


def test_staff_login_and_lockout(kiosk: KioskServices, clock: SettableClock) -> None:
    user = kiosk.staff.create("Rina", "Rina Kartika", "482916", "admin")
    assert user.username == "rina"
    assert kiosk.staff.login("rina", "482916").role == "admin"
    for _ in range(4):
        with pytest.raises(StaffError) as wrong:
            kiosk.staff.login("rina", "000001")
        assert wrong.value.message.code == "staff.login_failed"
    with pytest.raises(StaffError) as locked:
        kiosk.staff.login("rina", "000001")
    assert locked.value.message.code == "staff.locked"
    # even the right PIN is refused while locked, and the lock survives a restart
    with pytest.raises(StaffError):
        kiosk.staff.login("rina", "482916")
    clock.advance(minutes=5, seconds=1)
    assert kiosk.staff.login("rina", "482916").id == user.id


def test_weak_or_malformed_pins_are_refused(kiosk: KioskServices) -> None:
    for pin in ("1234", "123456", "111111", "987654", "12ab56", "123456789"):
        with pytest.raises(StaffError):
            kiosk.staff.create("budi", "Budi", pin)
    assert kiosk.staff.count() == 0
    kiosk.staff.create("budi", "Budi", "739154")
    with pytest.raises(StaffError) as taken:
        kiosk.staff.create("BUDI", "Budi Lain", "739155")
    assert taken.value.message.code == "staff.username_taken"


def test_a_failed_transaction_leaves_neither_change_nor_outbox_event(kiosk: KioskServices) -> None:
    before = _counts(kiosk)
    form = applicant_form()
    with pytest.raises(RuntimeError), kiosk.store.transaction() as session:
        kiosk.registration._store_many(session, [(kiosk.registration.check(form).clean, [])], True)  # type: ignore[list-item]
        session.flush()
        raise RuntimeError("power cut")
    assert _counts(kiosk) == before


def test_every_service_write_has_an_outbox_event(kiosk: KioskServices) -> None:
    session_id = _open_session(kiosk)
    result = kiosk.registration.register(applicant_form())
    kiosk.catalogue.enrol(session_id, result.applicant_id)
    with kiosk.store.reading() as session:
        for model, entity in ((Applicant, "applicant"), (Card, "card"), (Enrolment, "enrolment")):
            ids = set(session.scalars(select(model.id)))  # type: ignore[attr-defined]
            events = set(
                session.scalars(select(OutboxEvent.entity_id).where(OutboxEvent.entity == entity))
            )
            assert ids and ids <= events
        sequence = list(session.scalars(select(OutboxEvent.seq).order_by(OutboxEvent.seq)))
        assert sequence == sorted(set(sequence))
        assert session.scalar(select(func.count()).select_from(OutboxEvent)) == len(sequence)


def test_bulk_registration_applies_the_same_rules(kiosk: KioskServices) -> None:
    kk = "3273019999999999"
    forms = [applicant_form(kk_number=kk, seed=100 + i) for i in range(3)]
    results = kiosk.registration.register_many(forms)
    assert [r.eligible for r in results] == [True, True, False]
    with pytest.raises(DuplicateApplicant):
        kiosk.registration.register_many([applicant_form(seed=200), forms[0]])
    assert kiosk.status.status().applicants == 3


def test_device_identity_is_made_once_and_kept(data_paths, clock) -> None:  # type: ignore[no-untyped-def]
    from kiosk.services.kiosk import open_kiosk
    from kiosk.store.models import DeviceKey

    with open_kiosk(data_paths, clock=clock) as first:
        device_id, key_id = first.ctx.device_id, first.ctx.signer.key_id
        payload = first.registration.register(applicant_form()).card_payload
    key_file = data_paths.signing_key
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert len(key_file.read_bytes()) == 32
    with open_kiosk(data_paths, clock=clock) as again:
        assert (again.ctx.device_id, again.ctx.signer.key_id) == (device_id, key_id)
        with again.store.reading() as session:
            keys = list(session.scalars(select(DeviceKey)))
        assert [(k.key_id, k.own) for k in keys] == [(key_id, True)]
        assert payload and again.cards.verify(payload).valid
    # A lost key file gives a new key; cards signed with the old one stay valid here.
    key_file.unlink()
    with open_kiosk(data_paths, clock=clock) as replaced:
        assert replaced.ctx.signer.key_id != key_id
        assert replaced.ctx.device_id == device_id
        assert payload and replaced.cards.verify(payload).valid


def test_people_search_never_shows_a_full_nik(kiosk: KioskServices) -> None:
    from kiosk.domain.card import card_number, parse_payload

    form = applicant_form(full_name="Siti Nurhaliza")
    result = kiosk.registration.register(form)
    kiosk.registration.register(applicant_form(full_name="Budi Santoso", sex=Sex.MALE))
    nik = form.nik
    by_name = kiosk.people.search("nurhal")
    assert [p.full_name for p in by_name] == ["Siti Nurhaliza"]
    assert by_name[0].masked_nik == f"{nik[:4]}••••••••{nik[-4:]}"
    assert nik not in repr(by_name)
    assert [p.id for p in kiosk.people.search(f"{nik[:4]} {nik[-4:]}")] == [result.applicant_id]
    assert [p.id for p in kiosk.people.search(nik)] == [result.applicant_id]
    payload = parse_payload(result.card_payload or "")
    assert payload is not None
    number = card_number(payload.card_id)
    assert [p.id for p in kiosk.people.search(number.lower())] == [result.applicant_id]
    assert kiosk.people.search("%") == [] and kiosk.people.search("zz_") == []
    summary = kiosk.people.get(result.applicant_id)
    assert summary is not None and summary.eligible

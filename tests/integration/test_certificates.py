"""Completion certificates through the real services on a real SQLite file: the class's rule,
excused absences, staff review, issuing in one action, and the offline verdict."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from kiosk.domain.certificate import Issuer, Outcome, Reason
from kiosk.domain.certificate_trust import (
    RevocationEntry,
    TrustStatement,
    public_key_of,
    sign_revocation,
    sign_trust_statement,
)
from kiosk.domain.ids import new_id
from kiosk.domain.nik import Sex
from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.certificates import CandidateStatus, CertificateError
from kiosk.services.context import row_payload, utc_offset_minutes
from kiosk.services.kiosk import KioskServices
from kiosk.store import models as m
from kiosk.sync import state
from kiosk.sync.apply import apply_changes
from kiosk.sync.entities import parse_push_payload
from kiosk.sync.protocol import Change
from tests.conftest import SettableClock
from tests.factories import applicant_form

SITE = "BLK-TEST"
SERVER_KEY = bytes(range(7, 39))
# The clock fixture is Monday 2 March 2026; the class ran Mondays and Wednesdays in February.
START, END = dt.date(2026, 2, 2), dt.date(2026, 2, 27)
MEETINGS = [dt.date(2026, 2, d) for d in (2, 4, 9, 11, 16, 18, 23, 25)]


@dataclass
class FinishedClass:
    session_id: str
    people: dict[str, str]  # name -> applicant id
    staff_id: str


def _attend(kiosk: KioskServices, session_id: str, applicant_id: str, days: list[dt.date]) -> None:
    ctx = kiosk.ctx
    with ctx.store.transaction() as session:
        card = session.scalar(select(m.Card.id).where(m.Card.applicant_id == applicant_id))
        assert card is not None
        for day in days:
            at = dt.datetime.combine(day, dt.time(8, 5), tzinfo=ctx.now().tzinfo)
            scan = m.AttendanceEvent(
                id=new_id(),
                session_id=session_id,
                card_id=card,
                applicant_id=applicant_id,
                kind="check_in",
                admitted_by=None,
                local_day=day,
                recorded_at=at,
                utc_offset_min=utc_offset_minutes(at),
                device_id=ctx.device_id,
                staff_id=None,
            )
            session.add(scan)
            ctx.record(session, "attendance_event", scan.id, "create", row_payload(scan), at=at)


def _pair(kiosk: KioskServices) -> None:
    """What enrolment writes that certificates need: the kiosk's site."""
    with kiosk.store.transaction() as session:
        state.put(session, state.SITE, SITE)


@pytest.fixture
def finished(kiosk: KioskServices, clock: SettableClock) -> FinishedClass:
    today = clock.moment
    clock.moment = today - dt.timedelta(days=30)  # the class was opened before it began
    provider = kiosk.catalogue.create_provider("BLK Bandung", "BLK", "32.73")
    program = kiosk.catalogue.create_program("Barista Kopi", "kuliner", 120)
    training = kiosk.catalogue.create_session(
        program_id=program.id,
        provider_id=provider.id,
        location="Ruang 2",
        start_date=START,
        end_date=END,
        schedule=WeeklySchedule((0, 2), "08:00", "12:00"),
        capacity=20,
    )
    people = {}
    for n, (name, attended) in enumerate(
        [("Ani", MEETINGS), ("Budi", MEETINGS[:6]), ("Cici", MEETINGS[:7]), ("Dedi", MEETINGS[:2])]
    ):
        form = applicant_form(seed=300 + n, sex=Sex.MALE, full_name=f"{name} Lestari")
        result = kiosk.registration.register(form)
        kiosk.catalogue.enrol(training.id, result.applicant_id)
        _attend(kiosk, training.id, result.applicant_id, attended)
        people[name] = result.applicant_id
    staff = kiosk.staff.create("guru", "Guru Satu", "482913")
    clock.moment = today
    return FinishedClass(training.id, people, staff.id)


def _status(kiosk: KioskServices, finished: FinishedClass) -> dict[str, CandidateStatus]:
    names = {v: k for k, v in finished.people.items()}
    review = kiosk.completion.review(finished.session_id)
    return {names[c.applicant_id]: c.status for c in review.candidates}


def _trust(kiosk: KioskServices, now: dt.datetime, revoked: tuple[str, ...] = ()) -> None:
    """Apply a server-signed trust list naming this kiosk's key (as a pull would)."""
    ctx = kiosk.ctx
    changes = []
    for number, certificate_id in enumerate(revoked, start=1):
        text, signature = sign_revocation(
            SERVER_KEY, RevocationEntry(number, certificate_id, now, "fraud")
        )
        data = {
            "certificate_id": certificate_id,
            "entry": text,
            "signature": signature,
            "public_key": public_key_of(SERVER_KEY).hex(),
        }
        changes.append(Change(kind="certificate_revocation", id=certificate_id, data=data))
    issuer = Issuer(ctx.signer.key_id, ctx.signer.public_bytes(), SITE)
    text, signature = sign_trust_statement(SERVER_KEY, TrustStatement(now, (issuer,), len(revoked)))
    data = {
        "statement": text,
        "signature": signature,
        "public_key": public_key_of(SERVER_KEY).hex(),
    }
    changes.append(Change(kind="certificate_trust", id="trust", data=data))
    with kiosk.store.transaction() as session:
        assert apply_changes(session, changes, now) == len(changes)


def test_the_review_applies_the_rule_and_excused_absences(
    kiosk: KioskServices, finished: FinishedClass
) -> None:
    review = kiosk.completion.review(finished.session_id)
    assert review.ended and review.min_share_pct == 80
    assert _status(kiosk, finished) == {
        "Ani": CandidateStatus.ELIGIBLE,  # 8 of 8
        "Budi": CandidateStatus.NOT_ELIGIBLE,  # 6 of 8: 75 %
        "Cici": CandidateStatus.ELIGIBLE,  # 7 of 8: 87 %
        "Dedi": CandidateStatus.NOT_ELIGIBLE,
    }
    # An excused absence leaves the count: 6 of 7 is 85 %.
    kiosk.completion.excuse(
        finished.session_id,
        finished.people["Budi"],
        MEETINGS[7],
        "sakit, surat dokter",
        staff_id=finished.staff_id,
    )
    assert _status(kiosk, finished)["Budi"] is CandidateStatus.ELIGIBLE
    # The class may set its own rule: at 90 % Cici falls short.
    kiosk.completion.set_rule(finished.session_id, 90, staff_id=finished.staff_id)
    assert _status(kiosk, finished)["Cici"] is CandidateStatus.NOT_ELIGIBLE


def test_staff_withhold_one_and_issue_the_rest_in_one_action(
    kiosk: KioskServices, finished: FinishedClass, clock: SettableClock
) -> None:
    _pair(kiosk)
    kiosk.completion.withhold(
        finished.session_id,
        finished.people["Cici"],
        "belum menyerahkan tugas akhir",
        staff_id=finished.staff_id,
    )
    issued = kiosk.completion.issue(finished.session_id, staff_id=finished.staff_id)
    assert [row.holder_name for row in issued] == ["Ani Lestari"]
    assert _status(kiosk, finished)["Cici"] is CandidateStatus.WITHHELD
    with kiosk.store.reading() as session:
        events = session.scalar(
            select(func.count())
            .select_from(m.OutboxEvent)
            .where(m.OutboxEvent.entity == "certificate")
        )
        outbox = session.scalars(
            select(m.OutboxEvent).where(m.OutboxEvent.entity == "certificate")
        ).all()
    assert events == 1
    # What the kiosk sends fits the strict model the server checks it with.
    for event in outbox:
        payload = kiosk.store.cipher.open_payload(event.payload, row=event.id)
        parse_push_payload(event.entity, event.op, payload)
    # Issuing again adds only who became eligible since: nobody is issued twice.
    kiosk.completion.release(
        finished.session_id, finished.people["Cici"], staff_id=finished.staff_id
    )
    again = kiosk.completion.issue(finished.session_id, staff_id=finished.staff_id)
    assert [row.holder_name for row in again] == ["Cici Lestari"]
    assert kiosk.completion.issue(finished.session_id, staff_id=finished.staff_id) == []

    # Any kiosk holding the trust list checks it offline.
    _trust(kiosk, clock())
    verdict = kiosk.certificates.verify(issued[0].credential)
    assert verdict.outcome is Outcome.VALID
    assert verdict.certificate is not None
    assert verdict.certificate.holder == "Ani Lestari"
    assert dict(verdict.certificate.claims) == {
        "programme": "Barista Kopi",
        "hours": 120,
        "start": "2026-02-02",
        "end": "2026-02-27",
        "attendance_pct": 100,
    }
    assert verdict.certificate.provider == "BLK Bandung"


def test_revoked_and_stale_on_the_kiosk(
    kiosk: KioskServices, finished: FinishedClass, clock: SettableClock
) -> None:
    _pair(kiosk)
    ani = kiosk.completion.issue(finished.session_id, staff_id=finished.staff_id)[0]
    _trust(kiosk, clock(), revoked=(ani.id,))
    assert kiosk.certificates.verify(ani.credential).reason is Reason.REVOKED
    cici = kiosk.completion.certificates(finished.session_id)[1]
    assert kiosk.certificates.verify(cici.credential).outcome is Outcome.VALID
    clock.advance(days=31)
    verdict = kiosk.certificates.verify(cici.credential)
    assert (verdict.outcome, verdict.trust_age_days) == (Outcome.CANNOT_TELL, 31)
    assert kiosk.certificates.verify(ani.credential).reason is Reason.REVOKED


def test_an_older_trust_list_never_rolls_the_kiosk_back(
    kiosk: KioskServices, finished: FinishedClass, clock: SettableClock
) -> None:
    _pair(kiosk)
    ani = kiosk.completion.issue(finished.session_id, staff_id=finished.staff_id)[0]
    _trust(kiosk, clock(), revoked=(ani.id,))
    _trust(kiosk, clock() - dt.timedelta(days=3))  # replayed from an old USB stick
    assert kiosk.certificates.verify(ani.credential).reason is Reason.REVOKED
    assert kiosk.certificates.status().trust_list_at == clock()


def test_nothing_is_issued_before_the_class_ends_or_unpaired(
    kiosk: KioskServices, finished: FinishedClass, clock: SettableClock
) -> None:
    with pytest.raises(CertificateError) as unpaired:
        kiosk.completion.issue(finished.session_id, staff_id=finished.staff_id)
    assert unpaired.value.message.code == "certificates.not_paired"
    _pair(kiosk)
    clock.moment = dt.datetime.combine(END, dt.time(15), tzinfo=clock.moment.tzinfo)
    with pytest.raises(CertificateError) as early:
        kiosk.completion.issue(finished.session_id, staff_id=finished.staff_id)
    assert early.value.message.code == "certificates.class_not_ended"
    with kiosk.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.Certificate)) == 0


def test_bad_input_writes_nothing(kiosk: KioskServices, finished: FinishedClass) -> None:
    budi = finished.people["Budi"]
    with pytest.raises(CertificateError):
        kiosk.completion.withhold(finished.session_id, budi, " ", staff_id=finished.staff_id)
    with pytest.raises(CertificateError):
        kiosk.completion.excuse(
            finished.session_id, budi, dt.date(2026, 2, 3), "sakit", staff_id=finished.staff_id
        )  # a Tuesday: no meeting
    with pytest.raises(CertificateError):
        kiosk.completion.set_rule(finished.session_id, 0, staff_id=finished.staff_id)
    with kiosk.store.reading() as session:
        for model in (m.CertificateWithheld, m.AttendanceExcuse, m.CompletionRule):
            assert session.scalar(select(func.count()).select_from(model)) == 0

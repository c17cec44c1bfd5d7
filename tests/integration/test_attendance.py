"""Attendance through the real services on a real SQLite file: scans, admits, roster, export."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kiosk.domain.attendance import EventKind, ScanOutcome, Tone
from kiosk.domain.card import CardSigner, VerifyStatus, card_id_text
from kiosk.domain.nik import Sex
from kiosk.i18n import UserError
from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.kiosk import KioskServices
from kiosk.services.roster import PresenceStatus
from kiosk.services.staff import StaffError
from kiosk.store.db import StoreWriteError
from kiosk.store.models import AttendanceEvent, Card, DeviceKey, OutboxEvent
from tests.conftest import SettableClock
from tests.factories import applicant_form


@dataclass
class Station:
    session_id: str
    payloads: list[str]  # enrolled trainees' cards
    stranger: str  # a registered person's card, not enrolled
    stranger_id: str
    staff_id: str


@pytest.fixture
def station(kiosk: KioskServices) -> Station:
    provider = kiosk.catalogue.create_provider("LPK Cahaya", "LPK", "32.73")
    program = kiosk.catalogue.create_program("Barista Kopi", "kuliner", 40)
    today = kiosk.ctx.now().date()
    training = kiosk.catalogue.create_session(
        program_id=program.id,
        provider_id=provider.id,
        location="Ruang 2",
        start_date=today - dt.timedelta(days=7),
        end_date=today + dt.timedelta(days=30),
        schedule=WeeklySchedule((0, 2, 4), "08:00", "12:00"),
        capacity=20,
        uses_checkout=True,
    )
    payloads = []
    for n in range(3):
        result = kiosk.registration.register(applicant_form(seed=100 + n, sex=Sex.MALE))
        kiosk.catalogue.enrol(training.id, result.applicant_id)
        assert result.card_payload
        payloads.append(result.card_payload)
    stranger = kiosk.registration.register(applicant_form(seed=200))
    assert stranger.card_payload
    staff = kiosk.staff.create("rina", "Rina Staf", "482915")
    return Station(training.id, payloads, stranger.card_payload, stranger.applicant_id, staff.id)


def events(kiosk: KioskServices) -> int:
    with kiosk.store.reading() as session:
        return session.scalar(select(func.count()).select_from(AttendanceEvent)) or 0


def outbox(kiosk: KioskServices, entity: str) -> int:
    with kiosk.store.reading() as session:
        return (
            session.scalar(
                select(func.count()).select_from(OutboxEvent).where(OutboxEvent.entity == entity)
            )
            or 0
        )


def test_check_in_already_then_check_out(
    kiosk: KioskServices, station: Station, clock: SettableClock
) -> None:
    payload = station.payloads[0]
    first = kiosk.attendance.record_scan(station.session_id, payload, staff_id=station.staff_id)
    assert first.outcome is ScanOutcome.CHECKED_IN and first.tone is Tone.GREEN
    assert first.recorded and first.full_name == "Budi Santoso"
    assert first.reason.render("en") == "Present — checked in at 09:30"
    clock.advance(minutes=2)
    again = kiosk.attendance.record_scan(station.session_id, payload, staff_id=None)
    assert again.outcome is ScanOutcome.ALREADY_RECORDED and not again.recorded
    assert again.reason.render("id") == "Sudah tercatat pukul 09:30"
    clock.advance(hours=3)
    out = kiosk.attendance.record_scan(station.session_id, payload, staff_id=None)
    assert out.outcome is ScanOutcome.CHECKED_OUT and out.tone is Tone.BLUE
    assert events(kiosk) == 2
    assert outbox(kiosk, "attendance_event") == 2
    with kiosk.store.reading() as session:
        stored = session.scalars(select(AttendanceEvent).order_by(AttendanceEvent.recorded_at))
        rows = list(stored)
    assert [r.kind for r in rows] == [EventKind.CHECK_IN, EventKind.CHECK_OUT]
    assert rows[0].local_day == dt.date(2026, 3, 2)
    assert (
        rows[0].recorded_at == clock.moment.replace(hour=9, minute=30) - dt.timedelta(minutes=0)
        or rows[0].recorded_at.tzinfo is dt.UTC
    )
    assert rows[0].staff_id == station.staff_id and rows[0].utc_offset_min == 420


def test_not_enrolled_is_amber_and_admit_records_who(
    kiosk: KioskServices, station: Station
) -> None:
    verdict = kiosk.attendance.record_scan(station.session_id, station.stranger, staff_id=None)
    assert verdict.outcome is ScanOutcome.NOT_ENROLLED and verdict.can_admit
    assert events(kiosk) == 0
    admitted = kiosk.attendance.admit(
        station.session_id, station.stranger, staff_id=station.staff_id
    )
    assert admitted.outcome is ScanOutcome.CHECKED_IN
    assert admitted.admitted_by == station.staff_id
    roster = kiosk.roster.roster(station.session_id)
    line = next(x for x in roster.lines if x.applicant_id == station.stranger_id)
    assert not line.enrolled and line.admitted_by == "Rina Staf"


def test_manual_lookup_uses_the_same_rules(kiosk: KioskServices, station: Station) -> None:
    person = kiosk.people.search("Budi")[0]
    card_id = kiosk.attendance.current_card_of(person.id)
    assert card_id is not None
    verdict = kiosk.attendance.record_card(station.session_id, card_id, staff_id=station.staff_id)
    assert verdict.outcome is ScanOutcome.CHECKED_IN


def _tampered(payload: str) -> str:
    index = len(payload) - 10  # inside the signature
    return payload[:index] + ("A" if payload[index] != "A" else "B") + payload[index + 1 :]


@pytest.mark.parametrize(
    ("mangle", "status"),
    [
        (_tampered, VerifyStatus.BAD_SIGNATURE),
        (lambda p: p[:-5], VerifyStatus.MALFORMED),
        (lambda p: "hello world", VerifyStatus.MALFORMED),
    ],
)
def test_damaged_payloads_are_red_with_the_reason(
    kiosk: KioskServices,
    station: Station,
    mangle,
    status: VerifyStatus,  # type: ignore[no-untyped-def]
) -> None:
    verdict = kiosk.attendance.record_scan(
        station.session_id, mangle(station.payloads[0]), staff_id=None, admit=True
    )
    assert verdict.outcome is ScanOutcome.REJECTED and verdict.tone is Tone.RED
    assert verdict.card_status is status
    assert events(kiosk) == 0


def test_resigned_with_another_key_is_unknown_key(kiosk: KioskServices, station: Station) -> None:
    other = CardSigner.generate()
    today = kiosk.ctx.now().date()
    forged = other.issue(other.new_card_id(), today, today + dt.timedelta(days=9))
    verdict = kiosk.attendance.record_scan(station.session_id, forged, staff_id=None)
    assert verdict.card_status is VerifyStatus.UNKNOWN_KEY and verdict.tone is Tone.RED
    assert other.key_id in verdict.reason.render("en")


def test_expired_revoked_card_and_revoked_key(
    kiosk: KioskServices, station: Station, clock: SettableClock
) -> None:
    today = kiosk.ctx.now().date()
    signer = kiosk.ctx.signer
    with kiosk.store.reading() as session:
        card = session.scalars(select(Card)).first()
    assert card is not None
    expired = signer.issue(
        __import__("base64").b32decode(card.id),
        today - dt.timedelta(days=99),
        today - dt.timedelta(days=1),
    )
    verdict = kiosk.attendance.record_scan(station.session_id, expired, staff_id=None)
    assert verdict.card_status is VerifyStatus.EXPIRED and verdict.tone is Tone.RED
    # Reissue revokes the first card: the cached keyring must not hide that.
    person = kiosk.people.search("Budi")[0]
    old_payload = next(c.payload for c in kiosk.cards.cards_of(person.id))
    assert kiosk.attendance.record_scan(station.session_id, old_payload, staff_id=None).recorded
    kiosk.cards.reissue(person.id, staff_id=station.staff_id)
    clock.advance(hours=4)
    verdict = kiosk.attendance.record_scan(station.session_id, old_payload, staff_id=None)
    assert verdict.card_status is VerifyStatus.REVOKED_CARD and not verdict.recorded
    # A key revoked after the keyring was cached is seen on the next scan.
    with kiosk.store.transaction() as session:
        key = session.get(DeviceKey, signer.key_id)
        assert key is not None
        key.revoked_at = clock.moment
    verdict = kiosk.attendance.record_scan(station.session_id, station.payloads[1], staff_id=None)
    assert verdict.card_status is VerifyStatus.REVOKED_KEY


def test_unknown_session_is_a_user_error(kiosk: KioskServices, station: Station) -> None:
    with pytest.raises(UserError):
        kiosk.attendance.record_scan("nope", station.payloads[0], staff_id=None)


def test_closed_session(kiosk: KioskServices, station: Station, clock: SettableClock) -> None:
    clock.advance(days=60)
    verdict = kiosk.attendance.record_scan(station.session_id, station.payloads[0], staff_id=None)
    assert verdict.outcome is ScanOutcome.SESSION_CLOSED and not verdict.recorded


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=400) | st.from_regex(r"K[A-Z2-7]{100,160}", fullmatch=True))
def test_fuzz_arbitrary_text_never_crashes_and_never_records(
    kiosk: KioskServices, station: Station, text: str
) -> None:
    verdict = kiosk.attendance.record_scan(
        station.session_id, text, staff_id=station.staff_id, admit=True
    )
    assert verdict.outcome is ScanOutcome.REJECTED
    assert events(kiosk) == 0


def test_roster_counts_late_and_absent(
    kiosk: KioskServices, station: Station, clock: SettableClock
) -> None:
    kiosk.attendance.record_scan(
        station.session_id, station.payloads[0], staff_id=None
    )  # 09:30 late
    clock.moment = clock.moment.replace(hour=8, minute=5)
    kiosk.attendance.record_scan(station.session_id, station.payloads[1], staff_id=None)
    roster = kiosk.roster.roster(station.session_id)
    assert roster.enrolled == 3
    assert roster.came == 2
    assert roster.present == 1  # on time; the late one is counted apart
    assert roster.count(PresenceStatus.LATE) == 1
    assert roster.count(PresenceStatus.ABSENT) == 1


def test_export_csv_and_xlsx(kiosk: KioskServices, station: Station, tmp_path: Path) -> None:
    kiosk.attendance.record_scan(station.session_id, station.payloads[0], staff_id=None)
    rows = kiosk.roster.export(station.session_id, tmp_path / "a.csv", lang="en")
    with (tmp_path / "a.csv").open(encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    assert table[0][:3] == ["Date", "Name", "NIK (masked)"]
    assert len(table) == rows + 1
    # Past scheduled days (Mon/Wed/Fri since a week ago) are in the export too.
    assert {row[0] for row in table[1:]} >= {"2026-02-23", "2026-03-02"}
    assert all("•" in row[2] for row in table[1:])
    assert table[-3][:2] == ["2026-03-02", "Budi Santoso"] or any(
        row[4] == "Late" for row in table[1:]
    )
    kiosk.roster.export(station.session_id, tmp_path / "a.xlsx")
    with zipfile.ZipFile(tmp_path / "a.xlsx") as archive:
        assert b"Budi Santoso" in archive.read("xl/worksheets/sheet1.xml")
    with pytest.raises(UserError):
        kiosk.roster.export(station.session_id, tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()


def test_rows_written_raw_read_back_through_the_models(
    kiosk: KioskServices, station: Station
) -> None:
    verdict = kiosk.attendance.record_scan(station.session_id, station.payloads[0], staff_id=None)
    with kiosk.store.reading() as session:
        event = session.get(AttendanceEvent, verdict.event_id)
        record = session.scalar(
            select(OutboxEvent).where(OutboxEvent.entity_id == verdict.event_id)
        )
    assert event is not None and record is not None
    assert event.recorded_at == verdict.at
    assert record.payload["card_id"] == verdict.card_id
    assert record.payload["device_id"] == kiosk.ctx.device_id
    conn = sqlite3.connect(kiosk.store.paths.database)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_admin_disables_staff_with_outbox_event(kiosk: KioskServices) -> None:
    kiosk.staff.create("admin1", "Admin Satu", "271828", "admin")
    admin = kiosk.staff.login("admin1", "271828")
    staff = kiosk.staff.create("dewi", "Dewi", "314159")
    plain = kiosk.staff.login("dewi", "314159")
    with pytest.raises(StaffError):
        kiosk.staff.disable(plain, admin.id)
    with pytest.raises(StaffError):
        kiosk.staff.disable(admin, admin.id)
    kiosk.staff.disable(admin, staff.id)
    with pytest.raises(StaffError, match="disabled"):
        kiosk.staff.login("dewi", "314159")
    assert outbox(kiosk, "staff_account") == 2 + 1
    assert [a.active for a in kiosk.staff.accounts()] == [True, False]


def test_card_id_text_round_trip() -> None:
    assert len(card_id_text(CardSigner.generate().new_card_id())) == 16


def test_opening_a_station_reads_its_trainees_and_writes_nothing(
    kiosk: KioskServices, station: Station
) -> None:
    kiosk.attendance.record_scan(station.session_id, station.payloads[0], staff_id=None)
    before = (events(kiosk), outbox(kiosk, "attendance_event"))
    database = kiosk.store.paths.database
    stamp = database.with_name(database.name + "-wal").stat().st_mtime_ns
    assert kiosk.attendance.warm_station(station.session_id) == 3
    assert kiosk.attendance.warm_station("no-such-session") == 0
    assert (events(kiosk), outbox(kiosk, "attendance_event")) == before
    assert database.with_name(database.name + "-wal").stat().st_mtime_ns == stamp
    verdict = kiosk.attendance.record_scan(station.session_id, station.payloads[1], staff_id=None)
    assert verdict.outcome is ScanOutcome.CHECKED_IN


def test_a_scan_on_a_full_disk_is_refused_whole_with_one_line(
    kiosk: KioskServices, station: Station
) -> None:
    kiosk.attendance.warm_station(station.session_id)  # opens the station's connection
    hot = kiosk.store._hot
    assert hot is not None
    pages = hot.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own "database or disk is full" (SQLITE_FULL), reached by capping the file.
    hot.execute(f"PRAGMA max_page_count = {pages}")
    before = (events(kiosk), outbox(kiosk, "attendance_event"))
    refusals: list[str] = []
    for payload in station.payloads:
        try:
            kiosk.attendance.record_scan(station.session_id, payload, staff_id=None)
        except StoreWriteError as error:
            refusals.append(error.render("en"))
    refused = len(refusals)
    assert refused >= 1
    assert all(text.startswith("The disk is full: nothing was saved.") for text in refusals)
    assert (events(kiosk), outbox(kiosk, "attendance_event")) == (
        before[0] + 3 - refused,
        before[1] + 3 - refused,
    )
    hot.execute("PRAGMA max_page_count = 1073741823")
    verdict = kiosk.attendance.record_scan(station.session_id, station.stranger, staff_id=None)
    assert verdict.outcome is ScanOutcome.NOT_ENROLLED  # and the station goes on

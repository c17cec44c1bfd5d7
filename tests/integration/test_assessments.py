"""Competency assessments through the real services on a real SQLite file: schemes pulled,
check-in by card scan, signed K/BK records that cannot be changed, only superseded with a
reason, competency certificates, BNSP numbers and the BNSP candidate list."""

from __future__ import annotations

import csv
import datetime as dt
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DatabaseError

from kiosk.domain import assessment as a
from kiosk.domain.certificate import KIND_COMPETENCY, parse
from kiosk.domain.nik import Sex
from kiosk.services.assessment_export import COLUMNS, export_bnsp
from kiosk.services.assessments import AssessmentError
from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import Role, StaffError, StaffUser
from kiosk.store import models as m
from kiosk.sync import state
from kiosk.sync.apply import apply_changes
from kiosk.sync.protocol import Change
from tests.conftest import SettableClock
from tests.factories import applicant_form

SITE = "BLK-TEST"
SCHEME = {
    "number": "SKM-BAR-01",
    "title": "Barista Muda",
    "lsp": "LSP Pariwisata Nusantara",
    "units": [
        {"code": "PAR.BAR.001.01", "title": "Menyiapkan peralatan espresso"},
        {"code": "PAR.BAR.002.01", "title": "Membuat minuman espresso"},
        {"code": "PAR.BAR.003.01", "title": "Menjaga kebersihan area kerja"},
    ],
}
CODES = [unit["code"] for unit in SCHEME["units"]]
ALL_K = dict.fromkeys(CODES, "K")


def scheme_change(scheme: dict[str, object] | None = None) -> Change:
    data = {**(scheme or SCHEME), "published_at": "2026-02-01T00:00:00+00:00"}
    return Change(kind="assessment_scheme", id=str(data["number"]), data=data)


@dataclass
class Assessment:
    event_id: str
    staff: StaffUser
    assessor: StaffUser
    cards: dict[str, str]  # name -> card QR payload
    people: dict[str, str]  # name -> applicant id


@pytest.fixture
def held(kiosk: KioskServices, clock: SettableClock) -> Assessment:
    with kiosk.store.transaction() as session:
        state.put(session, state.SITE, SITE)
        assert apply_changes(session, [scheme_change()], clock.moment) == 1
    return hold_assessment(kiosk, clock)


def hold_assessment(kiosk: KioskServices, clock: SettableClock) -> Assessment:
    """Staff, an assessor, three registered candidates and an event of SKM-BAR-01 (the
    scheme must be on the kiosk)."""
    # Usernames of their own: a shared server hands a site's accounts to its next kiosk.
    tag = kiosk.ctx.device_id[-8:]
    kiosk.staff.create(f"petugas.{tag}", "Petugas Satu", "482913")
    kiosk.staff.create(f"asesor.{tag}", "Asesor Dua", "739164", Role.ASSESSOR)
    staff = kiosk.staff.login(f"petugas.{tag}", "482913")
    assessor = kiosk.staff.login(f"asesor.{tag}", "739164")
    cards, people = {}, {}
    for n, name in enumerate(["Ani", "Budi", "Cici"]):
        result = kiosk.registration.register(
            applicant_form(seed=500 + n, sex=Sex.FEMALE, full_name=f"{name} Wulandari")
        )
        assert result.card_payload is not None
        cards[name], people[name] = result.card_payload, result.applicant_id
    event_id = kiosk.assessments.create_event(
        "SKM-BAR-01", clock.moment.date(), "TUK Sewaktu BLK Bandung", assessor.id, staff=staff
    )
    return Assessment(event_id, staff, assessor, cards, people)


def test_candidates_check_in_by_card_scan(kiosk: KioskServices, held: Assessment) -> None:
    svc = kiosk.assessments
    # Scanners add a line feed; checking in twice changes nothing.
    first = svc.check_in(held.event_id, held.cards["Ani"] + "\r\n", staff=held.staff)
    again = svc.check_in(held.event_id, held.cards["Ani"], staff=held.staff)
    assert first == again and first.full_name == "Ani Wulandari"
    tampered = held.cards["Budi"][:-3] + (
        "AAA" if not held.cards["Budi"].endswith("AAA") else "BBB"
    )
    with pytest.raises(AssessmentError):
        svc.check_in(held.event_id, tampered, staff=held.staff)
    assert [c.full_name for c in svc.candidates(held.event_id)] == ["Ani Wulandari"]


def test_only_the_assigned_assessor_records_and_every_unit_is_needed(
    kiosk: KioskServices, held: Assessment
) -> None:
    svc = kiosk.assessments
    svc.check_in(held.event_id, held.cards["Ani"], staff=held.staff)
    ani = held.people["Ani"]
    with pytest.raises(StaffError):  # a staff member is not an assessor
        svc.record(held.event_id, ani, ALL_K, "K", "", assessor=held.staff)
    with pytest.raises(AssessmentError):  # a unit missing
        svc.record(held.event_id, ani, {CODES[0]: "K"}, "K", "", assessor=held.assessor)
    with pytest.raises(AssessmentError):  # K overall with a BK unit
        svc.record(held.event_id, ani, {**ALL_K, CODES[1]: "BK"}, "K", "", assessor=held.assessor)
    with pytest.raises(AssessmentError):  # not checked in
        svc.record(held.event_id, held.people["Budi"], ALL_K, "K", "", assessor=held.assessor)
    with kiosk.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.AssessmentRecord)) == 0


def test_a_record_is_signed_immutable_and_only_superseded_with_a_reason(
    kiosk: KioskServices, held: Assessment
) -> None:
    svc = kiosk.assessments
    svc.check_in(held.event_id, held.cards["Ani"], staff=held.staff)
    ani = held.people["Ani"]
    marks = {**ALL_K, CODES[2]: "BK"}
    first = svc.record(held.event_id, ani, marks, "BK", "Unit 3 belum", assessor=held.assessor)
    with pytest.raises(AssessmentError):  # a second record is not a correction
        svc.record(held.event_id, ani, ALL_K, "K", "", assessor=held.assessor)

    # The store itself refuses to change or remove a signed record, whatever code tries.
    for statement in (
        update(m.AssessmentRecord).where(m.AssessmentRecord.id == first.id).values(result="K"),
        text("DELETE FROM assessment_record"),
    ):
        with (
            pytest.raises(DatabaseError, match="immutable"),
            kiosk.store.transaction() as session,
        ):
            session.execute(statement)

    with pytest.raises(AssessmentError):  # no reason, no correction
        svc.supersede(first.id, ALL_K, "K", "", " ", assessor=held.assessor)
    second = svc.supersede(
        first.id, ALL_K, "K", "Ulang unit 3", "Salah input unit 3", assessor=held.assessor
    )
    assert second.supersedes == first.id and second.reason == "Salah input unit 3"
    with pytest.raises(AssessmentError):  # only the newest one can be corrected
        svc.supersede(first.id, ALL_K, "K", "", "lagi lagi", assessor=held.assessor)
    assert [r.id for r in svc.current_records(held.event_id)] == [second.id]

    with kiosk.store.reading() as session:
        rows = session.scalars(select(m.AssessmentRecord).order_by(m.AssessmentRecord.recorded_at))
        stored = {row.id: row for row in rows}
        assert set(stored) == {first.id, second.id}
        assert a.record_from_text(stored[first.id].signed_text).result == "BK"  # kept as it was
        kinds = session.scalars(
            select(m.OutboxEvent.entity).where(m.OutboxEvent.entity == "assessment_record")
        ).all()
        assert len(kinds) == 2
    key = kiosk.ctx.signer.public_bytes()
    for row in stored.values():
        assert a.verify_signature(row.signed_text, row.signature, key)


def test_an_altered_unit_result_fails_the_signature(kiosk: KioskServices, held: Assessment) -> None:
    svc = kiosk.assessments
    svc.check_in(held.event_id, held.cards["Ani"], staff=held.staff)
    marks = {**ALL_K, CODES[0]: "BK"}
    svc.record(held.event_id, held.people["Ani"], marks, "BK", "", assessor=held.assessor)
    with kiosk.store.reading() as session:
        row = session.scalars(select(m.AssessmentRecord)).one()
    forged = row.signed_text.replace('["PAR.BAR.001.01","BK"]', '["PAR.BAR.001.01","K"]')
    forged = forged.replace('"result":"BK"', '"result":"K"')
    assert forged != row.signed_text
    a.record_from_text(forged)  # it still reads as a record...
    assert not a.verify_signature(forged, row.signature, kiosk.ctx.signer.public_bytes())


def test_competent_candidates_get_certificates_bnsp_numbers_and_the_export(
    kiosk: KioskServices, held: Assessment, clock: SettableClock, tmp_path: Path
) -> None:
    svc = kiosk.assessments
    for name in ("Ani", "Budi"):
        svc.check_in(held.event_id, held.cards[name], staff=held.staff)
    svc.record(held.event_id, held.people["Ani"], ALL_K, "K", "Baik", assessor=held.assessor)
    svc.record(
        held.event_id,
        held.people["Budi"],
        {**ALL_K, CODES[1]: "BK"},
        "BK",
        "Ulangi unit 2",
        assessor=held.assessor,
    )
    issued = svc.issue_certificates(held.event_id, staff=held.staff)
    assert [row.holder_name for row in issued] == ["Ani Wulandari"]
    assert svc.issue_certificates(held.event_id, staff=held.staff) == []  # nobody twice
    cert = issued[0]
    today = clock.moment.date()
    assert cert.valid_until == a.valid_until(today) == today.replace(year=today.year + 3)
    signed = parse(cert.credential)
    assert signed is not None and signed.certificate.kind == KIND_COMPETENCY
    claims = signed.certificate.claims
    assert claims["scheme"] == "SKM-BAR-01" and claims["result"] == "K"
    assert claims["units"] == [[code, "K"] for code in CODES]
    assert claims["lsp"] == SCHEME["lsp"] and claims["tuk"] == "TUK Sewaktu BLK Bandung"

    with pytest.raises(AssessmentError):
        svc.set_bnsp_number(cert.id, "<script>", staff=held.staff)
    svc.set_bnsp_number(cert.id, "62093 2412 1 0001234 2026", staff=held.staff)

    csv_path = export_bnsp(kiosk.ctx, held.event_id, tmp_path / "bnsp.csv", staff=held.staff)
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == COLUMNS
    by_name = {row[1]: dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]}
    assert by_name["Ani Wulandari"]["Rekomendasi"] == "K"
    assert by_name["Ani Wulandari"]["Nomor Sertifikat BNSP"] == "62093 2412 1 0001234 2026"
    assert by_name["Budi Wulandari"]["Unit BK"] == CODES[1]
    assert len(by_name["Budi Wulandari"]["NIK"]) == 16
    xlsx = export_bnsp(kiosk.ctx, held.event_id, tmp_path / "bnsp.xlsx", staff=held.staff)
    with zipfile.ZipFile(xlsx) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "Nomor Sertifikat BNSP" in sheet and "Ani Wulandari" in sheet
    with kiosk.store.reading() as session:
        entities = session.scalars(select(m.OutboxEvent.entity)).all()
    assert "certificate_annotation" in entities and entities.count("certificate") == 1


def test_a_pulled_scheme_with_a_bad_unit_code_is_set_aside(
    kiosk: KioskServices, clock: SettableClock
) -> None:
    bad = {**SCHEME, "number": "SKM-X", "units": [{"code": "no spaces!", "title": "x"}]}
    with kiosk.store.transaction() as session:
        assert apply_changes(session, [scheme_change(bad)], clock.moment) == 0
    with kiosk.store.reading() as session:
        assert session.get(m.AssessmentScheme, "SKM-X") is None
        assert session.scalar(select(func.count()).select_from(m.SyncQuarantine)) == 1


def test_a_signed_text_that_is_not_a_record_is_refused() -> None:
    record = a.AssessmentRecord(
        id="0190abcd-0000-7000-8000-0000000000a1",
        event_id="0190abcd-0000-7000-8000-0000000000a2",
        applicant_id="0190abcd-0000-7000-8000-0000000000a3",
        scheme="SKM-BAR-01",
        day=dt.date(2026, 3, 2),
        tuk="TUK",
        assessor_id="0190abcd-0000-7000-8000-0000000000a4",
        assessor_name="Asesor",
        units=tuple((code, "K") for code in CODES),
        result="K",
        note="",
        site=SITE,
        key_id="0011223344556677",
        recorded_at=dt.datetime(2026, 3, 2, 2, 30, tzinfo=dt.UTC),
    )
    text = record.canonical()
    assert a.record_from_text(text) == record
    data = record.as_dict()
    for bad in (
        {**data, "supersedes": 5, "reason": "x"},  # not an id
        {**data, "supersedes": data["id"]},  # a correction without a reason
        {**data, "units": [[CODES[0], "K"], [CODES[1], "BK"]]},  # K with a BK unit
        {**data, "note": "x" * 501},
        {**data, "version": 2},
    ):
        with pytest.raises(a.AssessmentInvalid):
            a.record_from_text(a.canonical(bad))
    with pytest.raises(a.AssessmentInvalid):  # the same record, not in canonical form
        a.record_from_text(json.dumps(data, indent=1))

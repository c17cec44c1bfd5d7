"""The assessment desk by taps alone at 1024×768, on a real kiosk store: plan an event, check
candidates in by card scan (with a refusal), issue the competency certificates after the
review list, print them (one PDF each and a batch file), enter a BNSP number (by list and by
scanning the certificate); the printed QR code decodes at 300 dpi to a valid credential."""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
import zxingcpp
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.domain.certificate import KIND_COMPETENCY, Outcome
from kiosk.services import assessment_review as review
from kiosk.services.assessment_export import COLUMNS
from kiosk.services.kiosk import KioskServices
from kiosk.store import models as m
from kiosk.ui.certificate_render import certificate_image
from kiosk.ui.main_window import MainWindow
from tests.conftest import SettableClock
from tests.integration.test_assessments import ALL_K, CODES, Assessment, held  # noqa: F401
from tests.integration.test_certificates import _trust
from tests.ui.touch_driver import LEFT, TouchDriver

pytestmark = pytest.mark.gui

STAFF_PIN = "482913"


def _log_in(
    window: MainWindow,
    touch: TouchDriver,
    qtbot: QtBot,
    kiosk: KioskServices,
) -> None:
    area = window.staff_area
    username = f"petugas.{kiosk.ctx.device_id[-8:]}"
    touch.tap(window.home.tiles["staff"])
    qtbot.waitUntil(lambda: username in area.login.names.buttons, timeout=5000)
    touch.tap(area.login.names.buttons[username])
    for digit in STAFF_PIN:
        touch.tap(next(b for b in area.login.pad_buttons if b.text() == digit))
    touch.tap(area.login.submit)
    qtbot.waitUntil(lambda: area.user is not None, timeout=10_000)
    touch.tap(area.home.assessment_desk)


def _tap_row(touch: TouchDriver, table: QTableWidget, row: int) -> None:
    QApplication.processEvents()
    rect = table.visualItemRect(table.item(row, 0))
    touch.on_screen(table)
    touch.qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def _count(kiosk: KioskServices, model: type) -> int:
    with kiosk.store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_plan_an_event_and_check_candidates_in_by_touch(
    window: MainWindow,
    touch: TouchDriver,
    kiosk: KioskServices,
    held: Assessment,  # noqa: F811
    qtbot: QtBot,
) -> None:
    _log_in(window, touch, qtbot, kiosk)
    desk = window.staff_area.desk
    screen = desk.desk
    qtbot.waitUntil(lambda: screen.events.count() == 1, timeout=5000)
    assert not screen.check_in.isEnabled()  # nothing chosen yet
    touch.tap(screen.new)
    qtbot.waitUntil(lambda: screen.schemes.count() == 1, timeout=5000)
    # The only assessor is chosen already; a missing TUK is said at the field, nothing saved.
    assert screen.assessors.currentRow() == 0
    touch.tap(screen.save)
    assert screen.scheme_field.error.isVisible() and screen.tuk_field.error.isVisible()
    assert _count(kiosk, m.AssessmentEvent) == 1
    touch.pick(screen.schemes, "SKM-BAR-01")
    touch.tap(screen.day)
    touch.tap(screen.keypad.clear_button)
    touch.type(screen.day, "16-03-2026")
    touch.type(screen.tuk, "TUK Sewaktu Cimahi")
    touch.tap(window.keyboard.keyboard.hide_button)
    touch.tap(screen.save)
    qtbot.waitUntil(lambda: screen.events.count() == 2, timeout=5000)
    assert "direncanakan" in screen.notice.text()
    planned = [e for e in kiosk.assessments.events() if e.tuk == "TUK Sewaktu Cimahi"]
    assert [(e.day, e.assessor_id) for e in planned] == [(dt.date(2026, 3, 16), held.assessor.id)]

    # Check-in at the planned event: a card scanned, a forged card refused, the same card
    # again (nothing changes); the list shows who is here.
    touch.pick(screen.events, planned[0].id)
    touch.tap(screen.check_in)
    check_in = desk.check_in
    qtbot.waitUntil(lambda: window.staff_area.stack.currentWidget() is check_in, timeout=5000)
    assert check_in.scanner.active
    check_in.scanner.submit(held.cards["Budi"])  # what the scanner or the camera hands over
    qtbot.waitUntil(lambda: check_in.present.count() == 1, timeout=5000)
    assert check_in.banner.name.text() == "Budi Wulandari"
    assert "Hadir" in check_in.banner.reason.text()
    forged = held.cards["Ani"][:-3] + ("AAA" if not held.cards["Ani"].endswith("AAA") else "BBB")
    check_in.scanner.submit(forged)
    qtbot.waitUntil(lambda: check_in.banner.name.text() == "Tidak dapat hadir", timeout=5000)
    reason = check_in.banner.reason.text()
    assert "kartu" in reason.lower() and "_" not in reason  # the card's words, not a code
    assert [c.full_name for c in kiosk.assessments.candidates(planned[0].id)] == ["Budi Wulandari"]
    assert kiosk.assessments.candidates(held.event_id) == []  # the other event: nobody
    touch.tap(check_in.back)
    assert window.staff_area.stack.currentWidget() is screen


def test_issue_print_and_enter_the_bnsp_number_by_touch(
    window: MainWindow,
    touch: TouchDriver,
    kiosk: KioskServices,
    held: Assessment,  # noqa: F811
    clock: SettableClock,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    svc = kiosk.assessments
    for name in ("Ani", "Budi"):
        svc.check_in(held.event_id, held.cards[name], staff=held.staff)
    svc.record(held.event_id, held.people["Ani"], ALL_K, "K", "", assessor=held.assessor)
    marks = {**ALL_K, CODES[1]: "BK"}
    svc.record(held.event_id, held.people["Budi"], marks, "BK", "", assessor=held.assessor)
    _log_in(window, touch, qtbot, kiosk)
    desk = window.staff_area.desk
    desk.choose_folder = lambda _parent: str(tmp_path / "pdf")
    qtbot.waitUntil(lambda: desk.desk.events.count() == 1, timeout=5000)
    touch.pick(desk.desk.events, held.event_id)
    touch.tap(desk.desk.certificates)
    screen = desk.certificates
    qtbot.waitUntil(lambda: screen.table.rowCount() == 2, timeout=5000)
    # The review list before issuing: Ani will get one, Budi (BK) none; nothing printable.
    assert [screen.table.item(r, 1).text() for r in range(2)] == ["K", "BK"]
    assert screen.table.item(0, 2).text() == "akan terbit"
    assert screen.issue.text() == "Terbitkan 1 sertifikat" and not screen.print_button.isEnabled()
    before = _count(kiosk, m.Certificate)
    touch.tap(screen.issue)
    qtbot.waitUntil(lambda: "diterbitkan" in screen.notice.text(), timeout=5000)
    assert _count(kiosk, m.Certificate) == before + 1
    assert not screen.issue.isEnabled()  # issuing again would add nobody
    # The notice is a catalogue message: a language switch re-says it, in the singular.
    [indonesian, english] = window.top_bar.language_buttons.buttons()
    touch.tap(english)
    assert screen.notice.text() == "1 certificate issued."
    assert screen.issue.text() == "Issue 0 certificates"
    # Issuing with nobody ready (another desk was quicker) says why, not "0 issued".
    desk._issue(held.event_id)
    qtbot.waitUntil(lambda: "No certificate issued" in screen.notice.text(), timeout=5000)
    assert "competent (K)" in screen.notice.text()
    touch.tap(indonesian)
    assert screen.notice.text().startswith("Tidak ada sertifikat diterbitkan")
    [page] = review.printable_competency(kiosk.ctx, held.event_id)
    assert screen.table.item(0, 2).text() == page.code

    touch.tap(screen.print_button)
    qtbot.waitUntil(lambda: "PDF" in screen.notice.text(), timeout=10_000)
    files = sorted(p.name for p in (tmp_path / "pdf").iterdir())
    assert files == ["certificates.pdf", f"sertifikat-{page.number}.pdf"]
    data = (tmp_path / "pdf" / "certificates.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    assert str(tmp_path) not in screen.notice.text()  # no file path on the screen

    # The BNSP number: chosen in the list; a bad number is refused at the field, nothing kept.
    _tap_row(touch, screen.table, 0)
    assert "Ani Wulandari" in screen.bnsp_field.caption.text()
    touch.type(screen.bnsp, "AB")
    touch.tap(window.keyboard.keyboard.hide_button)
    touch.tap(screen.save_bnsp)
    qtbot.waitUntil(lambda: "tidak valid" in screen.bnsp_field.error.text(), timeout=5000)
    assert _count(kiosk, m.CertificateBnspNumber) == 0
    touch.tap(screen.bnsp)
    touch.tap(window.keyboard.keyboard.clear_button)
    touch.type(screen.bnsp, "62100 2345 0000001 2026")
    touch.tap(window.keyboard.keyboard.hide_button)
    touch.tap(screen.save_bnsp)
    qtbot.waitUntil(lambda: "tersimpan" in screen.notice.text(), timeout=5000)
    with kiosk.store.reading() as session:
        [entry] = session.scalars(select(m.CertificateBnspNumber)).all()
        audited = session.scalar(
            select(func.count())
            .select_from(m.AuditEvent)
            .where(m.AuditEvent.action == "bnsp_number_entered")
        )
    assert (entry.certificate_id, entry.bnsp_number) == (page.number, "62100 2345 0000001 2026")
    assert audited == 1
    assert screen.table.item(0, 3).text() == "62100 2345 0000001 2026"

    # Found by scanning its QR code (from any screen of the desk's certificates), the row is
    # chosen and its number shown for a correction.
    screen.table.clearSelection()
    screen.table.setCurrentCell(-1, -1)
    screen.scanner.submit(page.credential)
    qtbot.waitUntil(lambda: screen.selected() is not None, timeout=5000)
    selected = screen.selected()
    assert selected is not None and selected.certificate_id == page.number
    assert screen.bnsp.text() == "62100 2345 0000001 2026"

    # The printed page's QR code, read back from a 300 dpi rendering, verifies offline.
    _trust(kiosk, clock())
    image = certificate_image(page, "id", dpi=300)
    assert (image.width(), image.height()) == (2480, 3508)
    [barcode] = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert barcode.text == page.credential
    verdict = kiosk.certificates.verify(barcode.text)
    assert verdict.outcome is Outcome.VALID
    assert verdict.certificate is not None and verdict.certificate.kind == KIND_COMPETENCY
    assert verdict.certificate.code == page.code


def _xlsx_rows(path: Path) -> list[list[str]]:
    """The cells of the written workbook's sheet, read back as a spreadsheet program would."""
    ns = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as archive:
        sheet = ElementTree.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    return [
        ["".join(t.text or "" for t in cell.iterfind(".//x:t", ns)) for cell in row]
        for row in sheet.iterfind(".//x:sheetData/x:row", ns)
    ]


def test_export_the_bnsp_candidate_list_by_touch(
    window: MainWindow,
    touch: TouchDriver,
    kiosk: KioskServices,
    held: Assessment,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    audited = select(func.count()).select_from(m.AuditEvent)
    audited = audited.where(m.AuditEvent.action == "personal_data_exported")
    with kiosk.store.reading() as session:
        before = session.scalar(audited)
    _log_in(window, touch, qtbot, kiosk)
    desk = window.staff_area.desk
    desk.choose_folder = lambda _parent: str(usb)
    screen = desk.desk
    qtbot.waitUntil(lambda: screen.events.count() == 1, timeout=5000)
    assert not screen.export.isEnabled()  # nothing chosen yet
    touch.pick(screen.events, held.event_id)
    # Nobody checked in yet: said, and nothing written.
    touch.tap(screen.export)
    qtbot.waitUntil(lambda: "tidak ada yang diekspor" in screen.notice.text(), timeout=5000)
    assert list(usb.iterdir()) == []

    svc = kiosk.assessments
    for name in ("Ani", "Budi"):
        svc.check_in(held.event_id, held.cards[name], staff=held.staff)
    svc.record(held.event_id, held.people["Ani"], ALL_K, "K", "Baik", assessor=held.assessor)
    touch.tap(screen.export)
    qtbot.waitUntil(lambda: "2 peserta" in screen.notice.text(), timeout=5000)
    assert str(usb) not in screen.notice.text()  # no file path on the screen
    [xlsx] = list(usb.glob("*.xlsx"))
    [csv_file] = list(usb.glob("*.csv"))
    assert xlsx.stem == csv_file.stem and xlsx.name.startswith("bnsp-SKM-BAR-01-")
    rows = _xlsx_rows(xlsx)
    assert tuple(rows[0]) == COLUMNS and len(rows) == 3
    ani = dict(zip(COLUMNS, rows[1], strict=True))
    assert (ani["No"], ani["Nama Lengkap"], ani["Kode Skema"]) == (
        "1",
        "Ani Wulandari",
        "SKM-BAR-01",
    )
    assert ani["Rekomendasi"] == "K" and ani["Unit K"] == "; ".join(CODES)
    assert ani["Catatan"] == "Baik" and len(ani["NIK"]) == 16
    with open(csv_file, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == rows
    with kiosk.store.reading() as session:
        assert session.scalar(audited) == before + 1  # the export of personal data, once

    # The notice follows a language switch (it is a catalogue message, not a sentence).
    [_, english] = window.top_bar.language_buttons.buttons()
    touch.tap(english)
    assert (
        screen.notice.text()
        == "The candidate list for BNSP is saved as XLSX and CSV: 2 candidates."
    )
    assert screen.export.text() == "Export for BNSP"

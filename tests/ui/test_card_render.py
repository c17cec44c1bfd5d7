"""The printed card: its QR decodes at 300 dpi to a payload that verifies; PDFs and sheets."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import zxingcpp
from pytestqt.qtbot import QtBot

from kiosk.domain.card import card_id_from_number, card_id_text
from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.kiosk import KioskServices
from kiosk.store.paths import DataPaths
from kiosk.ui.card_render import card_image, write_pdf
from tests.factories import applicant_form


def test_rendered_card_qr_decodes_to_a_verifiable_payload(
    kiosk: KioskServices, qtbot: QtBot, tmp_path: Path
) -> None:
    result = kiosk.registration.register(applicant_form(full_name="Siti Nurhaliza Rahmawati"))
    [card] = kiosk.people.printable_cards(applicant_id=result.applicant_id)
    image = card_image(card, "id", dpi=300)
    assert (image.width(), image.height()) == (1011, 638)  # 85.6 x 54 mm at 300 dpi
    image.save(str(tmp_path / "card.png"))
    [barcode] = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert barcode.text == result.card_payload
    verdict = kiosk.cards.verify(barcode.text)
    assert verdict.valid
    assert verdict.card_id == card_id_text(card_id_from_number(card.card_number))


def test_pdf_has_one_page_per_card_or_sheets_of_ten(
    kiosk: KioskServices, qtbot: QtBot, tmp_path: Path
) -> None:
    forms = [applicant_form(birth_date=dt.date(1990, 1, 1 + i)) for i in range(12)]
    results = kiosk.registration.register_many(forms)
    cards = [c for r in results for c in kiosk.people.printable_cards(applicant_id=r.applicant_id)]
    assert write_pdf(cards[:2], tmp_path / "two.pdf", "en") == 2
    assert write_pdf(cards, tmp_path / "sheet.pdf", "id", sheet=True) == 2
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")


def test_print_cards_command_writes_a_session_sheet(data_paths: DataPaths, tmp_path: Path) -> None:
    from kiosk.services.kiosk import open_kiosk

    with open_kiosk(data_paths) as services:
        provider = services.catalogue.create_provider("LPK Cahaya", "LPK", "32.73")
        program = services.catalogue.create_program("Barista", "kuliner", 40)
        today = services.ctx.now().date()
        session = services.catalogue.create_session(
            program_id=program.id,
            provider_id=provider.id,
            location="Ruang 1",
            start_date=today,
            end_date=today,
            schedule=WeeklySchedule((0,), "08:00", "10:00"),
            capacity=20,
        )
        for result in services.registration.register_many(
            applicant_form(birth_date=dt.date(1991, 2, 1 + i)) for i in range(3)
        ):
            services.catalogue.enrol(session.id, result.applicant_id)
    pdf = tmp_path / "class.pdf"
    base = [sys.executable, "-m", "kiosk", "--lang", "en", "--data-dir", str(data_paths.root)]
    done = subprocess.run(
        [*base, "print-cards", "--session", session.id, "--pdf", str(pdf), "--sheet"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "3 cards written" in done.stdout and "(1 pages)" in done.stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    none = subprocess.run(
        [*base, "print-cards", "--applicant", "nobody", "--pdf", str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert none.returncode == 2
    assert none.stderr.strip() == "There is no applicant nobody on this kiosk."

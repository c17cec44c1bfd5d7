"""The printed completion certificate: its QR code decodes at 300 dpi to a credential that
verifies offline; one A4 page each, one file per certificate and a batch file."""

from __future__ import annotations

import re
from pathlib import Path

import zxingcpp
from pytestqt.qtbot import QtBot

from kiosk.domain.certificate import Outcome
from kiosk.services.kiosk import KioskServices
from kiosk.ui.certificate_render import certificate_image, write_batch
from tests.conftest import SettableClock
from tests.integration.test_certificates import FinishedClass, _pair, _trust, finished  # noqa: F401


def test_the_printed_qr_decodes_at_300_dpi_to_a_valid_certificate(
    kiosk: KioskServices,
    finished: FinishedClass,  # noqa: F811
    clock: SettableClock,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    _pair(kiosk)
    kiosk.completion.issue(finished.session_id, staff_id=finished.staff_id)
    _trust(kiosk, clock())
    certs = kiosk.completion.printable(finished.session_id)
    assert [c.holder_name for c in certs] == ["Ani Lestari", "Cici Lestari"]
    image = certificate_image(certs[0], "id", dpi=300)
    assert (image.width(), image.height()) == (2480, 3508)  # A4 at 300 dpi
    image.save(str(tmp_path / "certificate.png"))
    [barcode] = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert barcode.text == certs[0].credential
    verdict = kiosk.certificates.verify(barcode.text)
    assert verdict.outcome is Outcome.VALID
    assert verdict.certificate is not None and verdict.certificate.code == certs[0].code


def test_one_page_each_and_a_batch_file(
    kiosk: KioskServices,
    finished: FinishedClass,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    _pair(kiosk)
    kiosk.completion.issue(finished.session_id, staff_id=finished.staff_id)
    certs = kiosk.completion.printable(finished.session_id)
    files = write_batch(certs, tmp_path / "out", "en")
    assert [f.name for f in files] == [
        f"sertifikat-{certs[0].number}.pdf",
        f"sertifikat-{certs[1].number}.pdf",
        "certificates.pdf",
    ]
    for path, pages in zip(files, (1, 1, 2), strict=True):
        data = path.read_bytes()
        assert data.startswith(b"%PDF")
        assert len(re.findall(rb"/Type\s*/Page\b", data)) == pages

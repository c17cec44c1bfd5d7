"""Certificates end to end with the real server over HTTP: upload, the signed trust list on
pull, revocation from the server reaching kiosks by sync and by trust file, /verify, figures."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import qrcode
import requests
from sqlalchemy import select

from kiosk.domain.certificate import Outcome, Reason
from kiosk.services.kiosk import KioskServices
from server.models import IssuedCertificate
from tests.conftest import SettableClock
from tests.integration.test_certificates import FinishedClass, finished  # noqa: F401
from tests.servers import ServerProcess, open_second_kiosk
from tests.synchelpers import enrol


def _issue_and_sync(kiosk: KioskServices, server: ServerProcess, done: FinishedClass) -> list[str]:
    enrol(kiosk, server)
    issued = kiosk.completion.issue(done.session_id, staff_id=done.staff_id)
    report = kiosk.sync.run()
    assert report.error is None and report.rejected == 0
    return [row.credential for row in issued]


def test_issued_certificates_reach_the_server_sealed_and_verify_everywhere(
    kiosk: KioskServices,
    server: ServerProcess,
    finished: FinishedClass,  # noqa: F811
    tmp_path: Path,
    template_store: Path,
    clock: SettableClock,
) -> None:
    credentials = _issue_and_sync(kiosk, server, finished)
    assert len(credentials) == 2
    db = server.database()
    try:
        with db.transaction() as session:
            rows = list(session.scalars(select(IssuedCertificate)))
    finally:
        db.close()
    numbers = {row.id for row in rows if row.device_id == kiosk.ctx.device_id}
    assert len(numbers) == 2
    for row in rows:
        assert "Lestari" not in row.sealed  # the holder's name is sealed on the server

    # This kiosk pulled the signed trust list with its own key in it: valid offline.
    assert kiosk.certificates.verify(credentials[0]).outcome is Outcome.VALID
    # A kiosk at another site that only synced checks it too.
    other = open_second_kiosk(tmp_path, template_store, "other", clock)
    try:
        other.sync.enroll(server.url, server.enrolment_code("LPK-OTHER"))
        assert other.sync.run().error is None
        verdict = other.certificates.verify(credentials[0])
        assert verdict.outcome is Outcome.VALID
        assert verdict.certificate is not None and verdict.certificate.holder == "Ani Lestari"
    finally:
        other.close()


def test_revocation_from_the_server_reaches_kiosks_by_sync_and_by_trust_file(
    kiosk: KioskServices,
    server: ServerProcess,
    finished: FinishedClass,  # noqa: F811
    tmp_path: Path,
    template_store: Path,
    clock: SettableClock,
) -> None:
    credentials = _issue_and_sync(kiosk, server, finished)
    # A field kiosk that synced once, then went where no network reaches.
    field = open_second_kiosk(tmp_path, template_store, "field", clock)
    try:
        field.sync.enroll(server.url, server.enrolment_code("LPK-FIELD"))
        assert field.sync.run().error is None
        assert field.certificates.verify(credentials[0]).outcome is Outcome.VALID

        code = kiosk.completion.certificates(finished.session_id)[0]
        done = server.cli("revoke-certificate", code.id, "--reason", "fraud")
        assert done.returncode == 0, done.stderr

        assert kiosk.sync.run().error is None
        assert kiosk.certificates.verify(credentials[0]).reason is Reason.REVOKED
        assert kiosk.certificates.verify(credentials[1]).outcome is Outcome.VALID

        trust_file = tmp_path / "trust.json.gz"
        written = server.cli("export-trust", str(trust_file))
        assert written.returncode == 0, written.stderr
        report = field.certificates.import_trust_file(trust_file)
        assert report.applied == report.changes
        assert field.certificates.verify(credentials[0]).reason is Reason.REVOKED
    finally:
        field.close()


def test_the_public_page_and_api_show_only_what_the_certificate_shows(
    kiosk: KioskServices,
    server: ServerProcess,
    finished: FinishedClass,  # noqa: F811
) -> None:
    _issue_and_sync(kiosk, server, finished)
    row = kiosk.completion.certificates(finished.session_id)[0]
    import base64

    from kiosk.domain.certificate_code import short_code

    code = short_code(base64.b32decode(row.id))
    reply = requests.get(
        f"{server.url}/api/v1/certificates/verify", params={"code": code}, timeout=10
    )
    assert reply.status_code == 200
    body = reply.json()
    assert body["outcome"] == "valid"
    assert body["certificate"]["holder"] == row.holder_name
    assert set(body["certificate"]) == {
        "number",
        "code",
        "kind",
        "holder",
        "issued",
        "valid_until",
        "site",
        "provider",
        "claims",
    }
    page = requests.get(f"{server.url}/verify", params={"code": code.lower()}, timeout=10)
    assert page.status_code == 200 and "SERTIFIKAT SAH" in page.text
    assert row.holder_name in page.text
    pasted = requests.post(
        f"{server.url}/api/v1/certificates/verify", json={"text": row.credential}, timeout=10
    )
    assert pasted.json()["outcome"] == "valid"
    # A typo, and a code no certificate has.
    typo = requests.get(
        f"{server.url}/api/v1/certificates/verify",
        params={"code": code[:-1] + ("A" if code[-1] != "A" else "B")},
        timeout=10,
    )
    assert typo.status_code == 400 and typo.json()["code"] == "bad_code"
    unknown = requests.get(
        f"{server.url}/api/v1/certificates/verify",
        params={"code": short_code(bytes(10))},
        timeout=10,
    )
    assert unknown.status_code == 404 and unknown.json()["code"] == "not_found"
    assert (
        requests.get(f"{server.url}/verify", params={"code": "<script>"}, timeout=10).status_code
        == 400
    )


def test_figures_per_site_as_json_and_csv(
    kiosk: KioskServices,
    server: ServerProcess,
    finished: FinishedClass,  # noqa: F811
) -> None:
    _issue_and_sync(kiosk, server, finished)
    result = server.cli("report", "certificates")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    mine = [row for row in rows if row["site"] == "BLK-TEST" and row["kind"] == "completion"]
    assert mine and mine[0]["issued"] >= 2
    table = server.cli("report", "certificates", "--format", "csv")
    parsed = list(csv.DictReader(io.StringIO(table.stdout)))
    assert any(r["site"] == "BLK-TEST" and int(r["issued"]) >= 2 for r in parsed)


def _sheet_cells(path: Path) -> dict[str, str]:
    """Read an XLSX back as a spreadsheet program would: the zip's sheet XML, cell by cell."""
    with zipfile.ZipFile(path) as archive:
        assert "xl/workbook.xml" in archive.namelist()
        assert 'name="Sertifikat"' in archive.read("xl/workbook.xml").decode()
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    cells = re.findall(r'<c r="([A-Z]+[0-9]+)"[^>]*><is><t[^>]*>([^<]*)</t></is></c>', sheet)
    return dict(cells)


def test_figures_as_xlsx_read_back_cell_by_cell(
    kiosk: KioskServices,
    server: ServerProcess,
    finished: FinishedClass,  # noqa: F811
    tmp_path: Path,
) -> None:
    _issue_and_sync(kiosk, server, finished)
    expected = json.loads(server.cli("report", "certificates").stdout)["rows"]
    out = tmp_path / "figures.xlsx"
    result = server.cli("report", "certificates", "--format", "xlsx", "--out", str(out))
    assert result.returncode == 0, result.stderr
    cells = _sheet_cells(out)
    header = ["site", "kind", "scheme", "assessed", "issued"]
    assert [cells[f"{col}1"] for col in "ABCDE"] == header
    assert cells["I1"] == "expiring_90_days"
    assert len({ref for ref in cells if ref.startswith("A")}) == len(expected) + 1
    for number, row in enumerate(expected, start=2):
        assert cells[f"A{number}"] == row["site"] and cells[f"B{number}"] == row["kind"]
        assert cells[f"E{number}"] == str(row["issued"])
    assert any(
        cells[f"A{n}"] == "BLK-TEST" and int(cells[f"E{n}"]) >= 2
        for n in range(2, len(expected) + 2)
    )
    # A workbook is never written to the terminal, and an unwritable path writes nothing.
    bare = server.cli("report", "certificates", "--format", "xlsx")
    assert bare.returncode != 0 and "--out" in bare.stderr
    missing = tmp_path / "no-such-dir" / "figures.xlsx"
    failed = server.cli("report", "certificates", "--format", "xlsx", "--out", str(missing))
    assert failed.returncode != 0 and not missing.exists()


def _photo_of(text: str, fmt: str) -> bytes:
    """A QR code as a phone photographs it: on a sheet, off-centre, slightly turned, grey
    paper and soft focus, saved as JPEG or PNG (qrcode renders, Pillow stages the scene)."""
    from PIL import Image, ImageFilter

    qr = qrcode.QRCode(border=4, box_size=8)
    qr.add_data(text)
    code = qr.make_image().get_image().convert("L")
    scene = Image.new("L", (code.width * 3, code.height * 2 + 200), 205)
    scene.paste(code.rotate(7, expand=True, fillcolor=205), (code.width // 2, 120))
    scene = scene.filter(ImageFilter.GaussianBlur(1.2))
    out = io.BytesIO()
    scene.convert("RGB").save(out, format=fmt, quality=80)
    return out.getvalue()


def test_verify_from_a_photo_of_the_qr_code(
    kiosk: KioskServices,
    server: ServerProcess,
    finished: FinishedClass,  # noqa: F811
) -> None:
    credentials = _issue_and_sync(kiosk, server, finished)
    api = f"{server.url}/api/v1/certificates/verify-photo"
    for fmt, mime in (("JPEG", "image/jpeg"), ("PNG", "image/png")):
        photo = _photo_of(credentials[0], fmt)
        reply = requests.post(api, files={"photo": ("qr", photo, mime)}, timeout=30)
        assert reply.status_code == 200, reply.text
        body = reply.json()
        assert body["outcome"] == "valid" and body["certificate"]["holder"]
    # The page: the form is offered, and a photo gives the verdict in the page's language.
    page = requests.get(f"{server.url}/verify", timeout=10)
    assert 'enctype="multipart/form-data"' in page.text
    photo = _photo_of(credentials[1], "JPEG")
    shown = requests.post(
        f"{server.url}/verify?lang=en", files={"photo": ("qr.jpg", photo)}, timeout=30
    )
    assert shown.status_code == 200 and "valid" in shown.text.lower()
    # A photo with no QR code in it says so, in words a person can act on.
    from PIL import Image

    blank = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 200, 200)).save(blank, format="PNG")
    empty = requests.post(api, files={"photo": ("x.png", blank.getvalue())}, timeout=30)
    assert empty.status_code == 400 and empty.json()["code"] == "no_qr_code"
    page_empty = requests.post(
        f"{server.url}/verify", files={"photo": ("x.png", blank.getvalue())}, timeout=30
    )
    assert page_empty.status_code == 400 and "Tidak ada kode QR pada foto" in page_empty.text

"""The console over HTTP, as a browser without JavaScript uses it: sign-in, the attention
list, kiosks, lists with filters and their exports, what a kiosk reports of itself."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import requests
from sqlalchemy import select

from server.models import AuditEntry, Device
from tests.console.fleet import SITE_A, SITE_B, Fleet, RawDevice, sign_in

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(browser: requests.Session, url: str) -> str:
    match = CSRF.search(browser.get(url, timeout=30).text)
    assert match is not None
    return match.group(1)


def audit(fleet: Fleet, action: str) -> list[AuditEntry]:
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))
    finally:
        db.close()


def device(fleet: Fleet, device_id: str) -> Device:
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            row = session.get(Device, device_id)
            assert row is not None
            return row
    finally:
        db.close()


def test_pages_need_a_signed_in_user(fleet: Fleet) -> None:
    for path in ("/console/", "/console/kiosks", "/console/applicants/export.csv"):
        answer = requests.get(fleet.server.url + path, timeout=30, allow_redirects=False)
        assert answer.status_code == 303
        assert answer.headers["location"].startswith("/console/login?next=")


def test_session_cookie_is_http_only_and_same_site(fleet: Fleet) -> None:
    answer = requests.post(
        f"{fleet.server.url}/console/login",
        data={"name": "viewer1", "password": "sandi-rahasia-123"},
        allow_redirects=False,
        timeout=30,
    )
    assert answer.status_code == 303
    cookie = answer.headers["set-cookie"]
    assert "k3c_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    # Plain http on loopback: not Secure (a browser would drop it); https makes it __Host-.
    assert "Secure" not in cookie


def test_attention_lists_what_needs_a_person_with_links(fleet: Fleet) -> None:
    browser = sign_in(fleet.server, "admin1")
    page = browser.get(f"{fleet.server.url}/console/", timeout=30).text
    assert "Kios gudang: tidak sinkron selama 10 hari" in page  # silent
    assert "Kios lapangan B2: data tertua yang belum terkirim berumur 4 hari" in page
    assert "Kios lapangan B2: 2 data disisihkan atau ditolak" in page  # one each way
    assert "jam kios meleset 20 menit" in page  # kiosk B synced with a slow clock
    assert "Kios dicuri: sudah dicabut, terakhir mencoba" in page
    assert "Barista Kopi · Ruang 2: kehadiran turun dari 100% ke 33% minggu ini" in page
    for link in (f"/console/kiosks/{fleet.silent}", f"/console/classes/{fleet.session_a}"):
        assert f'href="{link}"' in page
        assert browser.get(fleet.server.url + link, timeout=30).status_code == 200
    english = browser.get(f"{fleet.server.url}/console/lang/en?next=/console/", timeout=30).text
    assert "Kios gudang: no sync for 10 days" in english


def test_a_kiosk_reports_its_version_and_backlog_and_old_kiosks_still_push(fleet: Fleet) -> None:
    from kiosk import __version__

    kiosk = device(fleet, fleet.kiosk_a)
    assert kiosk.app_version == __version__ and kiosk.oldest_pending_at is None
    raw = RawDevice(fleet.server, SITE_B, "Kios lama")
    reply = raw.push([("sync_rejected_change", "create", "r-1", _report())])
    assert reply.status_code == 200  # no app_version: an older kiosk
    old = device(fleet, raw.id)
    assert old.app_version is None and old.oldest_pending_at is None
    assert old.last_seen_at is not None


def _report() -> dict[str, str]:
    import datetime as dt

    return {
        "kind": "enrolment",
        "record_id": "x",
        "reason": "unknown session",
        "received_at": dt.datetime.now(dt.UTC).isoformat(),
    }


def test_revoked_device_calls_are_noted_once_an_hour(fleet: Fleet) -> None:
    assert device(fleet, fleet.revoked).refused_at is not None
    entries = [e for e in audit(fleet, "device_call") if e.device_id == fleet.revoked]
    assert len(entries) == 1 and entries[0].reason == "device_revoked"


def test_filtered_export_holds_exactly_the_filtered_view(fleet: Fleet) -> None:
    browser = sign_in(fleet.server, "admin1")
    base = fleet.server.url + "/console/applicants"
    page = browser.get(base, params={"site": SITE_A, "eligible": "no"}, timeout=30).text
    shown = re.findall(r'<td class="nik"[^>]*>([^<]+)</td>', page)
    assert len(shown) == 1
    answer = browser.get(
        base + "/export.csv", params={"site": SITE_A, "eligible": "no"}, timeout=30
    )
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert rows[0][0] == "NIK" and [r[0] for r in rows[1:]] == shown
    assert all(r[2] == SITE_A and r[6] == "Tidak" for r in rows[1:])
    workbook = browser.get(base + "/export.xlsx", params={"site": SITE_B}, timeout=30)
    with zipfile.ZipFile(io.BytesIO(workbook.content)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert sheet.count("<row ") == 1 + 3 and SITE_A not in sheet
    exports = audit(fleet, "console_export")
    assert {e.detail["format"] for e in exports} >= {"csv", "xlsx"}


def test_admin_issues_a_code_and_revokes_a_kiosk_audited(fleet: Fleet) -> None:
    browser = sign_in(fleet.server, "admin1")
    token = csrf_of(browser, f"{fleet.server.url}/console/kiosks")
    page = browser.post(
        f"{fleet.server.url}/console/kiosks/code", data={"csrf": token, "site": "LPK-9"}, timeout=30
    ).text
    code = re.search(r'id="enrolment-code">([A-Z2-9-]{14})<', page)
    assert code is not None
    raw = RawDevice.__new__(RawDevice)  # the code works for a new kiosk of that site
    target = RawDevice(fleet.server, SITE_B, "Kios sementara")
    unconfirmed = browser.post(
        f"{fleet.server.url}/console/kiosks/{target.id}/revoke", data={"csrf": token}, timeout=30
    )
    assert unconfirmed.status_code == 400 and device(fleet, target.id).revoked_at is None
    done = browser.post(
        f"{fleet.server.url}/console/kiosks/{target.id}/revoke",
        data={"csrf": token, "confirm": "yes"},
        timeout=30,
    )
    assert done.status_code == 200 and device(fleet, target.id).revoked_at is not None
    assert any(e.device_id == target.id for e in audit(fleet, "revoke_device"))
    assert any(e.site == "LPK-9" for e in audit(fleet, "enrolment_code"))
    del raw


def test_admin_reveals_one_applicant_audited(fleet: Fleet) -> None:
    browser = sign_in(fleet.server, "admin1")
    token = csrf_of(browser, f"{fleet.server.url}/console/applicants")
    page = browser.post(
        f"{fleet.server.url}/console/applicants/{fleet.applicants_b[0]}/reveal",
        data={"csrf": token},
        timeout=30,
    ).text
    assert re.search(r"<dd>\d{16}</dd>", page)  # the whole NIK, on this page only
    assert any(
        e.detail.get("person") == fleet.applicants_b[0] for e in audit(fleet, "reveal_applicant")
    )


def test_docs_and_console_load_nothing_from_elsewhere(fleet: Fleet) -> None:
    browser = sign_in(fleet.server, "admin1")
    for path in ("/docs", "/console/", "/console/programme", "/console/kiosks"):
        page = browser.get(fleet.server.url + path, timeout=30).text
        assert not re.search(r"(src|href)=\"(https?:)?//", page), path
    assert requests.get(fleet.server.url + "/redoc", timeout=30).status_code == 404
    script = requests.get(fleet.server.url + "/console/static/vendor/chart.umd.min.js", timeout=30)
    assert script.status_code == 200 and "Chart.js v4" in script.text[:200]

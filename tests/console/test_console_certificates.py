"""Certificate figures in the console over HTTP: per site and scheme from the server's report,
filtered, limited to a manager's sites, exported as exactly the filtered view; revoking a
certificate from the console reaches the kiosk on its next sync."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from kiosk.domain.certificate import Outcome, Reason
from server.models import AuditEntry, CertificateRevocation
from tests.console.browser import chromium, needs_chromium
from tests.console.certdata import CertSites, build
from tests.console.fleet import PASSWORD, sign_in
from tests.servers import ServerProcess

CSRF = re.compile(r'name="csrf" value="([^"]+)"')
ROW = re.compile(r"<tr>\s*(<td.*?)</tr>", re.S)
CELL = re.compile(r"<td[^>]*>(.*?)</td>", re.S)


@pytest.fixture(scope="module")
def sites(
    server: ServerProcess, tmp_path_factory: pytest.TempPathFactory, template_store: Path
) -> Iterator[CertSites]:
    built = build(server, tmp_path_factory.mktemp("certsites"), template_store)
    yield built
    built.kiosk_a.close()


def table(html: str) -> list[list[str]]:
    return [[c.strip() for c in CELL.findall(row)] for row in ROW.findall(html)]


def revocations(server: ServerProcess) -> int:
    db = server.database()
    try:
        with db.transaction() as session:
            return int(session.scalar(select(func.count()).select_from(CertificateRevocation)) or 0)
    finally:
        db.close()


def audit(server: ServerProcess, action: str, outcome: str) -> list[AuditEntry]:
    db = server.database()
    try:
        with db.transaction() as session:
            return list(
                session.scalars(
                    select(AuditEntry).where(
                        AuditEntry.action == action, AuditEntry.outcome == outcome
                    )
                )
            )
    finally:
        db.close()


def test_figures_per_site_and_scheme_with_filters(sites: CertSites) -> None:
    browser = sign_in(sites.server, sites.admin)
    url = f"{sites.server.url}/console/certificates"
    page = browser.get(url, params={"site": sites.site_a}, timeout=30)
    assert page.status_code == 200
    # site, kind, scheme, assessed, issued, competent, not yet competent, revoked, expiring
    assert table(page.text) == [
        [sites.site_a, "kompetensi", "SKM-BAR-01", "3", "2", "2", "1", "0", "0"]
    ]
    everything = table(browser.get(url, timeout=30).text)
    assert {row[0] for row in everything} >= {sites.site_a, sites.site_b}
    only_completion = table(browser.get(url, params={"kind": "completion"}, timeout=30).text)
    assert all(row[1] == "pelatihan" for row in only_completion)
    assert not {sites.site_a, sites.site_b} & {row[0] for row in only_completion}


def test_exports_hold_exactly_the_filtered_view(sites: CertSites) -> None:
    browser = sign_in(sites.server, sites.admin)
    url = f"{sites.server.url}/console/certificates"
    wanted = {"site": sites.site_b, "kind": "competency"}
    shown = table(browser.get(url, params=wanted, timeout=30).text)
    answer = browser.get(f"{url}/export.csv", params=wanted, timeout=30)
    assert answer.status_code == 200 and "attachment" in answer.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Lokasi", "Jenis", "Skema"]
    assert rows[1:] == [[sites.site_b, "competency", "SKM-BAR-01", "3", "1", "1", "2", "0", "0"]]
    assert [r[0] for r in rows[1:]] == [r[0] for r in shown]
    xlsx = browser.get(f"{url}/export.xlsx", params=wanted, timeout=30)
    with zipfile.ZipFile(io.BytesIO(xlsx.content)) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert sites.site_b in sheet and sites.site_a not in sheet
    assert audit(sites.server, "console_export", "done")


def test_a_site_manager_sees_and_exports_only_their_sites(sites: CertSites) -> None:
    browser = sign_in(sites.server, sites.manager_a)
    url = f"{sites.server.url}/console/certificates"
    page = browser.get(url, timeout=30)
    assert [row[0] for row in table(page.text)] == [sites.site_a]
    assert sites.site_b not in page.text
    export = browser.get(f"{url}/export.csv", timeout=30)
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == [sites.site_a]
    # Naming another site in the address is refused, for the page and for the export.
    for path in ("", "/export.csv", "/export.xlsx"):
        refused = browser.get(url + path, params={"site": sites.site_b}, timeout=30)
        assert refused.status_code == 403 and sites.site_b + "</td>" not in refused.text
    # No revoke form for a manager.
    assert "/console/certificates/revoke" not in page.text


def test_an_admin_revokes_and_the_kiosk_learns_it_on_its_next_sync(sites: CertSites) -> None:
    browser = sign_in(sites.server, sites.admin)
    url = f"{sites.server.url}/console/certificates"
    token = CSRF.search(browser.get(url, timeout=30).text)
    assert token is not None
    before = revocations(sites.server)
    # A code that names no certificate, and a missing reason: refused, nothing written.
    for code, reason in (("AAAA-BBBB-CCCC-DDDD", "Dokumen palsu"), (sites.certificate_a, " ")):
        refused = browser.post(
            f"{url}/revoke",
            data={"code": code, "reason": reason, "csrf": token.group(1)},
            timeout=30,
        )
        assert refused.status_code in (400, 404)
        assert revocations(sites.server) == before
    done = browser.post(
        f"{url}/revoke",
        data={"code": sites.certificate_a, "reason": "Asesmen diulang", "csrf": token.group(1)},
        timeout=30,
    )
    assert done.status_code == 200 and "dicabut" in done.text
    assert revocations(sites.server) == before + 1
    [entry] = [
        e
        for e in audit(sites.server, "revoke_certificate", "done")
        if e.detail.get("certificate_id") == sites.certificate_a
    ]
    assert entry.detail["via"] == "console" and entry.reason == "Asesmen diulang"
    assert table(done.text) and any(
        row[0] == sites.site_a and row[7] == "1" for row in table(browser.get(url, timeout=30).text)
    )
    again = browser.post(
        f"{url}/revoke",
        data={"code": sites.certificate_a, "reason": "Asesmen diulang", "csrf": token.group(1)},
        timeout=30,
    )
    assert "sudah dicabut" in again.text and revocations(sites.server) == before + 1

    kiosk = sites.kiosk_a
    assert kiosk.sync.run().error is None
    with kiosk.store.reading() as session:
        from kiosk.store import models as m

        credential = session.get(m.Certificate, sites.certificate_a).credential  # type: ignore[union-attr]
    verdict = kiosk.certificates.verify(credential)
    assert (verdict.outcome, verdict.reason) == (Outcome.INVALID, Reason.REVOKED)


def test_pages_need_a_signed_in_user(sites: CertSites) -> None:
    for path in ("/console/certificates", "/console/certificates/export.csv"):
        answer = requests.get(sites.server.url + path, timeout=30, allow_redirects=False)
        assert answer.status_code == 303


@needs_chromium()
@pytest.mark.slow
def test_in_a_browser_filter_export_and_a_managers_view(sites: CertSites, tmp_path: Path) -> None:
    with chromium() as browser:
        for name in (sites.admin, sites.manager_a):
            context = browser.new_context(
                viewport={"width": 1366, "height": 768}, accept_downloads=True
            )
            page = context.new_page()
            page.goto(f"{sites.server.url}/console/login")
            page.get_by_label("Nama pengguna").fill(name)
            page.get_by_label("Kata sandi").fill(PASSWORD)
            page.get_by_role("button", name="Masuk").click()
            page.wait_for_url("**/console/")
            page.get_by_role("link", name="Sertifikat", exact=True).click()
            page.wait_for_url("**/console/certificates")
            if name == sites.manager_a:
                cells = page.locator("table.certificates td:first-child").all_inner_texts()
                assert cells == [sites.site_a]
                assert page.get_by_role("button", name="Cabut").count() == 0
                continue
            page.get_by_role("combobox", name="Lokasi").select_option(sites.site_b)
            page.get_by_role("combobox", name="Jenis").select_option("competency")
            page.get_by_role("button", name="Terapkan").click()
            page.wait_for_url(f"**/console/certificates?site={sites.site_b}*")
            shown = page.locator("table.certificates tbody tr").all_inner_texts()
            assert len(shown) == 1 and sites.site_b in shown[0]
            with page.expect_download() as download:
                page.get_by_role("link", name="CSV").click()
            saved = tmp_path / "certificates.csv"
            download.value.save_as(saved)
            rows = list(csv.reader(saved.read_text(encoding="utf-8-sig").splitlines()))
            assert [row[0] for row in rows[1:]] == [sites.site_b]
            context.close()

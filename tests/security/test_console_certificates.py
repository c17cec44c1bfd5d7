"""Attacks on the console's certificate pages, as plain HTTP against the real server: revoking
without the CSRF token, as a manager or a viewer, or signed out; a manager reading another
site's figures. Each is refused and nothing changes (no revocation, no new trust list)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from server.models import AuditEntry, CertificateRevocation, IssuedCertificate
from tests.console.certdata import CertSites, build
from tests.console.fleet import sign_in
from tests.servers import ServerProcess

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@pytest.fixture(scope="module")
def sites(
    server: ServerProcess, tmp_path_factory: pytest.TempPathFactory, template_store: Path
) -> Iterator[CertSites]:
    built = build(server, tmp_path_factory.mktemp("certattack"), template_store)
    yield built
    built.kiosk_a.close()


def _state(server: ServerProcess, number: str) -> tuple[int, object]:
    """How many revocations the server holds, and the certificate's revoked_at."""
    db = server.database()
    try:
        with db.transaction() as session:
            count = session.scalar(select(func.count()).select_from(CertificateRevocation))
            row = session.get(IssuedCertificate, number)
            return int(count or 0), None if row is None else row.revoked_at
    finally:
        db.close()


def _token(browser: requests.Session, server: ServerProcess) -> str:
    """Any CSRF token the signed-in user's pages carry (the sign-out form has one)."""
    match = CSRF.search(browser.get(f"{server.url}/console/certificates", timeout=30).text)
    assert match is not None
    return match.group(1)


def _revoke(browser: requests.Session, sites: CertSites, csrf: str | None) -> requests.Response:
    data = {"code": sites.certificate_a, "reason": "Dokumen dipalsukan"}
    if csrf is not None:
        data["csrf"] = csrf
    return browser.post(
        f"{sites.server.url}/console/certificates/revoke",
        data=data,
        timeout=30,
        allow_redirects=False,
    )


def test_revocation_without_the_csrf_token_is_refused(sites: CertSites) -> None:
    before = _state(sites.server, sites.certificate_a)
    admin = sign_in(sites.server, sites.admin)
    for token in (None, "", "0" * 43):
        assert _revoke(admin, sites, token).status_code == 403
    # Another user's token does not serve either (it is bound to that user's session).
    other = _token(sign_in(sites.server, sites.manager_a), sites.server)
    assert _revoke(admin, sites, other).status_code == 403
    assert _state(sites.server, sites.certificate_a) == before == (before[0], None)


def test_a_manager_or_viewer_cannot_revoke(sites: CertSites) -> None:
    before = _state(sites.server, sites.certificate_a)
    for name in (sites.manager_a, sites.viewer):
        browser = sign_in(sites.server, name)
        refused = _revoke(browser, sites, _token(browser, sites.server))
        assert refused.status_code == 403
    assert _state(sites.server, sites.certificate_a) == before
    db = sites.server.database()
    try:
        with db.transaction() as session:
            refusals = session.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "console_refused", AuditEntry.reason == "role"
                )
            ).all()
    finally:
        db.close()
    paths = [entry.detail.get("path") for entry in refusals]
    assert paths.count("/console/certificates/revoke") >= 2


def test_signed_out_revocation_goes_to_the_sign_in_page(sites: CertSites) -> None:
    before = _state(sites.server, sites.certificate_a)
    answer = _revoke(requests.Session(), sites, "x")
    assert answer.status_code == 303 and "/console/login" in answer.headers["location"]
    assert _state(sites.server, sites.certificate_a) == before


def test_a_manager_cannot_read_another_sites_figures(sites: CertSites) -> None:
    browser = sign_in(sites.server, sites.manager_a)
    url = f"{sites.server.url}/console/certificates"
    for params in (
        {"site": sites.site_b},
        {"site": sites.site_b.lower()},
        {"site": " " + sites.site_b},
    ):
        for path in ("", "/export.csv", "/export.xlsx"):
            answer = browser.get(url + path, params=params, timeout=30)
            # The refusal page links back to the address asked for; no figure of site B.
            assert f"{sites.site_b}</td>" not in answer.text
            assert answer.status_code == 403, (params, path)

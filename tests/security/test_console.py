"""Attacks on the web console: a site manager reaching for another site by URL, id or
filter; forged forms without the CSRF token; password guessing; a viewer acting. Each is
refused, and nothing changed."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from server.models import AuditEntry, ConsoleUser, Device, EnrolmentCode
from tests.console.fleet import PASSWORD, SITE_A, SITE_B, Fleet, seeded_server, sign_in
from tests.servers import BACKENDS


@pytest.fixture(scope="module", params=BACKENDS)
def fleet(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, template_store: Path
) -> Iterator[Fleet]:
    yield from seeded_server(request.param, tmp_path_factory, template_store)


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(browser: requests.Session, url: str) -> str:
    match = CSRF.search(browser.get(url, timeout=30).text)
    assert match is not None
    return match.group(1)


def count(fleet: Fleet, model: type, *where: object) -> int:
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)
    finally:
        db.close()


def revoked_at(fleet: Fleet, device_id: str) -> object:
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            row = session.get(Device, device_id)
            assert row is not None
            return row.revoked_at
    finally:
        db.close()


def test_manager_cannot_read_another_sites_pages_by_url(fleet: Fleet) -> None:
    manager = sign_in(fleet.server, "manager-a")
    url = fleet.server.url
    for path in (
        f"/console/kiosks/{fleet.kiosk_b}",
        f"/console/kiosks/{fleet.raw}",
        f"/console/classes/{fleet.session_b}",
        f"/console/classes/{fleet.session_b}/export.csv",
    ):
        answer = manager.get(url + path, timeout=30)
        assert answer.status_code == 404, path
        assert SITE_B not in answer.text and "Desain Grafis" not in answer.text
    for path in (
        "/console/kiosks",
        "/console/applicants",
        "/console/attendance",
        "/console/programme",
    ):
        answer = manager.get(url + path, params={"site": SITE_B}, timeout=30)
        assert answer.status_code == 403, path
    # Their own site's are there.
    assert manager.get(f"{url}/console/kiosks/{fleet.kiosk_a}", timeout=30).status_code == 200


def test_manager_lists_and_exports_hold_only_their_site(fleet: Fleet) -> None:
    manager = sign_in(fleet.server, "manager-a")
    url = fleet.server.url
    kiosks = manager.get(f"{url}/console/kiosks", timeout=30).text
    assert fleet.kiosk_a in kiosks and fleet.kiosk_b not in kiosks and SITE_B not in kiosks
    attention = manager.get(f"{url}/console/", timeout=30).text
    assert "Kios lapangan B2" not in attention and "Desain Grafis" not in attention
    for name, site_column in (("applicants", 2), ("attendance", 2), ("classes", 1)):
        answer = manager.get(f"{url}/console/{name}/export.csv", timeout=30)
        rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
        assert len(rows) > 1, name
        assert {row[site_column] for row in rows[1:]} == {SITE_A}, name
    programme = manager.get(f"{url}/console/programme", timeout=30).text
    assert SITE_B not in programme and "Desain Grafis" not in programme


def test_manager_cannot_revoke_or_issue_codes_for_another_site(fleet: Fleet) -> None:
    manager = sign_in(fleet.server, "manager-a")
    url = fleet.server.url
    token = csrf_of(manager, f"{url}/console/kiosks")
    codes_b = count(fleet, EnrolmentCode, EnrolmentCode.site == SITE_B)
    answer = manager.post(
        f"{url}/console/kiosks/{fleet.kiosk_b}/revoke",
        data={"csrf": token, "confirm": "yes"},
        timeout=30,
    )
    assert answer.status_code == 404 and revoked_at(fleet, fleet.kiosk_b) is None
    answer = manager.post(
        f"{url}/console/kiosks/code", data={"csrf": token, "site": SITE_B}, timeout=30
    )
    assert answer.status_code == 403 and "enrolment-code" not in answer.text
    assert count(fleet, EnrolmentCode, EnrolmentCode.site == SITE_B) == codes_b
    answer = manager.post(
        f"{url}/console/applicants/{fleet.applicants_b[0]}/reveal", data={"csrf": token}, timeout=30
    )
    assert answer.status_code == 404 and not re.search(r"<dd>\d{16}</dd>", answer.text)
    assert count(fleet, AuditEntry, AuditEntry.action == "console_refused") >= 3


def test_viewer_reads_but_changes_nothing(fleet: Fleet) -> None:
    viewer = sign_in(fleet.server, "viewer1")
    url = fleet.server.url
    page = viewer.get(f"{url}/console/kiosks", timeout=30).text
    assert fleet.kiosk_b in page and "/console/kiosks/code" not in page
    token = csrf_of(viewer, f"{url}/console/kiosks")
    codes = count(fleet, EnrolmentCode)
    assert (
        viewer.post(
            f"{url}/console/kiosks/code", data={"csrf": token, "site": SITE_A}, timeout=30
        ).status_code
        == 403
    )
    assert (
        viewer.post(
            f"{url}/console/kiosks/{fleet.kiosk_a}/revoke",
            data={"csrf": token, "confirm": "yes"},
            timeout=30,
        ).status_code
        == 403
    )
    assert (
        viewer.post(
            f"{url}/console/applicants/{fleet.applicants_a[0]}/reveal",
            data={"csrf": token},
            timeout=30,
        ).status_code
        == 403
    )
    assert viewer.get(f"{url}/console/users", timeout=30).status_code == 403
    assert count(fleet, EnrolmentCode) == codes and revoked_at(fleet, fleet.kiosk_a) is None


def test_forms_without_the_sessions_csrf_token_are_refused(fleet: Fleet) -> None:
    admin = sign_in(fleet.server, "admin1")
    other = sign_in(fleet.server, "admin1")
    url = fleet.server.url
    foreign = csrf_of(other, f"{url}/console/kiosks")  # another session's token
    codes = count(fleet, EnrolmentCode)
    users = count(fleet, ConsoleUser)
    for data in ({}, {"csrf": ""}, {"csrf": foreign}, {"csrf": "x" * 43}):
        posted = admin.post(f"{url}/console/kiosks/code", data={**data, "site": SITE_A}, timeout=30)
        assert posted.status_code == 403
        posted = admin.post(
            f"{url}/console/kiosks/{fleet.kiosk_a}/revoke",
            data={**data, "confirm": "yes"},
            timeout=30,
        )
        assert posted.status_code == 403
        posted = admin.post(
            f"{url}/console/users",
            data={**data, "name": "mallory", "role": "admin", "password": "p" * 12},
            timeout=30,
        )
        assert posted.status_code == 403
    assert count(fleet, EnrolmentCode) == codes and count(fleet, ConsoleUser) == users
    assert revoked_at(fleet, fleet.kiosk_a) is None


def test_guessing_a_password_locks_the_account(fleet: Fleet) -> None:
    url = fleet.server.url
    from tests.console.fleet import add_user

    add_user(fleet.server, "target", "viewer")
    for _ in range(5):
        answer = requests.post(
            f"{url}/console/login", data={"name": "target", "password": "tebakan-salah"}, timeout=30
        )
        assert answer.status_code == 401 and "k3c_session" not in answer.headers.get(
            "set-cookie", ""
        )
    # Locked: even the right password is refused for now.
    answer = requests.post(
        f"{url}/console/login", data={"name": "target", "password": PASSWORD}, timeout=30
    )
    assert answer.status_code == 429 and "Retry-After" in answer.headers
    assert "k3c_session" not in answer.headers.get("set-cookie", "")
    assert count(fleet, AuditEntry, AuditEntry.action == "console_lockout") >= 1
    refused = count(
        fleet, AuditEntry, AuditEntry.action == "console_login", AuditEntry.outcome == "refused"
    )
    assert refused >= 6


@pytest.mark.parametrize("path", ["/console/users", "/console/kiosks/code"])
def test_signed_out_forms_do_nothing(fleet: Fleet, path: str) -> None:
    users = count(fleet, ConsoleUser)
    answer = requests.post(
        fleet.server.url + path,
        data={"name": "eve", "role": "admin", "password": "x" * 12, "site": SITE_A},
        allow_redirects=False,
        timeout=30,
    )
    assert answer.status_code == 303 and "/console/login" in answer.headers["location"]
    assert count(fleet, ConsoleUser) == users

"""The console's placement page and the employer's confirmation of a follow-up answer, by
direct requests: a site manager sees and confirms only their own site's, a viewer confirms
nothing, no form works without its CSRF token, and every confirmation is audited."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid

import pytest
from sqlalchemy import select

from server.followup_models import FollowupRecord
from server.models import AuditEntry
from tests.console.fleet import SITE_A, SITE_B, Fleet, sign_in
from tests.console.test_console_http import csrf_of

WHEN = dt.datetime(2026, 3, 2, 3, 0, tzinfo=dt.UTC)


def _answer(fleet: Fleet, person: str, site: str) -> str:
    answer_id = str(uuid.uuid4())
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            session.add(
                FollowupRecord(
                    id=answer_id, person_id=person, applicant_id=person,
                    session_id=str(uuid.uuid4()), month=1, status="working",
                    employer="CV Contoh Jaya", sector="trade", wage_band="2m_3m", related=True,
                    answered_at=WHEN, channel="applicant", device_id=str(uuid.uuid4()), site=site,
                )
            )  # fmt: skip
    finally:
        db.close()
    return answer_id


def _stored(fleet: Fleet, answer_id: str) -> tuple[object, object]:
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            row = session.get(FollowupRecord, answer_id)
            assert row is not None
            return row.verified_at, row.verified_by
    finally:
        db.close()


@pytest.fixture(scope="module")
def answers(fleet: Fleet) -> dict[str, str]:
    return {
        SITE_A: _answer(fleet, fleet.applicants_a[0], SITE_A),
        SITE_B: _answer(fleet, fleet.applicants_b[0], SITE_B),
    }


def test_a_manager_sees_only_their_sites_figures(fleet: Fleet, answers: dict[str, str]) -> None:
    url = fleet.server.url
    manager = sign_in(fleet.server, "manager-a")
    page = manager.get(f"{url}/console/placement", timeout=30)
    assert page.status_code == 200
    assert f">{SITE_A}<" in page.text and f">{SITE_B}<" not in page.text
    exported = manager.get(f"{url}/console/placement/export.csv", timeout=30)
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert {row[0] for row in rows[1:]} == {SITE_A}
    admin_page = sign_in(fleet.server, "admin1").get(f"{url}/console/placement", timeout=30)
    assert f">{SITE_A}<" in admin_page.text and f">{SITE_B}<" in admin_page.text


def test_the_applicant_page_offers_the_confirmation(fleet: Fleet, answers: dict[str, str]) -> None:
    url = fleet.server.url
    admin = sign_in(fleet.server, "admin1")
    token = csrf_of(admin, f"{url}/console/applicants")
    page = admin.post(
        f"{url}/console/applicants/{fleet.applicants_a[0]}/reveal", data={"csrf": token}, timeout=30
    ).text
    assert f'action="/console/followup/{answers[SITE_A]}/verify"' in page
    assert "CV Contoh Jaya" in page


def test_confirmation_is_refused_to_the_wrong_people(fleet: Fleet, answers: dict[str, str]) -> None:
    url = fleet.server.url
    manager = sign_in(fleet.server, "manager-a")
    token = csrf_of(manager, f"{url}/console/applicants")
    other_site = manager.post(
        f"{url}/console/followup/{answers[SITE_B]}/verify", data={"csrf": token}, timeout=30
    )
    assert other_site.status_code == 404
    no_token = manager.post(f"{url}/console/followup/{answers[SITE_A]}/verify", timeout=30)
    assert no_token.status_code == 403
    viewer = sign_in(fleet.server, "viewer1")
    viewer_token = csrf_of(viewer, f"{url}/console/applicants")
    as_viewer = viewer.post(
        f"{url}/console/followup/{answers[SITE_A]}/verify", data={"csrf": viewer_token}, timeout=30
    )
    assert as_viewer.status_code == 403
    unknown = manager.post(
        f"{url}/console/followup/{uuid.uuid4()}/verify", data={"csrf": token}, timeout=30
    )
    assert unknown.status_code == 404
    assert _stored(fleet, answers[SITE_A]) == (None, None)
    assert _stored(fleet, answers[SITE_B]) == (None, None)


def test_a_manager_confirms_their_sites_answer_audited(
    fleet: Fleet, answers: dict[str, str]
) -> None:
    url = fleet.server.url
    manager = sign_in(fleet.server, "manager-a")
    token = csrf_of(manager, f"{url}/console/applicants")
    done = manager.post(
        f"{url}/console/followup/{answers[SITE_A]}/verify",
        data={"csrf": token},
        timeout=30,
        allow_redirects=False,
    )
    assert done.status_code == 303 and done.headers["location"].startswith("/console/placement")
    verified_at, verified_by = _stored(fleet, answers[SITE_A])
    assert verified_at is not None and verified_by == "manager-a"
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            entries = list(
                session.scalars(select(AuditEntry).where(AuditEntry.action == "followup_verified"))
            )
    finally:
        db.close()
    assert any(e.detail.get("answer_id") == answers[SITE_A] for e in entries)
    page = manager.get(f"{url}/console/placement?verified=1", timeout=30).text
    assert "terverifikasi" in page or "verified" in page

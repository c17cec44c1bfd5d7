"""The console's vacancies by direct requests: the filtered list and its export, a manager's
entry for their own site, marking checked and closing early, moving applications through
their stages, the admin's XLSX import, and applications that still need an outcome."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from server.models import AuditEntry
from server.placement_models import Application, VacancyRecord
from tests.console.fleet import SITE_A, Fleet, sign_in
from tests.console.placementdata import Placement, seed_placement
from tests.console.test_console_http import csrf_of


@pytest.fixture(scope="module")
def placed(fleet: Fleet) -> Placement:
    return seed_placement(fleet)


def _vacancy(fleet: Fleet, vacancy_id: str) -> VacancyRecord:
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            found = session.get(VacancyRecord, vacancy_id)
            assert found is not None
            session.expunge(found)
            return found
    finally:
        db.close()


def _stage(fleet: Fleet, application_id: str) -> str:
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            found = session.get(Application, application_id)
            assert found is not None
            return found.stage
    finally:
        db.close()


def _audited(fleet: Fleet, action: str) -> list[AuditEntry]:
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))
    finally:
        db.close()


def test_the_list_filters_pages_and_exports_the_view(fleet: Fleet, placed: Placement) -> None:
    url = fleet.server.url
    manager = sign_in(fleet.server, "manager-a")
    page = manager.get(f"{url}/console/vacancies", timeout=30).text
    # Site A lies in province 32: its kiosks' vacancies, never Central Java's (33).
    assert "PT Contoh Garmen" in page and "CV Kopi Contoh" in page
    assert "PT Contoh Desain" not in page
    closed = manager.get(f"{url}/console/vacancies?status=closed", timeout=30).text
    assert "PT Contoh Logistik" in closed and "PT Contoh Garmen" not in closed
    narrowed = "region=32.73&source=employer&checked=yes&employer=contoh"
    exported = manager.get(f"{url}/console/vacancies/export.csv?{narrowed}", timeout=30)
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert sorted(row[0] for row in rows[1:]) == ["PT Contoh Garmen", "PT Contoh Logistik"]
    xlsx = manager.get(f"{url}/console/vacancies/export.xlsx?{narrowed}", timeout=30)
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    admin = sign_in(fleet.server, "admin1").get(f"{url}/console/vacancies", timeout=30).text
    assert "PT Contoh Desain" in admin
    # A hand-edited filter never fails; an unknown vacancy is not there.
    assert manager.get(f"{url}/console/vacancies?status=x&region=zz&page=-1", timeout=30).ok
    other = placed.vacancies["PT Contoh Desain"]
    assert manager.get(f"{url}/console/vacancies/{other}", timeout=30).status_code == 404


def _form(**changes: str) -> dict[str, str]:
    today = dt.date.today()
    form = {
        "site": SITE_A, "employer": "Toko Contoh Makmur", "title": "Kasir", "isco_code": "5230",
        "openings": "2", "valid_from": str(today), "valid_until": str(today + dt.timedelta(days=30)),
        "regency_code": "32.73", "education_min": "sma_smk", "skills": "Melayani pembeli; Kasir",
    }  # fmt: skip
    form.update(changes)
    return form


def test_a_manager_enters_checks_and_closes_their_sites_vacancy(
    fleet: Fleet, placed: Placement
) -> None:
    url = fleet.server.url
    manager = sign_in(fleet.server, "manager-a")
    token = csrf_of(manager, f"{url}/console/vacancies")
    wrong = manager.post(
        f"{url}/console/vacancies",
        data={**_form(regency_code="31.71", age_min="abc"), "csrf": token},
        timeout=30,
    )
    assert wrong.status_code == 400 and "32" in wrong.text  # the site's province, said so
    done = manager.post(
        f"{url}/console/vacancies",
        data={**_form(), "csrf": token},
        timeout=30,
        allow_redirects=False,
    )
    assert done.status_code == 303
    vacancy_id = done.headers["location"].split("/")[-1].split("?")[0]
    created = _vacancy(fleet, vacancy_id)
    assert (created.owner_site, created.data["source"], created.data["checked"]) == (
        SITE_A,
        "site",
        False,
    )
    assert created.data["skills"] == ["Melayani pembeli", "Kasir"]
    close = f"{url}/console/vacancies/{vacancy_id}/close"
    unsure = manager.post(close, data={"csrf": token}, timeout=30)
    assert (
        "Ya, saya yakin" in unsure.text
        and _vacancy(fleet, vacancy_id).valid_until > dt.date.today()
    )
    for action, extra in (("check", {}), ("close", {"confirm": "yes"})):
        answer = manager.post(
            f"{url}/console/vacancies/{vacancy_id}/{action}",
            data={"csrf": token, **extra},
            timeout=30,
        )
        assert answer.ok
    changed = _vacancy(fleet, vacancy_id)
    assert changed.data["checked"] is True
    assert changed.valid_until < dt.date.today() + dt.timedelta(days=1)
    assert {e.detail["vacancy_id"] for e in _audited(fleet, "vacancy_entered")} >= {vacancy_id}
    assert _audited(fleet, "vacancy_checked") and _audited(fleet, "vacancy_closed")


def test_applications_move_forward_with_the_clis_rules(fleet: Fleet, placed: Placement) -> None:
    url = fleet.server.url
    manager = sign_in(fleet.server, "manager-a")
    garmen = placed.vacancies["PT Contoh Garmen"]
    token = csrf_of(manager, f"{url}/console/vacancies/{garmen}")
    page = manager.get(f"{url}/console/vacancies/{garmen}", timeout=30).text
    assert placed.applications["a_interview"] in page
    assert placed.applications["b_on_a_vacancy"] not in page  # another site's applicant
    move = f"{url}/console/applications/{placed.applications['a_interview']}/stage"
    hired = manager.post(move, data={"stage": "hired", "csrf": token}, timeout=30)
    assert hired.ok and _stage(fleet, placed.applications["a_interview"]) == "hired"
    back = manager.post(move, data={"stage": "interview", "csrf": token}, timeout=30)
    assert back.ok and ("tidak bisa" in back.text or "cannot" in back.text)
    assert _stage(fleet, placed.applications["a_interview"]) == "hired"
    assert _vacancy(fleet, garmen).filled == 1
    entries = _audited(fleet, "application_stage")
    assert any(e.detail.get("via") == "console" and e.detail["stage"] == "hired" for e in entries)


def test_the_admin_imports_an_xlsx_and_sees_bad_rows(fleet: Fleet, placed: Placement) -> None:
    url = fleet.server.url
    admin = sign_in(fleet.server, "admin1")
    token = csrf_of(admin, f"{url}/console/vacancies")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    today = dt.date.today()
    header = ["employer", "title", "isco_code", "openings", "valid_from", "valid_until"]
    sheet.append([*header, "regency_code"])
    sheet.append(
        ["PT Unggah Contoh", "Penjahit", "7531", 1, today, today + dt.timedelta(9), "32.73"]
    )
    good = io.BytesIO()
    book.save(good)
    sheet.append(["PT Unggah Salah", "Penjahit", "0000", 1, today, today, "32.73"])
    bad = io.BytesIO()
    book.save(bad)
    with_bad = admin.post(
        f"{url}/console/vacancies/import",
        data={"csrf": token},
        files={"file": ("lowongan.xlsx", bad.getvalue())},
        timeout=60,
    )
    assert with_bad.status_code == 400 and "row 3" in with_bad.text
    done = admin.post(
        f"{url}/console/vacancies/import",
        data={"csrf": token},
        files={"file": ("lowongan.xlsx", good.getvalue())},
        timeout=60,
    )
    assert done.ok and ("1 lowongan diterbitkan" in done.text or "1 vacancies" in done.text)
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            employers = [v.data["employer"] for v in session.scalars(select(VacancyRecord))]
            assert session.scalar(select(func.count()).select_from(VacancyRecord)) == len(employers)
    finally:
        db.close()
    assert employers.count("PT Unggah Contoh") == 1 and "PT Unggah Salah" not in employers
    outcomes = [e.outcome for e in _audited(fleet, "import_vacancies")]
    assert "refused" in outcomes and "done" in outcomes


def test_closed_vacancies_applications_need_an_outcome(fleet: Fleet, placed: Placement) -> None:
    url = fleet.server.url
    manager = sign_in(fleet.server, "manager-a")
    logistik = placed.vacancies["PT Contoh Logistik"]
    attention = manager.get(f"{url}/console/", timeout=30).text
    assert f"/console/vacancies/{logistik}" in attention and "PT Contoh Logistik" in attention
    token = csrf_of(manager, f"{url}/console/vacancies/{logistik}")
    ended = manager.post(
        f"{url}/console/vacancies/{logistik}/end-applications", data={"csrf": token}, timeout=30
    )
    assert ended.ok
    assert _stage(fleet, placed.applications["a_expired"]) == "not_selected"
    assert f"/console/vacancies/{logistik}" not in manager.get(f"{url}/console/", timeout=30).text

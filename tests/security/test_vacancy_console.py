"""Attacks on the console's vacancies, as a signed-in manager, a viewer or a hostile file
would make them with plain HTTP: a forged site field, another site's or an imported
vacancy's id, another site's application, an import without the role, forms without the
CSRF token, and hostile workbooks. Each is refused and nothing changes."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from openpyxl import Workbook
from sqlalchemy import select

from server.models import AuditEntry, ChangeLog
from server.placement_models import Application, VacancyRecord
from tests.console.fleet import SITE_A, SITE_B, Fleet, seeded_server, sign_in
from tests.console.placementdata import Placement, seed_placement
from tests.security.test_console import csrf_of
from tests.servers import BACKENDS


@pytest.fixture(scope="module", params=BACKENDS)
def fleet(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, template_store: Path
) -> Iterator[Fleet]:
    yield from seeded_server(request.param, tmp_path_factory, template_store)


@pytest.fixture(scope="module")
def placed(fleet: Fleet) -> Placement:
    placed = seed_placement(fleet)
    # Site B's own entry, by an admin (an admin may enter for any site).
    admin = sign_in(fleet.server, "admin1")
    token = csrf_of(admin, f"{fleet.server.url}/console/vacancies")
    today = dt.date.today()
    done = admin.post(
        f"{fleet.server.url}/console/vacancies",
        data={
            "csrf": token, "site": SITE_B, "employer": "Bengkel Contoh B", "title": "Mekanik",
            "isco_code": "7231", "openings": "1", "valid_from": str(today),
            "valid_until": str(today + dt.timedelta(days=20)), "regency_code": "33.74",
            "education_min": "smp",
        },
        timeout=30, allow_redirects=False,
    )  # fmt: skip
    assert done.status_code == 303
    placed.vacancies["Bengkel Contoh B"] = done.headers["location"].split("/")[-1].split("?")[0]
    return placed


def _state(fleet: Fleet) -> dict[str, Any]:
    """What an attack could change: vacancies, applications, and what kiosks pull."""
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            return {
                "vacancies": sorted(
                    (v.id, v.owner_site, v.filled, v.valid_until, repr(sorted(v.data.items())))
                    for v in session.scalars(select(VacancyRecord))
                ),
                "applications": sorted(
                    (a.id, a.stage) for a in session.scalars(select(Application))
                ),
                "changes": len(
                    list(
                        session.scalars(
                            select(ChangeLog.seq).where(
                                ChangeLog.kind.in_(["vacancy", "job_application"])
                            )
                        )
                    )
                ),
            }
    finally:
        db.close()


def _refusals(fleet: Fleet) -> int:
    db = fleet.server.database()
    try:
        with db.transaction() as session:
            return len(
                list(
                    session.scalars(
                        select(AuditEntry.id).where(AuditEntry.action == "console_refused")
                    )
                )
            )
    finally:
        db.close()


def _post(browser: requests.Session, url: str, **data: str) -> requests.Response:
    return browser.post(url, data=data, timeout=30, allow_redirects=False)


def test_a_manager_never_touches_another_sites_or_an_imported_vacancy(
    fleet: Fleet, placed: Placement
) -> None:
    url = fleet.server.url
    manager = sign_in(fleet.server, "manager-a")
    token = csrf_of(manager, f"{url}/console/vacancies")
    before, refused = _state(fleet), _refusals(fleet)
    today = dt.date.today()
    forged = _post(
        manager, f"{url}/console/vacancies", csrf=token, site=SITE_B, employer="Palsu",
        title="Kasir", isco_code="5230", openings="1", valid_from=str(today),
        valid_until=str(today), regency_code="33.74",
    )  # fmt: skip
    assert forged.status_code == 403
    b_entry = placed.vacancies["Bengkel Contoh B"]
    imported = placed.vacancies["CV Kopi Contoh"]  # in the manager's province, not theirs
    for action in ("check", "close"):
        assert _post(manager, f"{url}/console/vacancies/{b_entry}/{action}", csrf=token).status_code == 404  # fmt: skip
        assert _post(manager, f"{url}/console/vacancies/{imported}/{action}", csrf=token).status_code == 403  # fmt: skip
    assert _post(manager, f"{url}/console/vacancies/{b_entry}/end-applications", csrf=token).status_code == 404  # fmt: skip
    assert _state(fleet) == before
    assert _refusals(fleet) == refused + 6  # every refusal is audited


def test_another_sites_application_and_the_wrong_roles(fleet: Fleet, placed: Placement) -> None:
    url = fleet.server.url
    manager = sign_in(fleet.server, "manager-a")
    token = csrf_of(manager, f"{url}/console/vacancies")
    viewer = sign_in(fleet.server, "viewer1")
    viewer_token = csrf_of(viewer, f"{url}/console/vacancies")
    before = _state(fleet)
    b_app = placed.applications["b_on_a_vacancy"]  # site B's applicant, site A's vacancy
    a_app = placed.applications["a_applied"]
    garmen = placed.vacancies["PT Contoh Garmen"]
    move = f"{url}/console/applications/{{}}/stage"
    assert _post(manager, move.format(b_app), stage="hired", csrf=token).status_code == 404
    assert _post(manager, move.format(a_app), stage="hired").status_code == 403  # no token
    assert _post(manager, move.format(a_app), stage="hired", csrf="x" * 40).status_code == 403
    assert _post(viewer, move.format(a_app), stage="hired", csrf=viewer_token).status_code == 403
    for action in ("check", "close"):
        answer = _post(viewer, f"{url}/console/vacancies/{garmen}/{action}", csrf=viewer_token)
        assert answer.status_code == 403
    for who, their_token in ((manager, token), (viewer, viewer_token)):
        upload = who.post(
            f"{url}/console/vacancies/import",
            data={"csrf": their_token},
            files={"file": ("x.csv", b"employer\n")},
            timeout=30,
        )
        assert upload.status_code == 403
    assert _state(fleet) == before


def _bomb() -> bytes:
    """A workbook whose sheet unpacks to far more than any vacancy list."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["employer"])
    buffer = io.BytesIO()
    book.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in source.infolist():
            z.writestr(item, source.read(item.filename))
        z.writestr("xl/padding.bin", b"\0" * (300 * 1024 * 1024))
    return out.getvalue()


def _entities() -> bytes:
    """A sheet with nested XML entities (a "billion laughs")."""
    book = Workbook()
    buffer = io.BytesIO()
    book.save(buffer)
    laughs = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    sheet = (
        '<?xml version="1.0"?>' + laughs + "]>"
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&i;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in source.infolist():
            data = sheet.encode() if item.filename == "xl/worksheets/sheet1.xml" else None
            z.writestr(item, data if data is not None else source.read(item.filename))
    return out.getvalue()


def test_hostile_files_are_refused_whole(fleet: Fleet, placed: Placement) -> None:
    url = fleet.server.url
    admin = sign_in(fleet.server, "admin1")
    token = csrf_of(admin, f"{url}/console/vacancies")
    before = _state(fleet)
    files = {
        "bomb.xlsx": _bomb(),
        "laughs.xlsx": _entities(),
        "big.csv": b"employer," + b"x" * (10 * 1024 * 1024),
        "fake.xlsx": b"PK\x05\x06" + b"\0" * 18,
        "macro.xlsm": b"PK",
    }
    for name, data in files.items():
        answer = admin.post(
            f"{url}/console/vacancies/import",
            data={"csrf": token},
            files={"file": (name, data)},
            timeout=120,
        )
        assert answer.status_code == 400, name
    assert _state(fleet) == before


def test_a_formula_in_a_vacancy_leaves_the_export_as_text(fleet: Fleet, placed: Placement) -> None:
    url = fleet.server.url
    manager = sign_in(fleet.server, "manager-a")
    token = csrf_of(manager, f"{url}/console/vacancies")
    today = dt.date.today()
    done = _post(
        manager, f"{url}/console/vacancies", csrf=token, site=SITE_A,
        employer='=HYPERLINK("http://example.invalid","klik")', title="Kasir", isco_code="5230",
        openings="1", valid_from=str(today), valid_until=str(today), regency_code="32.73",
    )  # fmt: skip
    assert done.status_code == 303
    exported = manager.get(f"{url}/console/vacancies/export.csv?employer=hyperlink", timeout=30)
    text = exported.content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text

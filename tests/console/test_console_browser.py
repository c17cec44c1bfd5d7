"""The console in a real browser: sign in, follow the attention list, filter, export, issue
an enrolment code, revoke a kiosk; a site manager cannot reach another site."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.console.browser import chromium, needs_chromium
from tests.console.fleet import PASSWORD, SITE_A, SITE_B, Fleet, RawDevice

pytestmark = [needs_chromium(), pytest.mark.slow]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


def signed_in(browser: Any, fleet: Fleet, name: str) -> Any:
    context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    page = context.new_page()
    page.goto(f"{fleet.server.url}/console/kiosks")
    assert "/console/login" in page.url  # sent to sign in first, and back after
    page.get_by_label("Nama pengguna").fill(name)
    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url("**/console/kiosks")
    return page


def test_admin_follows_attention_filters_exports_and_manages_kiosks(
    browser: Any, fleet: Fleet, tmp_path: Path
) -> None:
    page = signed_in(browser, fleet, "admin1")
    page.get_by_role("link", name="Perlu perhatian").click()
    page.get_by_role("link", name="Kios gudang: tidak sinkron selama 10 hari").click()
    page.wait_for_url(f"**/console/kiosks/{fleet.silent}")
    assert page.get_by_role("heading", name="Kios Kios gudang").is_visible()

    page.get_by_role("link", name="Pendaftar").click()
    page.get_by_label("Lokasi").select_option(SITE_B)
    page.get_by_role("button", name="Terapkan").click()
    page.wait_for_url("**/console/applicants?site=BLK-B*")
    shown = page.locator("td.nik").all_inner_texts()
    assert len(shown) == 3
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    saved = tmp_path / "applicants.csv"
    download.value.save_as(saved)
    rows = list(csv.reader(saved.read_text(encoding="utf-8-sig").splitlines()))
    assert [row[0] for row in rows[1:]] == shown and {row[2] for row in rows[1:]} == {SITE_B}

    page.get_by_role("link", name="Kios", exact=True).click()
    page.get_by_label("Kode lokasi").fill("LPK-7")
    page.get_by_role("button", name="Buat kode").click()
    code = page.locator("#enrolment-code").inner_text()
    assert len(code) == 14 and code.count("-") == 2

    target = RawDevice(fleet.server, SITE_A, "Kios pinjaman")
    page.goto(f"{fleet.server.url}/console/kiosks/{target.id}")
    page.get_by_label("Ya, saya yakin").check()
    page.get_by_role("button", name="Cabut kios").click()
    assert page.get_by_role("status").inner_text() == "Kios telah dicabut."
    assert target.push([("audit_event", "create", "x", {})]).status_code == 403

    page.get_by_role("link", name="EN", exact=True).click()
    assert page.get_by_role("heading", name="Kiosk Kios pinjaman").is_visible()
    page.context.close()


def test_programme_draws_its_charts(browser: Any, fleet: Fleet) -> None:
    page = signed_in(browser, fleet, "admin1")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{fleet.server.url}/console/programme")
    page.wait_for_function("() => window.Chart && Object.keys(Chart.instances).length === 3")
    assert errors == []
    assert page.locator("table.funnel tbody tr").count() >= 2
    page.context.close()


def test_manager_cannot_reach_another_site_in_the_browser(browser: Any, fleet: Fleet) -> None:
    page = signed_in(browser, fleet, "manager-a")
    assert SITE_B not in page.content()
    answer = page.goto(f"{fleet.server.url}/console/kiosks/{fleet.kiosk_b}")
    assert answer is not None and answer.status == 404
    assert page.get_by_role("alert").inner_text() == "Halaman atau data ini tidak ada."
    answer = page.goto(f"{fleet.server.url}/console/applicants?site={SITE_B}")
    assert answer is not None and answer.status == 403
    page.goto(f"{fleet.server.url}/console/kiosks")
    options = page.get_by_label("Kode lokasi").locator("option").all_inner_texts()
    assert options == [SITE_A]
    page.context.close()

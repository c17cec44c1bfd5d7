"""Vacancies in a real browser: a site manager enters a vacancy and moves an application to
hired; a manager of another site who forges the site field in the form gets 403."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from tests.console.browser import chromium, needs_chromium
from tests.console.fleet import PASSWORD, SITE_A, SITE_B, Fleet, add_user
from tests.console.placementdata import Placement, seed_placement

pytestmark = [needs_chromium(), pytest.mark.slow]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def placed(fleet: Fleet) -> Placement:
    add_user(fleet.server, "manager-b", "manager", SITE_B)
    return seed_placement(fleet)


def signed_in(browser: Any, fleet: Fleet, name: str) -> Any:
    page = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    page.goto(f"{fleet.server.url}/console/login")
    page.get_by_label("Nama pengguna").fill(name)
    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url("**/console/")
    return page


def test_manager_enters_a_vacancy_and_hires(browser: Any, fleet: Fleet, placed: Placement) -> None:
    page = signed_in(browser, fleet, "manager-a")
    page.get_by_role("link", name="Lowongan", exact=True).click()
    page.wait_for_url("**/console/vacancies")
    today = dt.date.today()
    form = page.locator("form[method='post'][action='/console/vacancies']")
    form.get_by_label("Pemberi kerja").fill("Toko Contoh Sentosa")
    form.get_by_label("Jabatan").fill("Pramuniaga")
    form.get_by_label("Kode ISCO-08").fill("5223")
    form.get_by_label("Formasi").fill("2")
    form.get_by_label("Berlaku dari").fill(today.isoformat())
    form.get_by_label("Berlaku sampai").fill((today + dt.timedelta(days=30)).isoformat())
    form.get_by_label("Kode kab./kota").fill("32.73")
    form.get_by_role("button", name="Terbitkan lowongan").click()
    page.wait_for_url("**/console/vacancies/*?done=created")
    assert "Toko Contoh Sentosa – Pramuniaga" in page.get_by_role("heading", level=1).inner_text()
    assert page.get_by_role("status").is_visible()

    garmen = placed.vacancies["PT Contoh Garmen"]
    page.goto(f"{fleet.server.url}/console/vacancies/{garmen}")
    card = uuid.UUID(fleet.applicants_a[0]).hex[:16].upper()
    row = page.locator("tr", has_text=card)
    row.get_by_label("Pindahkan ke").select_option("hired")
    row.get_by_role("button", name="Simpan").click()
    page.wait_for_url("**?done=stage")
    assert page.locator("tr", has_text=card).locator("td.stage").inner_text() == "Diterima"
    assert "1 / 3" in page.locator("dl.facts").inner_text()
    page.context.close()


def test_another_sites_manager_forging_the_site_gets_403(
    browser: Any, fleet: Fleet, placed: Placement
) -> None:
    page = signed_in(browser, fleet, "manager-b")
    page.goto(f"{fleet.server.url}/console/vacancies")
    form = page.locator("form[method='post'][action='/console/vacancies']")
    assert form.get_by_label("Untuk lokasi").locator("option").all_inner_texts() == [
        f"{SITE_B} (33)"
    ]
    # The attacker edits the page: the only site option now says site A.
    page.evaluate(
        "site => { document.querySelector(\"select[name='site'] option\").value = site; }",
        SITE_A,
    )
    form.get_by_label("Pemberi kerja").fill("Palsu")
    form.get_by_label("Jabatan").fill("Kasir")
    form.get_by_label("Kode ISCO-08").fill("5230")
    form.get_by_label("Formasi").fill("1")
    form.get_by_label("Berlaku dari").fill(dt.date.today().isoformat())
    form.get_by_label("Berlaku sampai").fill(dt.date.today().isoformat())
    form.get_by_label("Kode kab./kota").fill("32.73")
    with page.expect_response("**/console/vacancies") as answer:
        form.get_by_role("button", name="Terbitkan lowongan").click()
    assert answer.value.status == 403
    garmen = placed.vacancies["PT Contoh Garmen"]
    assert page.goto(f"{fleet.server.url}/console/vacancies/{garmen}").status == 404
    page.context.close()

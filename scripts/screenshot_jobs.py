"""The placement states scripts/screenshots.py renders: the jobs screen after a card scan, the
AK/1 wizard, browsing with reasons, applying, my applications, and the job-fair booth."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from kiosk.domain.job_seeker import JobSeekerForm, Schooling
from kiosk.services.kiosk import KioskServices
from kiosk.sync.apply import apply_changes
from kiosk.sync.protocol import Change
from kiosk.ui.main_window import MainWindow
from tests.factories import add_vacancy

Shoot = Callable[..., None]
BOOTH = "PT Sandang Sejahtera Abadi"


def vacancy(services: KioskServices, **changes: Any) -> str:
    """A vacancy as sync would bring it (synthetic employers); a garment maker's by default."""
    garment = {"employer": "PT Contoh Garmen Indonesia", "title": "Operator mesin jahit"}
    return add_vacancy(services, **(garment | {"openings": 4, "filled": 1} | changes))


def seed_vacancies(services: KioskServices) -> dict[str, str]:
    made = {
        "barista": vacancy(
            services,
            employer="Kedai Kopi Braga",
            title="Barista",
            isco_code="5246",
            skills=["Barista dan Penyajian Kopi", "Melayani pelanggan"],
            wage_min=2_800_000,
            wage_max=3_500_000,
        ),
        "sewing": vacancy(services),
        "design": vacancy(
            services,
            employer="CV Kreasi Visual Nusantara",
            title="Desainer grafis junior",
            isco_code="2166",
            education_min="d1_d3",
            skills=["Desain Grafis Dasar", "Tata letak"],
            wage_min=4_000_000,
            wage_max=5_500_000,
        ),
        "driver": vacancy(
            services,
            employer="PT Logistik Priangan",
            title="Sopir pengiriman barang",
            isco_code="8322",
            regency_code="32.04",
            sex="L",
            age_min=21,
            age_max=40,
            experience_years=2,
            skills=["Mengemudi", "SIM B1"],
        ),
        "cashier": vacancy(
            services, employer=BOOTH, title="Kasir toko", isco_code="5230", skills=["Kasir"]
        ),
    }
    vacancy(services, employer=BOOTH, title="Penjahit busana", isco_code="7533")
    vacancy(services, employer=BOOTH, title="Staf gudang", isco_code="9333", openings=10)
    return made


def register_seeker(services: KioskServices, payload: str) -> str:
    holder = services.job_seekers.identify(payload)
    form = JobSeekerForm(
        education=(Schooling("sma_smk", "Tata Boga", 2019),),
        skills=("Melayani pelanggan", "Menjahit"),
        desired_occupations=("5246",),
        desired_regions=("32.73",),
        wage_band="2-4jt",
    )
    services.job_seekers.register(holder.card_id, form)
    return holder.card_id


def stages(services: KioskServices, card_id: str, vacancies: dict[str, str]) -> None:
    """Applications whose stages came back from the server."""
    now = services.ctx.now()
    moved = {"sewing": "interview", "cashier": "hired", "driver": "not_selected"}
    changes = []
    for name, stage in moved.items():
        made = services.job_applications.apply(card_id, vacancies[name])
        at = (now + dt.timedelta(days=3)).astimezone(dt.UTC).isoformat()
        data = {"id": made.id, "vacancy_id": made.vacancy_id, "stage": stage, "stage_at": at}
        changes.append(Change(kind="job_application", id=made.id, data=data))
    with services.store.transaction() as session:
        apply_changes(session, changes, now)


def typed(picker: Any, text: str) -> None:
    """Type into an occupation search and let its (debounced) search run now."""
    picker.search.setText(text)
    picker._timer.stop()
    picker.refill(text)


def wizard(window: MainWindow, services: KioskServices, shoot: Shoot, settle: Any) -> None:
    jobs = window.placement.jobs
    wiz = jobs.wizard
    jobs.show_wizard()
    settle()
    names = ("1-education", "2-wanted", "3-worked", "4-skills", "5-wishes")
    for index, name in enumerate(names):
        wiz.steps.setCurrentIndex(index)
        wiz.retranslate(wiz.lang)
        shoot(f"jobs-wizard-{name}")
        if index < 2:  # the steps that ask for something: tapping on says what is missing
            wiz.next.click()
            settle()
            shoot(f"jobs-wizard-{name}-errors")
    wiz.steps.setCurrentIndex(0)
    wiz.level.set_value("sma_smk")
    wiz.major.setText("Tata Boga")
    wiz.year.setText("2091")
    wiz.next.click()
    settle()
    shoot("jobs-wizard-1-education-bad-year")
    wiz.year.setText("2019")
    wiz.course.setText("Barista dan Penyajian Kopi (LPK Cahaya Nusantara)")
    shoot("jobs-wizard-1-education-filled")
    wiz.next.click()
    settle()
    typed(wiz.wanted, "barista")
    shoot("jobs-wizard-2-wanted-nothing-found")
    typed(wiz.wanted, "jahit")
    shoot("jobs-wizard-2-wanted-keyboard", lambda: wiz.wanted.search.setFocus())
    if window.keyboard is not None:
        window.keyboard.close_keys()
    wiz.wanted.select("8153")
    shoot("jobs-wizard-2-wanted-filled")
    wiz.next.click()
    typed(wiz.worked, "kasir")
    wiz.worked.select("5230")
    wiz.years.set_value("2")
    shoot("jobs-wizard-3-worked-filled")
    wiz.next.click()
    for skill in ("Melayani pelanggan", "Menjahit", "Mengoperasikan mesin kasir"):
        wiz.skill.setText(skill)
        wiz.add_skill.click()
    wiz.regions.set_value("regency")
    shoot("jobs-wizard-4-skills-filled")
    shoot("jobs-wizard-4-skills-keyboard", lambda: wiz.skill.setFocus())
    if window.keyboard is not None:
        window.keyboard.close_keys()
    wiz.next.click()
    wiz.wage.set_value("2-4jt")
    wiz.disability.set_value("hearing")
    shoot("jobs-wizard-5-wishes-filled")
    jobs.show_menu()


def jobs(window: MainWindow, services: KioskServices, shoot: Shoot, settle: Any, data: Any) -> None:
    people = data["people"]
    made = seed_vacancies(services)
    screen = window.placement.jobs
    window.go_home()
    window._tile_chosen("jobs")
    settle()
    shoot("jobs-entry")
    screen.check("ABCD-EFGH-JKLM-NPQR")
    settle()
    shoot("jobs-entry-unknown-card")
    screen.check(people[1].card_payload)
    settle()
    shoot("jobs-menu-not-registered")
    wizard(window, services, shoot, settle)
    screen.show_applications()
    settle()
    shoot("jobs-applications-none")
    card_id = register_seeker(services, people[0].card_payload)
    stages(services, card_id, made)
    window.go_home()
    window._tile_chosen("jobs")
    screen.check(people[0].card_payload)
    settle()
    shoot("jobs-menu-registered")
    screen.show_browse()
    settle()
    shoot("jobs-browse-mine")
    screen.region.set_value("everywhere")  # set by hand, so the list is asked for again
    screen.refresh()
    settle()
    shoot("jobs-browse-everywhere")
    typed(screen.occupation, "pengemudi")
    shoot("jobs-browse-occupation-keyboard", lambda: screen.occupation.search.setFocus())
    if window.keyboard is not None:
        window.keyboard.close_keys()
    screen.occupation.select("8322")
    settle()
    shoot("jobs-browse-occupation-chosen")
    screen.occupation.clear()
    screen.occupation._timer.stop()
    screen.refresh()
    settle()

    def open_row(key: str) -> None:
        rows = [x.vacancy.id for x in screen.listings]
        screen._open_vacancy(screen.results.item(rows.index(made[key])))
        settle()

    open_row("barista")
    shoot("jobs-detail-fits")
    open_row("design")
    shoot("jobs-detail-does-not-fit")
    open_row("driver")
    shoot("jobs-detail-hard-requirements")
    open_row("barista")
    screen.apply_now()
    settle()
    shoot("jobs-detail-applied")
    screen.show_browse()
    settle()
    shoot("jobs-browse-applied")
    screen.show_applications()
    settle()
    shoot("jobs-applications-stages")
    fair(window, services, shoot, settle, people)


def fair(
    window: MainWindow, services: KioskServices, shoot: Shoot, settle: Any, people: Any
) -> None:
    window.go_home()
    window._ask_admin()
    window.stack.setCurrentWidget(window.admin)
    window.admin.open("job_fair")
    settle()
    shoot("admin-job-fair")
    window.placement.setup.listing.setCurrentRow(window.placement.setup.employers.index(BOOTH))
    shoot("admin-job-fair-chosen")
    services.job_fair.start(BOOTH, staff_id="screenshots")
    window.go_home()
    settle()
    booth = window.placement.booth
    shoot("fair-booth-idle")
    booth.check("ABCD-EFGH-JKLM-NPQR")
    settle()
    shoot("fair-booth-unknown-card")
    # The same person twice: the second time the vacancy is marked and the slip says "again".
    for choose, receipt in (("choose", "receipt"), ("choose-applied", "receipt-again")):
        booth.next_applicant()
        booth.check(people[2].card_payload)
        settle()
        shoot(f"fair-booth-{choose}")
        booth._chosen(booth.vacancies.item(0))
        settle()
        shoot(f"fair-booth-{receipt}")
    booth.leave.click()
    settle()
    shoot("fair-leave-pin-names")
    pin = window.placement.leave_pin
    accounts = list(pin.names._accounts)
    if accounts:
        pin.choose(accounts[0])
    shoot("fair-leave-pin")
    services.job_fair.stop(staff_id="screenshots")
    window.go_home()
    settle()

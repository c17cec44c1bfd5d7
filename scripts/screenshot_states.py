"""The screen states scripts/screenshots.py renders, in the order a visitor meets them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.domain.nik import Sex, synthetic_nik
from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.kiosk import KioskServices
from kiosk.services.registration import ApplicantForm
from kiosk.services.staff import Role
from kiosk.ui.main_window import MainWindow

Shoot = Callable[..., None]


def person(seed: int, **changes: Any) -> ApplicantForm:
    import random

    rng = random.Random(seed)
    sex = Sex.FEMALE if seed % 2 else Sex.MALE
    born = dt.date(1985, 1, 1) + dt.timedelta(days=rng.randrange(15 * 365))
    names = ["Siti Nur Rahmawati", "Budi Santoso", "Dewi Lestari", "Agus Wijaya", "Rina Wulan"]
    form = ApplicantForm(
        nik=synthetic_nik(rng, born, sex, "32.73.01"),
        full_name=names[seed % len(names)],
        birth_place="Bandung",
        birth_date=born.strftime("%d-%m-%Y"),
        sex=sex.value,
        address="Jl. Merdeka No. 10, RT 01/RW 02, Kel. Braga",
        province_code="32",
        regency_code="32.73",
        phone=f"0812{rng.randint(10_000_000, 99_999_999)}",
        email="",
        education_level="sma_smk",
        employment_status="unemployed",
        occupation="unemployed",
        kk_number=f"3273{rng.randint(0, 10**12 - 1):012d}",
        consent_given=True,
    )
    return dataclasses.replace(form, **changes)


def seed(services: KioskServices) -> dict[str, Any]:
    """A site with an admin, a staff member, three classes and a few trainees."""
    services.staff.create("adi.admin", "Adi Nugroho", "730518", Role.ADMIN)
    services.staff.create("rina", "Rina Wulandari", "402913")
    services.staff.create("yusuf", "Yusuf Hidayat", "518204")
    provider = services.catalogue.create_provider("LPK Cahaya Nusantara", "LPK", "32.73")
    barista = services.catalogue.create_program("Barista dan Penyajian Kopi", "kuliner", 40)
    design = services.catalogue.create_program("Desain Grafis Dasar", "kreatif", 60)
    today = services.ctx.now().date()

    def session(program: Any, days: tuple[int, ...], start: int, length: int) -> str:
        return services.catalogue.create_session(
            program_id=program.id,
            provider_id=provider.id,
            location="Ruang 2, Gedung B",
            start_date=today + dt.timedelta(days=start),
            end_date=today + dt.timedelta(days=start + length),
            schedule=WeeklySchedule(days, "08:00", "12:00"),
            capacity=20,
            uses_checkout=True,
        ).id

    monday = session(barista, (0, 2, 4), 0, 20)  # meets today (a Monday)
    tuesday = session(design, (1, 3), -1, 20)  # running, but not today
    people = []
    for number in range(1, 7):
        result = services.registration.register(person(number))
        people.append(result)
    for result in people[:4]:
        services.catalogue.enrol(monday, result.applicant_id)
        services.catalogue.enrol(tuesday, result.applicant_id)
    return {"monday": monday, "tuesday": tuesday, "people": people}


def wizard(window: MainWindow, services: KioskServices, shoot: Shoot, settle: Any) -> None:
    reg = window.registration
    form = person(42, full_name="Siti Nur Rahmawati")
    window.go_home()
    window.stack.setCurrentWidget(reg)
    reg.reset()
    settle()
    shoot("wizard-1-consent")
    reg.go_next()
    shoot("wizard-1-consent-errors")
    pages = [
        ("2-identity", reg.identity),
        ("3-address", reg.address),
        ("4-contact", reg.contact),
        ("5-status", reg.status),
    ]
    for name, page in pages:
        reg._show(page)
        reg.go_next()  # nothing filled in: each field says what to fix
        settle()
        shoot(f"wizard-{name}-errors")
    reg.reset()
    reg.consent.agree.setChecked(True)
    identity = reg.identity
    identity.nik.setText(form.nik)
    identity.name.setText(form.full_name)
    identity.birth_place.setText(form.birth_place)
    identity.birth_date.setText(str(form.birth_date))
    identity.sex.set_value(form.sex)
    reg._show(identity)
    shoot("wizard-2-identity")
    assert window.keyboard is not None

    def name_keyboard() -> None:
        identity.name.setFocus()

    shoot("wizard-2-identity-keyboard", name_keyboard)
    reg._show(reg.identity)
    reg.address.address.setText(form.address)
    reg.address.province.search.setText("jawa barat")
    reg.address.province.select("32")
    reg.address._province_chosen("32")
    reg.address.regency.search.setText("kota bandung")
    reg.address.regency.select("32.73")
    reg._show(reg.address)
    shoot("wizard-3-address")
    shoot("wizard-3-address-keyboard", lambda: reg.address.regency.search.setFocus())
    reg.contact.phone.setText(form.phone)
    reg.contact.email.setText("siti.rahma@contoh.co.id")
    reg._show(reg.contact)
    shoot("wizard-4-contact")
    status = reg.status
    status.education.set_value(form.education_level)
    status.employment.set_value(form.employment_status)
    status.occupation.select(form.occupation)
    status.kk.setText(form.kk_number)
    reg._show(status)
    shoot("wizard-5-status")
    shoot("wizard-5-status-kk-keypad", lambda: (status.kk.setFocus(), status._place_keypad()))
    reg.verdict = services.registration.assess(reg.form())
    reg.verdict_page.set_verdict(reg.verdict, "id")
    reg._show(reg.verdict_page)
    shoot("wizard-6-verdict-eligible")
    young = services.registration.assess(
        dataclasses.replace(reg.form(), birth_date="05-04-2010", in_formal_education=True)
    )
    reg.verdict_page.set_verdict(young, "id")
    shoot("wizard-6-verdict-not-eligible")
    reg.verdict_page.set_verdict(reg.verdict, "id")
    reg.go_next()
    settle()
    sessions = reg.training._sessions
    if sessions:
        reg.training._choose(sessions[0].id)
    shoot("wizard-7-training")
    reg.go_next()
    settle()
    shoot("wizard-8-review")
    reg._show(reg.duplicate)
    shoot("duplicate")
    reg._ask_staff()
    settle()
    shoot("reprint-staff-names")
    accounts = list(reg.staff_pin.names._accounts)
    if accounts:
        reg.staff_pin.choose(accounts[0])
    shoot("reprint-staff-pin")
    reg._show(reg.review)
    reg.go_next()
    settle()
    shoot("card-issued")


def staff(
    window: MainWindow, services: KioskServices, clock: Any, shoot: Shoot, settle: Any, data: Any
) -> None:
    from kiosk.ui.screens.scan import VerdictBanner

    area = window.staff_area
    window.go_home()
    window._tile_chosen("staff")
    settle()
    shoot("staff-login-names")
    area.login.choose(next(a for a in area.login.names._accounts if a.username == "rina"))
    shoot("staff-login-pin")
    from kiosk.i18n import msg

    area.login.show_message(msg("staff.login_failed"))
    shoot("staff-login-wrong-pin")
    area._logged_in(services.staff.login("rina", "402913"))
    settle()
    shoot("staff-home")
    area.home.show_all.setChecked(True)
    shoot("staff-home-all-classes")
    area.home.show_all.setChecked(False)
    sessions = {s.id: s for s in services.catalogue.sessions()}
    area.scanning.open(sessions[data["monday"]])
    settle()
    shoot("scan-ready")
    people = data["people"]

    def verdict(name: str, payload: str, *, session: str = "monday", admit: bool = False) -> None:
        area.scan.set_session(sessions[data[session]])
        area.scanning.submit(payload, admit=admit)
        settle()
        banner: VerdictBanner = area.scan.banner
        banner._clear.stop()  # the picture needs the verdict, not the idle banner after 3 s
        shoot(f"scan-{name}")

    verdict("green-checked-in", people[0].card_payload)
    clock.moment += dt.timedelta(minutes=1)
    verdict("amber-already-recorded", people[0].card_payload)
    clock.moment += dt.timedelta(minutes=30)
    verdict("blue-checked-out", people[0].card_payload)
    verdict("amber-not-enrolled", people[5].card_payload)
    verdict("amber-not-meeting-today", people[1].card_payload, session="tuesday")
    verdict("red-rejected", "KNOTACARDATALLXXXXXX")
    area.scan.set_session(sessions[data["monday"]])
    area.scan.banner.clear()
    area.scan.search.setText("Budi")
    area.scan.search.setFocus()
    settle()
    area.scan.lookup_requested.emit("Budi")
    settle()
    shoot("scan-forgot-card-results")
    window.keyboard.close_keys() if window.keyboard else None
    if area.scan.results.count():
        area.scan._confirm(area.scan.results.item(0))
    shoot("scan-forgot-card-confirm")
    area.scan.cancel_confirm()
    area.rosters.open(sessions[data["monday"]])
    settle()
    shoot("roster")
    area.rosters.open(sessions[data["tuesday"]])
    settle()
    shoot("roster-not-meeting-today")
    area.logout()


def tools(
    window: MainWindow, services: KioskServices, shoot: Shoot, settle: Any, data: Any
) -> None:
    from kiosk.i18n import msg

    area = window.staff_area
    window.go_home()
    window._tile_chosen("staff")
    area._logged_in(services.staff.login("adi.admin", "730518"))
    settle()
    shoot("staff-home-admin")
    area.opening.show()
    settle()
    shoot("open-training")
    area.opening.screen.new_provider.click()
    area.opening.screen.save.click()
    settle()
    shoot("open-training-errors")
    area.enrolment.show(data["monday"])
    settle()
    area.enrolment.screen.search.setText("Siti")
    settle()
    area.enrolment.screen.search_requested.emit("Siti")
    settle()
    area.enrolment.screen.show_message(msg("catalogue.not_eligible"))
    shoot("enrol")
    area.accounts.show()
    settle()
    shoot("staff-accounts")
    area.accounts.screen.show_refusal(msg("staff.pin_weak"))
    shoot("staff-accounts-errors")
    area.people.show()
    area.people.screen.search.setText("Siti")
    area.people.screen.search_requested.emit("Siti")
    settle()
    shoot("person")
    area.logout()


def admin(window: MainWindow, services: KioskServices, shoot: Shoot, settle: Any) -> None:
    from kiosk.services.drives import Drive

    window.go_home()
    window._ask_admin()
    settle()
    shoot("admin-sign-in-names")
    window.stack.setCurrentWidget(window.admin)
    window.admin.show_menu()
    shoot("admin-menu")
    drive = Drive(Path("/media/petugas/KINGSTON"), "KINGSTON", 7800)
    window.admin.export.find_drives = lambda: [drive]
    for name in ("pairing", "sync", "rejected", "export", "settings"):
        window.stack.setCurrentWidget(window.admin)
        window.admin.open(name)
        settle()
        shoot(f"admin-{name}")
    window.admin.open("pairing")
    settle()
    shoot("admin-pairing-keyboard", lambda: window.admin.pairing.code.setFocus())


def applicant(
    window: MainWindow, services: KioskServices, shoot: Shoot, settle: Any, data: Any
) -> None:
    window.go_home()
    settle()
    shoot("home")
    window._tile_chosen("trainings")
    settle()
    shoot("trainings")
    window.go_home()
    window._tile_chosen("card")
    settle()
    shoot("my-card-entry")
    window.my_card.check(data["people"][0].card_payload)
    settle()
    shoot("my-card-valid")
    window.my_card.show_entry()
    window.my_card.check("ABCD-EFGH-JKLM-NPQR")
    settle()
    shoot("my-card-unknown")


def walk(
    window: MainWindow, services: KioskServices, clock: Any, shoot: Shoot, settle: Any
) -> None:
    data = seed(services)
    settle()
    applicant(window, services, shoot, settle, data)
    wizard(window, services, shoot, settle)
    staff(window, services, clock, shoot, settle, data)
    tools(window, services, shoot, settle, data)
    admin(window, services, shoot, settle)
    from screenshot_followup import followup

    followup(window, services, clock, shoot, settle)

    from screenshot_certificates import certificates

    certificates(window, services, shoot, settle, data)

    from screenshot_jobs import jobs

    jobs(window, services, shoot, settle, data)  # placement (issue 14)
    window.go_home()
    window._tile_chosen("register")
    settle()
    window.idle_overlay.show_countdown(12)
    shoot("idle-countdown", lambda: window.idle_overlay.show_countdown(12))
    window.idle_overlay.hide()

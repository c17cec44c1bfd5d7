"""The registration wizard driven end to end with real taps and key presses."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk.services.kiosk import KioskServices
from kiosk.ui.main_window import MainWindow
from tests.factories import applicant_form, open_session
from tests.ui.wizard_driver import WizardDriver


@pytest.fixture
def window(qtbot: QtBot, kiosk: KioskServices) -> Iterator[MainWindow]:
    win = MainWindow(lang="id")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    win.attach(kiosk)
    yield win
    win.ops.drain()
    win.close()


@pytest.fixture
def session_id(kiosk: KioskServices) -> str:
    return open_session(kiosk)


@pytest.fixture
def drive(window: MainWindow, qtbot: QtBot) -> WizardDriver:
    return WizardDriver(window, qtbot)


def test_eligible_applicant_chooses_a_training_and_gets_a_card(
    drive: WizardDriver, kiosk: KioskServices, session_id: str, qtbot: QtBot
) -> None:
    form = applicant_form()
    drive.through_status(form)
    reg = drive.reg
    assert reg.verdict_page.headline.text() == "Anda memenuhi syarat Kartu Prakerja."
    drive.next()
    drive.wait_for(reg.training)
    drive.pick(reg.training.list, session_id)
    assert "Barista Kopi" in reg.training.chosen.text()
    drive.next()
    drive.wait_for(reg.review)
    shown = " ".join(v.text() for _, v in reg.review.rows)
    assert form.full_name in shown and form.nik not in shown  # masked NIK only
    drive.next()
    window = drive.window
    qtbot.waitUntil(lambda: window.card.card is not None, timeout=10_000)
    assert window.stack.currentWidget() is window.card
    assert "Barista Kopi" in window.card.notes_label.text()
    assert not window.card.preview.pixmap().isNull()
    [card] = kiosk.people.printable_cards(applicant_id=kiosk.people.search(form.full_name)[0].id)
    assert kiosk.cards.verify(card.payload).valid
    assert len(kiosk.people.printable_cards(session_id=session_id)) == 1
    drive.tap(window.card.print_button)  # no printer here: kept for staff, no file path shown
    assert card.card_number in window.card.outcome.text()
    assert "/" not in window.card.outcome.text()
    drive.tap(window.card.done)
    assert window.stack.currentWidget() is window.home


def test_under_18_sees_the_reason_and_cannot_choose_prakerja_training(
    drive: WizardDriver, session_id: str
) -> None:
    form = applicant_form(birth_date=dt.date(2010, 6, 1))
    drive.through_status(form)
    page = drive.reg.verdict_page
    assert page.headline.text().startswith("Anda belum memenuhi syarat")
    assert "Usia minimal 18 tahun" in page.reasons.text()
    assert page.note.isVisible()
    drive.next()
    drive.wait_for(drive.reg.training)
    item = drive.reg.training.list.item(0)
    assert "dibiayai Kartu Prakerja" in item.text()
    drive.pick(drive.reg.training.list, session_id)
    assert drive.reg.training.chosen_id == ""


def test_in_formal_education_is_named_as_a_reason(drive: WizardDriver) -> None:
    drive.through_status(applicant_form(), in_school=True)
    assert "pendidikan formal" in drive.reg.verdict_page.reasons.text()


def test_nik_warning_must_be_accepted_then_continues(drive: WizardDriver) -> None:
    form = applicant_form(birth_date=dt.date(1995, 3, 3))
    form.birth_date = "04-03-1995"  # the NIK says 3 March
    drive.start()
    drive.identity(form)
    identity = drive.reg.identity
    assert identity.warnings.isVisible() and identity.accept.isVisible()
    assert drive.reg.current() is identity
    drive.tap(identity.accept)
    drive.next()
    drive.wait_for(drive.reg.address)


def test_inline_errors_name_the_field_and_block_the_step(drive: WizardDriver) -> None:
    drive.start()
    identity = drive.reg.identity
    drive.keypad(identity.nik, "123")
    drive.next()
    assert drive.reg.current() is identity
    assert identity.fields["nik"].error.isVisible()
    assert "16" in identity.fields["nik"].error.text()
    assert identity.fields["full_name"].error.text() == "Wajib diisi."


def test_duplicate_nik_shows_no_data_and_reprint_needs_a_staff_pin(
    drive: WizardDriver, kiosk: KioskServices, qtbot: QtBot
) -> None:
    form = applicant_form(full_name="Rina Wulandari")
    first = kiosk.registration.register(form)
    kiosk.staff.create("petugas", "Petugas Satu", "402913")
    drive.start()
    drive.identity(dataclasses.replace(form, full_name="Orang Lain"))
    drive.wait_for(drive.reg.duplicate)
    assert "Rina" not in " ".join(drive.visible_texts())
    drive.tap(drive.reg.duplicate.reprint)
    pin = drive.reg.staff_pin
    qtbot.waitUntil(lambda: "petugas" in pin.names.buttons, timeout=5000)
    drive.tap(pin.names.buttons["petugas"])  # by name, then the PIN
    drive.keypad(pin.pin, "111111", pad=pin.keypad)
    drive.tap(pin.ok)
    qtbot.waitUntil(lambda: bool(pin.error.text()), timeout=5000)
    assert pin.error.text() == "Nama pengguna atau PIN salah."
    drive.keypad(pin.pin, "402913", pad=pin.keypad)
    drive.tap(pin.ok)
    window = drive.window
    qtbot.waitUntil(lambda: window.card.card is not None, timeout=10_000)
    assert kiosk.cards.verify(first.card_payload or "").status.value == "revoked_card"
    assert kiosk.cards.verify(window.card.card.payload).valid  # type: ignore[union-attr]


def test_language_switch_mid_wizard_keeps_the_step_and_the_input(drive: WizardDriver) -> None:
    form = applicant_form()
    drive.start()
    drive.identity(form)
    drive.wait_for(drive.reg.address)
    drive.type(drive.reg.address.address, "Jl. Asia Afrika 1")
    [_id_button, en_button] = drive.window.top_bar.language_buttons.buttons()
    drive.tap(en_button)
    assert drive.reg.current() is drive.reg.address
    assert drive.reg.address.address.text() == "Jl. Asia Afrika 1"
    assert drive.reg.address.title.text() == "Address"
    assert drive.reg.next.text() == "Next ›"
    drive.go_back = drive.tap(drive.reg.back)  # type: ignore[func-returns-value]
    assert drive.reg.identity.name.text() == form.full_name


def test_idle_reset_mid_wizard_leaves_no_data_anywhere(drive: WizardDriver, qtbot: QtBot) -> None:
    form = applicant_form(full_name="Yohana Simanjuntak")
    drive.start()
    drive.identity(form)
    drive.wait_for(drive.reg.address)
    drive.type(drive.reg.address.address, "Jl. Rahasia 7")
    window = drive.window
    window.idle.configure(3, 2)
    window.idle.arm(True)
    qtbot.waitUntil(lambda: window.idle_overlay.isVisible(), timeout=5000)
    assert "detik" in window.idle_overlay.body.text()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=5000)
    assert not window.idle_overlay.isVisible()
    texts = " ".join(drive.visible_texts())
    for secret in (form.full_name, form.nik, "Rahasia", form.birth_place):
        assert secret not in texts
    assert drive.reg.current() is drive.reg.consent
    assert not drive.reg.consent.agree.isChecked()


def _tap_language(drive: WizardDriver, lang: str) -> None:
    id_button, en_button = drive.window.top_bar.language_buttons.buttons()
    drive.tap(en_button if lang == "en" else id_button)


def test_errors_shown_in_bahasa_are_re_rendered_in_english_after_a_switch(
    drive: WizardDriver,
) -> None:
    drive.start()
    identity = drive.reg.identity
    drive.keypad(identity.nik, "123")
    drive.next()
    nik_error = identity.fields["nik"].error
    assert identity.fields["full_name"].error.text() == "Wajib diisi."
    assert drive.reg.notice.text() == "Ada isian yang perlu diperbaiki (ditandai merah)."
    bahasa_nik_error = nik_error.text()
    _tap_language(drive, "en")
    assert drive.reg.current() is identity
    assert identity.fields["full_name"].error.text() == "Required."
    assert identity.fields["birth_place"].error.text() == "Required."
    assert identity.fields["sex"].error.text() == "Required."
    assert nik_error.isVisible() and nik_error.text() != bahasa_nik_error
    assert nik_error.text() == identity.errors["nik"].render("en")
    assert drive.reg.notice.text() == "Some fields need fixing (marked in red)."
    _tap_language(drive, "id")
    assert nik_error.text() == bahasa_nik_error
    assert identity.fields["full_name"].error.text() == "Wajib diisi."


def test_warnings_and_status_errors_follow_a_language_switch(drive: WizardDriver) -> None:
    form = applicant_form(birth_date=dt.date(1995, 3, 3))
    form.birth_date = "04-03-1995"  # the NIK says 3 March
    drive.start()
    drive.identity(form)
    identity = drive.reg.identity
    assert identity.warnings.text().startswith("Mohon periksa kembali")
    _tap_language(drive, "en")
    assert identity.warnings.text().startswith("Please check again")
    assert identity.warnings.text() == "Please check again\n" + "\n".join(
        f"• {w.render('en')}" for w in identity.shown_warnings
    )
    drive.tap(identity.accept)
    drive.next()
    drive.wait_for(drive.reg.address)
    drive.address(form)
    drive.contact(form)
    status = drive.reg.status
    drive.next()  # nothing chosen on the status step
    assert status.fields["kk_number"].error.text() == "Required."
    _tap_language(drive, "id")
    assert status.fields["kk_number"].error.text() == "Wajib diisi."
    assert status.fields["education_level"].error.isVisible()


def test_not_eligible_reasons_follow_a_language_switch(drive: WizardDriver) -> None:
    drive.through_status(applicant_form(birth_date=dt.date(2010, 6, 1)))
    page = drive.reg.verdict_page
    assert "Usia minimal 18 tahun" in page.reasons.text()
    _tap_language(drive, "en")
    assert page.headline.text().startswith("You are not eligible")
    assert "The minimum age is 18" in page.reasons.text()
    assert "Usia" not in " ".join(drive.visible_texts())


def test_enrolment_failure_and_pdf_note_on_the_card_follow_a_language_switch(
    drive: WizardDriver, kiosk: KioskServices, session_id: str, qtbot: QtBot
) -> None:
    drive.through_status(applicant_form())
    drive.next()
    drive.wait_for(drive.reg.training)
    drive.pick(drive.reg.training.list, session_id)
    drive.next()
    drive.wait_for(drive.reg.review)
    # The last seats go to others while this applicant reads the review page.
    with kiosk.store.transaction() as session:
        session.connection().exec_driver_sql(
            "UPDATE training_session SET capacity = 0 WHERE id = ?", (session_id,)
        )
    drive.next()
    window = drive.window
    qtbot.waitUntil(lambda: window.card.card is not None, timeout=10_000)
    notes = window.card.notes_label
    assert notes.text() == "Belum terdaftar di pelatihan: Kelas sudah penuh."
    drive.tap(window.card.print_button)
    assert window.card.outcome.text().startswith("Printer belum tersedia.")
    _tap_language(drive, "en")
    assert notes.text() == "Not enrolled in the training: The session is full."
    assert window.card.outcome.text().startswith("No printer is ready.")

"""Every screen in both languages at 1024×768 and 1920×1080: saved as PNG under
build/screenshots for people to look at, and checked for clipped text and message codes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.services.kiosk import KioskServices
from kiosk.ui.main_window import MainWindow
from kiosk.ui.theme import apply_theme
from tests.factories import applicant_form
from tests.ui.wizard_driver import WizardDriver

ARTEFACTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
SIZES = ((1024, 768), (1920, 1080))
CODE = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")  # a message code shown instead of its text


@pytest.fixture
def themed_window(qtbot: QtBot, kiosk: KioskServices) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_sheet, old_font = app.styleSheet(), app.font()
    apply_theme(app)
    win = MainWindow(lang="id")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.attach(kiosk)
    yield win
    win.tasks.drain()
    win.close()
    app.setStyleSheet(old_sheet)
    app.setFont(old_font)


def clipped_labels(root: QWidget) -> list[str]:
    problems = []
    for label in root.findChildren(QLabel):
        if (
            not label.isVisible()
            or not label.text()
            or (label.pixmap() is not None and not label.pixmap().isNull())
        ):
            continue
        rect = label.contentsRect()
        metrics = label.fontMetrics()
        if label.wordWrap():
            # heightForWidth takes and gives the whole widget's size (padding included).
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                problems.append(
                    f"{label.objectName()}: {label.text()[:40]!r} needs {needed}px > {label.height()}"
                )
        else:
            width = max(metrics.horizontalAdvance(line) for line in label.text().splitlines())
            if width > rect.width() + 1:
                problems.append(
                    f"{label.objectName()}: {label.text()[:40]!r} {width}px > {rect.width()}"
                )
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            width = button.fontMetrics().horizontalAdvance(button.text())
            if width > button.width() - 8:
                problems.append(f"button {button.text()!r} {width}px > {button.width()}")
            parent = button.parentWidget()
            if parent is not None and not parent.rect().contains(button.geometry()):
                problems.append(f"button {button.text()!r} sticks out of its parent")
            # A layout that squeezes a button below its own height cuts its text off.
            if button.height() < button.sizeHint().height() - 2:
                problems.append(f"button {button.text()!r} squeezed to {button.height()}px")
    return problems


def fits_unscrolled(window: MainWindow, page: QWidget, qtbot: QtBot) -> None:
    """At the smallest supported size a wizard step shows everything without scrolling."""
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=2000)
    QApplication.processEvents()
    for lang in ("id", "en"):
        window.set_language(lang)
        QApplication.processEvents()
        scroll = window.registration._containers[page]
        assert scroll.verticalScrollBar().maximum() == 0, f"{page.objectName()} scrolls ({lang})"
    window.set_language("id")


def codes_shown(root: QWidget) -> list[str]:
    texts = [w.text() for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton)]
    return [t for t in texts if CODE.match(t)]


def snap_screen(window: MainWindow, qtbot: QtBot, name: str, problems: list[str]) -> None:
    """Save the current screen in both languages and sizes; note clipped text and codes."""
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    for lang in ("id", "en"):
        window.set_language(lang)
        for width, height in SIZES:
            window.resize(width, height)
            qtbot.waitUntil(lambda w=width: window.width() == w, timeout=2000)
            QApplication.processEvents()
            window.grab().save(str(ARTEFACTS / f"{name}-{lang}-{width}x{height}.png"))
            shown = window.stack.currentWidget()
            problems.extend(f"{name}/{lang}/{width}: {p}" for p in clipped_labels(shown))
            problems.extend(f"{name}/{lang}: code {c}" for c in codes_shown(window))
    window.set_language("id")


def test_every_screen_fits_in_both_languages_and_sizes(
    themed_window: MainWindow, kiosk: KioskServices, qtbot: QtBot
) -> None:
    window = themed_window
    drive = WizardDriver(window, qtbot)
    kiosk.staff.create("petugas", "Petugas", "402913")
    provider = kiosk.catalogue.create_provider("LPK Cahaya Nusantara", "LPK", "32.73")
    program = kiosk.catalogue.create_program("Barista dan Penyajian Kopi", "kuliner", 40)
    import datetime as dt

    from kiosk.services.catalogue import WeeklySchedule

    today = kiosk.ctx.now().date()
    kiosk.catalogue.create_session(
        program_id=program.id,
        provider_id=provider.id,
        location="Ruang 2, Gedung B",
        start_date=today,
        end_date=today + dt.timedelta(days=20),
        schedule=WeeklySchedule((0, 2, 4), "08:00", "12:00"),
        capacity=20,
    )
    form = applicant_form(birth_date=dt.date(2009, 4, 5))
    shots: list[tuple[str, Callable[[], None]]] = [("home", lambda: None)]

    def reach(page: QWidget) -> Callable[[], None]:
        return lambda: (
            window.stack.setCurrentWidget(window.registration) or window.registration._show(page)
        )  # type: ignore[func-returns-value]

    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []

    def snap(name: str) -> None:
        snap_screen(window, qtbot, name, problems)

    snap("home")
    drive.tap(window.home.tiles["trainings"])
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.trainings, timeout=5000)
    snap("trainings")
    window.go_home()
    drive.start()
    window.registration._show(window.registration.consent)
    snap("wizard-1-consent")
    drive.next()
    drive.wait_for(window.registration.identity)
    drive.tap(window.registration.next)  # nothing filled in: every field says what is wrong
    snap("wizard-2-identity-errors")
    fits_unscrolled(window, window.registration.identity, qtbot)
    drive.identity(form)
    drive.wait_for(window.registration.address)
    drive.address(form)
    window.registration._show(window.registration.address)
    snap("wizard-3-address")
    window.registration._show(window.registration.contact)
    drive.tap(window.registration.next)
    snap("wizard-4-contact-errors")
    drive.contact(form)
    drive.tap(window.registration.next)  # nothing chosen: every status field says what is wrong
    snap("wizard-5-status-errors")
    fits_unscrolled(window, window.registration.status, qtbot)
    drive.tap(window.registration.status.kk)  # its keypad opens beside it
    assert window.registration.status.keypad.isVisible()
    snap("wizard-5-status-keypad")
    drive.status(form)
    snap("wizard-6-verdict")
    drive.next()
    drive.wait_for(window.registration.training)
    snap("wizard-7-training")
    drive.next()
    drive.wait_for(window.registration.review)
    snap("wizard-8-review")
    window.registration._show(window.registration.duplicate)
    snap("duplicate")
    window.registration._show(window.registration.staff_pin)
    snap("staff-pin")
    window.registration._show(window.registration.review)
    drive.next()
    qtbot.waitUntil(lambda: window.card.card is not None, timeout=10_000)
    snap("card")
    window.stack.setCurrentWidget(window.admin)
    snap("admin")
    _admin_and_my_card_shots(window, kiosk, qtbot, snap)
    window.idle_overlay.show_countdown(12)
    snap("idle-countdown")
    window.idle_overlay.hide()
    del reach, shots
    assert not problems, "\n".join(problems)


def _admin_and_my_card_shots(
    window: MainWindow, kiosk: KioskServices, qtbot: QtBot, snap: Callable[[str], None]
) -> None:
    """The admin pages (with a refused record and a USB drive) and "My card" with a result."""
    from sqlalchemy import select, update

    from kiosk.services.drives import Drive
    from kiosk.store.models import OutboxEvent

    with kiosk.store.transaction() as session:
        first = session.scalar(select(OutboxEvent.seq).order_by(OutboxEvent.seq).limit(1))
        session.execute(
            update(OutboxEvent)
            .where(OutboxEvent.seq == first)
            .values(status="rejected", last_error="unknown entity hologram")
        )
    drive = Drive(Path("/media/petugas/KINGSTON"), "KINGSTON", 7800)
    window.admin.export.find_drives = lambda: [drive]

    def idle() -> None:
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)

    for name in ("pairing", "sync", "rejected", "export", "settings"):
        window.stack.setCurrentWidget(window.admin)
        window.admin.open(name)
        idle()
        snap(f"admin-{name}")
    window.admin.export.say("Selesai: 6 data ditulis ke /media/petugas/KINGSTON/kios3in1.k3b")
    window.go_home()
    [session] = kiosk.catalogue.sessions()
    result = kiosk.registration.register(applicant_form(full_name="Siti Nur Rahmawati"))
    kiosk.catalogue.enrol(session.id, result.applicant_id)
    window.stack.setCurrentWidget(window.my_card)
    snap("my-card-entry")
    assert result.card_payload is not None
    window.my_card.check(result.card_payload)
    qtbot.waitUntil(lambda: window.my_card.lookup is not None, timeout=10_000)
    snap("my-card-valid")
    window.my_card.check("ABCD-EFGH-JKLM-NPQR")
    qtbot.waitUntil(lambda: window.my_card.number_field.error.isVisible(), timeout=10_000)
    snap("my-card-unknown")


def test_staff_tools_fit_in_both_languages_and_sizes(
    themed_window: MainWindow, kiosk: KioskServices, qtbot: QtBot
) -> None:
    import datetime as dt

    from kiosk.i18n import msg
    from kiosk.services.catalogue import WeeklySchedule

    window = themed_window
    area = window.staff_area
    kiosk.staff.create("adi.admin", "Adi Nugroho Admin", "730518", "admin")
    kiosk.staff.create("petugas", "Petugas Absensi Lapangan", "402913")
    provider = kiosk.catalogue.create_provider("LPK Cahaya Nusantara Mandiri", "LPK", "32.73")
    program = kiosk.catalogue.create_program("Barista dan Penyajian Kopi Spesial", "kuliner", 40)
    today = kiosk.ctx.now().date()
    session = kiosk.catalogue.create_session(
        program_id=program.id,
        provider_id=provider.id,
        location="Ruang 2, Gedung B",
        start_date=today,
        end_date=today + dt.timedelta(days=20),
        schedule=WeeklySchedule((0, 2, 4), "08:00", "12:00"),
        capacity=20,
    )
    for seed in range(1, 6):
        kiosk.registration.register(applicant_form(seed=seed))
    problems: list[str] = []
    window._tile_chosen("staff")
    area._logged_in(kiosk.staff.login("adi.admin", "730518"))
    qtbot.waitUntil(lambda: area.home.list.count() == 1, timeout=5000)
    snap_screen(window, qtbot, "staff-home-admin", problems)
    tools = area.tools
    tools.show_open_training()
    qtbot.waitUntil(lambda: tools.open_training.providers.list.count() == 1, timeout=5000)
    snap_screen(window, qtbot, "open-training", problems)
    tools.open_training.new_provider.click()
    tools.open_training.save.click()
    qtbot.waitUntil(lambda: tools.open_training.fields["title"].error.isVisible(), timeout=5000)
    snap_screen(window, qtbot, "open-training-errors", problems)
    tools.show_enrol(session.id)
    qtbot.waitUntil(lambda: tools.enrol.sessions.list.count() == 1, timeout=5000)
    tools.enrol.search.setText("Siti")
    qtbot.waitUntil(lambda: tools.enrol.results.list.count() > 0, timeout=5000)
    tools.enrol.show_message(msg("catalogue.not_eligible"))
    snap_screen(window, qtbot, "enrol", problems)
    tools.show_accounts()
    qtbot.waitUntil(lambda: tools.accounts.accounts.list.count() == 2, timeout=5000)
    tools.accounts.show_refusal(msg("staff.pin_weak"))
    tools.accounts.show_list_message(msg("staff.not_self"))
    snap_screen(window, qtbot, "staff-accounts", problems)
    tools.show_person()
    tools.person.search.setText("Siti")
    qtbot.waitUntil(lambda: tools.person.results.list.count() > 0, timeout=5000)
    tools.person.reveal.show(tools.person.current_id(), "3273014101830001")
    snap_screen(window, qtbot, "person", problems)
    tools.person.erase.click()
    tools.person.erase_refused(msg("privacy.admin_needed"))
    snap_screen(window, qtbot, "person-erase", problems)
    window.tasks.drain()
    assert not problems, "\n".join(problems)

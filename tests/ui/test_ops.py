"""The typed background operations (kiosk.ui.ops) against a real store, and the window's one
screen registry and one error reporter."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.i18n import UserError, msg
from kiosk.services.kiosk import KioskServices
from kiosk.services.registration import RegistrationResult
from kiosk.services.status import KioskStatus
from kiosk.ui.main_window import MainWindow
from kiosk.ui.ops import ChangeHub, Generation, Operations, Topic
from kiosk.ui.screen import Screen, as_widget
from tests.factories import applicant_form


class Reports:
    """Stands in for the window's reporter: remembers what it was handed."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []

    def __call__(self, error: BaseException) -> None:
        self.errors.append(error)


class PeopleCount(QLabel):
    """A screen that shows how many applicants the store holds and refreshes itself when a
    write announces Topic.PEOPLE (nobody calls it after the write)."""

    def __init__(self, ops: Operations, kiosk: KioskServices) -> None:
        super().__init__()
        self.refreshes = 0
        self._ops = ops
        self._kiosk = kiosk
        ops.hub.subscribe(Topic.PEOPLE, lambda _changed: self.refresh())

    def refresh(self) -> None:
        self._ops.read(self._kiosk.status.status, self._show)

    def _show(self, status: KioskStatus) -> None:
        self.refreshes += 1
        self.setText(str(status.applicants))


@pytest.fixture
def reports() -> Reports:
    return Reports()


@pytest.fixture
def ops(reports: Reports, qtbot: QtBot) -> Iterator[Operations]:
    host = QWidget()
    qtbot.addWidget(host)
    operations = Operations(report=reports, hub=ChangeHub(host), parent=host)
    yield operations
    assert operations.drain()


def test_a_read_brings_the_store_answer_back_on_the_gui_thread(
    ops: Operations, kiosk: KioskServices, qtbot: QtBot
) -> None:
    kiosk.registration.register(applicant_form())
    expected = kiosk.status.status().applicants
    got: list[KioskStatus] = []
    announced: list[Topic] = []
    ops.hub.changed.connect(announced.append)
    ops.read(kiosk.status.status, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got[0].applicants == expected
    assert not ops.busy
    assert announced == []  # a read changes nothing and says so


def test_a_write_is_stored_and_its_topic_refreshes_a_subscribed_screen(
    ops: Operations, kiosk: KioskServices, qtbot: QtBot
) -> None:
    screen = PeopleCount(ops, kiosk)
    qtbot.addWidget(screen)
    before = kiosk.status.status().applicants
    staff_refreshes: list[Topic] = []
    ops.hub.subscribe(Topic.STAFF, staff_refreshes.append)
    done: list[RegistrationResult] = []
    ops.write(lambda: kiosk.registration.register(applicant_form()), Topic.PEOPLE, done.append)
    qtbot.waitUntil(lambda: screen.text() == str(before + 1), timeout=5000)
    assert len(done) == 1
    assert kiosk.status.status().applicants == before + 1
    assert screen.refreshes == 1
    assert staff_refreshes == []  # a topic nobody on that screen shows: no refresh


def test_a_write_may_tell_from_its_result_that_it_changed_nothing(
    ops: Operations, kiosk: KioskServices, qtbot: QtBot
) -> None:
    announced: list[Topic] = []
    ops.hub.changed.connect(announced.append)
    done: list[int] = []
    ops.write(
        lambda: kiosk.status.status().applicants,
        lambda count: Topic.PEOPLE if count < 0 else Topic.NONE,
        done.append,
    )
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert announced == []


def test_a_bug_is_logged_once_and_reported_once_and_announces_nothing(
    ops: Operations, reports: Reports, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> int:
        raise RuntimeError("disk on fire")

    announced: list[Topic] = []
    ops.hub.changed.connect(announced.append)
    handled: list[UserError] = []
    succeeded: list[int] = []
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.ops"):
        ops.write(broken, Topic.PEOPLE, succeeded.append, failure=handled.append)
        qtbot.waitUntil(lambda: bool(reports.errors), timeout=5000)
    assert [str(e) for e in reports.errors] == ["disk on fire"]
    assert handled == [] and succeeded == []  # a bug never reaches a screen's own handler
    assert announced == []
    traces = [r for r in caplog.records if r.exc_info is not None]
    assert len(traces) == 1


def test_a_user_error_goes_to_its_handler_or_else_to_the_one_reporter(
    ops: Operations, reports: Reports, qtbot: QtBot
) -> None:
    def refused() -> int:
        raise UserError(msg("staff.login_failed"))

    handled: list[UserError] = []
    ops.read(refused, failure=handled.append)
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    assert reports.errors == []
    ops.read(refused)
    qtbot.waitUntil(lambda: bool(reports.errors), timeout=5000)
    assert len(handled) == 1 and len(reports.errors) == 1
    assert isinstance(reports.errors[0], UserError)


def test_drain_waits_for_every_queued_write(
    ops: Operations, kiosk: KioskServices, qtbot: QtBot
) -> None:
    before = kiosk.status.status().applicants
    for _ in range(3):
        ops.write(lambda: kiosk.registration.register(applicant_form()), Topic.PEOPLE)
    assert ops.busy
    assert ops.drain(30_000)
    # Stored before drain returned, though the answers reach the GUI thread only now.
    assert kiosk.status.status().applicants == before + 3
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)


def test_a_generation_drops_answers_of_work_started_before_it_advanced(
    ops: Operations, kiosk: KioskServices, reports: Reports, qtbot: QtBot
) -> None:
    refused: list[UserError] = []
    current = Generation(ops, refused.append)
    announced: list[Topic] = []
    ops.hub.changed.connect(announced.append)
    before = kiosk.status.status().applicants

    def refuse() -> int:
        raise UserError(msg("staff.login_failed"))

    late: list[object] = []
    current.read(kiosk.status.status, late.append)
    current.write(lambda: kiosk.registration.register(applicant_form()), Topic.PEOPLE, late.append)
    current.read(refuse, late.append)
    current.advance()  # a reset: the answers still on their way belong to the last person
    fresh: list[int] = []
    current.read(lambda: kiosk.status.status().applicants, fresh.append)
    qtbot.waitUntil(lambda: bool(fresh), timeout=5000)
    assert late == [] and refused == [] and reports.errors == []
    assert fresh == [before + 1]  # the dropped write was stored all the same
    assert announced == [Topic.PEOPLE]  # and said so: other screens refresh
    current.read(refuse, late.append)
    qtbot.waitUntil(lambda: bool(refused), timeout=5000)  # a current refusal is shown
    assert late == [] and reports.errors == []


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow(lang="en")
    qtbot.addWidget(win)
    yield win
    win.ops.drain()
    win.close()


def test_every_screen_in_the_window_is_registered_and_follows_the_screen_interface(
    window: MainWindow,
) -> None:
    stacked = {window.stack.widget(i) for i in range(window.stack.count())}
    assert stacked == {as_widget(screen) for screen in window.screens.values()}
    for screen in window.screens.values():
        assert isinstance(screen, Screen)


def test_the_window_reporter_says_a_user_error_in_its_own_words_and_goes_home(
    window: MainWindow, qtbot: QtBot
) -> None:
    def refused() -> None:
        raise UserError(msg("staff.login_failed"))

    window.show_screen("trainings")
    window.ops.read(refused)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=5000)
    assert window.home.notice.text() == "Wrong username or PIN."

"""Certificate screens through real taps: check a certificate (valid, invalid, cannot tell),
review a class, withhold one with a reason, issue the rest, print; screenshots in both
languages and sizes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.domain.certificate import Outcome
from kiosk.services.certificates import CandidateStatus
from kiosk.services.kiosk import KioskServices
from kiosk.store import models as m
from kiosk.ui.main_window import MainWindow
from tests.conftest import SettableClock
from tests.integration.test_certificates import FinishedClass, _pair, _trust, finished  # noqa: F401
from tests.ui.snapshots import snap_screen, themed_window  # noqa: F401


@pytest.fixture
def area_window(
    themed_window: MainWindow,  # noqa: F811
    kiosk: KioskServices,
    finished: FinishedClass,  # noqa: F811
    qtbot: QtBot,
) -> MainWindow:
    _pair(kiosk)
    window = themed_window
    window._tile_chosen("staff")
    window.staff_area._logged_in(kiosk.staff.login("guru", "482913"))
    return window


def _certificates(kiosk: KioskServices) -> int:
    with kiosk.store.reading() as session:
        return session.scalar(select(func.count()).select_from(m.Certificate)) or 0


def test_review_withhold_issue_and_print_by_touch(
    area_window: MainWindow,
    kiosk: KioskServices,
    finished: FinishedClass,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    area = area_window.staff_area
    tools = area.completion
    qtbot.mouseClick(area.home.certificates, Qt.MouseButton.LeftButton)
    review = tools.screen
    qtbot.waitUntil(lambda: review.classes.count() == 1, timeout=5000)
    problems: list[str] = []
    snap_screen(area_window, qtbot, "certificate-classes", problems)
    qtbot.mouseClick(
        review.classes.viewport(),
        Qt.MouseButton.LeftButton,
        pos=review.classes.visualItemRect(review.classes.item(0)).center(),
    )
    qtbot.waitUntil(lambda: review.review is not None, timeout=5000)
    assert review.issue.text() == "Terbitkan 2 sertifikat"
    names = [c.full_name for c in review.review.candidates]  # type: ignore[union-attr]
    review.table.selectRow(names.index("Cici Lestari"))
    qtbot.mouseClick(review.withhold, Qt.MouseButton.LeftButton)  # no reason: refused
    qtbot.waitUntil(lambda: bool(review.notice.text()), timeout=5000)
    assert "alasan" in review.notice.text().lower()
    qtbot.keyClicks(review.reason, "belum menyerahkan tugas akhir")
    qtbot.mouseClick(review.withhold, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: review.review is not None and review.review.count(CandidateStatus.WITHHELD) == 1,
        timeout=5000,
    )
    snap_screen(area_window, qtbot, "certificate-review", problems)
    qtbot.mouseClick(review.issue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _certificates(kiosk) == 1, timeout=5000)
    qtbot.waitUntil(lambda: review.print_button.isEnabled(), timeout=5000)
    tools.choose_folder = lambda _parent: str(tmp_path)
    qtbot.mouseClick(review.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "certificates.pdf").exists(), timeout=10_000)
    assert problems == []


def test_check_a_certificate_three_outcomes_big_and_clear(
    area_window: MainWindow,
    kiosk: KioskServices,
    finished: FinishedClass,  # noqa: F811
    clock: SettableClock,
    qtbot: QtBot,
) -> None:
    credential = kiosk.completion.issue(finished.session_id, staff_id=finished.staff_id)[
        0
    ].credential
    _trust(kiosk, clock())
    area = area_window.staff_area
    screen = area.verification.screen
    qtbot.mouseClick(area.home.verify_certificate, Qt.MouseButton.LeftButton)
    assert area.stack.currentWidget() is screen
    problems: list[str] = []

    def check(text: str, outcome: Outcome, name: str) -> None:
        screen.text.setText(text)
        qtbot.mouseClick(screen.check, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: screen._verdict is not None and screen._verdict.outcome is outcome,
            timeout=5000,
        )
        snap_screen(area_window, qtbot, name, problems)

    check(credential, Outcome.VALID, "certificate-valid")
    assert screen.headline.text() == "SERTIFIKAT SAH"
    assert "Ani Lestari" in screen.certifies.text()
    check(credential[:-6] + "AAAAAA", Outcome.INVALID, "certificate-invalid")
    assert screen.certifies.text() == ""  # nothing of a forgery is shown
    clock.advance(days=40)
    check(credential, Outcome.CANNOT_TELL, "certificate-cannot-tell")
    area_window.set_language("en")
    assert "40 days old" in screen.reason.text()
    assert problems == []

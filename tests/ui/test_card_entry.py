"""The one "show your card or type its number" page (kiosk.ui.card_entry) in a screen of two
pages: the scanner listens while the screen is shown, whichever page is up; typed numbers and
scans come out of one signal; a refusal stays under the field across a language switch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

import kiosk.services.cards  # noqa: F401 - registers card.number_unknown
from kiosk.i18n import msg
from kiosk.ui.card_entry import CardEntry

# The offscreen platform says it cannot pass a plain top-level widget's size hints on (an
# error line appearing changes them); that is not our warning.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LEFT = Qt.MouseButton.LeftButton
PAYLOAD = "KIOSK1.ABCDEFGHJKLMNPQR"  # what a scanner types: long, fast, then Enter


class TwoPages(QWidget):
    """A screen that starts with a card: the entry page, then a result page."""

    def __init__(self) -> None:
        super().__init__()
        self.pages = QStackedWidget()
        QVBoxLayout(self).addWidget(self.pages)
        self.entry = CardEntry(self, "CardNumber", "mycard.prompt")
        self.result = QLabel("result")
        self.pages.addWidget(self.entry)
        self.pages.addWidget(self.result)
        self.got: list[str] = []
        self.entry.submitted.connect(self.got.append)
        self.entry.retranslate("id")


@pytest.fixture
def screen(qtbot: QtBot) -> Iterator[TwoPages]:
    widget = TwoPages()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.entry.scanner.stop()


def test_a_typed_number_and_a_scan_come_out_of_one_signal(screen: TwoPages, qtbot: QtBot) -> None:
    entry = screen.entry
    assert entry.scanner.active
    qtbot.waitUntil(lambda: entry.number.hasFocus(), timeout=2000)  # its keyboard opens
    qtbot.mouseClick(entry.submit, LEFT)  # nothing typed: nothing to look up
    entry.number.setText("abcd-efgh-jklm-npqr")
    qtbot.mouseClick(entry.submit, LEFT)
    qtbot.keyClicks(entry.prompt, PAYLOAD)
    qtbot.keyClick(entry.prompt, Qt.Key.Key_Return)
    assert screen.got == ["abcd-efgh-jklm-npqr", PAYLOAD]


def test_the_scanner_listens_on_every_page_and_stops_when_the_screen_is_hidden(
    screen: TwoPages, qtbot: QtBot
) -> None:
    screen.pages.setCurrentWidget(screen.result)  # a card shown now starts over
    assert not screen.entry.isVisible() and screen.entry.scanner.active
    qtbot.keyClicks(screen.result, PAYLOAD)
    qtbot.keyClick(screen.result, Qt.Key.Key_Return)
    assert screen.got == [PAYLOAD]
    screen.hide()
    assert not screen.entry.scanner.active
    screen.show()
    assert screen.entry.scanner.active


def test_a_refusal_stays_under_the_field_in_the_new_language_until_reset(
    screen: TwoPages,
) -> None:
    entry = screen.entry
    entry.set_busy(True)
    assert not entry.submit.isEnabled() and entry.submit.text() == "Memeriksa kartu…"
    entry.set_busy(False)
    entry.number.setText("abcd")
    entry.set_error(msg("card.number_unknown"))
    assert "tidak dikenal" in entry.number_field.error.text()
    entry.retranslate("en")
    assert "not known" in entry.number_field.error.text()
    assert entry.submit.text() == "Check" and entry.back.text() == "‹ Back"
    entry.reset()
    assert entry.error is None and not entry.number_field.error.isVisible()
    assert entry.number.text() == "" and entry.submit.isEnabled()

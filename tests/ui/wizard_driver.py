"""Drives the registration wizard the way a person does: taps, keypad presses, typing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from kiosk.services.registration import ApplicantForm
from kiosk.ui.main_window import MainWindow
from kiosk.ui.touch import NumericKeypad, SearchList

LEFT = Qt.MouseButton.LeftButton


class WizardDriver:
    def __init__(self, window: MainWindow, qtbot: QtBot) -> None:
        self.window = window
        self.reg = window.registration
        self.qtbot = qtbot

    def tap(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget
        if isinstance(widget, QCheckBox):
            # A check box only reacts on its box and text, which start at the left edge.
            self.qtbot.mouseClick(widget, LEFT, pos=QPoint(14, widget.height() // 2))
        else:
            self.qtbot.mouseClick(widget, LEFT)

    def type(self, edit: QLineEdit, text: str) -> None:
        self.tap(edit)
        self.qtbot.keyClicks(edit, text)

    def keypad(self, edit: QLineEdit, digits: str, pad: NumericKeypad | None = None) -> None:
        pad = pad or self.reg.keypad
        self.tap(edit)  # the keypad types into the field that last had the focus
        assert pad.target is edit
        for ch in digits:
            self.tap(pad.buttons[ch])

    def pick(self, widget: SearchList | QListWidget, key: str) -> None:
        listing = widget.list if isinstance(widget, SearchList) else widget
        for row in range(listing.count()):
            item = listing.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                listing.scrollToItem(item)
                rect = listing.visualItemRect(item)
                self.qtbot.mouseClick(listing.viewport(), LEFT, pos=rect.center())
                return
        raise AssertionError(f"no item {key!r}")

    def next(self) -> None:
        self.tap(self.reg.next)

    def wait_for(self, page: QWidget) -> None:
        self.qtbot.waitUntil(lambda: self.reg.current() is page, timeout=5000)

    def start(self) -> None:
        self.tap(self.window.home.tiles["register"])
        assert self.window.stack.currentWidget() is self.reg
        self.tap(self.reg.consent.agree)
        self.next()
        self.wait_for(self.reg.identity)

    def identity(self, form: ApplicantForm) -> None:
        page = self.reg.identity
        self.keypad(page.nik, form.nik)
        self.type(page.name, form.full_name)
        self.type(page.birth_place, form.birth_place)
        self.keypad(page.birth_date, str(form.birth_date))
        self.tap(page.sex.buttons[form.sex])
        self.next()

    def address(self, form: ApplicantForm) -> None:
        page = self.reg.address
        self.type(page.address, form.address)
        self.type(page.province.search, "jawa barat")
        self.pick(page.province, form.province_code)
        self.pick(page.regency, form.regency_code)
        self.next()
        self.wait_for(self.reg.contact)

    def contact(self, form: ApplicantForm) -> None:
        self.keypad(self.reg.contact.phone, "".join(c for c in form.phone if c.isdigit()))
        self.next()
        self.wait_for(self.reg.status)

    def status(self, form: ApplicantForm, *, in_school: bool = False) -> None:
        page = self.reg.status
        self.tap(page.education.buttons[form.education_level])
        if in_school:
            self.tap(page.in_school)
        self.tap(page.employment.buttons[form.employment_status])
        self.pick(page.occupation, form.occupation)
        self.keypad(page.kk, form.kk_number, pad=page.keypad)
        self.next()
        self.wait_for(self.reg.verdict_page)

    def through_status(self, form: ApplicantForm, *, in_school: bool = False) -> None:
        self.start()
        self.identity(form)
        self.wait_for(self.reg.address)
        self.address(form)
        self.contact(form)
        self.status(form, in_school=in_school)

    def visible_texts(self) -> list[str]:
        """Every text a person could read anywhere in the window right now."""
        from PySide6.QtWidgets import QAbstractButton, QLabel

        texts: list[str] = []
        for widget in self.window.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
                texts.append(widget.text())
            elif isinstance(widget, QListWidget):
                texts += [widget.item(i).text() for i in range(widget.count())]
        return texts

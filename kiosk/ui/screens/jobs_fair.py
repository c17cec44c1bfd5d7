"""Job-fair mode screens: the booth (scan a card, tap the vacancy, take the receipt slip) and
the admin page that starts the mode for one employer. Leaving the booth needs a staff PIN."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from kiosk.i18n import Message, UserError
from kiosk.services.job_fair import BoothScan, Receipt
from kiosk.services.kiosk import KioskServices
from kiosk.ui import texts_jobs  # noqa: F401 - registers the texts of this screen
from kiosk.ui.ops import Operations, Topic
from kiosk.ui.scanner import ScannerInput
from kiosk.ui.screens.admin_common import AdminPage
from kiosk.ui.staff_pin import StaffPinPanel
from kiosk.ui.touch import Field, heading, line_edit
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, touch_list, wrapped

log = logging.getLogger(__name__)


def receipt_text(receipt: Receipt, lang: str) -> str:
    text = tr("jobfair.receipt", lang, employer=receipt.employer, title=receipt.title,
              name=receipt.first_name, number=receipt.number,
              when=receipt.applied_at.strftime("%d-%m-%Y %H:%M"))  # fmt: skip
    return text + ("\n" + tr("jobfair.receipt_again", lang) if receipt.already else "")


def print_receipt(printer_name: str, text: str) -> bool:
    """Print on the configured printer; False when there is none (the slip is shown only)."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    printers = {info.printerName(): info for info in QPrinterInfo.availablePrinters()}
    if not printer_name or printer_name not in printers:
        return False
    printer = QPrinter(printers[printer_name])
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(printer)
    return True


class JobFairScreen(QWidget):
    leave_requested = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JobFairScreen")
        self.ops = ops
        self.services: KioskServices | None = None
        self.lang = "id"
        self.employer = ""
        self.booth: BoothScan | None = None
        self.receipt: Receipt | None = None
        self.error: Message | None = None
        self._generation = 0
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.check)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 16, 40, 16)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.title = heading("ScreenTitle")
        self.leave = named_button("Secondary")
        self.leave.clicked.connect(self.leave_requested)
        top.addWidget(self.title, 1)
        top.addWidget(self.leave)
        outer.addLayout(top)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.entry = QWidget()
        column = QVBoxLayout(self.entry)
        column.setContentsMargins(0, 0, 0, 0)
        self.prompt = wrapped("Welcome")
        self.number = line_edit("FairCardNumber", max_length=24)
        self.number_field = Field("card_number", self.number)
        self.number.returnPressed.connect(lambda: self.check(self.number.text()))
        self.submit = named_button("Primary")
        self.submit.clicked.connect(lambda: self.check(self.number.text()))
        row = QHBoxLayout()
        row.addWidget(self.number_field, 1)
        row.addWidget(self.submit)
        column.addWidget(self.prompt)
        column.addLayout(row)
        column.addStretch(1)
        self.pages.addWidget(self.entry)
        self.choose = QWidget()
        column = QVBoxLayout(self.choose)
        column.setContentsMargins(0, 0, 0, 0)
        self.hello = wrapped("StepTitle")
        self.vacancies = touch_list()
        self.vacancies.itemClicked.connect(self._chosen)
        self.cancel = named_button("Secondary")
        self.cancel.clicked.connect(self.next_applicant)
        column.addWidget(self.hello)
        column.addWidget(self.vacancies, 1)
        column.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(self.choose)
        self.slip = QWidget()
        column = QVBoxLayout(self.slip)
        column.setContentsMargins(0, 0, 0, 0)
        self.receipt_label = wrapped("Receipt")
        self.printed = wrapped("StepNote")
        self.next = named_button("Primary")
        self.next.clicked.connect(self.next_applicant)
        # The slip as a slip: a paper-like card in the middle, not text lost in the page.
        column.addStretch(1)
        column.addWidget(self.receipt_label, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.printed, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        column.addWidget(self.next, 0, Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(self.slip)

    def attach(self, services: KioskServices) -> None:
        self.services = services

    def start(self, employer: str) -> None:
        self.employer = employer
        self.next_applicant()

    def _run(
        self, work: Callable[[], Any], done: Callable[[Any], None], changes: Topic = Topic.NONE
    ) -> None:
        """Off the GUI thread (a write when it ``changes`` something); a result that arrives
        after a reset is dropped."""
        generation = self._generation

        def succeeded(result: Any) -> None:
            if generation == self._generation:
                done(result)

        def failed(error: UserError) -> None:
            if generation == self._generation:
                self._failed(error)

        if changes == Topic.NONE:
            self.ops.read(work, succeeded, failure=failed)
        else:
            self.ops.write(work, changes, succeeded, failure=failed)

    def _failed(self, error: UserError) -> None:
        self.error = error.message
        self.submit.setEnabled(True)
        self.pages.setCurrentWidget(self.entry)
        self.number_field.set_error(tr_msg(self.error, self.lang))

    def check(self, text: str) -> None:
        services = self.services
        if services is None or not text.strip() or self.pages.currentWidget() is not self.entry:
            return
        self.submit.setEnabled(False)
        self.error = None
        self.number_field.set_error(None)
        self._run(lambda: services.job_fair.scan(text), self._scanned, Topic.PLACEMENT)

    def _scanned(self, booth: object) -> None:
        assert isinstance(booth, BoothScan)
        self.submit.setEnabled(True)
        self.number.clear()
        self.booth = booth
        self._fill()
        self.pages.setCurrentWidget(self.choose)

    def _chosen(self, item: QListWidgetItem) -> None:
        services, booth = self.services, self.booth
        if services is None or booth is None:
            return
        vacancy = booth.vacancies[self.vacancies.row(item)]
        self._run(
            lambda: services.job_fair.apply(booth.holder, vacancy.id),
            self._applied,
            Topic.PLACEMENT,
        )

    def _applied(self, receipt: object) -> None:
        assert isinstance(receipt, Receipt)
        self.receipt = receipt
        self._fill()
        self.pages.setCurrentWidget(self.slip)
        services = self.services
        if services is not None:
            from kiosk.services.settings import CARD_PRINTER

            printer = services.settings.get(CARD_PRINTER)
            printed = print_receipt(printer, receipt_text(receipt, self.lang))
            self.printed.setText(tr("jobfair.printed", self.lang) if printed else "")

    def next_applicant(self) -> None:
        self._generation += 1
        self.booth, self.receipt, self.error = None, None, None
        self.number.clear()
        self.number_field.set_error(None)
        self.submit.setEnabled(True)
        self.printed.clear()
        self.pages.setCurrentWidget(self.entry)
        self._fill()

    def _fill(self) -> None:
        lang = self.lang
        self.title.setText(tr("jobfair.title", lang, employer=self.employer))
        booth = self.booth
        self.vacancies.clear()
        if booth is not None:
            self.hello.setText(tr("jobfair.choose", lang, name=booth.holder.first_name))
            for vacancy in booth.vacancies:
                mark = " ✓" if vacancy.id in booth.applied else ""
                self.vacancies.addItem(f"{vacancy.title}{mark}")
        if self.receipt is not None:
            self.receipt_label.setText(receipt_text(self.receipt, lang))

    def showEvent(self, event: QShowEvent) -> None:
        self.scanner.start()
        super().showEvent(event)
        QTimer.singleShot(0, lambda: self.isVisible() and self.number.setFocus())

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.stop()
        super().hideEvent(event)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.prompt.setText(tr("jobfair.prompt", lang))
        self.number_field.retranslate(tr("mycard.number", lang))
        self.submit.setText(tr("mycard.check", lang))
        self.leave.setText(tr("jobfair.leave", lang))
        self.cancel.setText("‹ " + tr("common.back", lang))
        self.next.setText(tr("jobfair.next", lang))
        if self.error is not None:
            self.number_field.set_error(tr_msg(self.error, lang))
        self._fill()

    def reset(self) -> None:
        # The idle timeout forgets the applicant but never leaves the mode.
        self.next_applicant()


class LeavePinPanel(StaffPinPanel):
    """The staff PIN that ends the job fair, titled so: staff see what the PIN will do."""

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.title.setText(tr("jobfair.leave_title", lang))


class JobFairSetup(AdminPage):
    """Admin: choose the booth's employer and start the mode."""

    started = Signal(str)
    title_code = "admin.menu.job_fair"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.services: KioskServices | None = None
        self.employers: list[str] = []
        self.staff_id = ""  # the admin who signed in (set by the window)
        self.note = wrapped("StepNote")
        self.listing = touch_list()
        self.start = named_button("Primary")
        self.start.clicked.connect(self._start)
        self.body.addWidget(self.note)
        self.body.addWidget(self.listing, 1)
        self.body.addWidget(self.start, 0, Qt.AlignmentFlag.AlignRight)

    def attach(self, services: KioskServices) -> None:
        self.services = services

    def shown(self) -> None:
        services = self.services
        if services is not None:
            self.ops.read(services.job_applications.employers, self._listed)

    def _listed(self, employers: list[str]) -> None:
        self.employers = employers
        self.listing.clear()
        self.listing.addItems(employers)

    def _start(self) -> None:
        services, row = self.services, self.listing.currentRow()
        if services is None or row < 0:
            return
        employer, staff_id = self.employers[row], self.staff_id
        self.ops.write(
            lambda: services.job_fair.start(employer, staff_id=staff_id),
            Topic.SETTINGS | Topic.AUDIT,
            lambda _none: self.started.emit(employer),
        )

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.note.setText(tr("jobfair.setup", lang))
        self.start.setText(tr("jobfair.start", lang))

    def reset(self) -> None:
        super().reset()
        self.listing.clearSelection()

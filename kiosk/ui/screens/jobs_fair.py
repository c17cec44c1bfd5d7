"""Job-fair mode screens: the booth (scan a card, tap the vacancy, take the receipt slip) and
the admin page that starts the mode for one employer. Leaving the booth needs a staff PIN."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from kiosk.i18n import UserError
from kiosk.services.job_fair import BoothScan, Receipt
from kiosk.services.kiosk import KioskServices
from kiosk.ui import texts_jobs  # noqa: F401 - registers the texts of this screen
from kiosk.ui.card_entry import CardEntry
from kiosk.ui.ops import Generation, Operations, Topic
from kiosk.ui.screens.admin_common import AdminPage
from kiosk.ui.staff_pin import StaffPinPanel
from kiosk.ui.touch import heading
from kiosk.ui.translate import tr
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
        self.work = Generation(ops, self._failed)  # what arrives for the last applicant is dropped
        self.services: KioskServices | None = None
        self.lang = "id"
        self.employer = ""
        self.booth: BoothScan | None = None
        self.receipt: Receipt | None = None
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
        # No way back from the booth's card page: leaving the mode takes a staff PIN.
        self.entry = CardEntry(
            self, "FairCardNumber", "jobfair.prompt", prompt_look="Welcome", back=False
        )
        self.entry.submitted.connect(self.check)
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

    def _failed(self, error: UserError) -> None:
        self.entry.set_busy(False)
        self.pages.setCurrentWidget(self.entry)
        self.entry.set_error(error.message)

    def check(self, text: str) -> None:
        services = self.services
        if services is None or not text.strip() or self.pages.currentWidget() is not self.entry:
            return
        self.entry.set_error(None)
        self.entry.set_busy(True)
        self.work.write(lambda: services.job_fair.scan(text), Topic.PLACEMENT, self._scanned)

    def _scanned(self, booth: BoothScan) -> None:
        self.entry.reset()
        self.booth = booth
        self._fill()
        self.pages.setCurrentWidget(self.choose)

    def _chosen(self, item: QListWidgetItem) -> None:
        services, booth = self.services, self.booth
        if services is None or booth is None:
            return
        vacancy = booth.vacancies[self.vacancies.row(item)]
        self.work.write(
            lambda: services.job_fair.apply(booth.holder, vacancy.id),
            Topic.PLACEMENT,
            self._applied,
        )

    def _applied(self, receipt: Receipt) -> None:
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
        self.work.advance()
        self.booth, self.receipt = None, None
        self.entry.reset()
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

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.entry.retranslate(lang)
        self.leave.setText(tr("jobfair.leave", lang))
        self.cancel.setText("‹ " + tr("common.back", lang))
        self.next.setText(tr("jobfair.next", lang))
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

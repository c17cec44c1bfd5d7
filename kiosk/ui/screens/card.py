"""The issued card: a preview, print (printer chosen once and remembered), save as PDF."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.i18n import Message, msg
from kiosk.services.kiosk import KioskServices
from kiosk.services.people import PrintableCard
from kiosk.services.settings import CARD_PRINTER
from kiosk.ui.card_render import card_image, page_layout, paint_pages, write_pdf
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.touch import heading
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label

log = logging.getLogger(__name__)
PREVIEW_DPI = 200


class CardScreen(QWidget):
    home_requested = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CardScreen")
        self.tasks = tasks
        self.services: KioskServices | None = None
        self.card: PrintableCard | None = None
        self.notes: list[object] = []
        self._outcome: Message | None = None  # saved or printed: re-said on a language switch
        self.lang = "id"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        self.title = heading("ScreenTitle")
        self.notes_label = named_label("StepNote")
        self.notes_label.setWordWrap(True)
        self.preview = named_label("CardPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.outcome = named_label("StepNote")
        self.outcome.setWordWrap(True)
        row = QHBoxLayout()
        self.print_button = named_button("Primary")
        self.pdf_button = named_button("Secondary")
        self.done = named_button("Secondary")
        self.print_button.clicked.connect(self.print_card)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.done.clicked.connect(self.home_requested)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        row.addWidget(self.done)
        for widget in (self.title, self.notes_label):
            layout.addWidget(widget)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(row)

    def attach(self, services: KioskServices) -> None:
        self.services = services

    def show_card(self, applicant_id: str, notes: list[object]) -> None:
        services = self.services
        assert services is not None
        self.notes = notes
        self.tasks.run(
            lambda: services.people.printable_cards(applicant_id=applicant_id), self._loaded
        )

    def _loaded(self, cards: object) -> None:
        assert isinstance(cards, list)
        assert cards
        self.card = cards[0]
        self._say(None)
        self.retranslate(self.lang)

    def _say(self, outcome: Message | None) -> None:
        self._outcome = outcome
        self.outcome.setText("" if outcome is None else tr_msg(outcome, self.lang))

    def _pdf_path(self) -> Path:
        assert self.services is not None
        assert self.card is not None
        return self.services.store.paths.root / "cards" / f"{self.card.card_number}.pdf"

    def save_pdf(self, note: str = "card.saved") -> Path:
        assert self.card is not None
        path = self._pdf_path()
        write_pdf([self.card], path, self.lang)
        self._say(msg(note, path=str(path)))
        return path

    def print_card(self) -> None:
        services, card = self.services, self.card
        assert services is not None
        assert card is not None
        printers = {info.printerName(): info for info in QPrinterInfo.availablePrinters()}
        if not printers:
            self.save_pdf("card.no_printer")
            return
        name = services.settings.get(CARD_PRINTER)
        if name in printers:
            printer = QPrinter(printers[name], QPrinter.PrinterMode.HighResolution)
        else:
            # Staff choose the card printer once; it is remembered in the settings.
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
                return
            services.settings.set(CARD_PRINTER, printer.printerName())
        printer.setPageLayout(page_layout(sheet=False))
        paint_pages(printer, [card], self.lang, sheet=False)
        self._say(msg("card.printed", printer=printer.printerName()))

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.title.setText(tr("done.title", lang))
        self.notes_label.setText(
            "\n".join(tr_msg(n, lang) for n in self.notes if hasattr(n, "code"))  # type: ignore[arg-type]
        )
        self.print_button.setText(tr("card.print", lang))
        self.pdf_button.setText(tr("card.save_pdf", lang))
        self.done.setText(tr("card.done", lang))
        self._say(self._outcome)
        card = self.card
        if card is None:
            self.preview.clear()
            return
        image = card_image(card, lang, dpi=PREVIEW_DPI)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview.setAccessibleName(tr("card.preview", lang, number=card.card_number))

    def reset(self) -> None:
        self.card = None
        self.notes = []
        self._say(None)
        self.preview.clear()
        self.notes_label.clear()

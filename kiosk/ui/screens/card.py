"""The issued card: a preview that always fits the screen whole, and print (printer chosen once
and remembered). Without a printer the card waits as a PDF for staff, under the retention
rule of kiosk.services.card_files; the applicant never sees a file path."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.i18n import Message, msg
from kiosk.services.card_files import card_pdf_path
from kiosk.services.kiosk import KioskServices
from kiosk.services.people import PrintableCard
from kiosk.services.settings import CARD_PRINTER
from kiosk.ui.card_render import card_image, page_layout, paint_pages, write_pdf
from kiosk.ui.ops import Operations
from kiosk.ui.touch import heading
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label

log = logging.getLogger(__name__)
PREVIEW_DPI = 200


class CardPreview(QLabel):
    """The card image scaled to the room it has, whole and sharp, never cut off: the layout
    gives it what the title, notes and buttons leave, whatever the screen size."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("CardPreview")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Ignored: the full-size image must not make the window ask for more height.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(240, 150)
        self._source = QPixmap()

    def set_card(self, pixmap: QPixmap) -> None:
        self._source = pixmap
        self._fit()

    def clear(self) -> None:
        self._source = QPixmap()
        super().clear()

    def sizeHint(self) -> QSize:
        return QSize(640, 400)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._source.isNull():
            return
        room = self.contentsRect().size()
        scaled = self._source.scaled(
            room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.setPixmap(scaled)


class CardScreen(QWidget):
    home_requested = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CardScreen")
        self.ops = ops
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
        self.preview = CardPreview()
        self.outcome = named_label("StepNote")
        self.outcome.setWordWrap(True)
        row = QHBoxLayout()
        self.print_button = named_button("Primary")
        self.done = named_button("Secondary")
        self.print_button.clicked.connect(self.print_card)
        self.done.clicked.connect(self.home_requested)
        row.addWidget(self.print_button)
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
        self.ops.read(
            lambda: services.people.printable_cards(applicant_id=applicant_id), self._loaded
        )

    def _loaded(self, cards: list[PrintableCard]) -> None:
        assert cards
        self.card = cards[0]
        self._say(None)
        self.retranslate(self.lang)

    def _say(self, outcome: Message | None) -> None:
        self._outcome = outcome
        self.outcome.setText("" if outcome is None else tr_msg(outcome, self.lang))

    def save_pdf(self) -> Path:
        """No printer here: the card waits as a PDF for staff to print (and is deleted after
        the retention time); the applicant is told their card number, not a file path."""
        assert self.services is not None
        assert self.card is not None
        path = card_pdf_path(self.services.store.paths, self.card.card_number)
        write_pdf([self.card], path, self.lang)
        self._say(msg("card.no_printer", number=self.card.card_number))
        return path

    def print_card(self) -> None:
        services, card = self.services, self.card
        assert services is not None
        assert card is not None
        printers = {info.printerName(): info for info in QPrinterInfo.availablePrinters()}
        if not printers:
            self.save_pdf()
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
        self.done.setText(tr("card.done", lang))
        self._say(self._outcome)
        card = self.card
        if card is None:
            self.preview.clear()
            return
        image = card_image(card, lang, dpi=PREVIEW_DPI)
        self.preview.set_card(QPixmap.fromImage(image))
        self.preview.setAccessibleName(tr("card.preview", lang, number=card.card_number))

    def reset(self) -> None:
        self.card = None
        self.notes = []
        self._say(None)
        self.preview.clear()
        self.notes_label.clear()

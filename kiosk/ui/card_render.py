"""Drawing the ID-1 trainee card with Qt: to an image, to PDF (single cards or A4 sheets of
ten with cut marks) and to a printer. Geometry comes from :mod:`kiosk.domain.card_layout`."""

from __future__ import annotations

import gc
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from kiosk.domain import card_layout as layout
from kiosk.domain.card_layout import Box
from kiosk.services.people import PrintableCard
from kiosk.ui.theme import PRINT
from kiosk.ui.translate import tr

PDF_DPI = 300
MM_PER_INCH = 25.4


def _date(day: object) -> str:
    return day.strftime("%d-%m-%Y") if hasattr(day, "strftime") else str(day)


class _CardPainter:
    """Paints one card whose top-left corner is at ``origin`` (mm) on a device with ``k``
    device pixels per millimetre."""

    def __init__(self, painter: QPainter, k: float, origin: tuple[float, float]) -> None:
        self.p = painter
        self.k = k
        self.ox, self.oy = origin

    def rect(self, box: Box) -> QRectF:
        k = self.k
        return QRectF((self.ox + box.x) * k, (self.oy + box.y) * k, box.width * k, box.height * k)

    def font(self, height_mm: float, *, bold: bool = False, mono: bool = False) -> QFont:
        font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
        if mono:
            font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPixelSize(max(1, round(height_mm * self.k)))
        font.setBold(bold)
        return font

    def text(
        self,
        box: Box,
        text: str,
        *,
        size_mm: float,
        bold: bool = False,
        mono: bool = False,
        color: str = PRINT.ink,
        wrap: bool = False,
    ) -> None:
        """Draw text in its box, shrinking it (to half size at most) rather than clipping."""
        rect = self.rect(box)
        size = size_mm
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if wrap:
            flags |= Qt.TextFlag.TextWordWrap
        while True:
            font = self.font(size, bold=bold, mono=mono)
            needed = QFontMetricsF(font).boundingRect(rect, int(flags), text)
            if (
                needed.width() <= rect.width() + 0.5 and needed.height() <= rect.height() + 0.5
            ) or (size <= size_mm / 2):
                break
            size *= 0.92
        self.p.setFont(font)
        self.p.setPen(QColor(color))
        self.p.drawText(rect, int(flags), text)

    def qr(self, box: Box, payload: str) -> None:
        matrix = layout.qr_matrix(payload)
        n = len(matrix)
        outer = self.rect(box)
        # Whole device pixels per module keep every module the same size when rasterised.
        module = outer.width() / (n + 2 * layout.QR_QUIET_MODULES)
        if module >= 2:
            module = math.floor(module)
        symbol = module * n
        x0 = outer.x() + (outer.width() - symbol) / 2
        y0 = outer.y() + (outer.height() - symbol) / 2
        self.p.fillRect(outer, QColor(PRINT.paper))
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QColor(PRINT.black))
        for row, cells in enumerate(matrix):
            for col, dark in enumerate(cells):
                if dark:
                    self.p.drawRect(QRectF(x0 + col * module, y0 + row * module, module, module))

    def card(self, card: PrintableCard, lang: str) -> None:
        p, c = self.p, layout.CARD
        outline = QPainterPath()
        whole = self.rect(Box(0, 0, layout.CARD_WIDTH_MM, layout.CARD_HEIGHT_MM))
        radius = layout.CORNER_RADIUS_MM * self.k
        outline.addRoundedRect(whole, radius, radius)
        p.fillPath(outline, QColor(PRINT.paper))
        band = QPainterPath()
        band.addRect(self.rect(c.band))
        p.fillPath(outline.intersected(band), QColor(PRINT.brand))
        self.text(c.brand, tr("app.title", lang), size_mm=4.4, bold=True, color=PRINT.on_brand)
        self.text(
            c.subtitle, tr("cardprint.subtitle", lang), size_mm=2.6, color=PRINT.on_brand_soft
        )
        self.text(c.name_label, tr("cardprint.name", lang), size_mm=2.1, color=PRINT.muted)
        self.text(c.name, card.holder_name, size_mm=4.0, bold=True, wrap=True)
        self.text(c.number_label, tr("cardprint.number", lang), size_mm=2.1, color=PRINT.muted)
        self.text(c.number, card.card_number, size_mm=3.4, bold=True, mono=True)
        dates = (
            tr("cardprint.issued", lang, date=_date(card.issued))
            + "\n"
            + tr("cardprint.valid", lang, date=_date(card.valid_until))
        )
        self.text(c.dates, dates, size_mm=2.4, color=PRINT.ink)
        self.qr(c.qr, card.payload)
        self.text(c.footer, tr("cardprint.footer", lang), size_mm=2.0, color=PRINT.muted)
        p.setPen(QPen(QColor(PRINT.edge), max(1.0, 0.15 * self.k)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(outline)


def card_image(card: PrintableCard, lang: str, dpi: int = PDF_DPI) -> QImage:
    """The card as an image at ``dpi`` (for the screen preview and for tests)."""
    k = dpi / MM_PER_INCH
    image = QImage(
        round(layout.CARD_WIDTH_MM * k),
        round(layout.CARD_HEIGHT_MM * k),
        QImage.Format.Format_RGB32,
    )
    image.setDotsPerMeterX(round(k * 1000))
    image.setDotsPerMeterY(round(k * 1000))
    image.fill(QColor(PRINT.paper))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _CardPainter(painter, k, (0.0, 0.0)).card(card, lang)
    painter.end()
    return image


def _cut_marks(painter: QPainter, k: float) -> None:
    painter.setPen(QPen(QColor(PRINT.black), max(1.0, 0.2 * k)))
    for x1, y1, x2, y2 in layout.cut_marks():
        painter.drawLine(QPointF(x1 * k, y1 * k), QPointF(x2 * k, y2 * k))


def paint_pages(
    device: QPagedPaintDevice, cards: Sequence[PrintableCard], lang: str, *, sheet: bool
) -> int:
    """Paint one card per page, or A4 sheets of ten; returns the number of pages."""
    k = device.logicalDpiX() / MM_PER_INCH
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    pages = 0
    groups = layout.sheets(len(cards)) if sheet else [range(i, i + 1) for i in range(len(cards))]
    slots = layout.sheet_slots()
    for group in groups:
        if pages:
            device.newPage()
        pages += 1
        for slot_index, card_index in enumerate(group):
            origin = (slots[slot_index].x, slots[slot_index].y) if sheet else (0.0, 0.0)
            _CardPainter(painter, k, origin).card(cards[card_index], lang)
        if sheet:
            _cut_marks(painter, k)
    painter.end()
    return pages


def page_layout(*, sheet: bool) -> QPageLayout:
    size = (
        QPageSize(QPageSize.PageSizeId.A4)
        if sheet
        else QPageSize(
            QSizeF(layout.CARD_WIDTH_MM, layout.CARD_HEIGHT_MM),
            QPageSize.Unit.Millimeter,
            "ID-1",
        )
    )
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )


def write_pdf(cards: Sequence[PrintableCard], path: Path, lang: str, *, sheet: bool = False) -> int:
    """Write the cards to a PDF file; returns the number of pages."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(sheet=sheet))
    writer.setCreator("Kios3in1")
    writer.setTitle(tr("cardprint.subtitle", lang))
    return paint_pages(writer, cards, lang, sheet=sheet)


def write_pdf_standalone(
    cards: Sequence[PrintableCard], path: Path, lang: str, *, sheet: bool = False
) -> int:
    """:func:`write_pdf` for the command line: makes an offscreen Qt application when none
    exists, so `kiosk print-cards` works on a server without a display."""
    if QGuiApplication.instance() is not None:
        return write_pdf(cards, path, lang, sheet=sheet)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    try:
        return write_pdf(cards, path, lang, sheet=sheet)
    finally:
        # Collect the painting's cyclic garbage while Qt is still alive: left to interpreter
        # finalisation, PySide6 crashes freeing it (none_dealloc).
        gc.collect()
        del app

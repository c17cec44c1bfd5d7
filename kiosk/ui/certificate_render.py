"""Drawing certificates on A4 with Qt: to an image (preview, tests at 300 dpi) and to PDF (one
page each; one file per certificate and one batch file). Competency pages: competency_render."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from kiosk.domain import card_layout
from kiosk.i18n import define
from kiosk.services.assessment_review import PrintableCompetency
from kiosk.services.certificates import PrintableCertificate
from kiosk.ui import texts  # noqa: F401  (defines app.title)
from kiosk.ui.theme import PRINT
from kiosk.ui.translate import tr

PDF_DPI = 300
MM_PER_INCH = 25.4
A4_MM = (210.0, 297.0)
QR_MM = 62.0  # about 1.2 mm per module for a version-12 symbol: any phone reads it

define("certprint.title", id="SERTIFIKAT PELATIHAN", en="TRAINING CERTIFICATE")
define("certprint.awarded", id="Diberikan kepada", en="Awarded to")
define(
    "certprint.completed",
    id="yang telah menyelesaikan pelatihan",
    en="who has completed the training",
)
define(
    "certprint.details",
    id="di {provider}, {start} s.d. {end}, {hours} jam pelajaran; kehadiran {attendance_pct}%.",
    en="at {provider}, {start} to {end}, {hours:# hour|# hours}; attendance {attendance_pct}%.",
)
define("certprint.number", id="Nomor sertifikat", en="Certificate number")
define("certprint.issued", id="Diterbitkan {date} oleh {site}", en="Issued {date} by {site}")
define(
    "certprint.check",
    id="Periksa keaslian: pindai kode QR dengan kios Kios3in1 mana pun, atau buka {url}"
    " dan ketik kode",
    en="Check it is genuine: scan the QR code at any Kios3in1 kiosk, or open {url}"
    " and type the code",
)
define(
    "certprint.check_offline",
    id="Periksa keaslian: pindai kode QR dengan kios Kios3in1 mana pun, atau ketik kode",
    en="Check it is genuine: scan the QR code at any Kios3in1 kiosk, or type the code",
)


Printable = PrintableCertificate | PrintableCompetency


def _date(iso: str) -> str:
    return f"{iso[8:10]}-{iso[5:7]}-{iso[:4]}" if len(iso) == 10 else iso


class _PagePainter:
    def __init__(self, painter: QPainter, k: float) -> None:
        self.p, self.k = painter, k

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.k, y * self.k, w * self.k, h * self.k)

    def text(
        self,
        box: tuple[float, float, float, float],
        text: str,
        size_mm: float,
        *,
        bold: bool = False,
        color: str = PRINT.ink,
        center: bool = True,
        mono: bool = False,
    ) -> None:
        """Wrapped text in its box, shrunk (to half size at most) rather than clipped."""
        rect = self.rect(*box)
        flags = Qt.TextFlag.TextWordWrap | (
            Qt.AlignmentFlag.AlignHCenter if center else Qt.AlignmentFlag.AlignLeft
        )
        size = size_mm
        while True:
            font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
            font.setPixelSize(max(1, round(size * self.k)))
            font.setBold(bold)
            needed = QFontMetricsF(font).boundingRect(rect, int(flags), text)
            if needed.height() <= rect.height() + 0.5 or size <= size_mm / 2:
                break
            size *= 0.92
        self.p.setFont(font)
        self.p.setPen(QColor(color))
        self.p.drawText(rect, int(flags), text)

    def qr(self, x: float, y: float, size: float, payload: str) -> None:
        matrix = card_layout.qr_matrix(payload)
        n = len(matrix)
        outer = self.rect(x, y, size, size)
        # Whole device pixels per module: every module the same size once rasterised.
        module = math.floor(outer.width() / (n + 2 * card_layout.QR_QUIET_MODULES)) or 1
        x0 = outer.x() + (outer.width() - module * n) / 2
        y0 = outer.y() + (outer.height() - module * n) / 2
        self.p.fillRect(outer, QColor(PRINT.paper))
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QColor(PRINT.black))
        for row, cells in enumerate(matrix):
            for col, dark in enumerate(cells):
                if dark:
                    self.p.drawRect(QRectF(x0 + col * module, y0 + row * module, module, module))

    def page(self, cert: Printable, lang: str) -> None:
        if isinstance(cert, PrintableCompetency):
            from kiosk.ui.competency_render import competency_page

            competency_page(self, cert, lang)
            return
        width, _height = A4_MM
        p = self.p
        p.fillRect(self.rect(0, 0, width, 34), QColor(PRINT.brand))
        self.text(
            (15, 9, width - 30, 12), tr("app.title", lang), 8, bold=True, color=PRINT.on_brand
        )
        self.text((15, 21, width - 30, 9), cert.provider, 4.5, color=PRINT.on_brand_soft)
        p.setPen(QPen(QColor(PRINT.brand), 0.8 * self.k))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(self.rect(8, 42, width - 16, 247))
        self.text(
            (20, 56, width - 40, 14), tr("certprint.title", lang), 9, bold=True, color=PRINT.brand
        )
        self.text((20, 80, width - 40, 8), tr("certprint.awarded", lang), 4.5, color=PRINT.muted)
        self.text((20, 90, width - 40, 24), cert.holder_name, 10, bold=True)
        self.text((20, 118, width - 40, 8), tr("certprint.completed", lang), 4.5, color=PRINT.muted)
        self.text((20, 128, width - 40, 20), cert.title, 8, bold=True)
        details = tr(
            "certprint.details",
            lang,
            provider=cert.provider,
            start=_date(cert.start),
            end=_date(cert.end),
            hours=cert.hours,
            attendance_pct=cert.attendance_pct,
        )
        self.text((25, 152, width - 50, 20), details, 4.6)
        issued = tr("certprint.issued", lang, date=_date(cert.issued), site=cert.site)
        self.text((25, 175, width - 50, 8), issued, 4, color=PRINT.muted)
        # The QR code and what a person types instead, bottom right; the check hint left.
        qr_x, qr_y = width - 20 - QR_MM, 205
        self.qr(qr_x, qr_y, QR_MM, cert.credential)
        self.text((qr_x - 4, qr_y + QR_MM + 1, QR_MM + 8, 7), cert.code, 4.2, bold=True, mono=True)
        self.text(
            (20, 212, qr_x - 30, 8),
            tr("certprint.number", lang),
            3.8,
            color=PRINT.muted,
            center=False,
        )
        self.text((20, 220, qr_x - 30, 10), cert.code, 5.2, bold=True, mono=True, center=False)
        hint = (
            tr("certprint.check", lang, url=cert.verify_url)
            if cert.verify_url
            else tr("certprint.check_offline", lang)
        )
        self.text((20, 236, qr_x - 30, 36), hint, 3.6, color=PRINT.muted, center=False)


def certificate_image(cert: Printable, lang: str, dpi: int = PDF_DPI) -> QImage:
    """One certificate page as an image at ``dpi`` (preview, and the tests' 300 dpi check)."""
    k = dpi / MM_PER_INCH
    image = QImage(round(A4_MM[0] * k), round(A4_MM[1] * k), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(k * 1000))
    image.setDotsPerMeterY(round(k * 1000))
    image.fill(QColor(PRINT.paper))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _PagePainter(painter, k).page(cert, lang)
    painter.end()
    return image


def paint_pages(device: QPagedPaintDevice, certs: Sequence[Printable], lang: str) -> int:
    k = device.logicalDpiX() / MM_PER_INCH
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for index, cert in enumerate(certs):
        if index:
            device.newPage()
        _PagePainter(painter, k).page(cert, lang)
    painter.end()
    return len(certs)


def write_pdf(certs: Sequence[Printable], path: Path, lang: str) -> int:
    """All the certificates in one PDF, one A4 page each; returns the number of pages."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setCreator("Kios3in1")
    writer.setTitle(tr("certprint.title", lang))
    return paint_pages(writer, certs, lang)


def write_batch(certs: Sequence[Printable], folder: Path, lang: str) -> list[Path]:
    """One PDF per certificate (named by its number) and ``certificates.pdf`` with them all."""
    written = []
    for cert in certs:
        path = folder / f"sertifikat-{cert.number}.pdf"
        write_pdf([cert], path, lang)
        written.append(path)
    batch = folder / "certificates.pdf"
    write_pdf(certs, batch, lang)
    return [*written, batch]

"""A competency certificate's A4 page: the holder, the scheme and every unit with its mark,
LSP, TUK, assessor and validity, the QR code and the short code (drawn by certificate_render's
page painter, so one PDF writer serves both kinds)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPen

from kiosk.i18n import define
from kiosk.services.assessment_review import PrintableCompetency
from kiosk.ui.theme import PRINT
from kiosk.ui.translate import tr

if TYPE_CHECKING:
    from kiosk.ui.certificate_render import _PagePainter

define("compprint.title", id="SERTIFIKAT KOMPETENSI", en="CERTIFICATE OF COMPETENCE")
define("compprint.awarded", id="Diberikan kepada", en="Awarded to")
define(
    "compprint.competent",
    id="yang dinyatakan KOMPETEN pada skema sertifikasi",
    en="who has been assessed COMPETENT in the certification scheme",
)
define(
    "compprint.details",
    id="Diases pada {assessed} di {tuk} oleh asesor {assessor}; {lsp}.",
    en="Assessed on {assessed} at {tuk} by assessor {assessor}; {lsp}.",
)
define(
    "compprint.validity",
    id="Diterbitkan {issued} oleh {site} · berlaku sampai {valid_until}",
    en="Issued {issued} by {site} · valid until {valid_until}",
)

QR_MM = 62.0
UNITS_TOP, UNITS_HEIGHT = 128.0, 60.0


def _date(iso: str) -> str:
    return f"{iso[8:10]}-{iso[5:7]}-{iso[:4]}" if len(iso) == 10 else iso


def competency_page(pp: _PagePainter, cert: PrintableCompetency, lang: str) -> None:
    from kiosk.ui.certificate_render import A4_MM

    width = A4_MM[0]
    p = pp.p
    p.fillRect(pp.rect(0, 0, width, 34), QColor(PRINT.brand))
    pp.text((15, 9, width - 30, 12), tr("app.title", lang), 8, bold=True, color=PRINT.on_brand)
    pp.text((15, 21, width - 30, 9), cert.lsp, 4.5, color=PRINT.on_brand_soft)
    p.setPen(QPen(QColor(PRINT.brand), 0.8 * pp.k))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(pp.rect(8, 42, width - 16, 247))
    pp.text(
        (20, 50, width - 40, 12), tr("compprint.title", lang), 8.5, bold=True, color=PRINT.brand
    )
    pp.text((20, 66, width - 40, 7), tr("compprint.awarded", lang), 4.2, color=PRINT.muted)
    pp.text((20, 74, width - 40, 18), cert.holder_name, 9, bold=True)
    pp.text((20, 94, width - 40, 7), tr("compprint.competent", lang), 4.2, color=PRINT.muted)
    pp.text((20, 102, width - 40, 14), cert.scheme_title, 7, bold=True)
    pp.text((20, 117, width - 40, 7), cert.scheme, 4.2, mono=True)
    # The units judged, one line each: code, title, mark (all K on a certificate).
    count = max(1, len(cert.units))
    line = min(6.0, UNITS_HEIGHT / count)
    for index, (code, title, mark) in enumerate(cert.units):
        y = UNITS_TOP + index * line
        pp.text((22, y, 44, line), code, line * 0.55, mono=True, center=False)
        pp.text((68, y, width - 68 - 36, line), title, line * 0.55, center=False)
        pp.text((width - 34, y, 12, line), mark, line * 0.6, bold=True)
        p.setPen(QPen(QColor(PRINT.edge), 0.2 * pp.k))
        rule = (y + line) * pp.k
        p.drawLine(QPointF(22 * pp.k, rule), QPointF((width - 22) * pp.k, rule))
    details = tr(
        "compprint.details",
        lang,
        assessed=_date(cert.assessed),
        tuk=cert.tuk,
        assessor=cert.assessor,
        lsp=cert.lsp,
    )
    pp.text((22, 190, width - 44, 10), details, 3.8)
    validity = tr(
        "compprint.validity",
        lang,
        issued=_date(cert.issued),
        site=cert.site,
        valid_until=_date(cert.valid_until),
    )
    pp.text((22, 201, width - 44, 8), validity, 3.8, bold=True, color=PRINT.muted)
    qr_x, qr_y = width - 20 - QR_MM, 212
    pp.qr(qr_x, qr_y, QR_MM, cert.credential)
    pp.text((qr_x - 4, qr_y + QR_MM + 1, QR_MM + 8, 7), cert.code, 4.2, bold=True, mono=True)
    pp.text(
        (20, 218, qr_x - 30, 8), tr("certprint.number", lang), 3.8, color=PRINT.muted, center=False
    )
    pp.text((20, 226, qr_x - 30, 10), cert.code, 5.2, bold=True, mono=True, center=False)
    hint = (
        tr("certprint.check", lang, url=cert.verify_url)
        if cert.verify_url
        else tr("certprint.check_offline", lang)
    )
    pp.text((20, 242, qr_x - 30, 34), hint, 3.6, color=PRINT.muted, center=False)

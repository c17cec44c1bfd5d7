"""Geometry of the printed card (ID-1, 85.6 × 54 mm) and of A4 sheets of ten, without Qt.

Everything is in millimetres so the same numbers drive the PDF, the printer and the
on-screen preview; the QR matrix is built here so the painter only draws squares.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import qrcode
from qrcode.constants import ERROR_CORRECT_M

CARD_WIDTH_MM: Final = 85.6
CARD_HEIGHT_MM: Final = 54.0
CORNER_RADIUS_MM: Final = 3.18  # ISO/IEC 7810 ID-1 corner radius
A4_WIDTH_MM: Final = 210.0
A4_HEIGHT_MM: Final = 297.0
SHEET_COLUMNS: Final = 2
SHEET_ROWS: Final = 5
CARDS_PER_SHEET: Final = SHEET_COLUMNS * SHEET_ROWS
CUT_MARK_MM: Final = 5.0
CUT_MARK_GAP_MM: Final = 1.5
QR_QUIET_MODULES: Final = 4  # the quiet zone the QR standard asks for around the symbol


@dataclass(frozen=True)
class Box:
    """A rectangle in millimetres from the card's (or page's) top-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class CardLayout:
    band: Box  # coloured programme band with the branding
    brand: Box
    subtitle: Box
    name_label: Box
    name: Box
    number_label: Box
    number: Box
    dates: Box
    qr: Box  # includes the quiet zone
    footer: Box


CARD = CardLayout(
    band=Box(0, 0, CARD_WIDTH_MM, 11.5),
    brand=Box(4, 1.6, 50, 5.4),
    subtitle=Box(4, 6.9, 78, 3.6),
    name_label=Box(4, 14.0, 46, 3.0),
    name=Box(4, 17.2, 46, 10.0),
    number_label=Box(4, 29.0, 46, 3.0),
    number=Box(4, 32.2, 46, 4.6),
    dates=Box(4, 38.5, 46, 7.0),
    qr=Box(51.6, 14.0, 32.0, 32.0),
    footer=Box(4, 48.6, 78, 3.6),
)


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of the QR symbol for ``text``, without quiet zone.

    Error correction M survives the scuffs a card gets in a wallet while keeping the
    modules large enough for cheap webcams at a 30 mm symbol size.
    """
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def qr_module_size(modules: int, box: Box = CARD.qr) -> float:
    """Millimetres per module when a symbol of ``modules`` plus its quiet zone fills ``box``."""
    return min(box.width, box.height) / (modules + 2 * QR_QUIET_MODULES)


def sheet_slots() -> tuple[Box, ...]:
    """Where the ten cards of an A4 sheet go: two columns, five rows, centred, edge to edge
    so that one straight cut separates two neighbours."""
    left = (A4_WIDTH_MM - SHEET_COLUMNS * CARD_WIDTH_MM) / 2
    top = (A4_HEIGHT_MM - SHEET_ROWS * CARD_HEIGHT_MM) / 2
    return tuple(
        Box(left + col * CARD_WIDTH_MM, top + row * CARD_HEIGHT_MM, CARD_WIDTH_MM, CARD_HEIGHT_MM)
        for row in range(SHEET_ROWS)
        for col in range(SHEET_COLUMNS)
    )


def cut_marks() -> tuple[tuple[float, float, float, float], ...]:
    """Short lines (x1, y1, x2, y2) in the page margins, in line with every cut, so the
    marks stay visible after the first cut and never print on a card."""
    slots = sheet_slots()
    left, top = slots[0].x, slots[0].y
    right = left + SHEET_COLUMNS * CARD_WIDTH_MM
    bottom = top + SHEET_ROWS * CARD_HEIGHT_MM
    xs = [left + col * CARD_WIDTH_MM for col in range(SHEET_COLUMNS + 1)]
    ys = [top + row * CARD_HEIGHT_MM for row in range(SHEET_ROWS + 1)]
    gap, length = CUT_MARK_GAP_MM, CUT_MARK_MM
    marks: list[tuple[float, float, float, float]] = []
    for x in xs:
        marks.append((x, top - gap - length, x, top - gap))
        marks.append((x, bottom + gap, x, bottom + gap + length))
    for y in ys:
        marks.append((left - gap - length, y, left - gap, y))
        marks.append((right + gap, y, right + gap + length, y))
    return tuple(marks)


def sheets(count: int) -> list[range]:
    """Card indexes per A4 sheet for ``count`` cards."""
    return [range(i, min(i + CARDS_PER_SHEET, count)) for i in range(0, count, CARDS_PER_SHEET)]

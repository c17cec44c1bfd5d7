"""The camera's QR decoder on generated frames: a real card rendered by card_render, then
placed, rotated, blurred, faded, shrunk and dusted with noise as a cheap webcam would see it.

Each readable frame must give exactly the payload the card service accepts; junk gives None.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from pytestqt.qtbot import QtBot

from kiosk.domain import card_layout as layout
from kiosk.services.kiosk import KioskServices
from kiosk.services.qr_decode import decode_qr
from kiosk.ui.camera import gray_pixels
from kiosk.ui.card_render import MM_PER_INCH, card_image
from tests.factories import applicant_form

FRAME = (640, 480)


DPI = 200


@pytest.fixture
def card(kiosk: KioskServices, qtbot: QtBot) -> tuple[QImage, str, float]:
    """A card rendered at 200 dpi, its payload and the width of its QR symbol in pixels."""
    result = kiosk.registration.register(applicant_form(full_name="Dewi Lestari"))
    assert result.card_payload
    [printable] = kiosk.people.printable_cards(applicant_id=result.applicant_id)
    image = card_image(printable, "id", dpi=DPI)
    # As card_render draws it: whole pixels per module, quiet zone included in the box.
    modules = len(layout.qr_matrix(result.card_payload))
    box = layout.CARD.qr.width * DPI / MM_PER_INCH
    symbol = (box // (modules + 2 * layout.QR_QUIET_MODULES)) * modules
    return image, result.card_payload, symbol


def frame_of(card: QImage, symbol_in_card: float, symbol_px: float, angle: float = 0.0) -> QImage:
    """A 640×480 camera frame showing ``card`` so that its QR symbol is ``symbol_px`` wide,
    turned by ``angle`` degrees, on a grey desk."""
    frame = QImage(*FRAME, QImage.Format.Format_RGB32)
    frame.fill(QColor("#8a8f96"))
    scale = symbol_px / symbol_in_card
    painter = QPainter(frame)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    transform = QTransform()
    # The QR, not the card, is centred: turned 90° the card is taller than the frame.
    transform.translate(FRAME[0] / 2, FRAME[1] / 2)
    transform.rotate(angle)
    transform.scale(scale, scale)
    painter.setTransform(transform)
    k = DPI / MM_PER_INCH
    centre = QPointF(
        (layout.CARD.qr.x + layout.CARD.qr.width / 2) * k,
        (layout.CARD.qr.y + layout.CARD.qr.height / 2) * k,
    )
    painter.drawImage(-centre, card)
    painter.end()
    return frame


def blurred(image: QImage, factor: int) -> QImage:
    """Out of focus: down to 1/factor and back up with smooth (bilinear) scaling."""
    small = image.scaled(
        image.width() // factor,
        image.height() // factor,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return small.scaled(
        image.width(),
        image.height(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def gray(image: QImage) -> tuple[bytes, int, int, int]:
    pixels = gray_pixels(image)
    assert pixels is not None
    return pixels


def low_contrast(image: QImage, low: int, high: int) -> tuple[bytes, int, int, int]:
    """A dim room: every gray level mapped into [low, high]."""
    data, width, height, stride = gray(image)
    table = bytes(low + (value * (high - low)) // 255 for value in range(256))
    return data.translate(table), width, height, stride


def noisy(pixels: tuple[bytes, int, int, int], amount: int) -> tuple[bytes, int, int, int]:
    """Sensor noise: each pixel moved by up to ±amount, from a fixed seed."""
    data, width, height, stride = pixels
    rng = random.Random(7)
    out = bytes(max(0, min(255, v + rng.randint(-amount, amount))) for v in data)
    return out, width, height, stride


Case = Callable[[QImage, float], tuple[bytes, int, int, int]]

CASES: dict[str, Case] = {
    "straight": lambda c, s: gray(frame_of(c, s, 200)),
    "tilted 7°": lambda c, s: gray(frame_of(c, s, 180, angle=7)),
    "turned 90°": lambda c, s: gray(frame_of(c, s, 180, angle=90)),
    "upside down, tilted": lambda c, s: gray(frame_of(c, s, 160, angle=187)),
    "blurred": lambda c, s: gray(blurred(frame_of(c, s, 220), 3)),
    "low contrast": lambda c, s: low_contrast(frame_of(c, s, 200), 90, 150),
    "small: 60 px QR in 640×480": lambda c, s: gray(frame_of(c, s, 60)),
    "small and tilted 7°": lambda c, s: gray(frame_of(c, s, 60, angle=7)),
    "small and noisy": lambda c, s: noisy(gray(frame_of(c, s, 70)), 20),
    "noisy": lambda c, s: noisy(gray(frame_of(c, s, 200, angle=4)), 40),
    "faded, noisy and tilted": lambda c, s: noisy(
        low_contrast(blurred(frame_of(c, s, 200, angle=-7), 2), 70, 170), 12
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_camera_frames_decode_to_a_payload_the_card_service_accepts(
    name: str, card: tuple[QImage, str, float], kiosk: KioskServices
) -> None:
    image, payload, qr_side = card
    text = decode_qr(*CASES[name](image, qr_side))
    assert text == payload
    assert kiosk.cards.verify(text).valid


def test_the_card_rendered_at_other_sizes_decodes_too(kiosk: KioskServices, qtbot: QtBot) -> None:
    result = kiosk.registration.register(applicant_form(full_name="Agus Salim"))
    [printable] = kiosk.people.printable_cards(applicant_id=result.applicant_id)
    for dpi in (100, 150, 300):
        # A phone photo of the card, straight on, at the size the renderer made it.
        assert decode_qr(*gray(card_image(printable, "en", dpi=dpi))) == result.card_payload


def test_padded_rows_are_read_with_their_stride(card: tuple[QImage, str, float]) -> None:
    image, payload, qr_side = card
    data, width, height, _ = gray(frame_of(image, qr_side, 200))
    stride = width + 13  # some cameras pad every row
    padded = b"".join(data[r * width : (r + 1) * width] + b"\x55" * 13 for r in range(height))
    assert decode_qr(padded, width, height, stride) == payload


def test_junk_frames_give_none_and_never_raise() -> None:
    width, height = FRAME
    rng = random.Random(3)
    assert decode_qr(bytes(width * height), width, height, width) is None  # black
    assert decode_qr(b"\xff" * (width * height), width, height, width) is None  # white
    assert decode_qr(rng.randbytes(width * height), width, height, width) is None  # static
    assert decode_qr(b"", 0, 0, 0) is None
    assert decode_qr(b"\x00" * 10, width, height, width) is None  # short buffer
    assert decode_qr(bytes(100), 10, 10, 5) is None  # stride below width
    assert decode_qr(bytes(100), -10, 10, 10) is None
    assert decode_qr(bytes(100), 10**6, 10**6, 10**6) is None  # absurd size
    assert decode_qr("not bytes", 3, 3, 3) is None  # type: ignore[arg-type]
    assert decode_qr(bytes(9), "3", None, 3) is None  # type: ignore[arg-type]


def test_gray_pixels_ignores_what_is_not_a_frame(qtbot: QtBot) -> None:
    assert gray_pixels(QImage()) is None
    assert gray_pixels("frame") is None
    image = QImage(7, 3, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    data, width, height, stride = gray(image)
    assert (width, height) == (7, 3) and stride >= 7 and len(data) >= stride * 3
    assert data[0] == 255

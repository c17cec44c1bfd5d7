"""Read a certificate's QR code from an uploaded photo (PNG or JPEG), within strict limits.

The /verify page and API accept a photo of the printed QR code. A public upload is hostile
until proven otherwise, so: the bytes are capped before anything reads them (the route
refuses a larger body), only PNG and JPEG are opened (by their magic bytes and Pillow's
format list, never a format Pillow guesses), and the pixel count is checked from the header
before a single pixel is decoded (a small file that claims 60,000 x 60,000 pixels is a
decompression bomb). Big photos are reduced before zxing-cpp reads them: a QR code that
fills a fifth of a 12-megapixel photo is still ~200 pixels wide at 2,400 pixels.
"""

from __future__ import annotations

import importlib.util
import io
import warnings
from typing import Final

MAX_UPLOAD_BYTES: Final = 8 * 1024 * 1024  # a 12-megapixel phone JPEG is 3-6 MB
MAX_PIXELS: Final = 40_000_000  # 48-megapixel sensors bin to 12 MP; 40 MP is generous
MAX_SIDE: Final = 2400  # pixels handed to the decoder, longest side
_MAGIC: Final = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


class PhotoError(Exception):
    """A photo refused or unreadable: an HTTP status, a code and an English detail."""

    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail


def photo_supported() -> bool:
    """True when Pillow and zxing-cpp are installed (the `server` extra brings both)."""
    return all(importlib.util.find_spec(name) is not None for name in ("PIL", "zxingcpp"))


def read_qr_text(data: bytes) -> str:
    """The text of the QR code in ``data`` (the first that looks like a certificate, else the
    first found); PhotoError when refused or when no QR code is found."""
    if not photo_supported():
        raise PhotoError(
            501, "photo_unsupported", "this server cannot read photos; type the code instead"
        )
    if len(data) > MAX_UPLOAD_BYTES:
        raise PhotoError(413, "too_large", f"a photo may have at most {MAX_UPLOAD_BYTES} bytes")
    kind = next((name for magic, name in _MAGIC.items() if data.startswith(magic)), None)
    if kind is None:
        raise PhotoError(415, "not_an_image", "send a PNG or JPEG photo of the QR code")
    texts = _decode(data, kind)
    if not texts:
        raise PhotoError(
            400,
            "no_qr_code",
            "no QR code found in the photo; take it again closer, sharp and well lit, "
            "or type the code printed under the QR code",
        )
    return next((text for text in texts if text.startswith("K3C1:")), texts[0])


def _decode(data: bytes, kind: str) -> list[str]:
    import zxingcpp
    from PIL import Image

    bad = PhotoError(400, "bad_image", f"the file is not a readable {kind} image")
    try:
        with warnings.catch_warnings():
            # Pillow's own bomb guard as a second line: any warning of it is a refusal.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[kind]) as image:
                width, height = image.size
                if width < 1 or height < 1 or width * height > MAX_PIXELS:
                    raise PhotoError(
                        413,
                        "too_many_pixels",
                        f"a photo may have at most {MAX_PIXELS} pixels ({width} x {height})",
                    )
                # JPEG: let the decoder scale down by 1/2, 1/4 or 1/8 while decoding.
                image.draft("L", (MAX_SIDE, MAX_SIDE))
                gray = image.convert("L")
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError(
            413, "too_many_pixels", f"a photo may have at most {MAX_PIXELS} pixels"
        ) from None
    except (OSError, ValueError, SyntaxError, Warning):
        raise bad from None
    if max(gray.size) > MAX_SIDE:
        gray.thumbnail((MAX_SIDE, MAX_SIDE))
    found = zxingcpp.read_barcodes(gray)
    qr = zxingcpp.BarcodeFormat.QRCode
    return [code.text for code in found if code.valid and code.format == qr and code.text]

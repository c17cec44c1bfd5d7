"""Text forms of a certificate: Base45 for the QR code, the number and short code people type."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from typing import Final

from kiosk.i18n import UserError, define, msg

# RFC 9285: the 45 characters of a QR code's alphanumeric mode, in value order.
BASE45_ALPHABET: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_BASE45_VALUE: Final = {char: value for value, char in enumerate(BASE45_ALPHABET)}

CERTIFICATE_ID_LENGTH: Final = 10
_RANDOM_LENGTH: Final = 6
# A certificate id names the key that issued it, like a card id (docs/certificates.md).
_ID_CONTEXT: Final = b"K3IN1-CERT-ID-V1"
_CHECK_CONTEXT: Final = b"K3IN1-CERT-CHECK-V1"
_SEPARATORS: Final = re.compile(r"[\s\-_.\u2010-\u2015]+")
_BASE32: Final = re.compile(r"[A-Z2-7]+")
# Digits that cannot appear in Base32 but that people type for look-alike letters.
_LOOKALIKES: Final = str.maketrans({"0": "O", "1": "I", "8": "B"})

define(
    "certificate.code_invalid",
    id="Kode sertifikat terdiri dari 18 huruf/angka seperti ABCD-EFGH-IJKL-MNOP-QR.",
    en="A certificate code has 18 letters and digits, like ABCD-EFGH-IJKL-MNOP-QR.",
)
define(
    "certificate.code_mistyped",
    id="Kode sertifikat ini salah ketik (dua huruf terakhir tidak cocok). Periksa lagi.",
    en="This certificate code is mistyped (the last two characters do not match). Check it.",
)


class CertificateCodeError(UserError):
    """A typed certificate code that this system could not have printed."""


def b45encode(data: bytes) -> str:
    """RFC 9285 Base45: two bytes become three characters, a last single byte two."""
    out: list[str] = []
    for start in range(0, len(data) - 1, 2):
        value = data[start] * 256 + data[start + 1]
        value, c = divmod(value, 45)
        e, d = divmod(value, 45)
        out += (BASE45_ALPHABET[c], BASE45_ALPHABET[d], BASE45_ALPHABET[e])
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out += (BASE45_ALPHABET[c], BASE45_ALPHABET[d])
    return "".join(out)


def b45decode(text: str) -> bytes | None:
    """The bytes of a Base45 text, or None if it is not the canonical encoding of any."""
    if len(text) % 3 == 1:
        return None
    try:
        values = [_BASE45_VALUE[char] for char in text]
    except KeyError:
        return None
    out = bytearray()
    for start in range(0, len(values), 3):
        chunk = values[start : start + 3]
        if len(chunk) == 3:
            value = chunk[0] + chunk[1] * 45 + chunk[2] * 2025
            if value > 0xFFFF:
                return None
            out += value.to_bytes(2, "big")
        else:
            value = chunk[0] + chunk[1] * 45
            if value > 0xFF:
                return None
            out.append(value)
    return bytes(out)


def id_tag(random_part: bytes, key_id: str) -> bytes:
    return hashlib.sha256(_ID_CONTEXT + bytes.fromhex(key_id) + random_part).digest()[:4]


def new_certificate_id(key_id: str) -> bytes:
    """A fresh id bound to the key that will sign it: 6 random bytes ‖ 4-byte tag."""
    random_part = os.urandom(_RANDOM_LENGTH)
    return random_part + id_tag(random_part, key_id)


def id_binds(certificate_id: bytes, key_id: str) -> bool:
    """Whether the id was made for this key (a copy re-signed by another key is not)."""
    if len(certificate_id) != CERTIFICATE_ID_LENGTH or len(key_id) != 16:
        return False
    try:
        tag = id_tag(certificate_id[:_RANDOM_LENGTH], key_id)
    except ValueError:
        return False
    return tag == certificate_id[_RANDOM_LENGTH:]


def id_text(certificate_id: bytes) -> str:
    """The stored form: 16 Base32 characters."""
    if len(certificate_id) != CERTIFICATE_ID_LENGTH:
        raise ValueError("a certificate id has 10 bytes")
    return base64.b32encode(certificate_id).decode("ascii")


def _check_chars(certificate_id: bytes) -> str:
    """Two Base32 characters (10 bits) over the id: a typo passes once in 1,024 tries."""
    digest = hashlib.sha256(_CHECK_CONTEXT + certificate_id).digest()
    bits = int.from_bytes(digest[:2], "big") >> 6
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return alphabet[bits >> 5] + alphabet[bits & 31]


def short_code(certificate_id: bytes) -> str:
    """What is printed under the QR code and typed on /verify: "ABCD-EFGH-IJKL-MNOP-QR"."""
    text = id_text(certificate_id) + _check_chars(certificate_id)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def id_from_code(text: str) -> bytes:
    """Inverse of :func:`short_code`, tolerant of how people type; the check characters
    catch typos. Also takes the bare 16-character number (no check)."""
    compact = _SEPARATORS.sub("", text).upper().translate(_LOOKALIKES)
    if len(compact) not in (16, 18) or not _BASE32.fullmatch(compact):
        raise CertificateCodeError(msg("certificate.code_invalid"))
    try:
        certificate_id = base64.b32decode(compact[:16])
    except (binascii.Error, ValueError):
        raise CertificateCodeError(msg("certificate.code_invalid")) from None
    if len(compact) == 18 and compact[16:] != _check_chars(certificate_id):
        raise CertificateCodeError(msg("certificate.code_mistyped"))
    return certificate_id

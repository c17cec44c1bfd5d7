"""Device identity on the wire: strict Ed25519 public-key checks and the enrolment proof.

Shared by the server (enrolment, pushed keys) and the kiosk (keys it pulls), so both ends
refuse the same keys. ``cryptography`` loads some keys that must never be trusted (the
identity, points of small order, keys with a small-order component, non-canonical
encodings), so the point is decoded and checked here (RFC 8032, section 5.1.3).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

# Edwards25519: -x^2 + y^2 = 1 + d x^2 y^2 over GF(p), base-point order L (RFC 8032).
_P: Final = 2**255 - 19
_D: Final = (-121665 * pow(121666, _P - 2, _P)) % _P
_SQRT_M1: Final = pow(2, (_P - 1) // 4, _P)
_L: Final = 2**252 + 27742317777372353535851937790883648493

_Point = tuple[int, int, int, int]  # extended coordinates (X, Y, Z, T), x = X/Z, y = Y/Z
_IDENTITY: Final[_Point] = (0, 1, 1, 0)

ENROL_PROOF_CONTEXT: Final = b"K3IN1-ENROL-V1"
# Authorization: K3IN1-Ed25519 time=<ISO 8601 with offset>,signature=<128 hex digits>
ENROL_PROOF_SCHEME: Final = "K3IN1-Ed25519"
# How far the time in a signed enrolment may be from the server's clock.
ENROL_PROOF_WINDOW: Final = dt.timedelta(minutes=10)


def decode_point(raw: bytes) -> _Point | None:
    """The curve point of a 32-byte encoding, or None when it is not the canonical encoding
    of a point on the curve."""
    if len(raw) != 32:
        return None
    number = int.from_bytes(raw, "little")
    sign = number >> 255
    y = number & ((1 << 255) - 1)
    if y >= _P:
        return None  # non-canonical: y and y + p would name the same point
    u = (y * y - 1) % _P
    v = (_D * y * y + 1) % _P
    x = (u * pow(v, 3, _P) * pow(u * pow(v, 7, _P), (_P - 5) // 8, _P)) % _P
    if (v * x * x - u) % _P != 0:
        x = (x * _SQRT_M1) % _P
        if (v * x * x - u) % _P != 0:
            return None  # no square root: not a point of the curve
    if x == 0 and sign:
        return None  # "-0": a second encoding of the same point
    if x & 1 != sign:
        x = _P - x
    return (x, y, 1, (x * y) % _P)


def encode_point(point: _Point) -> bytes:
    x_, y_, z, _t = point
    inverse = pow(z, _P - 2, _P)
    x, y = (x_ * inverse) % _P, (y_ * inverse) % _P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def add_points(a: _Point, b: _Point) -> _Point:
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    aa = (y1 - x1) * (y2 - x2) % _P
    bb = (y1 + x1) * (y2 + x2) % _P
    cc = 2 * t1 * t2 * _D % _P
    dd = 2 * z1 * z2 % _P
    e, f, g, h = bb - aa, dd - cc, dd + cc, bb + aa
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def multiply_point(scalar: int, point: _Point) -> _Point:
    result = _IDENTITY
    while scalar > 0:
        if scalar & 1:
            result = add_points(result, point)
        point = add_points(point, point)
        scalar >>= 1
    return result


def _is_identity(point: _Point) -> bool:
    x, y, z, _t = point
    return x % _P == 0 and (y - z) % _P == 0


def valid_ed25519_public_key(raw: bytes) -> bool:
    """True for the canonical encoding of a point of the prime-order subgroup other than the
    identity: what every honestly generated Ed25519 key is, and nothing else.

    Refused: wrong length, non-canonical encodings, bytes that are not a curve point, the
    eight points of small order (a signature by such a "key" can be forged without any
    secret) and keys with a small-order component (signatures that verify differently from
    one library to another)."""
    point = decode_point(raw)
    if point is None or _is_identity(point):
        return False
    if _is_identity(multiply_point(8, point)):
        return False  # small order
    if not _is_identity(multiply_point(_L, point)):
        return False  # has a torsion component
    try:
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        return False
    return True


def enrol_proof_message(code: str, device_id: str, public_key_hex: str, at: dt.datetime) -> bytes:
    """What a kiosk signs to prove it holds its key when it enrols again: bound to the
    one-time code, the device, the key it enrols with and a time, so a signature cannot be
    replayed for another code, device or key, nor long after it was made."""
    parts = (normalise_code(code), device_id, public_key_hex.lower(), at.isoformat())
    return ENROL_PROOF_CONTEXT + b"\n" + "\n".join(parts).encode("utf-8")


def normalise_code(code: str) -> str:
    """An enrolment code as stored: no spaces or dashes, upper case (it is read aloud)."""
    return re.sub(r"[\s-]", "", code).upper()


def sign_enrol_proof(
    private_key: bytes, code: str, device_id: str, public_key_hex: str, at: dt.datetime
) -> str:
    """The ``Authorization`` value that proves possession of ``private_key``. ``at`` is the
    server's time as the kiosk learnt it (``GET /health``), so a kiosk whose clock is off
    can still prove itself; its own clock still goes in ``device_time``."""
    key = Ed25519PrivateKey.from_private_bytes(private_key)
    signature = key.sign(enrol_proof_message(code, device_id, public_key_hex, at))
    return f"{ENROL_PROOF_SCHEME} time={at.isoformat()},signature={signature.hex()}"


def parse_enrol_proof(authorization: str) -> tuple[dt.datetime, bytes] | None:
    """The time and signature of a ``K3IN1-Ed25519`` Authorization value, or None."""
    scheme, _, rest = authorization.partition(" ")
    if scheme != ENROL_PROOF_SCHEME or len(rest) > 300:
        return None
    fields = dict(part.strip().partition("=")[::2] for part in rest.split(","))
    try:
        at = dt.datetime.fromisoformat(fields.get("time", ""))
        signature = bytes.fromhex(fields.get("signature", ""))
    except ValueError:
        return None
    if at.tzinfo is None or len(signature) != 64:
        return None
    return at, signature


def verify_enrol_proof(
    public_key: bytes,
    authorization: str,
    code: str,
    device_id: str,
    public_key_hex: str,
    now: dt.datetime,
) -> bool:
    """True when ``authorization`` is a signature by ``public_key`` over this enrolment, made
    within ``ENROL_PROOF_WINDOW`` of ``now``."""
    proof = parse_enrol_proof(authorization)
    if proof is None:
        return False
    at, signature = proof
    try:
        if abs(now - at) > ENROL_PROOF_WINDOW:
            return False
        key = Ed25519PublicKey.from_public_bytes(public_key)
        key.verify(signature, enrol_proof_message(code, device_id, public_key_hex, at))
    except (ValueError, OverflowError, InvalidSignature):
        return False
    return True

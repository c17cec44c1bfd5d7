"""Signed card payloads for the QR code: issuing, parsing and offline verification."""

from __future__ import annotations

import base64
import functools
import hashlib
import os
import re
import struct
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Final, Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from kiosk.domain import card_binding
from kiosk.domain.card_binding import card_id_binds
from kiosk.i18n import Message, UserError, define, msg

PAYLOAD_VERSION: Final = 1
TEXT_PREFIX: Final = "K"
# Signed together with the payload so a signature made by the same key for any other
# purpose can never be replayed as a card.
SIGNING_CONTEXT: Final = b"K3IN1-CARD"
CARD_ID_LENGTH: Final = card_binding.CARD_ID_LENGTH
KEY_ID_LENGTH: Final = card_binding.KEY_ID_LENGTH
SIGNATURE_LENGTH: Final = 64
MAX_TEXT_LENGTH: Final = 512
DAY_ZERO: Final = date(2000, 1, 1)
LAST_DAY: Final = DAY_ZERO + timedelta(days=0xFFFF)

_HEADER = struct.Struct(">B10s8sHH")
PAYLOAD_LENGTH: Final = _HEADER.size + SIGNATURE_LENGTH
_BASE32_CHARS = re.compile(r"[A-Z2-7]+")
# int(..., 32) reads the "base32hex" digits; mapping onto them makes decoding one C call,
# which is many times faster than base64.b32decode on the scanning hot path.
_TO_BASE32HEX = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHIJKLMNOPQRSTUV"
)
# Whitespace and control characters that scanners and keyboards add (CR, LF, TAB, NUL...).
_ASCII_NOISE = {c: None for c in [*range(0x21), 0x7F]}
# Digits that cannot appear in RFC 4648 Base32 but that people type for look-alike letters.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})
_NUMBER_SEPARATORS = re.compile(r"[\s\-_.\u2010-\u2015]+")


class VerifyStatus(StrEnum):
    VALID = "valid"
    MALFORMED = "malformed"
    UNKNOWN_KEY = "unknown_key"
    BAD_SIGNATURE = "bad_signature"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    REVOKED_CARD = "revoked_card"
    REVOKED_KEY = "revoked_key"
    WRONG_ISSUER = "wrong_issuer"


_STATUS_TEXT: Final = {
    VerifyStatus.VALID: "card.status.valid",
    VerifyStatus.MALFORMED: "card.status.malformed",
    VerifyStatus.UNKNOWN_KEY: "card.status.unknown_key",
    VerifyStatus.BAD_SIGNATURE: "card.status.bad_signature",
    VerifyStatus.EXPIRED: "card.status.expired",
    VerifyStatus.NOT_YET_VALID: "card.status.not_yet_valid",
    VerifyStatus.REVOKED_CARD: "card.status.revoked_card",
    VerifyStatus.REVOKED_KEY: "card.status.revoked_key",
    VerifyStatus.WRONG_ISSUER: "card.status.wrong_issuer",
}


define(
    "card.status.valid",
    id="Kartu sah (berlaku sampai {valid_until}).",
    en="Valid card (valid until {valid_until}).",
)
define(
    "card.status.malformed",
    id="Kode ini bukan kartu Kios3in1 atau terbaca tidak lengkap. Coba pindai lagi.",
    en="This code is not a Kios3in1 card or was read incompletely. Try scanning again.",
)
define(
    "card.status.unknown_key",
    id="Penerbit kartu ini belum dikenal kios ini ({key_id}). Lakukan sinkronisasi lalu coba lagi.",
    en="This kiosk does not know the card's issuer ({key_id}). Synchronise and try again.",
)
define(
    "card.status.bad_signature",
    id="Tanda tangan kartu tidak sah: kartu ini palsu atau rusak.",
    en="The card's signature is invalid: the card is forged or damaged.",
)
define(
    "card.status.expired",
    id="Kartu sudah tidak berlaku sejak {valid_until}.",
    en="The card expired on {valid_until}.",
)
define(
    "card.status.not_yet_valid",
    id="Kartu baru berlaku mulai {issued}.",
    en="The card is not valid before {issued}.",
)
define(
    "card.status.revoked_card",
    id="Kartu ini sudah dicabut.",
    en="This card has been revoked.",
)
define(
    "card.status.revoked_key",
    id="Kunci penerbit kartu ini sudah dicabut ({key_id}); kartu tidak dapat diterima.",
    en="The issuer key of this card has been revoked ({key_id}); the card cannot be accepted.",
)
define(
    "card.status.wrong_issuer",
    id=(
        "Kartu ini tidak diterbitkan oleh kios yang menandatanganinya ({key_id}): nomor kartunya"
        " milik penerbit lain, jadi kartu ini palsu. Kartu ditolak; laporkan kepada admin."
    ),
    en=(
        "This card was not issued by the kiosk that signed it ({key_id}): its number belongs"
        " to another issuer, so the card is forged. The card is refused; report it to an admin."
    ),
)
define(
    "card.number_invalid",
    id="Nomor kartu harus 16 huruf/angka seperti ABCD-EFGH-IJKL-MNOP.",
    en="A card number has 16 letters and digits, like ABCD-EFGH-IJKL-MNOP.",
)


class CardNumberError(UserError):
    """A typed card number is not one this system could have printed."""


_B32_ALPHABET = bytes.maketrans(bytes(range(32)), b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


@functools.lru_cache(maxsize=16)
def _b32_plan(n_bytes: int) -> tuple[int, int, tuple[tuple[int, int], ...]]:
    """(characters, padding bits, steps) of unpadded Base32 for ``n_bytes`` bytes.

    The text's 5-bit groups, numbered from the last (group i at bit 5i of the padded
    value), must each land in a byte of their own (bit 8i). Group i moves up by 3i bits:
    by 3 * 2**k for every bit k set in i, highest first. A step moves all groups with bit k
    set at once with one mask; blocks stay apart, so groups never overlap on the way.
    """
    n_chars = -(-8 * n_bytes // 5)
    steps: list[tuple[int, int]] = []
    k = max(n_chars - 1, 1).bit_length() - 1
    while k >= 0:
        mask = 0
        for i in range(n_chars):
            if i >> k & 1:
                moved = 3 * ((i >> (k + 1)) << (k + 1))  # the higher bits' steps so far
                mask |= 0x1F << (5 * i + moved)
        steps.append((mask, 3 << k))
        k -= 1
    return n_chars, 5 * n_chars - 8 * n_bytes, tuple(steps)


def _b32(data: bytes) -> str:
    """RFC 4648 Base32 without "=" padding, as ``base64.b32encode(data).rstrip(b"=")``.

    A few whole-number operations instead of the standard library's Python loop over
    5-byte chunks, which took longer than signing a card.
    """
    n_chars, padding, steps = _b32_plan(len(data))
    value = int.from_bytes(data, "big") << padding
    for mask, shift in steps:
        moving = value & mask
        value = (value ^ moving) | (moving << shift)
    return value.to_bytes(n_chars, "big").translate(_B32_ALPHABET).decode("ascii")


def card_id_text(card_id: bytes) -> str:
    """The stored form of a card id: 16 Base32 characters, no dashes."""
    if len(card_id) != CARD_ID_LENGTH:
        raise ValueError(f"a card id has {CARD_ID_LENGTH} bytes, not {len(card_id)}")
    return _b32(card_id)


def card_number(card_id: bytes) -> str:
    """The printed form of a card id: "ABCD-EFGH-IJKL-MNOP"."""
    text = card_id_text(card_id)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def card_id_from_number(text: str) -> bytes:
    """Inverse of :func:`card_number` and :func:`card_id_text`, tolerant of how people type."""
    compact = _NUMBER_SEPARATORS.sub("", text).upper().translate(_LOOKALIKES)
    if len(compact) != 16 or not _BASE32_CHARS.fullmatch(compact):
        raise CardNumberError(msg("card.number_invalid"))
    return base64.b32decode(compact)


def key_id_for(public_key: bytes) -> str:
    """The 16-hex-digit id of a raw 32-byte Ed25519 public key."""
    return hashlib.sha256(public_key).digest()[:KEY_ID_LENGTH].hex()


def _day_number(day: date) -> int:
    number = (day - DAY_ZERO).days
    if not 0 <= number <= 0xFFFF:
        raise ValueError(f"{day} is outside {DAY_ZERO}..{LAST_DAY}")
    return number


@dataclass(frozen=True)
class CardPayload:
    """The structure of a card's QR payload; says nothing about whether it is genuine."""

    version: int
    card_id: bytes
    key_id: str
    issued: date
    valid_until: date
    signature: bytes
    signed_part: bytes = field(repr=False)

    @property
    def card_id_text(self) -> str:
        return card_id_text(self.card_id)

    @property
    def signed_message(self) -> bytes:
        return SIGNING_CONTEXT + self.signed_part


def _clean(text: str) -> str | None:
    """Undo what scanners and keyboards do to the text; None if it cannot be a payload."""
    cleaned = text.translate(_ASCII_NOISE)
    if not cleaned.isascii():
        cleaned = "".join(
            ch
            for ch in cleaned
            if not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs"))
        )
        # Only ASCII can be a payload; this also keeps Unicode case mapping ("ß" -> "SS",
        # dotless "ı" -> "I") from turning some other text into a valid-looking one.
        if not cleaned.isascii():
            return None
    return cleaned.upper()


def _b32decode_canonical(body: str) -> bytes | None:
    """Decode unpadded Base32 already checked against ``_BASE32_CHARS``.

    The spare low bits of the last character must be zero: otherwise several texts
    would decode to the same bytes and an altered text could still verify.
    """
    if not body:
        return b""
    n_bits = 5 * len(body)
    n_bytes, spare = divmod(n_bits, 8)
    if spare >= 5:
        return None
    value = int(body.translate(_TO_BASE32HEX), 32)
    if value & ((1 << spare) - 1):
        return None
    return (value >> spare).to_bytes(n_bytes, "big")


def parse_payload(text: str) -> CardPayload | None:
    """Decode the structure of a payload text; None if it is not one. Never raises."""
    if not isinstance(text, str) or len(text) > MAX_TEXT_LENGTH:
        return None
    cleaned = _clean(text)
    if cleaned is None or not cleaned.startswith(TEXT_PREFIX):
        return None
    body = cleaned[len(TEXT_PREFIX) :]
    if not body or not _BASE32_CHARS.fullmatch(body):
        return None
    raw = _b32decode_canonical(body)
    if raw is None or len(raw) != PAYLOAD_LENGTH:
        return None
    version, card_id, key_id, issued_n, until_n = _HEADER.unpack_from(raw)
    if version != PAYLOAD_VERSION or until_n < issued_n:
        return None
    return CardPayload(
        version=version,
        card_id=card_id,
        key_id=key_id.hex(),
        issued=DAY_ZERO + timedelta(days=issued_n),
        valid_until=DAY_ZERO + timedelta(days=until_n),
        signature=raw[_HEADER.size :],
        signed_part=raw[: _HEADER.size],
    )


class CardSigner:
    """Issues card payloads with one Ed25519 private key."""

    def __init__(self, private_key: bytes) -> None:
        if len(private_key) != 32:
            raise ValueError("an Ed25519 private key has 32 bytes")
        self._key = Ed25519PrivateKey.from_private_bytes(private_key)
        self._public = self._key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.key_id: Final = key_id_for(self._public)

    @classmethod
    def generate(cls) -> CardSigner:
        return cls(os.urandom(32))

    def private_bytes(self) -> bytes:
        return self._key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )

    def public_bytes(self) -> bytes:
        return self._public

    def new_card_id(self) -> bytes:
        """A fresh card id bound to this key: every card issued from now on has one."""
        return card_binding.new_card_id(self.key_id)

    def issue(self, card_id: bytes, issued: date, valid_until: date) -> str:
        """The QR text for a card: "K" + Base32 of the signed payload.

        Signs the id it is given; a new card's id comes from :meth:`new_card_id`, and any
        other (a card printed before ids were bound) verifies only through its recorded
        issuer.
        """
        if len(card_id) != CARD_ID_LENGTH:
            raise ValueError(f"a card id has {CARD_ID_LENGTH} bytes")
        if valid_until < issued:
            raise ValueError("valid_until is before issued")
        signed_part = _HEADER.pack(
            PAYLOAD_VERSION,
            card_id,
            bytes.fromhex(self.key_id),
            _day_number(issued),
            _day_number(valid_until),
        )
        signature = self._key.sign(SIGNING_CONTEXT + signed_part)
        return TEXT_PREFIX + _b32(signed_part + signature)

    def __repr__(self) -> str:
        # Never let the private key reach a log line.
        return f"CardSigner(key_id={self.key_id!r})"


class KeyringView(Protocol):
    """What verification needs to know; key ids are lower-case hex."""

    @property
    def public_keys(self) -> Mapping[str, bytes]: ...

    @property
    def revoked_keys(self) -> Collection[str]: ...

    @property
    def revoked_cards(self) -> Collection[str]: ...

    def issuer_of(self, card_id: str) -> str | None:
        """The key id recorded for a card issued before ids were bound to their key, if any;
        a store answers it with one indexed look-up."""
        ...


@dataclass(frozen=True)
class Keyring:
    """Public keys (key id -> raw 32-byte key) and revocations pulled from the server, and
    the recorded issuers of cards whose id does not name its key (card id -> key id)."""

    public_keys: Mapping[str, bytes]
    revoked_keys: Collection[str] = frozenset()
    revoked_cards: Collection[str] = frozenset()
    card_issuers: Mapping[str, str] = field(default_factory=dict)

    def issuer_of(self, card_id: str) -> str | None:
        return self.card_issuers.get(card_id)


@dataclass(frozen=True)
class CardVerification:
    """The outcome of checking one scanned payload.

    ``key_id`` is filled whenever the text parsed; ``card_id``, ``issued`` and
    ``valid_until`` only once the signature has been checked, so nothing unverified
    can be mistaken for a real card.
    """

    status: VerifyStatus
    card_id: str | None = None
    key_id: str | None = None
    issued: date | None = None
    valid_until: date | None = None

    @property
    def valid(self) -> bool:
        return self.status is VerifyStatus.VALID

    @property
    def reason(self) -> Message:
        code = _STATUS_TEXT[self.status]
        if self.status in (
            VerifyStatus.UNKNOWN_KEY,
            VerifyStatus.REVOKED_KEY,
            VerifyStatus.WRONG_ISSUER,
        ):
            return msg(code, key_id=self.key_id or "")
        if self.status in (VerifyStatus.VALID, VerifyStatus.EXPIRED):
            return msg(code, valid_until=_fmt(self.valid_until))
        if self.status is VerifyStatus.NOT_YET_VALID:
            return msg(code, issued=_fmt(self.issued))
        return msg(code)


def _fmt(day: date | None) -> str:
    return "" if day is None else day.strftime("%d-%m-%Y")


@functools.lru_cache(maxsize=256)
def _load_public_key(raw: bytes) -> tuple[str, Ed25519PublicKey] | None:
    """Parse a raw public key once; keyed by the bytes so a changed keyring is never stale."""
    try:
        key = Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        return None
    return key_id_for(raw), key


@functools.lru_cache(maxsize=4096)
def _signature_ok(raw_key: bytes, signature: bytes, message: bytes) -> bool:
    # Scanners often read the same card twice in a row and a session sees each card
    # again on every meeting; the check is a pure function of its inputs, so remember it.
    loaded = _load_public_key(raw_key)
    if loaded is None:
        return False
    try:
        loaded[1].verify(signature, message)
    except InvalidSignature:
        return False
    return True


def verify_card(text: str, keyring: KeyringView, today: date) -> CardVerification:
    """Check a scanned payload offline. Never raises; anything unexpected is MALFORMED."""
    payload = parse_payload(text)
    if payload is None:
        return CardVerification(VerifyStatus.MALFORMED)
    key_id = payload.key_id
    found = keyring.public_keys.get(key_id)
    raw_key = bytes(found) if isinstance(found, bytes | bytearray) else b""
    loaded = _load_public_key(raw_key) if raw_key else None
    # A keyring entry whose bytes do not hash to its id is not the key the card names.
    if loaded is None or loaded[0] != key_id:
        # A revoked key may already have been dropped from the keyring; saying
        # "unknown, synchronise" would send staff chasing a sync that cannot help.
        if key_id in keyring.revoked_keys:
            return CardVerification(VerifyStatus.REVOKED_KEY, key_id=key_id)
        return CardVerification(VerifyStatus.UNKNOWN_KEY, key_id=key_id)
    if key_id in keyring.revoked_keys:
        return CardVerification(VerifyStatus.REVOKED_KEY, key_id=key_id)
    if not _signature_ok(raw_key, payload.signature, payload.signed_message):
        return CardVerification(VerifyStatus.BAD_SIGNATURE, key_id=key_id)
    card_id = payload.card_id_text
    issuer = bound_issuer(payload.card_id, key_id, keyring)
    if issuer is not None and issuer != key_id:
        # Genuinely signed, but by a key that never issued this number: a re-signed copy of
        # somebody's card. No card id either, so nothing reads or records that person.
        return CardVerification(VerifyStatus.WRONG_ISSUER, key_id=key_id)
    if card_id in keyring.revoked_cards:
        status = VerifyStatus.REVOKED_CARD
    elif today < payload.issued:
        status = VerifyStatus.NOT_YET_VALID
    elif today > payload.valid_until:
        status = VerifyStatus.EXPIRED
    else:
        status = VerifyStatus.VALID
    return CardVerification(
        status,
        card_id=card_id,
        key_id=key_id,
        issued=payload.issued,
        valid_until=payload.valid_until,
    )


def bound_issuer(card_id: bytes, signed_by: str, keyring: KeyringView) -> str | None:
    """The key this card id belongs to, or None when nothing says (a card printed before ids
    were bound, whose issuer this kiosk has not learnt).

    A recorded binding comes first: it is the issuer of a card printed before binding, and
    it also overrides a self-binding that a key could have been ground to fit. Then the
    signing key itself (one hash: every genuine new card stops here). Only a card that
    fits neither tries the other keys this kiosk knows, revoked ones too, to tell a card
    bound elsewhere from an unrecorded old one: a hash per key, but only for those cards.
    """
    recorded = keyring.issuer_of(card_id_text(card_id))
    if recorded is not None:
        return recorded
    if card_id_binds(card_id, signed_by):
        return signed_by
    for key_id in (*keyring.public_keys, *keyring.revoked_keys):
        if key_id != signed_by and card_id_binds(card_id, key_id):
            return key_id
    return None

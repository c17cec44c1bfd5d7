"""Personal data at rest: AES-GCM sealing and keyed digests, with the key kept outside SQLite.

NIK, phone, email, address and family card number are stored sealed (AES-256-GCM, the row id
and field name as associated data so a value cannot be moved to another row or column).
Look-ups that need equality (duplicate NIK, people per family card) use an HMAC-SHA256 digest
under a second key, never the plain value.

The 32-byte master key lives in ``DATA_DIR/keys/personal-data.key`` (owner-only), separate
from the database and its backups; moving a kiosk means moving that file too (README).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.i18n import UserError, define, msg

KEY_BYTES = 32
# One encoder for every payload: json.dumps would build a new one per call.
_PAYLOAD_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)
_NONCE = 12
_PREFIX = "v1:"
# What the store keeps to recognise its key (kiosk.store.guard): a keyed digest of a constant,
# which tells nothing about the key or any personal value.
_KEY_CHECK_TEXT = "kios3in1 key check v1"

define(
    "crypto.key_missing",
    id="Kunci data pribadi tidak ditemukan ({path}), padahal basis data berisi data terenkripsi. "
    "Pulihkan berkas kunci dari cadangan.",
    en="The personal-data key is missing ({path}) but the database holds encrypted data. "
    "Restore the key file from a backup.",
)
define(
    "crypto.cannot_open",
    id="Data pribadi tidak dapat dibuka dengan kunci kios ini.",
    en="Personal data cannot be opened with this kiosk's key.",
)


class PersonalKeyMissing(UserError):
    pass


class SealError(UserError):
    pass


def _derive(master: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(master)


def nik_hint(nik: str) -> str:
    """The digits a masked NIK shows: the first four and the last four."""
    return nik[:4] + nik[-4:]


class PersonalDataCipher:
    """Seals and opens personal fields; computes keyed digests for equality look-ups."""

    def __init__(self, master_key: bytes) -> None:
        if len(master_key) != KEY_BYTES:
            raise ValueError("the personal-data key must be 32 bytes")
        self._init(
            _derive(master_key, b"kios3in1 personal data v1"),
            _derive(master_key, b"kios3in1 lookup digest v1"),
        )

    def _init(self, seal_key: bytes, mac_key: bytes) -> None:
        self._seal_key = seal_key
        self._aead = AESGCM(seal_key)
        self._mac_key = mac_key

    def derived_keys(self) -> tuple[bytes, bytes]:
        """The sealing and digest keys, for a process that seals on this kiosk's behalf (the
        demo's workers, kiosk.services.demo.pipeline): never the master key."""
        return self._seal_key, self._mac_key

    @classmethod
    def from_derived_keys(cls, seal_key: bytes, mac_key: bytes) -> PersonalDataCipher:
        """The cipher of :meth:`derived_keys`."""
        cipher = cls.__new__(cls)
        cipher._init(seal_key, mac_key)
        return cipher

    def __repr__(self) -> str:
        return "PersonalDataCipher(...)"

    @classmethod
    def generate(cls) -> tuple[PersonalDataCipher, bytes]:
        key = os.urandom(KEY_BYTES)
        return cls(key), key

    def seal(self, value: str, *, row: str, field: str) -> str:
        nonce = os.urandom(_NONCE)
        sealed = self._aead.encrypt(nonce, value.encode(), f"{row}/{field}".encode())
        return _PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def seal_optional(self, value: str | None, *, row: str, field: str) -> str | None:
        return None if value is None else self.seal(value, row=row, field=field)

    def open(self, sealed: str, *, row: str, field: str) -> str:
        from cryptography.exceptions import InvalidTag

        try:
            if not sealed.startswith(_PREFIX):
                raise ValueError("unknown format")
            raw = base64.b64decode(sealed[len(_PREFIX) :], validate=True)
            plain = self._aead.decrypt(raw[:_NONCE], raw[_NONCE:], f"{row}/{field}".encode())
        except (ValueError, InvalidTag) as exc:
            raise SealError(msg("crypto.cannot_open")) from exc
        return plain.decode()

    def open_optional(self, sealed: str | None, *, row: str, field: str) -> str | None:
        return None if sealed is None else self.open(sealed, row=row, field=field)

    def digest(self, value: str, *, purpose: str) -> str:
        """A keyed digest: equal values give equal digests, nothing can be read back."""
        return hmac.new(self._mac_key, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    def key_check(self) -> str:
        """The value a store keeps to refuse any other key (same key, same value)."""
        return _PREFIX + self.digest(_KEY_CHECK_TEXT, purpose="key_check")

    def hint_digest(self, visible_digits: str) -> str:
        """The keyed digest of what a masked NIK shows (its first four and last four digits,
        :func:`nik_hint`), so staff find a person by the digits on screen while the store
        keeps nothing readable that narrows a NIK down."""
        return self.digest(visible_digits, purpose="nik_hint")

    def seal_payload(self, payload: dict[str, Any], *, row: str) -> dict[str, Any]:
        """An outbox payload holding personal data, sealed as one JSON value."""
        text = _PAYLOAD_JSON.encode(payload)
        return {"sealed": self.seal(text, row=row, field="outbox")}

    def open_payload(self, payload: dict[str, Any], *, row: str) -> dict[str, Any]:
        """The plain payload of an outbox event (sealed or not), for upload over TLS."""
        sealed = payload.get("sealed")
        if not isinstance(sealed, str) or set(payload) != {"sealed"}:
            return payload
        opened = json.loads(self.open(sealed, row=row, field="outbox"))
        if not isinstance(opened, dict):
            raise SealError(msg("crypto.cannot_open"))
        return opened

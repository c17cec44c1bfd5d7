"""Personal data at rest on the server: sealed fields and a keyed NIK digest for merging.

A person's row and the stored payloads of events that carry personal data keep only a short
list of coarse, non-identifying fields readable (region codes, education, eligibility: what
statistics need). Everything else, including any field a later kiosk adds, is sealed as one
JSON value with AES-256-GCM; the row (``person/ID`` or ``event/ID``) is the associated data,
so a sealed value cannot be moved to another row. People are merged across kiosks by an
HMAC-SHA256 digest of the NIK, never the NIK itself. The 32-byte master key lives in the
server's secrets folder (server/secrets.py), never in the database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
SEALED = "sealed"  # the one key of a stored payload that holds the sealed fields
ERASED_PAYLOAD: dict[str, Any] = {"erased": True}
_PREFIX = "v1:"
_NONCE = 12
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)

# Readable on the server. Name, NIK, birth place and date, sex, address, phone, email and
# family card number are all sealed: together or alone they identify a person.
APPLICANT_CLEAR = frozenset(
    {
        "id",
        "province_code",
        "regency_code",
        "education_level",
        "employment_status",
        "occupation",
        "in_formal_education",
        "citizen_wni",
        "eligible",
        "ineligible_reasons",
        "consent_at",
        "consent_version",
        "registered_at",
        "utc_offset_min",
        "device_id",
    }
)
# A staff account's stored events: the PIN hash (guessable offline) and the names are sealed.
STAFF_ACCOUNT_CLEAR = frozenset({"id", "role", "active", "created_at", "by", "device_id", "site"})
# A certificate's credential holds the holder's name (kiosk.domain.certificate).
CERTIFICATE_CLEAR = frozenset(
    {"id", "kind", "applicant_id", "session_id", "key_id", "issued_at", "staff_id", "device_id"}
)
# A job-seeker registration: everything but the disability status (given only by choice).
JOB_SEEKER_CLEAR: Final = frozenset(
    {
        "applicant_id", "card_id", "registered_at", "valid_until", "last_report_at",
        "education", "skills", "experience", "desired_occupations", "desired_regions",
        "wage_band", "device_id",
    }
)  # fmt: skip

SEALED_ENTITIES: dict[str, frozenset[str]] = {
    "job_seeker": JOB_SEEKER_CLEAR,
    "certificate": CERTIFICATE_CLEAR,
    "applicant": APPLICANT_CLEAR,
    "staff_account": STAFF_ACCOUNT_CLEAR,
}


class SealError(ValueError):
    """A sealed value that this key cannot open (another key, or tampered with)."""


def _derive(master: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(master)


class PersonalDataKey:
    """Seals and opens personal fields; keyed digests for equality look-ups."""

    def __init__(self, master: bytes) -> None:
        if len(master) != KEY_BYTES:
            raise ValueError("the personal-data key must be 32 bytes")
        self._aead = AESGCM(_derive(master, b"kios3in1 server personal data v1"))
        self._mac = _derive(master, b"kios3in1 server lookup digest v1")
        self._check = _derive(master, b"kios3in1 server key check v1")

    def __repr__(self) -> str:
        return "PersonalDataKey(...)"

    def check_value(self) -> str:
        """Stored in the database: shows which key sealed its data without revealing it."""
        return hmac.new(self._check, b"key check", hashlib.sha256).hexdigest()[:32]

    def nik_digest(self, nik: str) -> str:
        return hmac.new(self._mac, f"nik:{nik}".encode(), hashlib.sha256).hexdigest()

    def seal(self, fields: dict[str, Any], *, where: str) -> str:
        nonce = os.urandom(_NONCE)
        sealed = self._aead.encrypt(nonce, _JSON.encode(fields).encode(), where.encode())
        return _PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, sealed: str, *, where: str) -> dict[str, Any]:
        try:
            if not sealed.startswith(_PREFIX):
                raise ValueError("unknown format")
            raw = base64.b64decode(sealed[len(_PREFIX) :], validate=True)
            plain = self._aead.decrypt(raw[:_NONCE], raw[_NONCE:], where.encode())
        except (ValueError, InvalidTag) as exc:
            raise SealError(f"cannot open the sealed data of {where}") from exc
        fields = json.loads(plain)
        if not isinstance(fields, dict):
            raise SealError(f"the sealed data of {where} is not an object")
        return fields


def seal_fields(
    key: PersonalDataKey, payload: dict[str, Any], clear: frozenset[str], *, where: str
) -> dict[str, Any]:
    """The readable fields as they are, all others in one sealed value under ``"sealed"``."""
    kept = {name: value for name, value in payload.items() if name in clear}
    personal = {name: value for name, value in payload.items() if name not in clear}
    if personal:
        kept[SEALED] = key.seal(personal, where=where)
    return kept


def open_fields(key: PersonalDataKey, stored: dict[str, Any], *, where: str) -> dict[str, Any]:
    """The payload as the kiosk sent it (for an operator's export or a data request)."""
    fields = {name: value for name, value in stored.items() if name != SEALED}
    sealed = stored.get(SEALED)
    if isinstance(sealed, str):
        fields.update(key.open(sealed, where=where))
    return fields


def person_row(key: PersonalDataKey, event: Any, device_id: str, nik: str) -> dict[str, Any]:
    """The ``person`` row for an applicant create event (a WireEvent): NIK as a keyed digest,
    personal fields sealed to the person's id."""
    where = f"person/{event.entity_id}"
    kept = seal_fields(key, dict(event.payload), APPLICANT_CLEAR, where=where)
    sealed = kept.pop(SEALED, None)
    return {
        "id": event.entity_id,
        "nik_digest": key.nik_digest(nik),
        "data": kept,
        "sealed": sealed,
        "device_id": device_id,
        "created_at": event.created_at,
    }


def open_person(
    key: PersonalDataKey, person_id: str, data: dict[str, Any], sealed: str | None
) -> dict[str, Any]:
    """Everything the kiosk sent about a person, opened."""
    fields = dict(data)
    if sealed is not None:
        fields.update(key.open(sealed, where=f"person/{person_id}"))
    return fields


def seal_event_payload(
    key: PersonalDataKey, event_id: str, entity: str, payload: dict[str, Any]
) -> dict[str, Any]:
    """An event's payload as it is stored: sealed where the entity carries personal data."""
    clear = SEALED_ENTITIES.get(entity)
    if clear is None:
        return payload
    return seal_fields(key, payload, clear, where=f"event/{event_id}")


def open_event_payload(
    key: PersonalDataKey, event_id: str, entity: str, payload: dict[str, Any]
) -> dict[str, Any]:
    if entity not in SEALED_ENTITIES:
        return payload
    return open_fields(key, payload, where=f"event/{event_id}")


def erased_person(person_id: str) -> dict[str, Any]:
    """A person's columns after an erasure: no digest of the NIK (the same person may register
    again as someone new), no sealed data; the id stays for cards and attendance."""
    return {"nik_digest": f"erased:{person_id}", "data": dict(ERASED_PAYLOAD), "sealed": None}

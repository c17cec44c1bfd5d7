"""The server-signed trust list (who may issue certificates) and revocation entries that
kiosks check certificates against offline (docs/certificates.md, "Trust list")."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any, Final

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.card import key_id_for
from kiosk.domain.certificate import Issuer, signature_ok

TRUST_FORMAT: Final = "k3in1-certificate-trust"
TRUST_VERSION: Final = 1
# Each kind of signed text has its own prefix, so no signature of the server's key can be
# taken for another kind (a revocation for a trust list or the other way round).
TRUST_CONTEXT: Final = b"K3IN1-CERT-TRUST-V1\n"
REVOCATION_CONTEXT: Final = b"K3IN1-CERT-REVOKED-V1\n"
MAX_STATEMENT_CHARS: Final = 4 * 1024 * 1024
MAX_ENTRY_CHARS: Final = 400
_HEX64: Final = re.compile(r"[0-9a-f]{64}")
_KEY_ID: Final = re.compile(r"[0-9a-f]{16}")
_NUMBER: Final = re.compile(r"[A-Z2-7]{16}")


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def _time(value: object) -> dt.datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError("time")
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("time without offset")
    return moment


@dataclass(frozen=True)
class TrustStatement:
    """One signed trust list: every issuer key the server knows, and how many certificate
    revocations it had published when it signed (a kiosk holding fewer is not up to date)."""

    issued_at: dt.datetime
    issuers: tuple[Issuer, ...]
    revocations: int


@dataclass(frozen=True)
class RevocationEntry:
    number: int  # 1, 2, 3, ... in the order the server revoked them
    certificate_number: str
    revoked_at: dt.datetime
    reason: str


def public_key_of(private_key: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def _sign(private_key: bytes, context: bytes, text: str) -> str:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(context + text.encode()).hex()


def sign_trust_statement(private_key: bytes, statement: TrustStatement) -> tuple[str, str]:
    """The statement's text and the hex signature over it."""
    text = _canonical(
        {
            "format": TRUST_FORMAT,
            "version": TRUST_VERSION,
            "issued_at": statement.issued_at.isoformat(),
            "revocations": statement.revocations,
            "issuers": [
                {
                    "key_id": issuer.key_id,
                    "public_key": issuer.public_key.hex(),
                    "site": issuer.site,
                    "revoked_at": None
                    if issuer.revoked_at is None
                    else issuer.revoked_at.isoformat(),
                }
                for issuer in statement.issuers
            ],
        }
    )
    return text, _sign(private_key, TRUST_CONTEXT, text)


def _signed(text: object, signature: object, public_key: bytes, context: bytes) -> Any:
    if not isinstance(text, str) or not isinstance(signature, str):
        return None
    try:
        raw_signature = bytes.fromhex(signature)
        message = context + text.encode()
    except (ValueError, UnicodeEncodeError):
        return None
    if len(raw_signature) != 64 or not signature_ok(public_key, raw_signature, message):
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def open_trust_statement(
    text: object, signature: object, public_key: bytes
) -> TrustStatement | None:
    """The statement if the server's key signed exactly this text; None otherwise."""
    if isinstance(text, str) and len(text) > MAX_STATEMENT_CHARS:
        return None
    data = _signed(text, signature, public_key, TRUST_CONTEXT)
    try:
        return _statement(data)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _statement(data: Any) -> TrustStatement | None:
    if not isinstance(data, dict) or data.get("format") != TRUST_FORMAT:
        return None
    if data.get("version") != TRUST_VERSION:
        return None
    revocations = data["revocations"]
    if not isinstance(revocations, int) or isinstance(revocations, bool) or revocations < 0:
        return None
    issuers = []
    for item in data["issuers"]:
        public = bytes.fromhex(item["public_key"])
        if not _HEX64.fullmatch(item["public_key"]) or key_id_for(public) != item["key_id"]:
            return None
        site = item["site"]
        if not isinstance(site, str) or not 0 < len(site) <= 40:
            return None
        revoked = item.get("revoked_at")
        issuers.append(
            Issuer(item["key_id"], public, site, None if revoked is None else _time(revoked))
        )
    return TrustStatement(_time(data["issued_at"]), tuple(issuers), revocations)


def sign_revocation(private_key: bytes, entry: RevocationEntry) -> tuple[str, str]:
    text = _canonical(
        {
            "number": entry.number,
            "certificate_id": entry.certificate_number,
            "revoked_at": entry.revoked_at.isoformat(),
            "reason": entry.reason,
        }
    )
    return text, _sign(private_key, REVOCATION_CONTEXT, text)


def open_revocation(text: object, signature: object, public_key: bytes) -> RevocationEntry | None:
    if isinstance(text, str) and len(text) > MAX_ENTRY_CHARS:
        return None
    data = _signed(text, signature, public_key, REVOCATION_CONTEXT)
    try:
        number, certificate, reason = data["number"], data["certificate_id"], data["reason"]
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            return None
        if not isinstance(certificate, str) or not _NUMBER.fullmatch(certificate):
            return None
        if not isinstance(reason, str) or len(reason) > 200:
            return None
        return RevocationEntry(number, certificate, _time(data["revoked_at"]), reason)
    except (ValueError, TypeError, KeyError):
        return None


def valid_key_id(text: str) -> bool:
    return bool(_KEY_ID.fullmatch(text))

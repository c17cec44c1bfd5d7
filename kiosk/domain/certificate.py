"""Signed certificate credentials for the QR code (CBOR, COSE_Sign1 with Ed25519, Base45):
issuing, parsing and the offline verdict (docs/certificates.md)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final, Protocol

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from kiosk.domain.card import key_id_for
from kiosk.domain.certificate_code import (
    CERTIFICATE_ID_LENGTH,
    b45decode,
    b45encode,
    id_binds,
    id_text,
    new_certificate_id,
    short_code,
)

FORMAT_VERSION: Final = 1
PREFIX: Final = "K3C1:"
MAX_TEXT_LENGTH: Final = 2000  # a version-40 QR code holds 4,296 alphanumeric characters
COSE_SIGN1_TAG: Final = 18
ALG_EDDSA: Final = -8
HEADER_ALG: Final = 1
HEADER_KID: Final = 4
KIND_COMPLETION: Final = "completion"
KIND_COMPETENCY: Final = "competency"
# A certificate is "cannot tell" once the trust list or the revocation list is older than this.
DEFAULT_MAX_AGE: Final = dt.timedelta(days=30)

# Payload map keys (small integers keep the QR code small; docs/certificates.md lists them).
K_VERSION, K_ID, K_KIND, K_HOLDER, K_ISSUED, K_VALID_UNTIL, K_SITE, K_PROVIDER, K_CLAIMS = range(
    1, 10
)
_TEXT_LIMIT: Final = 200


class Outcome(StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    CANNOT_TELL = "cannot_tell"


class Reason(StrEnum):
    VALID = "valid"
    MALFORMED = "malformed"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_ISSUER = "unknown_issuer"
    ISSUER_REVOKED = "issuer_revoked"
    WRONG_ISSUER = "wrong_issuer"
    REVOKED = "revoked"
    EXPIRED = "expired"
    STALE = "stale"
    NO_TRUST_LIST = "no_trust_list"


@dataclass(frozen=True)
class Certificate:
    """What a credential certifies: the holder's name and the achievement, nothing else
    personal. ``claims`` is the kind's own map (docs/certificates.md)."""

    certificate_id: bytes
    kind: str
    holder: str
    issued: dt.date
    valid_until: dt.date | None
    site: str
    provider: str
    claims: Mapping[str, Any] = field(default_factory=dict)

    @property
    def number(self) -> str:
        return id_text(self.certificate_id)

    @property
    def code(self) -> str:
        return short_code(self.certificate_id)

    def payload(self) -> dict[int, Any]:
        return {
            K_VERSION: FORMAT_VERSION,
            K_ID: self.certificate_id,
            K_KIND: self.kind,
            K_HOLDER: self.holder,
            K_ISSUED: self.issued.isoformat(),
            K_VALID_UNTIL: None if self.valid_until is None else self.valid_until.isoformat(),
            K_SITE: self.site,
            K_PROVIDER: self.provider,
            K_CLAIMS: dict(self.claims),
        }


@dataclass(frozen=True)
class SignedCertificate:
    """A parsed credential: its claims as the bytes say, not yet checked."""

    certificate: Certificate
    key_id: str
    protected: bytes = field(repr=False)
    payload: bytes = field(repr=False)
    signature: bytes = field(repr=False)

    @property
    def signed_message(self) -> bytes:
        return sig_structure(self.protected, self.payload)


def sig_structure(protected: bytes, payload: bytes) -> bytes:
    """COSE Sig_structure for COSE_Sign1 (RFC 9052 §4.4), empty external AAD. It starts with
    the bytes 0x84 0x6A "Signature1", so it never equals a card, bundle or enrolment message
    signed by the same kiosk key (each starts with its own "K3IN1-" context)."""
    return cbor2.dumps(["Signature1", protected, b"", payload])


class CertificateSigner:
    """Signs certificate credentials with a kiosk's Ed25519 key (its card-signing key)."""

    def __init__(self, private_key: bytes) -> None:
        self._key = Ed25519PrivateKey.from_private_bytes(private_key)
        public = self._key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.key_id: Final = key_id_for(public)

    def new_id(self) -> bytes:
        return new_certificate_id(self.key_id)

    def sign(self, certificate: Certificate) -> str:
        """The QR text: "K3C1:" + Base45 of a tagged COSE_Sign1."""
        protected = cbor2.dumps({HEADER_ALG: ALG_EDDSA, HEADER_KID: bytes.fromhex(self.key_id)})
        payload = cbor2.dumps(certificate.payload())
        signature = self._key.sign(sig_structure(protected, payload))
        cose = cbor2.dumps(cbor2.CBORTag(COSE_SIGN1_TAG, [protected, {}, payload, signature]))
        return PREFIX + b45encode(cose)

    def __repr__(self) -> str:
        return f"CertificateSigner(key_id={self.key_id!r})"


def _text(value: object, limit: int = _TEXT_LIMIT) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise ValueError("text")
    if any(not ch.isprintable() for ch in value):
        raise ValueError("control character")
    return value


def _day(value: object) -> dt.date:
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError("date")
    return dt.date.fromisoformat(value)


def _claims(kind: str, value: object) -> dict[str, Any]:
    if not isinstance(value, dict) or len(value) > 12:
        raise ValueError("claims")
    claims: dict[str, Any] = {}
    for key, item in value.items():
        _text(key, 40)
        if isinstance(item, bool) or not isinstance(item, str | int | list | tuple):
            raise ValueError("claim value")
        if isinstance(item, str):
            _text(item)
        elif isinstance(item, int) and not 0 <= item <= 100_000:
            raise ValueError("claim number")
        elif isinstance(item, list | tuple):
            if len(item) > 40:
                raise ValueError("claim list")
            for unit in item:
                if not (isinstance(unit, list | tuple) and len(unit) == 2):
                    raise ValueError("unit")
                _text(unit[0], 40)
                if unit[1] not in ("K", "BK"):
                    raise ValueError("unit result")
            item = [list(unit) for unit in item]
        claims[key] = item
    needed = COMPLETION_CLAIMS if kind == KIND_COMPLETION else COMPETENCY_CLAIMS
    if not needed <= claims.keys():
        raise ValueError("claims missing")
    return claims


COMPLETION_CLAIMS: Final = frozenset({"programme", "hours", "start", "end", "attendance_pct"})
COMPETENCY_CLAIMS: Final = frozenset({"scheme", "scheme_title", "units", "result", "lsp", "tuk"})


def parse(text: object) -> SignedCertificate | None:
    """The structure of a scanned credential, None if it is not one. Never raises."""
    if not isinstance(text, str) or len(text) > MAX_TEXT_LENGTH:
        return None
    # Scanners add CR/LF or TAB at the ends; spaces inside are Base45 digits.
    cleaned = text.strip("\r\n\t\x00")
    if not cleaned.upper().startswith(PREFIX):
        return None
    raw = b45decode(cleaned[len(PREFIX) :])
    if raw is None:
        return None
    try:
        return _parse_cose(raw)
    except (ValueError, TypeError, KeyError, OverflowError, RecursionError, LookupError):
        return None
    except cbor2.CBORError:
        return None


def _parse_cose(raw: bytes) -> SignedCertificate | None:
    outer = cbor2.loads(raw)
    if not isinstance(outer, cbor2.CBORTag) or outer.tag != COSE_SIGN1_TAG:
        return None
    parts = outer.value
    # cbor2 gives arrays inside a tag as tuples.
    if not isinstance(parts, list | tuple) or len(parts) != 4:
        return None
    protected, _unprotected, payload, signature = parts
    if not all(isinstance(p, bytes) for p in (protected, payload, signature)):
        return None
    if len(signature) != 64:
        return None
    header = cbor2.loads(protected)
    if not isinstance(header, dict) or header.get(HEADER_ALG) != ALG_EDDSA:
        return None
    kid = header.get(HEADER_KID)
    if not isinstance(kid, bytes) or len(kid) != 8:
        return None
    body = cbor2.loads(payload)
    if not isinstance(body, dict) or body.get(K_VERSION) != FORMAT_VERSION:
        return None
    certificate_id = body.get(K_ID)
    if not isinstance(certificate_id, bytes) or len(certificate_id) != CERTIFICATE_ID_LENGTH:
        return None
    kind = body.get(K_KIND)
    if kind not in (KIND_COMPLETION, KIND_COMPETENCY):
        return None
    until = body.get(K_VALID_UNTIL)
    certificate = Certificate(
        certificate_id=certificate_id,
        kind=kind,
        holder=_text(body.get(K_HOLDER), 120),
        issued=_day(body.get(K_ISSUED)),
        valid_until=None if until is None else _day(until),
        site=_text(body.get(K_SITE), 40),
        provider=_text(body.get(K_PROVIDER)),
        claims=_claims(kind, body.get(K_CLAIMS)),
    )
    return SignedCertificate(certificate, kid.hex(), protected, payload, signature)


@dataclass(frozen=True)
class Issuer:
    """A kiosk key the server's trust list allows to issue certificates for its site."""

    key_id: str
    public_key: bytes
    site: str
    revoked_at: dt.datetime | None = None


class TrustView(Protocol):
    """What the verdict needs: the signed trust list and revocation list as this kiosk holds
    them (kiosk.services.certificates answers from the store, bench/verify.py too)."""

    def issuer(self, key_id: str) -> Issuer | None: ...

    def is_revoked(self, certificate_number: str) -> bool: ...

    @property
    def trust_list_at(self) -> dt.datetime | None: ...

    @property
    def revocations_at(self) -> dt.datetime | None: ...


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    reason: Reason
    # Filled only once the signature has been checked, so nothing forged is ever shown.
    certificate: Certificate | None = None
    trust_age_days: int | None = None
    revocation_age_days: int | None = None

    @property
    def valid(self) -> bool:
        return self.outcome is Outcome.VALID


@functools.lru_cache(maxsize=256)
def _public(raw: bytes) -> Ed25519PublicKey | None:
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        return None


def signature_ok(public_key: bytes, signature: bytes, message: bytes) -> bool:
    key = _public(public_key)
    if key is None:
        return False
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True


def _age_days(at: dt.datetime | None, now: dt.datetime) -> int | None:
    return None if at is None else max(0, (now - at).days)


def verify(
    text: str,
    trust: TrustView,
    now: dt.datetime,
    *,
    max_age: dt.timedelta = DEFAULT_MAX_AGE,
) -> Verdict:
    """Check a scanned credential offline. Never raises.

    Only a certificate that would otherwise be valid (or whose issuer is not known yet)
    becomes "cannot tell" when the lists are old: a bad signature, a wrong issuer, an
    expiry or a revocation already held stay "invalid" however old the lists are."""
    trust_at, revoked_at = trust.trust_list_at, trust.revocations_at
    trust_age, revocation_age = _age_days(trust_at, now), _age_days(revoked_at, now)

    def done(outcome: Outcome, why: Reason, shown: Certificate | None = None) -> Verdict:
        return Verdict(outcome, why, shown, trust_age, revocation_age)

    signed = parse(text)
    if signed is None:
        return done(Outcome.INVALID, Reason.MALFORMED)
    if trust_at is None:
        return done(Outcome.CANNOT_TELL, Reason.NO_TRUST_LIST)
    stale = now - trust_at > max_age or revoked_at is None or now - revoked_at > max_age
    issuer = trust.issuer(signed.key_id)
    if issuer is None or key_id_for(issuer.public_key) != signed.key_id:
        if stale:
            return done(Outcome.CANNOT_TELL, Reason.STALE)
        return done(Outcome.INVALID, Reason.UNKNOWN_ISSUER)
    if not signature_ok(issuer.public_key, signed.signature, signed.signed_message):
        return done(Outcome.INVALID, Reason.BAD_SIGNATURE)
    certificate = signed.certificate
    if not id_binds(certificate.certificate_id, signed.key_id) or issuer.site != certificate.site:
        # Genuinely signed by a kiosk that did not issue it: nothing of it is shown.
        return done(Outcome.INVALID, Reason.WRONG_ISSUER)
    if issuer.revoked_at is not None:
        return done(Outcome.INVALID, Reason.ISSUER_REVOKED, certificate)
    if trust.is_revoked(certificate.number):
        return done(Outcome.INVALID, Reason.REVOKED, certificate)
    today = now.date()
    if certificate.valid_until is not None and today > certificate.valid_until:
        return done(Outcome.INVALID, Reason.EXPIRED, certificate)
    if stale:
        return done(Outcome.CANNOT_TELL, Reason.STALE, certificate)
    return done(Outcome.VALID, Reason.VALID, certificate)

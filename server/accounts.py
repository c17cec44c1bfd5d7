"""Devices and their credentials: one-time enrolment codes, expiring bearer tokens hashed at
rest, proof of possession when a device enrols again, and enrolment rate limits."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kiosk.domain.clock import utc_now
from kiosk.sync.identity import (
    ENROL_PROOF_SCHEME,
    normalise_code,
    valid_ed25519_public_key,
    verify_enrol_proof,
)
from kiosk.sync.protocol import EnrolRequest
from server.audit import record
from server.cards import bindings_for_new_key
from server.certificates import publish_trust_list
from server.db import Database
from server.ingest import add_change
from server.models import ClockSample, Device, EnrolmentCode, TrustedKey
from server.ratelimit import Limit, client_scope, refund, take
from server.secrets import secrets_of

log = logging.getLogger(__name__)

CODE_LIFETIME = dt.timedelta(hours=24)
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone
_SITE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")

ENV_TOKEN_DAYS = "KIOSK_SERVER_TOKEN_DAYS"
ENV_ENROL_PER_ADDRESS = "KIOSK_SERVER_ENROL_LIMIT_PER_ADDRESS"
ENV_ENROL_TOTAL = "KIOSK_SERVER_ENROL_LIMIT_TOTAL"
ENV_ENROL_WINDOW = "KIOSK_SERVER_ENROL_WINDOW_S"


@dataclass(frozen=True)
class IdentitySettings:
    """Token lifetime and enrolment limits (``kiosk-server serve`` options, or environment
    variables so that every worker of one deployment reads the same values)."""

    token_lifetime: dt.timedelta = dt.timedelta(days=90)
    # Failed enrolments allowed per client address and in total within one window: an
    # enrolment code has 60 random bits and lives 24 hours, so even the total allows no
    # useful guessing, while a site admin's typos and a whole fleet's roll-out pass.
    enrol_per_address: int = 20
    enrol_total: int = 200
    enrol_window: dt.timedelta = dt.timedelta(minutes=15)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> IdentitySettings:
        def number(name: str, default: float) -> float:
            value = environ.get(name, "").strip()
            try:
                return float(value) if value else default
            except ValueError:
                raise ValueError(f"{name} must be a number, not {value!r}") from None

        base = cls()
        return cls(
            token_lifetime=dt.timedelta(days=number(ENV_TOKEN_DAYS, base.token_lifetime.days)),
            enrol_per_address=int(number(ENV_ENROL_PER_ADDRESS, base.enrol_per_address)),
            enrol_total=int(number(ENV_ENROL_TOTAL, base.enrol_total)),
            enrol_window=dt.timedelta(
                seconds=number(ENV_ENROL_WINDOW, base.enrol_window.total_seconds())
            ),
        )


class ApiError(Exception):
    def __init__(
        self, status: int, code: str, detail: str, *, retry_after: int | None = None
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.retry_after = retry_after  # seconds, sent as Retry-After (429)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def valid_site(site: str) -> bool:
    return _SITE.match(site) is not None


def new_enrolment_code(session: Session, site: str, now: dt.datetime) -> str:
    """A one-time code for one kiosk of ``site``; only its hash is stored."""
    raw = "".join(_CODE_ALPHABET[b % len(_CODE_ALPHABET)] for b in os.urandom(12))
    session.add(
        EnrolmentCode(
            code_hash=_digest(raw), site=site, created_at=now, expires_at=now + CODE_LIFETIME
        )
    )
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


def bundle_private_key(session: Session, now: dt.datetime) -> bytes:
    """The server's private X25519 key for USB bundles: a file in the secrets folder, never in
    the database (server/secrets.py); ``now`` is kept for the callers' sake."""
    del now
    return secrets_of(session).bundle_key


def _new_token() -> str:
    # 256 random bits, so a plain SHA-256 at rest cannot be brute-forced.
    return "k3t_" + base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")


def _issue_token(device: Device, now: dt.datetime, settings: IdentitySettings) -> str:
    token = _new_token()
    device.token_hash = _digest(token)
    device.token_issued_at = now
    device.token_expires_at = now + settings.token_lifetime
    return token


def enrol(
    db: Database,
    request: EnrolRequest,
    now: dt.datetime,
    *,
    client: str,
    authorization: str | None,
    settings: IdentitySettings,
) -> tuple[Device, str]:
    """One enrolment attempt: rate limited per client address and in total, judged in its own
    transaction, and audited whatever the outcome (a refusal rolls that transaction back, so
    its audit entry is written in the next one)."""
    limits = _enrol_limits(client, settings)
    with db.transaction() as session:
        retry_after = take(
            session, limits, now, settings.enrol_window, action="enrol", client=client
        )
    if retry_after is not None:
        raise _too_many(retry_after)
    try:
        with db.transaction() as session:
            device, token = enrol_device(
                session, request, now, client=client, authorization=authorization, settings=settings
            )
            refund(session, limits, now, settings.enrol_window)  # a success is no guess
            record(session, "enrol", "done", device_id=device.id, site=device.site, client=client)
    except ApiError as exc:
        with db.transaction() as session:
            record(
                session,
                "enrol",
                "refused",
                device_id=request.device_id,
                client=client,
                reason=exc.code,
                at=now,
            )
        raise
    return device, token


def refuse_malformed_enrolment(
    db: Database, now: dt.datetime, *, client: str, reason: str, settings: IdentitySettings
) -> None:
    """An enrolment body that could not even be read: counted against the limits and audited
    like any other failure; raises 429 instead when the limits are reached already."""
    limits = _enrol_limits(client, settings)
    with db.transaction() as session:
        retry_after = take(
            session, limits, now, settings.enrol_window, action="enrol", client=client
        )
        if retry_after is None:
            record(session, "enrol", "refused", client=client, reason=reason, at=now)
    if retry_after is not None:
        raise _too_many(retry_after)


def _enrol_limits(client: str, settings: IdentitySettings) -> list[Limit]:
    return [
        Limit(client_scope("enrol", client), settings.enrol_per_address),
        Limit("enrol:all", settings.enrol_total),
    ]


def _too_many(retry_after: int) -> ApiError:
    return ApiError(
        429,
        "too_many_attempts",
        f"too many failed enrolments; try again in {retry_after} s",
        retry_after=retry_after,
    )


def enrol_device(
    session: Session,
    request: EnrolRequest,
    now: dt.datetime,
    *,
    client: str,
    authorization: str | None,
    settings: IdentitySettings,
) -> tuple[Device, str]:
    """Exchange a one-time code for a token. A device id that already exists is enrolled
    again only with proof that the caller is that device (its valid token, or a signature by
    its current key): device ids are not secret, every kiosk pulls them."""
    code = session.get(EnrolmentCode, _digest(normalise_code(request.code)), with_for_update=True)
    if code is None or code.used_at is not None or code.expires_at <= now:
        raise ApiError(401, "bad_code", "the enrolment code is unknown, used or expired")
    public = bytes.fromhex(request.public_key)
    if not valid_ed25519_public_key(public):
        raise ApiError(400, "bad_key", "the public key is not a valid Ed25519 public key")
    key_id = hashlib.sha256(public).digest()[:8].hex()
    if key_id != request.key_id:
        raise ApiError(400, "bad_key", "the key id does not match the public key")
    device = session.get(Device, request.device_id, with_for_update=True)
    if device is not None:
        if device.revoked_at is not None:
            raise ApiError(403, "device_revoked", "this device has been revoked")
        if not _proves_possession(session, device, request, authorization, now):
            raise ApiError(
                409,
                "device_exists",
                "this device id is enrolled already; enrolling it again needs its current "
                "token or a signature by its current key",
            )
        if device.site != code.site:
            raise ApiError(409, "wrong_site", f"this device belongs to site {device.site}")
    known_key = session.get(TrustedKey, key_id)
    if known_key is not None and known_key.device_id != request.device_id:
        raise ApiError(409, "key_in_use", "this public key belongs to another device")
    if known_key is not None and known_key.revoked_at is not None:
        raise ApiError(403, "key_revoked", "this public key has been revoked")
    if device is None:
        device = Device(
            id=request.device_id,
            site=code.site,
            label=request.label,
            key_id=key_id,
            enrolled_at=now,
        )
        session.add(device)
    elif request.label:
        device.label = request.label
    token = _issue_token(device, now, settings)
    device.previous_token_hash = device.previous_token_expires_at = None
    device.key_id = key_id
    code.used_at = now
    code.used_by = device.id
    if known_key is None:
        session.add(
            TrustedKey(
                key_id=key_id, public_key=request.public_key, device_id=device.id, created_at=now
            )
        )
        add_change(
            session,
            "device_key",
            key_id,
            {"key_id": key_id, "public_key": request.public_key, "device_id": device.id},
        )
        # A key ground until it fits someone's card: the recorded issuer decides instead.
        bindings_for_new_key(session, key_id, now)
        # The new key may issue certificates for its site: every kiosk learns it at once.
        publish_trust_list(session, now)
    record_clock(session, device, request.device_time, now)
    log.info("device %s enrolled for site %s from %s", device.id, device.site, client)
    return device, token


def _proves_possession(
    session: Session,
    device: Device,
    request: EnrolRequest,
    authorization: str | None,
    now: dt.datetime,
) -> bool:
    scheme = (authorization or "").partition(" ")[0]
    if scheme.lower() == "bearer":
        try:
            return authenticate(session, authorization, now=now).id == device.id
        except ApiError:
            return False
    if scheme != ENROL_PROOF_SCHEME:
        return False
    current = session.get(TrustedKey, device.key_id)
    if current is None or current.revoked_at is not None or current.device_id != device.id:
        return False
    return verify_enrol_proof(
        bytes.fromhex(current.public_key),
        authorization or "",
        request.code,
        request.device_id,
        request.public_key,
        now,
    )


def _bearer(authorization: str | None) -> str:
    scheme, _, token = (authorization or "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 200:
        raise ApiError(401, "no_token", "a bearer token is required")
    return token


def authenticate(
    session: Session,
    authorization: str | None,
    *,
    now: dt.datetime | None = None,
    lock: bool = False,
) -> Device:
    """The device a bearer token belongs to: 401 for an unknown (``bad_token``) or expired
    (``token_expired``) token, 403 for a revoked device. The first use of a rotated token
    ends the previous one."""
    digest = _digest(_bearer(authorization))
    now = now or utc_now()
    query = select(Device).where(
        or_(Device.token_hash == digest, Device.previous_token_hash == digest)
    )
    if lock:
        # Serialises pushes of one device (a retry racing a slow first attempt).
        query = query.with_for_update()
    device = session.scalar(query)
    if device is None:
        raise ApiError(401, "bad_token", "the token is not valid")
    if device.revoked_at is not None:
        raise ApiError(403, "device_revoked", "this device has been revoked")
    if device.token_hash is not None and hmac.compare_digest(device.token_hash, digest):
        expires = device.token_expires_at
        if device.previous_token_hash is not None:
            device.previous_token_hash = device.previous_token_expires_at = None
    elif device.previous_token_hash is not None and hmac.compare_digest(
        device.previous_token_hash, digest
    ):
        expires = device.previous_token_expires_at
    else:  # pragma: no cover - the query matched one of the two
        raise ApiError(401, "bad_token", "the token is not valid")
    if expires is None or expires <= now:
        raise ApiError(
            401, "token_expired", "the token has expired; enrol this device again with a new code"
        )
    return device


def rotate_token(
    session: Session, authorization: str | None, now: dt.datetime, settings: IdentitySettings
) -> tuple[Device, str]:
    """A new token for the caller. The token it called with stays valid until the new one is
    first used, so a reply lost on the way cannot lock the kiosk out."""
    device = authenticate(session, authorization, now=now, lock=True)
    presented = _digest(_bearer(authorization))
    if device.token_hash == presented:
        device.previous_token_hash = device.token_hash
        device.previous_token_expires_at = device.token_expires_at
    # Else it called with its previous token (it never received the last new one): that one
    # stays the previous token and the unused new one is replaced.
    token = _issue_token(device, now, settings)
    record(session, "rotate_token", "done", device_id=device.id, site=device.site, at=now)
    return device, token


def record_clock(
    session: Session, device: Device, device_time: dt.datetime, now: dt.datetime
) -> float:
    offset = (now - device_time).total_seconds()
    session.add(
        ClockSample(device_id=device.id, device_time=device_time, server_time=now, offset_s=offset)
    )
    device.clock_offset_s = offset
    device.last_seen_at = now
    return offset


def revoke_device(session: Session, device_id: str, now: dt.datetime) -> bool:
    """Refuse the device from now on and distrust its card-signing key."""
    device = session.get(Device, device_id)
    if device is None:
        return False
    device.revoked_at = now  # its token hashes are kept: the device is told 403, not 401
    for key in session.scalars(select(TrustedKey).where(TrustedKey.device_id == device_id)):
        if key.revoked_at is None:
            key.revoked_at = now
            add_change(
                session,
                "key_revocation",
                key.key_id,
                {"key_id": key.key_id, "revoked_at": now.isoformat()},
            )
    publish_trust_list(session, now)
    return True


# A revoked kiosk keeps calling every few minutes: one audit entry per device and hour is
# enough to show it is still trying (server/console lists it), the latest time is kept.
REFUSED_AUDIT_EVERY = dt.timedelta(hours=1)


def note_revoked_caller(db: Database, authorization: str | None, now: dt.datetime) -> None:
    """A revoked device called (and was told 403): remember when, for the console. Runs
    after the request's own transaction was rolled back."""
    try:
        digest = _digest(_bearer(authorization))
    except ApiError:
        return
    with db.transaction() as session:
        device = session.scalar(
            select(Device).where(
                or_(Device.token_hash == digest, Device.previous_token_hash == digest)
            )
        )
        if device is None or device.revoked_at is None:
            return
        previous = device.refused_at
        device.refused_at = now
        if previous is None or previous <= now - REFUSED_AUDIT_EVERY:
            record(
                session,
                "device_call",
                "refused",
                at=now,
                device_id=device.id,
                site=device.site,
                reason="device_revoked",
            )

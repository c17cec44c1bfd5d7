"""Devices and their credentials: one-time enrolment codes, bearer tokens hashed at rest."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.sync.protocol import EnrolRequest
from server.ingest import add_change
from server.models import ClockSample, Device, EnrolmentCode, TrustedKey
from server.secrets import secrets_of

CODE_LIFETIME = dt.timedelta(hours=24)
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone
_SITE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")


class ApiError(Exception):
    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _normalise_code(code: str) -> str:
    return re.sub(r"[\s-]", "", code).upper()


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


def enrol_device(session: Session, request: EnrolRequest, now: dt.datetime) -> tuple[Device, str]:
    code = session.get(EnrolmentCode, _digest(_normalise_code(request.code)), with_for_update=True)
    if code is None or code.used_at is not None or code.expires_at <= now:
        raise ApiError(401, "bad_code", "the enrolment code is unknown, used or expired")
    key_id = hashlib.sha256(bytes.fromhex(request.public_key)).digest()[:8].hex()
    if key_id != request.key_id:
        raise ApiError(400, "bad_key", "the key id does not match the public key")
    # The token has 256 random bits, so a plain SHA-256 at rest cannot be brute-forced.
    token = "k3t_" + base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
    device = session.get(Device, request.device_id)
    if device is not None and device.revoked_at is not None:
        raise ApiError(403, "device_revoked", "this device has been revoked")
    if device is None:
        device = Device(
            id=request.device_id,
            site=code.site,
            label=request.label,
            key_id=key_id,
            enrolled_at=now,
        )
        session.add(device)
    device.token_hash = _digest(token)
    device.key_id = key_id
    code.used_at = now
    code.used_by = device.id
    if session.get(TrustedKey, key_id) is None:
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
    record_clock(session, device, request.device_time, now)
    return device, token


def authenticate(session: Session, authorization: str | None, *, lock: bool = False) -> Device:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token or len(token) > 200:
        raise ApiError(401, "no_token", "a bearer token is required")
    query = select(Device).where(Device.token_hash == _digest(token.strip()))
    if lock:
        # Serialises pushes of one device (a retry racing a slow first attempt).
        query = query.with_for_update()
    device = session.scalar(query)
    if device is None or device.token_hash is None:
        raise ApiError(401, "bad_token", "the token is not valid")
    if not hmac.compare_digest(device.token_hash, _digest(token.strip())):
        raise ApiError(401, "bad_token", "the token is not valid")
    if device.revoked_at is not None:
        raise ApiError(403, "device_revoked", "this device has been revoked")
    return device


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
    device.revoked_at = now
    device.token_hash = None
    for key in session.scalars(select(TrustedKey).where(TrustedKey.device_id == device_id)):
        if key.revoked_at is None:
            key.revoked_at = now
            add_change(
                session,
                "key_revocation",
                key.key_id,
                {"key_id": key.key_id, "revoked_at": now.isoformat()},
            )
    return True

"""Importing a USB bundle: verify signature and checksums, then ingest like a push."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.sync import sealed_box
from kiosk.sync.protocol import (
    BUNDLE_EVENTS,
    BUNDLE_MANIFEST,
    BUNDLE_SIGNATURE,
    BUNDLE_SIGNING_CONTEXT,
    MAX_BATCH_EVENTS,
    MAX_BUNDLE_BYTES,
    BundleEvents,
    BundleManifest,
    ProtocolError,
    WireEvent,
    gunzip_limited,
    parse_message,
)
from server.accounts import bundle_private_key
from server.db import Database
from server.ingest import Batch, ingest
from server.models import Device, TrustedKey


class BundleRefused(Exception):
    """A bundle that is damaged, tampered with or from a device we do not trust."""


@dataclass(frozen=True)
class ImportReport:
    device_id: str
    events: int
    accepted: int
    duplicate: int
    rejected: int


def _read(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError as exc:
        raise BundleRefused(f"{name} is missing") from exc
    if info.file_size > limit:
        raise BundleRefused(f"{name} is too large")
    return archive.read(name)


def read_bundle(path: Path) -> tuple[BundleManifest, bytes]:
    """Check everything that can be checked without the database or the server's key;
    returns the manifest and the still encrypted events."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if names != {BUNDLE_MANIFEST, BUNDLE_SIGNATURE, BUNDLE_EVENTS}:
                raise BundleRefused("unexpected files in the bundle")
            manifest_raw = _read(archive, BUNDLE_MANIFEST, 64 * 1024)
            signature = _read(archive, BUNDLE_SIGNATURE, 1024)
            events_raw = _read(archive, BUNDLE_EVENTS, MAX_BUNDLE_BYTES)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BundleRefused(f"not a readable bundle: {exc}") from exc
    try:
        manifest = parse_message(BundleManifest, manifest_raw)
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(manifest.public_key))
        public.verify(
            bytes.fromhex(signature.decode("ascii").strip()), BUNDLE_SIGNING_CONTEXT + manifest_raw
        )
    except (ProtocolError, ValueError, UnicodeDecodeError, InvalidSignature) as exc:
        raise BundleRefused(f"the manifest or its signature is invalid: {exc}") from exc
    if hashlib.sha256(bytes.fromhex(manifest.public_key)).digest()[:8].hex() != manifest.key_id:
        raise BundleRefused("the key id does not match the public key")
    if manifest.files.get(BUNDLE_EVENTS) != hashlib.sha256(events_raw).hexdigest():
        raise BundleRefused("the events file does not match its checksum")
    if manifest.encryption is None:
        raise BundleRefused("the events are not encrypted to this server")
    return manifest, events_raw


def open_events(manifest: BundleManifest, sealed: bytes, private_key: bytes) -> BundleEvents:
    """Decrypt with the server's bundle key, then parse; any failure refuses the bundle."""
    assert manifest.encryption is not None
    try:
        plain = sealed_box.open_sealed(
            private_key,
            sealed_box.Sealed(
                manifest.encryption.ephemeral_public, manifest.encryption.nonce, sealed
            ),
            associated=manifest.device_id.encode(),
        )
    except sealed_box.OpenError as exc:
        raise BundleRefused("the events cannot be opened with this server's key") from exc
    try:
        events = parse_message(BundleEvents, gunzip_limited(plain, MAX_BUNDLE_BYTES))
    except ProtocolError as exc:
        raise BundleRefused(f"the events are invalid: {exc}") from exc
    if len(events.events) != manifest.event_count:
        raise BundleRefused("the number of events does not match the manifest")
    return events


def import_bundle(db: Database, path: Path, now: dt.datetime) -> ImportReport:
    manifest, sealed = read_bundle(path)
    with db.transaction() as session:
        bundle = open_events(manifest, sealed, bundle_private_key(session, now))
        device = session.get(Device, manifest.device_id)
        key = session.get(TrustedKey, manifest.key_id)
        if device is None or key is None or key.device_id != device.id:
            raise BundleRefused("the bundle comes from a device this server has not enrolled")
        if device.revoked_at is not None or key.revoked_at is not None:
            raise BundleRefused("the device or its key has been revoked")
        offset = dt.timedelta(seconds=device.clock_offset_s or 0.0)
    counts = {"accepted": 0, "duplicate": 0, "rejected": 0}
    events = [WireEvent.of(event) for event in bundle.events]
    for start in range(0, len(events), MAX_BATCH_EVENTS):
        with db.transaction() as session:
            batch = Batch(
                device_id=manifest.device_id,
                sent_at=manifest.created_at,
                received_at=now,
                via="bundle",
                known_offset=offset,
            )
            for outcome in ingest(session, batch, events[start : start + MAX_BATCH_EVENTS]):
                counts[outcome.status] += 1
    return ImportReport(device_id=manifest.device_id, events=len(events), **counts)

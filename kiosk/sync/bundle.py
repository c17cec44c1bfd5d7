"""USB bundles: every unacknowledged outbox event in one signed, checksummed file."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from kiosk.store.db import Store
from kiosk.store.models import OutboxEvent
from kiosk.sync import sealed_box
from kiosk.sync.engine import to_push_event
from kiosk.sync.protocol import (
    BUNDLE_EVENTS,
    BUNDLE_MANIFEST,
    BUNDLE_SIGNATURE,
    BUNDLE_SIGNING_CONTEXT,
    BundleEncryption,
    BundleEvents,
    BundleManifest,
)


@dataclass(frozen=True)
class BundleSummary:
    path: Path
    events: int
    bytes: int


def export_bundle(
    store: Store,
    device_id: str,
    private_key: bytes,
    target: Path,
    now: dt.datetime,
    *,
    server_key: str,
) -> BundleSummary:
    """Write the bundle next to ``target`` and move it into place only when complete, so a
    USB stick pulled out mid-write never holds a half bundle under the real name. Exporting
    acknowledges nothing: events stay pending until the server says it has them."""
    key = Ed25519PrivateKey.from_private_bytes(private_key)
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    with store.reading() as session:
        rows = session.scalars(
            select(OutboxEvent).where(OutboxEvent.status == "pending").order_by(OutboxEvent.seq)
        ).all()
        events = BundleEvents(events=[to_push_event(row, store.cipher) for row in rows])
    plain = gzip.compress(events.model_dump_json().encode(), compresslevel=6, mtime=0)
    # Personal data on a removable drive: only the server can open the events.
    sealed = sealed_box.seal(server_key, plain, associated=device_id.encode())
    events_raw = sealed.ciphertext
    manifest = BundleManifest(
        device_id=device_id,
        key_id=hashlib.sha256(public).digest()[:8].hex(),
        public_key=public.hex(),
        created_at=now,
        event_count=len(events.events),
        files={BUNDLE_EVENTS: hashlib.sha256(events_raw).hexdigest()},
        encryption=BundleEncryption(
            scheme=sealed_box.SCHEME, ephemeral_public=sealed.ephemeral_public, nonce=sealed.nonce
        ),
    )
    manifest_raw = manifest.model_dump_json(indent=2).encode()
    signature = key.sign(BUNDLE_SIGNING_CONTEXT + manifest_raw).hex()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(BUNDLE_MANIFEST, manifest_raw)
        archive.writestr(BUNDLE_SIGNATURE, signature)
        archive.writestr(BUNDLE_EVENTS, events_raw)
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    partial.replace(target)
    return BundleSummary(path=target, events=len(events.events), bytes=target.stat().st_size)

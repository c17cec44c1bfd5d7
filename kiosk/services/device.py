"""This kiosk's identity: a device id and its own Ed25519 card-signing key, made on first start."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kiosk.domain.card import CardSigner
from kiosk.domain.clock import Clock, system_clock
from kiosk.domain.ids import new_id
from kiosk.services.context import ServiceContext
from kiosk.store.db import Store
from kiosk.store.keystore import write_private_file
from kiosk.store.models import DeviceKey, KioskSetting

DEVICE_ID = "device_id"


def _load_or_create_key(path: Path) -> CardSigner:
    if path.exists():
        return CardSigner(path.read_bytes())
    signer = CardSigner.generate()
    write_private_file(path, signer.private_bytes())
    return signer


def open_context(store: Store, *, clock: Clock = system_clock) -> ServiceContext:
    signer = _load_or_create_key(store.paths.signing_key)
    now = clock()
    with store.reading() as session:
        known_id = session.get(KioskSetting, DEVICE_ID)
        own_key = session.get(DeviceKey, signer.key_id)
        if known_id is not None and own_key is not None:
            # Nothing to write: a kiosk in a read-only folder opens too (status, rosters).
            return ServiceContext(store=store, device_id=known_id.value, signer=signer, clock=clock)
    with store.transaction() as session:
        setting = session.get(KioskSetting, DEVICE_ID)
        if setting is None:
            setting = KioskSetting(key=DEVICE_ID, value=new_id())
            session.add(setting)
        device_id = setting.value
        ctx = ServiceContext(store=store, device_id=device_id, signer=signer, clock=clock)
        known = session.scalar(select(DeviceKey).where(DeviceKey.key_id == signer.key_id))
        if known is None:
            key = DeviceKey(
                key_id=signer.key_id,
                public_key=signer.public_bytes(),
                device_id=device_id,
                own=True,
                created_at=now,
            )
            session.add(key)
            ctx.record(
                session,
                "device_key",
                key.key_id,
                "create",
                {"key_id": key.key_id, "public_key": signer.public_bytes().hex()},
                at=now,
            )
    return ctx

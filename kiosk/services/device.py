"""This kiosk's identity: a device id and its own Ed25519 card-signing key, made on first start."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from kiosk.domain.card import CardSigner
from kiosk.domain.ids import new_id
from kiosk.services.context import Clock, ServiceContext, system_clock
from kiosk.store.db import Store
from kiosk.store.models import DeviceKey, KioskSetting

DEVICE_ID = "device_id"


def get_setting(store: Store, key: str) -> str | None:
    with store.reading() as session:
        row = session.get(KioskSetting, key)
        return None if row is None else row.value


def _load_or_create_key(path: Path) -> CardSigner:
    if path.exists():
        return CardSigner(path.read_bytes())
    signer = CardSigner.generate()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + ".new")
    # Created with owner-only permissions from the start: there is never a moment when
    # another local user could read the private key.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, signer.private_bytes())
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(path)
    return signer


def open_context(store: Store, *, clock: Clock = system_clock) -> ServiceContext:
    signer = _load_or_create_key(store.paths.signing_key)
    now = clock()
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

"""What the sync engine remembers between runs, in the kiosk's own settings table."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.orm import Session

from kiosk.store.db import Store
from kiosk.store.models import KioskSetting

SERVER_URL = "sync.server_url"
SITE = "sync.site"
TOKEN_FILE = "sync.token_file"
CURSOR = "sync.cursor"
BUNDLE_KEY = "sync.bundle_key"  # the server's X25519 key USB bundles are encrypted to
LAST_SYNC_AT = "last_sync_at"  # read by `kiosk status` too
LAST_ATTEMPT_AT = "sync.last_attempt_at"
LAST_ERROR = "sync.last_error"
BATCH_SIZE = "sync.batch_size"  # events per push the link took last time
LINK_RATE = "sync.link_bytes_per_s"  # what a push achieved last time (round trip included)
ALIAS_PREFIX = "applicant_alias:"
REVOKED_CARD_PREFIX = "revoked_card:"


def get(store: Store, key: str) -> str | None:
    with store.reading() as session:
        row = session.get(KioskSetting, key)
        return None if row is None else row.value


def put(session: Session, key: str, value: str | None) -> None:
    if value is None:
        session.execute(delete(KioskSetting).where(KioskSetting.key == key))
        return
    row = session.get(KioskSetting, key)
    if row is None:
        session.add(KioskSetting(key=key, value=value))
    else:
        row.value = value


def write_token(path: Path, token: str) -> None:
    """Written readable by its owner only, from the first byte, then moved into place."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, token.encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(path)


def read_token(path: Path) -> str | None:
    try:
        return path.read_text("ascii").strip() or None
    except FileNotFoundError:
        return None

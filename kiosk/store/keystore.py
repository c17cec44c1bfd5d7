"""Where the personal-data key lives: the OS keyring where one exists (Windows Credential
Locker, macOS Keychain), otherwise an owner-only file in the data folder's keys/ directory.

Never inside the database or its backups. `kiosk key export|import` moves it to a new PC.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import sys
from pathlib import Path
from typing import Protocol

from kiosk.i18n import define, msg
from kiosk.store.crypto import KEY_BYTES, PersonalKeyMissing
from kiosk.store.paths import DataPaths

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Kios3in1"
ENV_KEYRING = "KIOSK_KEYRING"  # "1" forces the OS keyring, "0" forces the key file

define(
    "keystore.bad_key_file",
    id="Berkas {path} bukan kunci data pribadi kios (harus 32 bita).",
    en="The file {path} is not a kiosk personal-data key (it must be 32 bytes).",
)


def write_private_file(path: Path, data: bytes) -> None:
    """Write a secret so that no other local user can ever read it: created owner-only,
    flushed to disk, then moved into place (never half-written under the real name)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(path)


class KeyStore(Protocol):
    def load(self) -> bytes | None: ...

    def save(self, key: bytes) -> None: ...

    def describe(self) -> str: ...


class FileKeyStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> bytes | None:
        if not self.path.exists():
            return None
        key = self.path.read_bytes()
        if len(key) != KEY_BYTES:
            raise PersonalKeyMissing(msg("crypto.key_missing", path=str(self.path)))
        return key

    def save(self, key: bytes) -> None:
        write_private_file(self.path, key)

    def describe(self) -> str:
        return str(self.path)


class OsKeyringStore:
    """One entry per data folder, so two kiosk folders on one PC never share a key."""

    def __init__(self, paths: DataPaths) -> None:
        digest = hashlib.sha256(str(paths.root).encode()).hexdigest()[:16]
        self.username = f"personal-data-{digest}"

    def load(self) -> bytes | None:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, self.username)
        if stored is None:
            return None
        key = base64.b64decode(stored)
        if len(key) != KEY_BYTES:
            raise PersonalKeyMissing(msg("crypto.key_missing", path=self.describe()))
        return key

    def save(self, key: bytes) -> None:
        import keyring

        keyring.set_password(KEYRING_SERVICE, self.username, base64.b64encode(key).decode())

    def describe(self) -> str:
        return f"OS keyring {KEYRING_SERVICE}/{self.username}"


def _os_keyring_usable() -> bool:
    choice = os.environ.get(ENV_KEYRING)
    if choice == "0":
        return False
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    if choice != "1" and sys.platform not in ("win32", "darwin"):
        # Linux desktop keyrings ask for a password at log-in or on first use: a kiosk that
        # starts unattended cannot answer, so Linux uses the owner-only file.
        return False
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0


def personal_key_store(paths: DataPaths) -> KeyStore:
    """The key file when one exists (it wins: it is what the admin put there), else the OS
    keyring when usable, else a new key file."""
    if paths.personal_key.exists() or not _os_keyring_usable():
        return FileKeyStore(paths.personal_key)
    return OsKeyringStore(paths)


def load_or_create_key(store: KeyStore, *, allow_create: bool) -> bytes:
    key = store.load()
    if key is not None:
        return key
    if not allow_create:
        raise PersonalKeyMissing(msg("crypto.key_missing", path=store.describe()))
    key = os.urandom(KEY_BYTES)
    store.save(key)
    log.info("new personal-data key kept in %s", store.describe())
    return key


def export_key(paths: DataPaths, target: Path) -> Path:
    """Copy the key to an owner-only file, to carry it to a new PC."""
    key = personal_key_store(paths).load()
    if key is None:
        raise PersonalKeyMissing(msg("crypto.key_missing", path=str(paths.personal_key)))
    write_private_file(target, key)
    return target


def import_key(paths: DataPaths, source: Path) -> str:
    """Install a carried key for this data folder; returns where it now lives. A key that
    does not open the folder's store is refused (KeyMismatch): it would only mix keys."""
    from kiosk.store.crypto import PersonalDataCipher
    from kiosk.store.keybinding import verify_key

    key = source.read_bytes()
    if len(key) != KEY_BYTES:
        from kiosk.i18n import UserError

        raise UserError(msg("keystore.bad_key_file", path=str(source)))
    verify_key(paths.database, PersonalDataCipher(key), str(source), writable=True)
    store: KeyStore = (
        OsKeyringStore(paths) if _os_keyring_usable() else FileKeyStore(paths.personal_key)
    )
    store.save(key)
    if isinstance(store, OsKeyringStore) and paths.personal_key.exists():
        paths.personal_key.unlink()
    return store.describe()

"""The server's secrets folder: the personal-data key, the USB-bundle key and the key that signs
certificate trust lists (docs/certificates.md), kept outside the database in owner-only files, and checked against the database so a lost or wrong key is
refused, never replaced.

A copy of the database alone (a stolen backup, a ``pg_dump``) reveals no personal data and
cannot open a bundle. Every server process and host of one database uses the same folder;
back it up separately from the database (docs/security.md).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from kiosk.domain.clock import utc_now
from kiosk.sync import sealed_box
from server.models import KeyCheck
from server.personal import KEY_BYTES, PersonalDataKey

ENV_SECRETS = "KIOSK_SERVER_SECRETS"
DEFAULT_FOLDER_NAME = "kiosk-server-secrets"
PERSONAL_KEY_FILE = "personal-data.key"
BUNDLE_KEY_FILE = "bundle-x25519.key"
TRUST_KEY_FILE = "certificate-trust.key"
PERSONAL_CHECK = "personal-data"
BUNDLE_CHECK = "bundle-x25519"
TRUST_CHECK = "certificate-trust"
_HINT = "--secrets-dir or " + ENV_SECRETS


class SecretsError(Exception):
    """The secrets folder does not fit the database (missing, wrong or unreadable key): the
    operator restores the right folder; the server never makes a new key for old data."""


def default_folder(url: str) -> Path:
    """Next to a SQLite database file; for PostgreSQL (or an in-memory database) in the
    user's data folder (platformdirs: ``$XDG_DATA_HOME/kios3in1-server/secrets`` on Linux,
    ``%LOCALAPPDATA%\\kios3in1-server\\secrets`` on Windows)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return Path(parsed.database).resolve().parent / DEFAULT_FOLDER_NAME
    import platformdirs

    return Path(platformdirs.user_data_dir("kios3in1-server", appauthor=False)) / "secrets"


def resolve_folder(url: str, explicit: str | os.PathLike[str] | None = None) -> Path:
    chosen = explicit or os.environ.get(ENV_SECRETS)
    return Path(chosen) if chosen else default_folder(url)


def owner_only(path: Path, mode: int) -> None:
    """Tighten an existing file or folder; one that is not ours is reported, not ignored."""
    try:
        if path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)
    except FileNotFoundError:
        return
    except PermissionError as exc:
        raise SecretsError(f"cannot make {path} readable only by its owner: {exc}") from exc


def prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise SecretsError(f"cannot create the secrets folder {folder}: {exc}") from exc
    owner_only(folder, 0o700)


def read_key(path: Path) -> bytes | None:
    try:
        value = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SecretsError(f"cannot read {path}: {exc}") from exc
    if len(value) != KEY_BYTES:
        raise SecretsError(f"{path} is not a {KEY_BYTES}-byte key; restore it from its backup")
    owner_only(path, 0o600)
    return value


def create_key(path: Path, value: bytes) -> bytes:
    """Write ``value`` unless the file exists; returns what the file holds afterwards. Atomic
    (written aside, then linked), so two processes starting at once agree on one key."""
    aside = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        descriptor = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(descriptor, value)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        with contextlib.suppress(FileExistsError):  # another process made it first: use that
            os.link(aside, path)
    except OSError as exc:
        raise SecretsError(f"cannot write {path}: {exc}") from exc
    finally:
        aside.unlink(missing_ok=True)
    _sync_folder(path.parent)
    existing = read_key(path)
    assert existing is not None
    return existing


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - the server runs on Linux
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@dataclass(frozen=True)
class ServerSecrets:
    folder: Path
    personal_key: bytes = field(repr=False)
    bundle_key: bytes = field(repr=False)
    # Ed25519: signs the certificate trust list and revocation entries kiosks check offline.
    trust_key: bytes = field(repr=False)

    @cached_property
    def personal(self) -> PersonalDataKey:
        return PersonalDataKey(self.personal_key)

    @property
    def bundle_public(self) -> str:
        return sealed_box.public_of(self.bundle_key)

    @property
    def trust_public(self) -> str:
        return trust_public_of(self.trust_key)


def trust_public_of(private: bytes) -> str:
    from kiosk.domain.certificate_trust import public_key_of

    return public_key_of(private).hex()


def secrets_of(session: Session) -> ServerSecrets:
    """The secrets of the Database this session came from (server.db puts them there)."""
    secrets = session.info.get("secrets")
    if not isinstance(secrets, ServerSecrets):
        raise RuntimeError("this session has no server secrets; open it through server.db")
    return secrets


def read_checks(engine: Engine) -> dict[str, str]:
    """The key checks the database holds (none before migration 0004)."""
    if not inspect(engine).has_table(KeyCheck.__tablename__):
        return {}
    with engine.connect() as connection:
        rows = connection.execute(select(KeyCheck.name, KeyCheck.value)).all()
    return {name: value for name, value in rows}


def legacy_bundle_key(engine: Engine) -> bytes | None:
    """The bundle key a database before migration 0004 kept in its ``server_secret`` table."""
    if not inspect(engine).has_table("server_secret"):
        return None
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT value FROM server_secret WHERE name = 'bundle_x25519'")
        ).first()
    return None if row is None else bytes.fromhex(row[0])


def open_personal_key(folder: Path, checks: dict[str, str]) -> bytes:
    """The personal-data key; made on first start only (no check stored yet). A refusal
    writes nothing, not even the folder."""
    path = folder / PERSONAL_KEY_FILE
    stored = checks.get(PERSONAL_CHECK)
    value = read_key(path)
    if value is not None or stored is None:
        prepare_folder(folder)
    if value is None:
        if stored is not None:
            raise SecretsError(
                f"the database holds personal data sealed with a key that is not in {folder} "
                f"({PERSONAL_KEY_FILE} is missing): restore the secrets folder from its backup "
                f"and point {_HINT} at it; the server never makes a new key for sealed data"
            )
        value = create_key(path, os.urandom(KEY_BYTES))
    if stored is not None and PersonalDataKey(value).check_value() != stored:
        raise SecretsError(
            f"{path} is not the key this database's personal data was sealed with: restore the "
            f"right secrets folder ({_HINT}); the server never mixes two keys"
        )
    return value


def adopt_bundle_key(folder: Path, private: bytes) -> bytes:
    """Move a bundle key out of the database into the folder (migration 0004)."""
    prepare_folder(folder)
    path = folder / BUNDLE_KEY_FILE
    if create_key(path, private) != private:
        raise SecretsError(
            f"{path} holds another bundle key than the database, whose public key the kiosks "
            f"seal their USB bundles to: move that file away or point {_HINT} at the right folder"
        )
    return private


def open_bundle_key(folder: Path, checks: dict[str, str], legacy: bytes | None) -> bytes:
    path = folder / BUNDLE_KEY_FILE
    stored = checks.get(BUNDLE_CHECK)
    value = read_key(path)
    if value is None:
        if stored is not None:
            raise SecretsError(
                f"{path} is missing, but the kiosks seal their USB bundles to this server's key "
                f"{stored[:16]}...: restore the secrets folder from its backup ({_HINT})"
            )
        if legacy is not None:
            return adopt_bundle_key(folder, legacy)
        private, _public = sealed_box.new_keypair()
        value = create_key(path, private)
    if stored is not None and sealed_box.public_of(value) != stored:
        raise SecretsError(
            f"{path} is not the bundle key the kiosks were given ({stored[:16]}...): restore the "
            f"right secrets folder ({_HINT})"
        )
    return value


def open_trust_key(folder: Path, checks: dict[str, str]) -> bytes:
    """The certificate trust-list key; made on first start (also for a database from before
    certificates). Kiosks pin its public half, so a lost key is refused, never replaced."""
    path = folder / TRUST_KEY_FILE
    stored = checks.get(TRUST_CHECK)
    value = read_key(path)
    if value is None:
        if stored is not None:
            raise SecretsError(
                f"{path} is missing, but the kiosks check certificates against this server's "
                f"trust key {stored[:16]}...: restore the secrets folder from its backup ({_HINT})"
            )
        prepare_folder(folder)
        value = create_key(path, os.urandom(KEY_BYTES))
    if stored is not None and trust_public_of(value) != stored:
        raise SecretsError(
            f"{path} is not the certificate trust key the kiosks hold ({stored[:16]}...): "
            f"restore the right secrets folder ({_HINT})"
        )
    return value


def check_values(secrets: ServerSecrets) -> dict[str, str]:
    return {
        PERSONAL_CHECK: secrets.personal.check_value(),
        BUNDLE_CHECK: secrets.bundle_public,
        TRUST_CHECK: secrets.trust_public,
    }


def record_checks(engine: Engine, secrets: ServerSecrets) -> None:
    """Store the checks the database lacks, then compare (two first starts racing with two
    different folders: the second one is refused)."""
    if not inspect(engine).has_table(KeyCheck.__tablename__):
        return  # a database not yet migrated (opened with migrate=False)
    wanted = check_values(secrets)
    now = utc_now()
    with engine.begin() as connection:
        insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
        connection.execute(
            insert(KeyCheck.__table__).on_conflict_do_nothing(),  # type: ignore[arg-type]
            [{"name": name, "value": value, "created_at": now} for name, value in wanted.items()],
        )
    stored = read_checks(engine)
    for name, value in wanted.items():
        if stored.get(name) != value:
            raise SecretsError(
                f"the keys in {secrets.folder} are not the ones this database was set up with "
                f"({name}): restore the right secrets folder ({_HINT})"
            )

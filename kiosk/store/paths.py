"""Where a kiosk keeps its files: --data-dir, else KIOSK_DATA_DIR, else the platform's data dir."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Kios3in1"
ENV_DATA_DIR = "KIOSK_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "kiosk.sqlite3"

    @property
    def lock(self) -> Path:
        return self.root / "kiosk.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def personal_key(self) -> Path:
        return self.keys / "personal-data.key"

    @property
    def signing_key(self) -> Path:
        return self.keys / "card-signing.key"


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> DataPaths:
    if option:
        root = Path(option)
    elif os.environ.get(ENV_DATA_DIR):
        root = Path(os.environ[ENV_DATA_DIR])
    else:
        import platformdirs

        root = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return DataPaths(root.expanduser().resolve())


# Owner-only: the store, its WAL, backups, keys and logs hold personal data (UU PDP), and a
# kiosk PC often has a second local account (a technician's, a shared "user").
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents) and tighten it to owner-only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    _tighten(path, PRIVATE_DIR)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty and owner-only if it is missing (before SQLite or a copy writes
    it: SQLite gives its -wal and -shm files the mode of the database file), else tighten it."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        _tighten(path, PRIVATE_FILE)
    return path


def _tighten(path: Path, mode: int) -> None:
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    # Never a shared folder such as /tmp (sticky bit) or a link to somewhere else.
    if stat.S_ISLNK(info.st_mode) or info.st_mode & stat.S_ISVTX:
        return
    if stat.S_IMODE(info.st_mode) & ~mode:
        os.chmod(path, stat.S_IMODE(info.st_mode) & mode)


def tighten_data_dir(paths: DataPaths) -> None:
    """Owner-only for a data folder written by an older kiosk (created 0755/0644): the folder,
    its subfolders and every file in them. Called at start-up, when the folder is writable."""
    _tighten(paths.root, PRIVATE_DIR)
    for folder in (paths.root, paths.keys, paths.backups, paths.logs):
        if not folder.is_dir():
            continue
        _tighten(folder, PRIVATE_DIR)
        for entry in folder.iterdir():
            if entry.is_file() and not entry.is_symlink():
                _tighten(entry, PRIVATE_FILE)

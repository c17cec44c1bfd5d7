"""Where a kiosk keeps its files: --data-dir, else KIOSK_DATA_DIR, else the platform's data dir."""

from __future__ import annotations

import os
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

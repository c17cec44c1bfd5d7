"""An exclusive lock on the data folder so that a second kiosk process cannot corrupt it."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from kiosk.i18n import UserError, define, msg

define(
    "store.locked",
    id="Kios sudah berjalan memakai folder data {path}. Tutup kios yang lain terlebih dahulu.",
    en="Another kiosk is already running on the data folder {path}. Close it first.",
)


class DataDirLocked(UserError):
    pass


class DataDirLock:
    """Held for the life of the process; the OS releases it if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        # True when the folder refused the lock file itself (a read-only mount): nothing can
        # be written there, so a second reader can corrupt nothing and none is locked out.
        self.read_only = False

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise
            self.read_only = True
            return
        try:
            _lock_fd(fd)
        except OSError:
            os.close(fd)
            raise DataDirLocked(msg("store.locked", path=str(self.path.parent))) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> DataDirLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows kiosks only

    def _lock_fd(fd: int) -> None:
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:

    def _lock_fd(fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

"""Logging: a rotating file in the data folder; never personal data (callers log ids only)."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are owner-only from their creation (rotated files are
    renamed, so they keep the mode): ids, device names and times are nobody else's."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file left by an older kiosk
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def _private_log_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    for old in folder.glob("kiosk.log*"):
        os.chmod(old, 0o600)


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Returns the log file in use, or None when no folder at all can be written."""
    root = logging.getLogger()
    root.setLevel(level)
    path: Path | None = log_dir / "kiosk.log"
    handler: logging.Handler
    for old in list(root.handlers):
        if getattr(old, "_kiosk", False):
            root.removeHandler(old)
            old.close()
    try:
        _private_log_dir(log_dir)
        assert path is not None
        handler = PrivateRotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        # The data folder cannot be written (read-only, a file, full): keep the log in the
        # temporary folder rather than printing traces on the person's terminal.
        import tempfile

        fallback = Path(tempfile.gettempdir()) / "kios3in1-logs"
        try:
            _private_log_dir(fallback)
            path = fallback / "kiosk.log"
            handler = PrivateRotatingFileHandler(
                path, maxBytes=2_000_000, backupCount=2, encoding="utf-8"
            )
        except OSError:
            path = None
            handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    setattr(handler, "_kiosk", True)  # noqa: B010 - a marker to find our handler again
    root.addHandler(handler)
    # Alembic announces every plugin at INFO; keep the log about the kiosk.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    # SQL parameters carry names and other personal values: never below WARNING, even when
    # the kiosk itself logs at DEBUG.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    return path

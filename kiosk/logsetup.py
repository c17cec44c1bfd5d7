"""Logging: a rotating file in the data folder; never personal data (callers log ids only)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
        log_dir.mkdir(parents=True, exist_ok=True)
        assert path is not None
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        # The data folder cannot be written (read-only, a file, full): keep the log in the
        # temporary folder rather than printing traces on the person's terminal.
        import tempfile

        fallback = Path(tempfile.gettempdir()) / "kios3in1-logs"
        try:
            fallback.mkdir(parents=True, exist_ok=True)
            path = fallback / "kiosk.log"
            handler = logging.handlers.RotatingFileHandler(
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

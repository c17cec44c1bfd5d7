"""The GUI fills a store with demo data only when started with --demo, and marks it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.i18n import UserError
from kiosk.options import gui_options
from kiosk.services.kiosk import open_kiosk
from kiosk.services.settings import DEMO_DATA
from kiosk.store.lock import DataDirLock
from kiosk.store.paths import DataPaths
from kiosk.sync import state
from kiosk.ui.app import _open_services


def _start(folder: Path, *tokens: str) -> tuple[int, bool]:
    """What the GUI's start opens, as `kiosk TOKENS` would: (applicants, marked as demo)."""
    args = gui_options(["--data-dir", str(folder), *tokens])
    assert args is not None
    paths = DataPaths(folder)
    lock = DataDirLock(paths.lock)
    lock.acquire()
    services = _open_services(paths, lock, seed_demo=args.demo)
    try:
        return services.status.status().applicants, services.settings.get(DEMO_DATA)
    finally:
        services.close()


def test_a_new_store_stays_empty_without_demo(tmp_path: Path) -> None:
    assert _start(tmp_path / "real", "--windowed") == (0, False)
    assert _start(tmp_path / "old-script", "--windowed", "--no-demo") == (0, False)


def test_demo_fills_and_marks_a_new_store_once(tmp_path: Path) -> None:
    applicants, marked = _start(tmp_path / "demo", "--windowed", "--demo")
    assert applicants == 200 and marked
    assert _start(tmp_path / "demo", "--windowed", "--demo") == (200, True)  # not filled twice


def test_demo_is_refused_in_a_paired_kiosk(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "paired")
    with open_kiosk(paths) as services, services.store.transaction() as session:
        state.put(session, state.SERVER_URL, "https://sync.example.go.id")
    with pytest.raises(UserError) as refusal:
        _start(paths.root, "--demo")
    assert refusal.value.message.code == "demo.paired"
    with open_kiosk(paths) as services:  # the lock was given back, nothing was written
        assert services.status.status().applicants == 0
        assert services.settings.get(DEMO_DATA) is False

"""Shared test set-up: offscreen Qt, automatic gui marker, a migrated template store per run,
the real central server (tests/servers.py) as the `server` and `own_server` fixtures."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set by the test set-up, not by the person running the tests.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("KIOSK_DATA_DIR", None)
# One server serves a whole run's enrolments, some refused on purpose: its enrolment limits
# (server/accounts.py) must not turn later legitimate ones into 429. The tests of the limits
# start their own server with explicit `serve` options.
os.environ["KIOSK_SERVER_ENROL_LIMIT_PER_ADDRESS"] = "100000"
os.environ["KIOSK_SERVER_ENROL_LIMIT_TOTAL"] = "100000"

from kiosk.services.kiosk import KioskServices, open_kiosk
from kiosk.store.db import Store
from kiosk.store.paths import DataPaths
from tests.servers import BACKENDS, ServerProcess, make_database_url

JAKARTA = dt.timezone(dt.timedelta(hours=7))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


class SettableClock:
    """A real clock value the test moves by hand (no mocking of time)."""

    def __init__(self, start: dt.datetime) -> None:
        self.moment = start

    def __call__(self) -> dt.datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += dt.timedelta(**delta)


@pytest.fixture
def clock() -> SettableClock:
    return SettableClock(dt.datetime(2026, 3, 2, 9, 30, tzinfo=JAKARTA))


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The schema is built once per run and copied for every test (fast database tests)."""
    root = tmp_path_factory.mktemp("template")
    with Store.open(DataPaths(root)):
        pass
    return root / "kiosk.sqlite3"


@pytest.fixture
def data_paths(tmp_path: Path, template_store: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    shutil.copyfile(template_store, paths.database)
    return paths


@pytest.fixture
def kiosk(data_paths: DataPaths, clock: SettableClock) -> Iterator[KioskServices]:
    services = open_kiosk(data_paths, clock=clock)
    try:
        yield services
    finally:
        services.close()


@pytest.fixture(autouse=True)
def no_dangling_threads() -> Iterator[None]:
    """A test that leaves a Python thread running fails (cf. napari's fixtures)."""
    before = set(threading.enumerate())
    yield
    # The store's checkpointer is a daemon thread only so that a crash cannot hang on it;
    # a test that leaves it running left a store open.
    leftover = [
        t
        for t in threading.enumerate()
        if t not in before and t.is_alive() and (not t.daemon or t.name == "kiosk-wal-checkpoint")
    ]
    assert not leftover, f"threads left running: {leftover}"


@pytest.fixture(scope="session", params=BACKENDS)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    """One server per backend for the run; tests keep apart by using their own devices."""
    folder = tmp_path_factory.mktemp(f"server-{request.param}")
    process = ServerProcess(make_database_url(request.param, folder), folder / "server.log")
    process.start()
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture(params=BACKENDS)
def own_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServerProcess]:
    """A server this test alone uses (it may kill it)."""
    process = ServerProcess(make_database_url(request.param, tmp_path), tmp_path / "server.log")
    process.start()
    try:
        yield process
    finally:
        process.stop()

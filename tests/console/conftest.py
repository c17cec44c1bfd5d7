"""One seeded server per backend for the console's tests, and its users."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.console.fleet import SITE_A, Fleet, add_user, seed_fleet
from tests.integration.conftest import BACKENDS, ServerProcess, make_database_url


@pytest.fixture(scope="module", params=BACKENDS)
def fleet(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, template_store: Path
) -> Iterator[Fleet]:
    folder = tmp_path_factory.mktemp(f"console-{request.param}")
    server = ServerProcess(make_database_url(request.param, folder), folder / "server.log")
    server.start()
    try:
        seeded = seed_fleet(server, folder / "kiosks", template_store)
        add_user(server, "admin1", "admin")
        add_user(server, "manager-a", "manager", SITE_A)
        add_user(server, "viewer1", "viewer")
        yield seeded
    finally:
        server.stop()

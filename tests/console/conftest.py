"""One seeded server per backend for the console's tests, and its users."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.console.fleet import Fleet, seeded_server
from tests.servers import BACKENDS


@pytest.fixture(scope="module", params=BACKENDS)
def fleet(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, template_store: Path
) -> Iterator[Fleet]:
    yield from seeded_server(request.param, tmp_path_factory, template_store)

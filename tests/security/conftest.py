"""Attacks run against the real server process and real kiosk stores (fixtures shared with
tests/integration)."""

from tests.integration.conftest import own_server, server  # noqa: F401

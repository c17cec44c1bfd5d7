"""Time as the code reads it: one clock type, the device's local clock, and now in UTC."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

# What a use-case, the sync engine or a server route is handed to read the time, so that a
# test can set it (tests/conftest.py SettableClock) without patching anything.
Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    """Local wall time with the device's current UTC offset (what a kiosk records)."""
    return dt.datetime.now().astimezone()


def utc_now() -> dt.datetime:
    """Now, in UTC (what the server records)."""
    return dt.datetime.now(dt.UTC)

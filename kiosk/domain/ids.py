"""Client-generated record ids: time-ordered UUIDv7 strings (RFC 9562)."""

from __future__ import annotations

import os
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_COUNTER_MAX = 0xFFF  # rand_a is 12 bits wide

# Read through this name so tests can stand the clock still or step it back.
_clock_ns = time.time_ns
_lock = threading.Lock()
_last_ms = -1
_counter = 0


def _next_stamp() -> tuple[int, int]:
    """Return (unix_ms, counter) pairs that strictly increase within this process."""
    global _last_ms, _counter
    now_ms = _clock_ns() // 1_000_000
    with _lock:
        if now_ms > _last_ms:
            _last_ms = now_ms
            # A random start keeps ids from two processes in the same millisecond apart,
            # while the cleared top bit leaves room for 2048+ ids before overflowing.
            _counter = int.from_bytes(os.urandom(2), "big") & 0x7FF
        else:
            # Same millisecond, or the wall clock stepped back: keep counting from the
            # last stamp so ordering never breaks.
            _counter += 1
            if _counter > _COUNTER_MAX:
                _last_ms += 1
                _counter = 0
        return _last_ms, _counter


def new_id() -> str:
    """A new UUIDv7 string, strictly greater than every id made before it in this process."""
    unix_ms, counter = _next_stamp()
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (unix_ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62 | rand_b
    # Formatting the hex directly is several times faster than uuid.UUID(...).__str__, and
    # bulk imports make hundreds of thousands of ids.
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def id_timestamp(id: str) -> datetime:
    """The UTC creation time (millisecond precision) embedded in a UUIDv7 string."""
    parsed = uuid.UUID(id)
    if parsed.version != 7 or parsed.variant != uuid.RFC_4122:
        raise ValueError(f"not a UUIDv7: {id!r}")
    return _EPOCH + timedelta(milliseconds=parsed.int >> 80)

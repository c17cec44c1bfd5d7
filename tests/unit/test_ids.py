"""Tests for UUIDv7 record ids."""

from __future__ import annotations

import re
import time
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain import ids
from kiosk.domain.ids import id_timestamp, new_id

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def test_new_id_is_a_uuidv7_string() -> None:
    value = new_id()
    assert UUID_RE.fullmatch(value)
    parsed = uuid.UUID(value)
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122


def test_ids_strictly_increase() -> None:
    values = [new_id() for _ in range(20_000)]
    assert values == sorted(values)
    assert len(set(values)) == len(values)


@pytest.fixture
def restore_id_state(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """Tests that fake the clock must not leave future stamps behind for later tests."""
    monkeypatch.setattr(ids, "_last_ms", ids._last_ms)
    monkeypatch.setattr(ids, "_counter", ids._counter)
    return monkeypatch


def test_ids_increase_within_one_millisecond_past_counter_overflow(
    restore_id_state: pytest.MonkeyPatch,
) -> None:
    monkeypatch = restore_id_state
    frozen_ns = time.time_ns() + 10**12  # later than any id made so far
    monkeypatch.setattr(ids, "_clock_ns", lambda: frozen_ns)
    values = [new_id() for _ in range(10_000)]
    assert values == sorted(values)
    assert len(set(values)) == len(values)


def test_ids_increase_when_the_clock_steps_back(restore_id_state: pytest.MonkeyPatch) -> None:
    monkeypatch = restore_id_state
    now = time.time_ns() + 2 * 10**12
    monkeypatch.setattr(ids, "_clock_ns", lambda: now)
    before = new_id()
    monkeypatch.setattr(ids, "_clock_ns", lambda: now - 5 * 10**9)
    after = new_id()
    assert after > before


def test_id_timestamp_is_creation_time_in_utc() -> None:
    before = datetime.now(UTC) - timedelta(milliseconds=1)
    value = new_id()
    after = datetime.now(UTC) + timedelta(milliseconds=1)
    stamp = id_timestamp(value)
    assert stamp.tzinfo is UTC
    assert before <= stamp <= after


def test_id_timestamp_of_a_known_value() -> None:
    # RFC 9562 appendix A.6 example: 2022-02-22 19:22:22 UTC.
    stamp = id_timestamp("017f22e2-79b0-7cc3-98c4-dc0c0c07398f")
    assert stamp == datetime(2022, 2, 22, 19, 22, 22, tzinfo=UTC)


@pytest.mark.parametrize("value", [str(uuid.uuid4()), "not-a-uuid", ""])
def test_id_timestamp_rejects_other_values(value: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        id_timestamp(value)

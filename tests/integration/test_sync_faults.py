"""Faults between kiosk and server: after convergence the server holds each event once."""

from __future__ import annotations

import pytest

from kiosk.services.kiosk import KioskServices
from kiosk.sync import state
from tests.netproxy import FaultProxy
from tests.servers import ServerProcess
from tests.synchelpers import (
    distinct_forms,
    enrol,
    fast_backoff,
    open_session,
    outbox_ids,
    record_scan,
    server_event_ids,
)


def _field_day(kiosk: KioskServices, people: int = 12) -> None:
    session_id = open_session(kiosk)
    for result in kiosk.registration.register_many(distinct_forms(people)):
        assert result.card_id
        record_scan(kiosk, session_id, result.card_id, result.applicant_id)


def _converged(kiosk: KioskServices, server: ServerProcess) -> None:
    ids = server_event_ids(server, kiosk.ctx.device_id)
    assert len(ids) == len(set(ids))  # each once
    assert set(ids) == outbox_ids(kiosk)  # exactly the kiosk's events
    assert kiosk.sync.health().pending == 0


@pytest.mark.parametrize(
    "faults",
    [
        ["reset_before_request", "reset_before_response", "pass"],
        ["status:500", "status:502", "status:503", "status:429"],
        ["truncate", "truncate"],
        ["reset_before_response", "truncate", "status:503", "reset_before_response"],
    ],
    ids=["resets", "http-errors", "truncated", "mixed"],
)
def test_faults_on_the_link_lose_and_double_nothing(
    faults: list[str], kiosk: KioskServices, server: ServerProcess
) -> None:
    _field_day(kiosk)
    with FaultProxy(server.port) as proxy:
        enrol(kiosk, server, proxy.url)
        proxy.faults.extend(faults)
        report = kiosk.sync.run(backoff=fast_backoff())
        assert report.complete, report.error
    _converged(kiosk, server)
    assert report.accepted + report.duplicate == len(outbox_ids(kiosk))


def test_slow_server_past_the_client_timeout(kiosk: KioskServices, server: ServerProcess) -> None:
    _field_day(kiosk, people=3)
    with FaultProxy(server.port) as proxy:
        enrol(kiosk, server, proxy.url)
        proxy.faults.extend(["slow:2.0"])
        report = kiosk.sync.run(backoff=fast_backoff(), timeout_s=0.5)
        assert report.complete, report.error
    _converged(kiosk, server)


def test_gives_up_cleanly_when_the_server_stays_down(
    kiosk: KioskServices, server: ServerProcess
) -> None:
    _field_day(kiosk, people=2)
    with FaultProxy(server.port) as proxy:
        enrol(kiosk, server, proxy.url)
        proxy.faults.extend(["status:503"] * 4)
        report = kiosk.sync.run(backoff=fast_backoff(attempts=4))
        assert report.error is not None and report.error.code == "sync.unreachable"
        assert report.pending == len(outbox_ids(kiosk))
        assert kiosk.sync.health().last_error is not None
        assert kiosk.sync.run(backoff=fast_backoff()).complete  # and recovers on the next run
    _converged(kiosk, server)


def test_server_killed_mid_batch_and_restarted(
    kiosk: KioskServices, own_server: ServerProcess
) -> None:
    _field_day(kiosk, people=40)

    def kill_and_restart() -> None:
        own_server.kill()
        own_server.start()

    with FaultProxy(own_server.port) as proxy:
        enrol(kiosk, own_server, proxy.url)
        # The batch and its retry are both cut by a kill (the pull rides on the last push).
        proxy.faults.extend([kill_and_restart, kill_and_restart, "pass"])
        report = kiosk.sync.run(backoff=fast_backoff())
        assert report.complete, report.error
        assert proxy.seen.count("callable") == 2
    _converged(kiosk, own_server)


def test_batches_cut_to_a_slow_links_byte_budget_still_converge(
    kiosk: KioskServices, server: ServerProcess
) -> None:
    _field_day(kiosk, people=6)
    with kiosk.store.transaction() as session:  # as if the last sync had crawled along
        state.put(session, state.LINK_RATE, "100")
    with FaultProxy(server.port) as proxy:
        enrol(kiosk, server, proxy.url)
        before = proxy.requests
        proxy.faults.extend(["pass", "reset_before_response"])
        report = kiosk.sync.run(backoff=fast_backoff())
        assert report.complete, report.error
        assert proxy.requests - before >= 4  # cut into several batches, one retried
    assert report.pulled_ok and state.get(kiosk.store, state.CURSOR) is not None
    _converged(kiosk, server)

"""Kiosk migration 0007 on a kiosk written by release 0.1: every record kept, the certificate
tables added empty, and the upgraded kiosk issues and checks certificates."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.domain.certificate import Outcome
from kiosk.sync import state
from tests.integration.test_certificates import SITE, _trust
from tests.integration.test_upgrade_from_v0_1 import (  # noqa: F401
    MANIFEST,
    legacy,
    open_legacy,
    saved_clock,
)

TABLES = ("applicant", "card", "attendance_event", "enrolment", "outbox_event", "staff_account")


def _counts(database: Path) -> dict[str, int]:
    db = sqlite3.connect(database)
    try:
        return {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES
        }
    finally:
        db.close()


def test_an_old_kiosk_keeps_every_record_and_gains_certificates(legacy: Path) -> None:  # noqa: F811
    entry = MANIFEST["kiosks"][0]
    database = legacy / entry["data_dir"] / "kiosk.sqlite3"
    before = _counts(database)
    clock = saved_clock()
    kiosk = open_legacy(legacy, entry, clock)
    try:
        after = _counts(database)
        # Opening wrote nothing but the new tables (the outbox may only grow).
        assert {k: v for k, v in after.items() if k != "outbox_event"} == {
            k: v for k, v in before.items() if k != "outbox_event"
        }
        assert after["outbox_event"] >= before["outbox_event"]
        status = kiosk.certificates.status()
        assert (status.trust_list_at, status.revocations) == (None, 0)
        assert kiosk.completion.review(entry["session_id"]).candidates
        with kiosk.store.transaction() as session:
            state.put(session, state.SITE, SITE)
        _trust(kiosk, clock())
        verdict = kiosk.certificates.verify("K3C1:not a certificate")
        assert verdict.outcome is Outcome.INVALID
    finally:
        kiosk.close()

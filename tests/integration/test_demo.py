"""Demo data and bulk registration through a process pool, against real SQLite files."""

from __future__ import annotations

import dataclasses
import itertools
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kiosk.domain.card import VerifyStatus
from kiosk.services.demo import BATCH, PeopleGenerator, run_demo
from kiosk.services.demo.pipeline import BatchRegistration, prepare_batch, store_batch
from kiosk.services.kiosk import KioskServices, open_kiosk
from kiosk.services.registration import DuplicateApplicant, InvalidForm
from kiosk.store.crypto import nik_hint
from kiosk.store.models import Applicant, Card, Enrolment, OutboxEvent
from kiosk.store.paths import DataPaths
from tests.conftest import SettableClock
from tests.factories import applicant_form

# Personal fields: sealed in the applicant row, plain in the (sealed) outbox payload.
PERSONAL = ("nik", "address", "phone", "email", "kk")


@pytest.fixture
def other_kiosk(
    tmp_path: Path, template_store: Path, clock: SettableClock
) -> Iterator[KioskServices]:
    paths = DataPaths(tmp_path / "other")
    paths.root.mkdir()
    shutil.copyfile(template_store, paths.database)
    services = open_kiosk(paths, clock=clock)
    try:
        yield services
    finally:
        services.close()


def _stored(kiosk: KioskServices) -> dict[str, Any]:
    """What a demo wrote, without ids, nonces and keys: comparable across two kiosks."""
    cipher = kiosk.store.cipher
    with kiosk.store.reading() as session:
        people = []
        for a in session.scalars(select(Applicant)):
            opened = tuple(
                cipher.open_optional(getattr(a, f"{field}_sealed"), row=a.id, field=field)
                for field in PERSONAL
            )
            assert a.nik_digest == cipher.digest(opened[0] or "", purpose="nik")
            assert a.kk_digest == cipher.digest(opened[4] or "", purpose="kk")
            assert a.nik_hint_digest == cipher.hint_digest(nik_hint(opened[0] or ""))
            plain = (a.full_name, a.birth_date, a.sex, a.regency_code, a.occupation)
            verdict = (a.eligible, tuple(a.ineligible_reasons), a.registered_at, a.consent_at)
            people.append((*plain, *verdict, *opened))
        cards = list(session.scalars(select(Card)))
        events = list(session.scalars(select(OutboxEvent)))
        enrolments = session.scalar(select(func.count()).select_from(Enrolment))
    uploads = []
    for event in events:
        if event.entity != "applicant":
            continue
        assert set(event.payload) == {"sealed"}  # personal data sealed at rest
        upload = cipher.open_payload(event.payload, row=event.id)
        del upload["id"], upload["device_id"]
        uploads.append(tuple(sorted(upload.items(), key=lambda kv: kv[0])))
    card_events = {e.entity_id: e.payload for e in events if e.entity == "card"}
    for card in cards:
        assert kiosk.cards.verify(card.payload).status is VerifyStatus.VALID
        event = card_events[card.id]
        assert event["payload"] == card.payload
        assert event["applicant_id"] == card.applicant_id
    return {
        "people": sorted(people),
        "uploads": sorted(uploads, key=repr),
        "cards": len(cards),
        "card_kinds": sorted(
            (c.issued_at, c.valid_until, c.key_id == kiosk.ctx.signer.key_id) for c in cards
        ),
        "events": Counter(e.entity for e in events),
        "statuses": Counter((e.status, e.attempts) for e in events),
        "enrolments": enrolments,
    }


def test_demo_with_workers_stores_what_the_demo_without_stores(
    kiosk: KioskServices, other_kiosk: KioskServices
) -> None:
    applicants = 2 * BATCH + 150  # whole batches and a short last one
    alone = run_demo(kiosk, applicants=applicants, sessions=4, workers=0)
    pooled = run_demo(other_kiosk, applicants=applicants, sessions=4, workers=2)
    assert alone == pooled
    assert alone.applicants == applicants and alone.enrolments > 0
    expected, got = _stored(kiosk), _stored(other_kiosk)
    assert got == expected
    assert got["cards"] == applicants
    assert got["events"]["applicant"] == got["events"]["card"] == applicants


def test_the_fast_path_stores_what_register_many_stores(
    kiosk: KioskServices, other_kiosk: KioskServices
) -> None:
    # Encoded rows (kiosk.store.fastpath) against Core inserts: the same values read back.
    forms = list(itertools.islice(PeopleGenerator(9, kiosk.ctx.now().date()), 300))
    prepared = prepare_batch(kiosk.ctx.records, forms, kiosk.ctx.now())
    assert prepared is not None
    fast = store_batch(kiosk.ctx, kiosk.registration, forms, prepared)
    assert fast == prepared.registered
    plain = other_kiosk.registration.register_many(forms)
    assert [r.eligible for r in plain] == [r.eligible for r in fast]
    assert _stored(kiosk) == _stored(other_kiosk)


def test_a_prepared_batch_counts_family_cards_already_stored(kiosk: KioskServices) -> None:
    # Two people per family card are eligible (see test_services); the third is not.
    kk = "3273019999999999"
    kiosk.registration.register(applicant_form(kk_number=kk, seed=300))
    forms = [applicant_form(kk_number=kk, seed=301 + i) for i in range(2)]
    prepared = prepare_batch(kiosk.ctx.records, forms, kiosk.ctx.now())
    assert prepared is not None
    assert [r.eligible for r in prepared.registered] == [True, True]  # counted the batch only
    results = store_batch(kiosk.ctx, kiosk.registration, forms, prepared)
    assert [r.eligible for r in results] == [True, False]
    with kiosk.store.reading() as session:
        stored = {
            row.id: row.eligible
            for row in session.execute(select(Applicant.id, Applicant.eligible))
        }
    assert [stored[r.applicant_id] for r in results] == [True, False]


def test_a_batch_that_cannot_be_prepared_is_refused_whole(kiosk: KioskServices) -> None:
    now = kiosk.ctx.now()
    first = applicant_form(seed=400)
    kiosk.registration.register(first)
    bad = [applicant_form(seed=401), dataclasses.replace(applicant_form(seed=402), nik="12")]
    assert prepare_batch(kiosk.ctx.records, bad, now) is None
    with pytest.raises(InvalidForm):
        store_batch(kiosk.ctx, kiosk.registration, bad, None)
    again = [applicant_form(seed=403), first]
    prepared = prepare_batch(kiosk.ctx.records, again, now)
    assert prepared is not None  # the batch alone is fine; the store knows the NIK
    with pytest.raises(DuplicateApplicant):
        store_batch(kiosk.ctx, kiosk.registration, again, prepared)
    assert kiosk.status.status().applicants == 1


def test_stopping_early_keeps_whole_batches_only(kiosk: KioskServices) -> None:
    people = PeopleGenerator(5, kiosk.ctx.now().date())
    batches = ([next(people) for _ in range(300)] for _ in range(6))
    with BatchRegistration(kiosk.ctx, kiosk.registration, workers=2) as registration:
        written = registration.register(batches)
        assert len(next(written)) == 300
        written.close()  # as a Ctrl-C or an error would: nothing more is written
    status = kiosk.status.status()
    assert (status.applicants, status.cards) == (300, 300)
    assert status.outbox_total >= 600


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_ctrl_c_mid_demo_leaves_whole_batches(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(folder), "demo"]
    command += ["--applicants", "40000", "--sessions", "0", "--workers", "2"]
    demo = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    assert demo.stderr is not None
    seen = b""
    deadline = time.monotonic() + 60
    # Wait for two batches to be committed, then interrupt as a person at the terminal would.
    while f"{2 * BATCH}/40000".encode() not in seen and time.monotonic() < deadline:
        chunk = os.read(demo.stderr.fileno(), 4096)
        if not chunk:
            break
        seen += chunk
    demo.send_signal(signal.SIGINT)
    demo.communicate(timeout=60)
    assert demo.returncode == 130
    with open_kiosk(DataPaths(folder)) as kiosk:
        status = kiosk.status.status()
        with kiosk.store.reading() as session:
            entities = Counter(session.scalars(select(OutboxEvent.entity)))
    assert 2 * BATCH <= status.applicants < 40000
    assert status.applicants % BATCH == 0
    assert status.cards == entities["applicant"] == entities["card"] == status.applicants

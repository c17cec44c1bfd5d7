"""Finding 4: a real card id re-signed with another enrolled kiosk's key, as an attacker holding
that kiosk would do it, against real kiosks synced with the real server over HTTP."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from kiosk.domain.attendance import ScanOutcome
from kiosk.domain.card import VerifyStatus, card_id_text
from kiosk.domain.card_binding import card_id_binds
from kiosk.services.context import row_payload
from kiosk.services.kiosk import KioskServices
from kiosk.store.models import AttendanceEvent, Card, CardBinding, DeviceKey, OutboxEvent
from server import cards as server_cards
from server.models import Card as ServerCard
from server.models import ChangeLog
from tests.conftest import SettableClock
from tests.factories import applicant_form
from tests.servers import BACKENDS, ServerProcess, make_database_url, open_second_kiosk
from tests.synchelpers import enrol, fast_backoff, open_session

FAR_FUTURE = dt.date(2179, 6, 6)  # the last day a card payload can name


@pytest.fixture(params=BACKENDS)
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(make_database_url(request.param, tmp_path), tmp_path / "server.log")
    process.start()
    try:
        yield process
    finally:
        process.stop()


def forge(card_id: str, private_key: bytes, key_id: str, issued: dt.date, until: dt.date) -> str:
    """A card payload packed and signed by hand, as someone holding a kiosk's key would."""
    day_zero = dt.date(2000, 1, 1)
    signed = struct.pack(
        ">B10s8sHH",
        1,
        base64.b32decode(card_id),
        bytes.fromhex(key_id),
        (issued - day_zero).days,
        (until - day_zero).days,
    )
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(b"K3IN1-CARD" + signed)
    return "K" + base64.b32encode(signed + signature).decode().rstrip("=")


def recorded(kiosk: KioskServices) -> tuple[int, int]:
    """(attendance rows, attendance outbox events): what a recorded scan would add to."""
    with kiosk.store.reading() as session:
        rows = session.scalar(select(func.count()).select_from(AttendanceEvent)) or 0
        queued = (
            session.scalar(
                select(func.count())
                .select_from(OutboxEvent)
                .where(OutboxEvent.entity == "attendance_event")
            )
            or 0
        )
    return rows, queued


def verify_card_cli(data: Path, payload: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data), "verify-card", payload, "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def sync(*kiosks: KioskServices) -> None:
    for kiosk in kiosks:
        assert kiosk.sync.run(backoff=fast_backoff()).complete


def assert_refused_on_scan(kiosk: KioskServices, session_id: str, forged: str, staff: str) -> None:
    before = recorded(kiosk)
    for admit in (False, True):  # staff pressing "admit" does not help either
        verdict = kiosk.attendance.record_scan(session_id, forged, staff_id=staff, admit=admit)
        assert verdict.outcome is ScanOutcome.REJECTED
        assert verdict.card_status is VerifyStatus.WRONG_ISSUER
        assert not verdict.recorded and verdict.full_name is None and verdict.card_id is None
        assert "another issuer" in verdict.reason.render("en")
    assert recorded(kiosk) == before


def legacy_card(kiosk: KioskServices, applicant_id: str) -> tuple[str, str]:
    """A card as the kiosk issued them before ids were bound: a random id, signed by its key,
    with the binding migration 0004 records and the create event a sync uploads."""
    raw = os.urandom(10)
    ctx = kiosk.ctx
    now = ctx.now()
    until = now.date() + dt.timedelta(days=365)
    card = Card(
        id=card_id_text(raw),
        applicant_id=applicant_id,
        key_id=ctx.signer.key_id,
        issued_at=now,
        valid_until=until,
        payload=ctx.signer.issue(raw, now.date(), until),
    )
    with kiosk.store.transaction() as session:
        session.add(card)
        session.add(CardBinding(card_id=card.id, key_id=card.key_id))
        ctx.record(session, "card", card.id, "create", row_payload(card), at=now)
    return card.id, card.payload


def test_a_new_card_re_signed_by_another_kiosk_is_refused_everywhere(
    kiosk: KioskServices,
    central: ServerProcess,
    tmp_path: Path,
    template_store: Path,
    clock: SettableClock,
) -> None:
    session_id = open_session(kiosk)
    trainee = kiosk.registration.register(applicant_form(seed=4004))
    kiosk.catalogue.enrol(session_id, trainee.applicant_id)
    staff = kiosk.staff.create("rina", "Rina Staf", "482915").id
    assert trainee.card_id and trainee.card_payload
    with (
        open_second_kiosk(tmp_path, template_store, "b", clock) as thief,
        open_second_kiosk(tmp_path, template_store, "c", clock) as third,
    ):
        for each in (kiosk, thief, third):
            enrol(each, central)
        sync(kiosk, thief, kiosk, third)
        with kiosk.store.reading() as session:  # the thief's key is trusted on the issuer
            assert session.get(DeviceKey, thief.ctx.signer.key_id) is not None

        today = clock().date()
        forged = forge(
            trainee.card_id,
            thief.ctx.signer.private_bytes(),
            thief.ctx.signer.key_id,
            today - dt.timedelta(days=1),
            FAR_FUTURE,
        )
        assert_refused_on_scan(kiosk, session_id, forged, staff)
        for anywhere in (kiosk, third, thief):
            assert anywhere.cards.check(forged).status is VerifyStatus.WRONG_ISSUER
            look_up = anywhere.my_card.look_up(forged)
            assert look_up.holder is None
        # The genuine card still works, on the issuer and elsewhere.
        assert third.cards.verify(trainee.card_payload).valid
        assert kiosk.attendance.record_scan(
            session_id, trainee.card_payload, staff_id=None
        ).recorded
    cli = verify_card_cli(tmp_path / "c", forged)
    assert cli.returncode == 1
    assert json.loads(cli.stdout) == {"valid": False, "reason": "wrong_issuer", "card_id": None}


def test_an_older_card_keeps_working_and_refuses_another_signer(
    kiosk: KioskServices,
    central: ServerProcess,
    tmp_path: Path,
    template_store: Path,
    clock: SettableClock,
) -> None:
    session_id = open_session(kiosk)
    person = kiosk.registration.register(applicant_form(seed=5005), issue_card=False)
    kiosk.catalogue.enrol(session_id, person.applicant_id)
    card_id, genuine = legacy_card(kiosk, person.applicant_id)
    staff = kiosk.staff.create("rina", "Rina Staf", "482915").id
    with (
        open_second_kiosk(tmp_path, template_store, "b", clock) as thief,
        open_second_kiosk(tmp_path, template_store, "c", clock) as third,
    ):
        for each in (kiosk, thief, third):
            enrol(each, central)
        sync(kiosk, thief, kiosk)
        # What the server's ingest does with a stored card whose id names no key (wired by
        # server.cards.card_stored; called here on the server's own database).
        db = central.database()
        try:
            with db.transaction() as session:
                stored = session.get(ServerCard, card_id)
                assert stored is not None and stored.key_id == kiosk.ctx.signer.key_id
                assert server_cards.card_stored(session, card_id, stored.key_id, clock())
        finally:
            db.close()
        sync(third)
        with third.store.reading() as session:
            binding = session.get(CardBinding, card_id)
            assert binding is not None and binding.key_id == kiosk.ctx.signer.key_id

        today = clock().date()
        forged = forge(
            card_id,
            thief.ctx.signer.private_bytes(),
            thief.ctx.signer.key_id,
            today,
            FAR_FUTURE,
        )
        assert_refused_on_scan(kiosk, session_id, forged, staff)
        assert third.cards.verify(forged).status is VerifyStatus.WRONG_ISSUER
        # Signed by its real key it is still a good card, and a scan records it.
        assert third.cards.verify(genuine).valid
        verdict = kiosk.attendance.record_scan(session_id, genuine, staff_id=None)
        assert verdict.recorded and verdict.card_id == card_id


def test_the_server_refuses_a_card_pushed_under_someone_elses_key(
    kiosk: KioskServices,
    central: ServerProcess,
    tmp_path: Path,
    template_store: Path,
    clock: SettableClock,
) -> None:
    trainee = kiosk.registration.register(applicant_form(seed=6006))
    assert trainee.card_id
    with open_second_kiosk(tmp_path, template_store, "b", clock) as thief:
        enrol(kiosk, central)
        enrol(thief, central)
        sync(kiosk, thief)
        issuer, other = kiosk.ctx.signer.key_id, thief.ctx.signer.key_id
        db = central.database()
        try:
            with db.transaction() as session:
                before = session.scalar(select(func.count()).select_from(ChangeLog))
                check = server_cards.check_pushed_card
                # The thief claiming the issuer's card, under its own key or the issuer's.
                assert check(session, trainee.card_id, other, other) is not None
                assert check(session, trainee.card_id, issuer, other) is not None
                # A fresh id made for some other trusted key, pushed as the thief's own card.
                stolen = card_id_text(kiosk.ctx.signer.new_card_id())
                reason = check(session, stolen, other, other)
                assert reason is not None and reason.startswith("wrong_issuer")
                # Its own new card, and an older random id, are fine.
                own = card_id_text(thief.ctx.signer.new_card_id())
                assert check(session, own, other, other) is None
                legacy = os.urandom(10)
                while card_id_binds(legacy, issuer) or card_id_binds(legacy, other):
                    legacy = os.urandom(10)  # 1 in 2**31: a random id that fits a key
                assert check(session, card_id_text(legacy), other, other) is None
                # Once every kiosk issues bound ids, the server stops taking unbound ones.
                refused = check(
                    session, card_id_text(legacy), other, other, unbound_ids_accepted=False
                )
                assert refused is not None
                assert session.scalar(select(func.count()).select_from(ChangeLog)) == before
        finally:
            db.close()

"""Issue 10, findings 1 and 2: a device enrolled for another site changes nothing of this
site's records, and never pulls this site's staff PIN hashes.

The attacker holds one legitimate enrolment code for its own site (BLK-B) and a plain HTTP
client; the victim is a real kiosk of LPK-A that synced its admin, staff, a person with a
card and a training session."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from pydantic import BaseModel
from sqlalchemy import select

from kiosk.domain.ids import new_id
from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import StaffError, hash_pin
from kiosk.store.models import StaffAccount, TrainingSession
from kiosk.sync.entities import SessionCreate, StaffAccountCreate
from server.models import (
    ApplicantAlias,
    Card,
    ChangeLog,
    Person,
    ReferenceRecord,
    TrustedKey,
)
from tests import factories
from tests.conftest import SettableClock
from tests.factories import applicant_form
from tests.servers import ServerProcess, open_second_kiosk
from tests.synchelpers import fast_backoff

VICTIM_SITE, ATTACKER_SITE = "LPK-A", "BLK-B"
ADMIN_PIN, STAFF_PIN, ATTACKER_PIN = "739154", "482916", "135792"


@dataclass
class Victim:
    kiosk: KioskServices
    admin_id: str
    staff_id: str
    applicant_id: str
    card_id: str
    card_payload: str
    session_id: str


@dataclass
class Attacker:
    kiosk: KioskServices
    token: str
    server: ServerProcess

    def push(self, *events: dict[str, Any]) -> list[dict[str, Any]]:
        """A PushRequest written by hand, sent with the attacker's own bearer token."""
        body = {
            "device_id": self.kiosk.ctx.device_id,
            "sent_at": _now(),
            "events": list(events),
        }
        answer = requests.post(
            self.server.url + "/api/v1/push",
            json=body,
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        results: list[dict[str, Any]] = answer.json()["results"]
        return results

    def pull(self) -> dict[str, Any]:
        answer = requests.get(
            self.server.url + "/api/v1/pull",
            params={"limit": 1000},
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        page: dict[str, Any] = answer.json()
        return page


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def event(entity: str, entity_id: str, op: str, payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": new_id(),
        "seq": 1,
        "entity": entity,
        "entity_id": entity_id,
        "op": op,
        "created_at": _now(),
        "utc_offset_min": 0,
        "payload": payload,
    }


def _synced(kiosk: KioskServices) -> None:
    report = kiosk.sync.run(backoff=fast_backoff())
    assert report.error is None and report.complete


@pytest.fixture
def victim(kiosk: KioskServices, own_server: ServerProcess) -> Victim:
    kiosk.sync.enroll(own_server.url, own_server.enrolment_code(VICTIM_SITE))
    # The site's first admin, made at the kiosk's console; the staff member by that admin.
    admin = kiosk.staff.create("kepala", "Kepala LPK", ADMIN_PIN, "admin")
    staff = kiosk.staff.create_by(admin, "rina", "Rina Staf", STAFF_PIN)
    result = kiosk.registration.register(applicant_form(seed=101))
    assert result.card_id and result.card_payload
    session_id = factories.open_session(kiosk)
    _synced(kiosk)
    assert kiosk.sync.rejected_events() == []
    return Victim(
        kiosk,
        admin.id,
        staff.id,
        result.applicant_id,
        result.card_id,
        result.card_payload,
        session_id,
    )


@pytest.fixture
def attacker(
    own_server: ServerProcess, tmp_path: Path, template_store: Path, clock: SettableClock
) -> Iterator[Attacker]:
    with open_second_kiosk(tmp_path, template_store, "attacker", clock) as other:
        other.sync.enroll(own_server.url, own_server.enrolment_code(ATTACKER_SITE))
        # The attacker's own site has an admin on the server, as any real site would.
        other.staff.create("boss", "Boss B", "602817", "admin")
        _synced(other)
        yield Attacker(other, other.sync.token_path.read_text().strip(), own_server)


def server_rows(server: ServerProcess) -> dict[str, list[tuple[Any, ...]]]:
    """Everything a push could change that other kiosks rely on."""
    db = server.database()
    try:
        with db.transaction() as session:

            def rows(*columns: Any) -> list[tuple[Any, ...]]:
                # Sorted here: PostgreSQL has no ordering for JSON columns.
                return sorted((tuple(row) for row in session.execute(select(*columns))), key=repr)

            return {
                "person": rows(
                    Person.id, Person.nik_digest, Person.data, Person.sealed, Person.device_id
                ),
                "alias": rows(ApplicantAlias.applicant_id, ApplicantAlias.person_id),
                "card": rows(Card.id, Card.key_id, Card.applicant_id, Card.revoked_at),
                "reference": rows(
                    ReferenceRecord.kind,
                    ReferenceRecord.id,
                    ReferenceRecord.site,
                    ReferenceRecord.device_id,
                    ReferenceRecord.data,
                ),
                "changes": rows(ChangeLog.seq, ChangeLog.kind, ChangeLog.record_id),
                "keys": rows(TrustedKey.key_id, TrustedKey.device_id),
            }
    finally:
        db.close()


def audit_refusals(server: ServerProcess) -> list[dict[str, Any]]:
    result = server.cli("audit", "--json")
    assert result.returncode == 0, result.stderr
    entries: list[dict[str, Any]] = json.loads(result.stdout)
    return [e for e in entries if e["action"] == "push_rejected" and e["outcome"] == "refused"]


def staff_row(kiosk: KioskServices, staff_id: str) -> dict[str, Any]:
    with kiosk.store.reading() as session:
        row = session.get(StaffAccount, staff_id)
        assert row is not None
        values = {c.key: getattr(row, c.key) for c in StaffAccount.__table__.columns}
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in values.items()}


def _fields(model: type[BaseModel], row: dict[str, Any]) -> dict[str, Any]:
    """The keys of ``row`` that the entity's wire model knows (kiosk/sync/entities.py)."""
    return {key: value for key, value in row.items() if key in model.model_fields}


def test_another_sites_device_changes_nothing_of_this_site(
    victim: Victim, attacker: Attacker, own_server: ServerProcess
) -> None:
    before = server_rows(own_server)
    # Well-formed payloads, as a careful attacker writes them, so that authority (not the
    # payload models) is what refuses them: the staff row as the kiosk holds it, the
    # session as every kiosk pulls it from the public catalogue.
    admin = _fields(StaffAccountCreate, staff_row(victim.kiosk, victim.admin_id))
    session_row = next(
        change["data"]
        for change in attacker.pull()["changes"]
        if change["kind"] == "training_session" and change["id"] == victim.session_id
    )
    session_row = _fields(SessionCreate, session_row)
    session_row.pop("device_id", None)  # the pulled row names its owner
    rogue_pin = hash_pin(ATTACKER_PIN)
    attacks = {
        # Finding 1: the victim admin's PIN hash and role overwritten...
        "overwrite admin": event(
            "staff_account",
            victim.admin_id,
            "create",
            {**admin, "pin_hash": rogue_pin, "role": "admin", "by": victim.admin_id},
        ),
        # ...a staff member locked out...
        "lock out staff": event(
            "staff_account",
            victim.staff_id,
            "disable",
            {"id": victim.staff_id, "active": False, "by": victim.admin_id},
        ),
        # ...another kiosk's person erased, its card revoked, its session rewritten.
        "erase person": event(
            "applicant", victim.applicant_id, "erase", {"id": victim.applicant_id}
        ),
        "revoke card": event(
            "card", victim.card_id, "revoke", {"card_id": victim.card_id, "reason": "lost"}
        ),
        "rewrite session": event(
            "training_session",
            victim.session_id,
            "create",
            {**session_row, "location": "Gudang", "capacity": 1},
        ),
        # A card for the victim's key, and the victim's key claimed as the attacker's.
        "card under victim key": event(
            "card",
            victim.card_id,
            "create",
            {
                "id": victim.card_id,
                "applicant_id": new_id(),
                "key_id": victim.kiosk.ctx.signer.key_id,
                "issued_at": _now(),
                "valid_until": "2099-12-31",
                "payload": victim.card_payload,
            },
        ),
        "claim victim key": event(
            "device_key",
            victim.kiosk.ctx.signer.key_id,
            "create",
            {
                "key_id": victim.kiosk.ctx.signer.key_id,
                "public_key": victim.kiosk.ctx.signer.public_bytes().hex(),
            },
        ),
        # Pushing in the victim's name inside the payload.
        "as the victim": event(
            "training_session",
            victim.session_id,
            "create",
            {**session_row, "device_id": victim.kiosk.ctx.device_id},
        ),
    }
    expected = {
        "overwrite admin": "not_owner",
        "lock out staff": "not_owner",
        "erase person": "not_owner",
        "revoke card": "not_owner",
        "rewrite session": "not_owner",
        "card under victim key": "not_own_key",
        "claim victim key": "not_owner",
        "as the victim": "wrong_device",
    }
    results = attacker.push(*attacks.values())
    got = {name: (r["status"], r["reason"]) for name, r in zip(attacks, results, strict=True)}
    assert got == {name: ("rejected", reason) for name, reason in expected.items()}

    assert server_rows(own_server) == before  # nothing applied

    refusals = audit_refusals(own_server)
    audited = {(e["detail"]["event_id"], e["reason"]) for e in refusals}
    for name, attack in attacks.items():
        assert (attack["id"], expected[name]) in audited, name
    assert all(e["device_id"] == attacker.kiosk.ctx.device_id for e in refusals)
    assert all(e["site"] == ATTACKER_SITE for e in refusals)

    # The victim's next sync: its own admin PIN still works, nobody else's does.
    kiosk = victim.kiosk
    _synced(kiosk)
    assert kiosk.staff.login("kepala", ADMIN_PIN).role.value == "admin"
    with pytest.raises(StaffError):
        kiosk.staff.login("kepala", ATTACKER_PIN)
    assert kiosk.staff.login("rina", STAFF_PIN).id == victim.staff_id
    assert kiosk.cards.verify(victim.card_payload).valid
    assert kiosk.registration.is_registered(applicant_form(seed=101).nik)
    with kiosk.store.reading() as session:
        training = session.get(TrainingSession, victim.session_id)
        assert training is not None and training.location == "Ruang 2" and training.capacity == 20


def test_a_rogue_admin_never_reaches_another_site(
    victim: Victim, attacker: Attacker, own_server: ServerProcess
) -> None:
    boss = attacker.kiosk.staff.find("boss")
    assert boss is not None
    rogue = {
        "id": new_id(),
        "username": "rogue",
        "display_name": "Rogue",
        "role": "admin",
        "pin_hash": hash_pin(ATTACKER_PIN),
        "active": True,
        "created_at": _now(),
    }
    claims = attacker.push(
        # Claiming to act for the victim site's admin...
        event("staff_account", rogue["id"], "create", {**rogue, "by": victim.admin_id}),
        # ...or for an admin id that does not exist.
        event("staff_account", rogue["id"], "create", {**rogue, "by": new_id()}),
    )
    assert [(r["status"], r["reason"]) for r in claims] == [("rejected", "not_site_admin")] * 2
    # Acting for its own site's admin, or naming none, it makes an account of its own site
    # only (the latter written to the audit log for a person to look at).
    own = attacker.push(event("staff_account", rogue["id"], "create", {**rogue, "by": boss.id}))
    assert own[0]["status"] == "accepted"
    nameless = {**rogue, "id": new_id(), "username": "rogue2"}
    assert (
        attacker.push(event("staff_account", nameless["id"], "create", nameless))[0]["status"]
        == "accepted"
    )
    entries = json.loads(own_server.cli("audit", "--json").stdout)
    assert any(
        e["action"] == "staff_without_admin" and e["detail"]["staff_id"] == nameless["id"]
        for e in entries
    )

    _synced(victim.kiosk)
    assert victim.kiosk.staff.find("rogue") is None
    assert victim.kiosk.staff.find("rogue2") is None
    with pytest.raises(StaffError):
        victim.kiosk.staff.login("rogue", ATTACKER_PIN)
    reasons = {e["reason"] for e in audit_refusals(own_server)}
    assert reasons == {"not_site_admin"}


def test_staff_pin_hashes_never_leave_their_site(
    victim: Victim, attacker: Attacker, own_server: ServerProcess
) -> None:
    """Finding 2: the attacker's pull carries no staff row of the victim's site."""
    victim_hashes = {
        staff_row(victim.kiosk, victim.admin_id)["pin_hash"],
        staff_row(victim.kiosk, victim.staff_id)["pin_hash"],
    }
    page = attacker.pull()
    raw = json.dumps(page)
    assert not any(pin_hash in raw for pin_hash in victim_hashes)
    staff_ids = {c["id"] for c in page["changes"] if c["kind"] == "staff_account"}
    assert victim.admin_id not in staff_ids and victim.staff_id not in staff_ids
    # The catalogue is public and keys reach everyone: the attacker's kiosk still shows the
    # victim's classes and checks its cards.
    kinds = {c["kind"] for c in page["changes"]}
    assert {"training_session", "device_key"} <= kinds

    _synced(attacker.kiosk)
    with attacker.kiosk.store.reading() as session:
        usernames = set(session.scalars(select(StaffAccount.username)))
        assert session.get(TrainingSession, victim.session_id) is not None
    assert usernames == {"boss"}
    assert attacker.kiosk.cards.verify(victim.card_payload).valid


def test_same_site_admin_changes_reach_the_sites_other_kiosk(
    victim: Victim,
    own_server: ServerProcess,
    tmp_path: Path,
    template_store: Path,
    clock: SettableClock,
) -> None:
    admin = victim.kiosk.staff.login("kepala", ADMIN_PIN)
    victim.kiosk.staff.disable(admin, victim.staff_id)
    _synced(victim.kiosk)
    assert victim.kiosk.sync.rejected_events() == []
    with open_second_kiosk(tmp_path, template_store, "a2", clock) as sibling:
        sibling.sync.enroll(own_server.url, own_server.enrolment_code(VICTIM_SITE))
        _synced(sibling)
        assert sibling.staff.login("kepala", ADMIN_PIN).id == victim.admin_id
        with pytest.raises(StaffError, match="disabled"):
            sibling.staff.login("rina", STAFF_PIN)
        # An account made at the console (`kiosk add-staff`), naming no admin: it reaches
        # the site's other kiosk, and the audit log shows it for a person to look at.
        made = sibling.staff.create("lokal", "Akun Lokal", "582913", "admin")
        _synced(sibling)
        assert sibling.sync.rejected_events() == []
        entries = json.loads(own_server.cli("audit", "--json").stdout)
        assert any(
            e["action"] == "staff_without_admin" and e["detail"]["staff_id"] == made.id
            for e in entries
        )
    _synced(victim.kiosk)
    assert victim.kiosk.staff.login("lokal", "582913").id == made.id

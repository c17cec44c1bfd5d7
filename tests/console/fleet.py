"""A small fleet for the console's tests and screenshots, made the way the field makes it:
real kiosks register, enrol and scan, then sync to a real server over HTTP; a raw device
speaks the protocol by hand where a kiosk would need weeks (a set-aside record, a refused
event). Only the passing of days is written into the server's database directly."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from kiosk.services.kiosk import KioskServices, open_kiosk
from kiosk.store.paths import DataPaths
from server.models import Device, ReferenceRecord
from tests import factories
from tests.conftest import SettableClock
from tests.servers import ServerProcess
from tests.synchelpers import distinct_forms, fast_backoff, record_scan

JAKARTA = dt.timezone(dt.timedelta(hours=7))
SITE_A = "BLK-A"
SITE_B = "BLK-B"
PASSWORD = "sandi-rahasia-123"


@dataclass
class Fleet:
    server: ServerProcess
    kiosk_a: str = ""  # device ids
    kiosk_b: str = ""
    revoked: str = ""
    silent: str = ""
    raw: str = ""
    session_a: str = ""
    session_b: str = ""
    applicants_a: list[str] = field(default_factory=list)
    applicants_b: list[str] = field(default_factory=list)


class RawDevice:
    """A device enrolled and pushing with plain HTTP, as any client of the protocol could."""

    def __init__(self, server: ServerProcess, site: str, label: str) -> None:
        self.server = server
        self.id = str(uuid.uuid4())
        key = Ed25519PrivateKey.generate()
        public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        answer = requests.post(
            f"{server.url}/api/v1/enrol",
            json={
                "code": server.enrolment_code(site),
                "device_id": self.id,
                "key_id": hashlib.sha256(public).digest()[:8].hex(),
                "public_key": public.hex(),
                "device_time": dt.datetime.now(dt.UTC).isoformat(),
                "label": label,
            },
            timeout=30,
        )
        answer.raise_for_status()
        self.token = answer.json()["token"]
        self.seq = 0

    def push(self, events: list[tuple[str, str, str, dict[str, Any]]], **extra: Any) -> Any:
        """(entity, op, entity_id, payload) each; returns the reply."""
        now = dt.datetime.now(JAKARTA)
        body = {"device_id": self.id, "sent_at": now.isoformat(), "events": [], **extra}
        for entity, op, entity_id, payload in events:
            self.seq += 1
            body["events"].append(
                {
                    "id": str(uuid.uuid4()),
                    "seq": self.seq,
                    "entity": entity,
                    "op": op,
                    "entity_id": entity_id,
                    "created_at": now.isoformat(),
                    "utc_offset_min": 420,
                    "payload": payload,
                }
            )
        return requests.post(
            f"{self.server.url}/api/v1/push",
            json=body,
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=30,
        )


def _kiosk(root: Path, template_store: Path, name: str, clock: SettableClock) -> KioskServices:
    paths = DataPaths(root / name)
    paths.root.mkdir(parents=True)
    shutil.copyfile(template_store, paths.database)
    return open_kiosk(paths, clock=clock)


def _class(
    kiosk: KioskServices, clock: SettableClock, title: str, start: int, people: int
) -> tuple[str, list[Any]]:
    """A class begun ``-start`` days ago with ``people`` registered, all enrolled but one
    who is not eligible (still at school); returns the enrolled."""
    session_id = factories.open_session(kiosk, title=title, starts_in_days=start, days=40)
    forms = distinct_forms(people, start=abs(hash(title)) % 5000)
    forms[-1] = factories.applicant_form(seed=abs(hash(title)) % 9000 + 7, in_formal_education=True)
    registered = kiosk.registration.register_many(forms)
    enrolled = [p for p in registered if p.eligible]
    kiosk.catalogue.enrol_many(session_id, [p.applicant_id for p in enrolled])
    return session_id, enrolled


def seed_fleet(server: ServerProcess, root: Path, template_store: Path) -> Fleet:
    fleet = Fleet(server)
    today = dt.datetime.now(JAKARTA).replace(hour=9, minute=0, second=0, microsecond=0)
    clock = SettableClock(today - dt.timedelta(days=16))
    a = _kiosk(root, template_store, "kiosk-a", clock)
    b = _kiosk(root, template_store, "kiosk-b", clock)
    try:
        fleet.session_a, people_a = _class(a, clock, "Barista Kopi", -2, 4)
        fleet.session_b, people_b = _class(b, clock, "Desain Grafis", -2, 3)
        # Week one: everyone comes on three days; week two, at kiosk A only one person.
        for day in (3, 4, 5):
            clock.moment = today - dt.timedelta(days=16 - day)
            for person in people_a:
                record_scan(a, fleet.session_a, person.card_id or "", person.applicant_id)
            for person in people_b:
                record_scan(b, fleet.session_b, person.card_id or "", person.applicant_id)
        for day in (11, 12):
            clock.moment = today - dt.timedelta(days=16 - day)
            record_scan(a, fleet.session_a, people_a[0].card_id or "", people_a[0].applicant_id)
            for person in people_b:
                record_scan(b, fleet.session_b, person.card_id or "", person.applicant_id)
        clock.moment = dt.datetime.now(JAKARTA)
        a.sync.enroll(server.url, server.enrolment_code(SITE_A))
        assert a.sync.run(backoff=fast_backoff()).complete
        # Kiosk B's clock is twenty minutes behind when it syncs.
        clock.moment = dt.datetime.now(JAKARTA) - dt.timedelta(minutes=20)
        b.sync.enroll(server.url, server.enrolment_code(SITE_B))
        assert b.sync.run(backoff=fast_backoff()).complete
        fleet.kiosk_a, fleet.kiosk_b = a.ctx.device_id, b.ctx.device_id
        fleet.applicants_a = [p.applicant_id for p in people_a]
        fleet.applicants_b = [p.applicant_id for p in people_b]
    finally:
        a.close()
        b.close()
    _raw_devices(fleet)
    return fleet


def _raw_devices(fleet: Fleet) -> None:
    server = fleet.server
    raw = RawDevice(server, SITE_B, "Kios lapangan B2")
    fleet.raw = raw.id
    now = dt.datetime.now(JAKARTA).isoformat()
    # A pulled change it set aside, and a change to another site's class (refused).
    db = server.database()
    try:
        with db.transaction() as session:
            record = session.get(ReferenceRecord, ("training_session", fleet.session_a))
            assert record is not None
            taken = {**record.data, "capacity": 99}
    finally:
        db.close()
    taken.pop("device_id", None)
    reply = raw.push(
        [
            (
                "sync_rejected_change",
                "create",
                str(uuid.uuid4()),
                {
                    "kind": "training_session",
                    "record_id": "x1",
                    "reason": "bad date",
                    "received_at": now,
                },
            ),
            ("training_session", "create", fleet.session_a, taken),
        ],
        app_version="0.0.9",
        oldest_pending_at=(dt.datetime.now(JAKARTA) - dt.timedelta(days=4)).isoformat(),
    )
    reply.raise_for_status()
    assert [r["status"] for r in reply.json()["results"]] == ["accepted", "rejected"]
    revoked = RawDevice(server, SITE_A, "Kios dicuri")
    fleet.revoked = revoked.id
    silent = RawDevice(server, SITE_A, "Kios gudang")
    fleet.silent = silent.id
    db = server.database()
    try:
        from server.accounts import revoke_device

        with db.transaction() as session:
            revoke_device(session, revoked.id, dt.datetime.now(dt.UTC))
            device = session.get(Device, silent.id)
            assert device is not None
            # Ten days pass without a word from it.
            device.last_seen_at = dt.datetime.now(dt.UTC) - dt.timedelta(days=10)
            device.enrolled_at = device.last_seen_at
    finally:
        db.close()
    assert revoked.push([("audit_event", "create", str(uuid.uuid4()), {})]).status_code == 403


def add_user(server: ServerProcess, name: str, role: str, *sites: str) -> None:
    args = [name, "--role", role, "--password-stdin"]
    for site in sites:
        args += ["--site", site]
    import subprocess
    import sys

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "server.cli",
            "add-user",
            "--database",
            server.database_url,
            "--secrets-dir",
            str(server.secrets_dir),
            *args,
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def sign_in(server: ServerProcess, name: str, password: str = PASSWORD) -> requests.Session:
    browser = requests.Session()
    answer = browser.post(
        f"{server.url}/console/login", data={"name": name, "password": password}, timeout=30
    )
    assert answer.status_code == 200 and answer.url.endswith("/console/"), answer.status_code
    return browser


def seeded_server(backend: str, tmp_path_factory: Any, template_store: Path) -> Iterator[Fleet]:
    """A server of ``backend`` with the fleet and one user per role (for a module fixture)."""
    from tests.servers import make_database_url

    folder = tmp_path_factory.mktemp(f"console-{backend}")
    server = ServerProcess(make_database_url(backend, folder), folder / "server.log")
    server.start()
    try:
        seeded = seed_fleet(server, folder / "kiosks", template_store)
        add_user(server, "admin1", "admin")
        add_user(server, "manager-a", "manager", SITE_A)
        add_user(server, "viewer1", "viewer")
        yield seeded
    finally:
        server.stop()

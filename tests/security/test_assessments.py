"""Attacks on assessment records: a changed unit result, a record re-pushed with another
result, a forged record for another site, a correction of another site's record or of one
already corrected, and a BNSP number for another site's certificate. Each is refused and
changes nothing (real server over HTTP, real kiosk stores)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from kiosk.domain import assessment as a
from kiosk.domain.ids import new_id
from kiosk.services.kiosk import KioskServices
from kiosk.store import models as m
from kiosk.sync import state
from server.models import AssessmentRecord, CertificateAnnotation
from tests.conftest import SettableClock
from tests.integration.test_assessments import ALL_K, CODES, SCHEME, hold_assessment
from tests.servers import ServerProcess, open_second_kiosk
from tests.synchelpers import enrol, server_count


@dataclass
class Genuine:
    record: a.AssessmentRecord
    signed_text: str
    signature: str
    certificate_id: str


@dataclass
class Pusher:
    kiosk: KioskServices
    token: str
    server: ServerProcess

    def push(self, entity: str, entity_id: str, payload: dict[str, Any]) -> dict[str, Any]:
        now = dt.datetime.now(dt.UTC).isoformat()
        body = {
            "device_id": self.kiosk.ctx.device_id,
            "sent_at": now,
            "events": [
                {
                    "id": new_id(),
                    "seq": 1,
                    "entity": entity,
                    "entity_id": entity_id,
                    "op": "create",
                    "created_at": now,
                    "utc_offset_min": 0,
                    "payload": payload,
                }
            ],
        }
        answer = requests.post(
            self.server.url + "/api/v1/push",
            json=body,
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()["results"][0]
        return result

    def push_record(self, record: a.AssessmentRecord, text: str, signature: str) -> dict[str, Any]:
        payload = {
            "id": record.id,
            "key_id": record.key_id,
            "signed_text": text,
            "signature": signature,
            "recorded_at": record.recorded_at.isoformat(),
        }
        return self.push("assessment_record", record.id, payload)

    def sign(self, record: a.AssessmentRecord) -> tuple[str, str]:
        text = record.canonical()
        return text, a.sign(text, self.kiosk.ctx.signer.private_bytes())


def _pusher(kiosk: KioskServices, server: ServerProcess) -> Pusher:
    token = state.read_token(kiosk.sync.token_path)
    assert token is not None
    return Pusher(kiosk, token, server)


@pytest.fixture
def genuine(
    kiosk: KioskServices, server: ServerProcess, tmp_path: Path, clock: SettableClock
) -> Genuine:
    path = tmp_path / "skema.json"
    path.write_text(json.dumps(SCHEME), encoding="utf-8")
    assert server.cli("publish-scheme", str(path)).returncode == 0
    enrol(kiosk, server)
    assert kiosk.sync.run().error is None
    held = hold_assessment(kiosk, clock)
    kiosk.assessments.check_in(held.event_id, held.cards["Ani"], staff=held.staff)
    marks = {**ALL_K, CODES[1]: "BK"}
    record = kiosk.assessments.record(
        held.event_id, held.people["Ani"], marks, "BK", "", assessor=held.assessor
    )
    with kiosk.store.reading() as session:
        row = session.get(m.AssessmentRecord, record.id)
        assert row is not None
        text, signature = row.signed_text, row.signature
    # A competent colleague, so that there is a certificate to annotate.
    kiosk.assessments.check_in(held.event_id, held.cards["Budi"], staff=held.staff)
    kiosk.assessments.record(
        held.event_id, held.people["Budi"], ALL_K, "K", "", assessor=held.assessor
    )
    (certificate,) = kiosk.assessments.issue_certificates(held.event_id, staff=held.staff)
    report = kiosk.sync.run()
    assert report.error is None and report.rejected == 0
    return Genuine(record, text, signature, certificate.id)


@pytest.fixture
def attacker(
    server: ServerProcess, tmp_path: Path, template_store: Path, clock: SettableClock
) -> Iterator[Pusher]:
    with open_second_kiosk(tmp_path, template_store, "attacker", clock) as other:
        other.sync.enroll(server.url, server.enrolment_code("BLK-ATTACKER"))
        yield _pusher(other, server)


def _records(server: ServerProcess) -> list[tuple[str, str]]:
    db = server.database()
    try:
        with db.transaction() as session:
            rows = session.execute(select(AssessmentRecord.id, AssessmentRecord.result))
            return sorted((row.id, row.result) for row in rows)
    finally:
        db.close()


def test_a_changed_unit_result_is_refused(
    genuine: Genuine, kiosk: KioskServices, server: ServerProcess
) -> None:
    insider = _pusher(kiosk, server)
    before = _records(server)
    # The same kiosk's genuine signature over a record whose unit 2 now says K.
    altered = dataclasses.replace(
        genuine.record, id=new_id(), units=tuple((code, "K") for code in CODES), result="K"
    )
    result = insider.push_record(altered, altered.canonical(), genuine.signature)
    assert (result["status"], result["reason"]) == (
        "rejected",
        "signed_text: signature does not verify",
    )
    assert _records(server) == before


def test_a_record_is_never_changed_by_pushing_it_again(
    genuine: Genuine, kiosk: KioskServices, server: ServerProcess
) -> None:
    insider = _pusher(kiosk, server)
    before = _records(server)
    # Correctly signed by the kiosk itself, same record id, another result: an update.
    changed = dataclasses.replace(genuine.record, units=tuple((c, "K") for c in CODES), result="K")
    result = insider.push_record(changed, *insider.sign(changed))
    assert (result["status"], result["reason"]) == ("rejected", "assessment records are immutable")
    assert _records(server) == before


def test_another_site_cannot_forge_or_supersede_this_sites_records(
    genuine: Genuine, attacker: Pusher, server: ServerProcess
) -> None:
    before = _records(server)
    # Signed by the attacker's own key but claiming the genuine site.
    forged = dataclasses.replace(
        genuine.record, id=new_id(), key_id=attacker.kiosk.ctx.signer.key_id
    )
    result = attacker.push_record(forged, *attacker.sign(forged))
    assert (result["status"], result["reason"]) == ("rejected", "wrong_site")
    # A correction of the genuine record, for the attacker's own site.
    correction = dataclasses.replace(
        forged,
        id=new_id(),
        site="BLK-ATTACKER",
        units=tuple((c, "K") for c in CODES),
        result="K",
        supersedes=genuine.record.id,
        reason="naik kelas",
    )
    result = attacker.push_record(correction, *attacker.sign(correction))
    assert (result["status"], result["reason"]) == ("rejected", "not_owner")
    # The genuine record replayed by the attacker's device.
    result = attacker.push_record(genuine.record, genuine.signed_text, genuine.signature)
    assert (result["status"], result["reason"]) == ("rejected", "assessment records are immutable")
    # The genuine record's text under a new id, with its genuine signature: not its own key.
    copied = dataclasses.replace(genuine.record, id=new_id())
    result = attacker.push_record(copied, copied.canonical(), genuine.signature)
    assert (result["status"], result["reason"]) == ("rejected", "not_own_key")
    assert _records(server) == before


def test_a_record_is_superseded_only_once(
    genuine: Genuine, kiosk: KioskServices, server: ServerProcess
) -> None:
    insider = _pusher(kiosk, server)
    first = dataclasses.replace(
        genuine.record,
        id=new_id(),
        units=tuple((c, "K") for c in CODES),
        result="K",
        supersedes=genuine.record.id,
        reason="salah input",
    )
    assert insider.push_record(first, *insider.sign(first))["status"] == "accepted"
    before = _records(server)
    second = dataclasses.replace(first, id=new_id(), units=genuine.record.units, result="BK")
    result = insider.push_record(second, *insider.sign(second))
    assert (result["status"], result["reason"]) == ("rejected", "already_superseded")
    assert _records(server) == before


def test_another_site_cannot_set_a_bnsp_number(
    genuine: Genuine, attacker: Pusher, server: ServerProcess
) -> None:
    # The server is shared by the run: compare with what it held before, not with zero.
    before = server_count(server, CertificateAnnotation)
    payload = {
        "certificate_id": genuine.certificate_id,
        "bnsp_number": "PALSU-0001",
        "at": dt.datetime.now(dt.UTC).isoformat(),
    }
    result = attacker.push("certificate_annotation", genuine.certificate_id, payload)
    assert (result["status"], result["reason"]) == ("rejected", "not_owner")
    assert server_count(server, CertificateAnnotation) == before

"""Attacks on certificates: a kiosk of another site forging or taking over certificates, forged
trust lists and trust files, and hostile input to the public /verify page. Each is refused and
changes nothing (real server over HTTP, real kiosk stores)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from kiosk.domain.certificate import CertificateSigner, Issuer, Outcome, parse
from kiosk.domain.certificate_trust import TrustStatement, public_key_of, sign_trust_statement
from kiosk.domain.ids import new_id
from kiosk.services.certificate_verify import TrustFileError
from kiosk.services.kiosk import KioskServices
from kiosk.store import models as m
from kiosk.sync import state
from kiosk.sync.apply import apply_changes
from kiosk.sync.protocol import Change
from server.models import IssuedCertificate
from tests.conftest import SettableClock
from tests.integration.test_certificates import FinishedClass, finished  # noqa: F401
from tests.servers import ServerProcess, open_second_kiosk
from tests.synchelpers import enrol, server_count


@dataclass
class Attacker:
    kiosk: KioskServices
    token: str
    server: ServerProcess

    def push_certificate(self, number: str, key_id: str, credential: str) -> dict[str, Any]:
        now = dt.datetime.now(dt.UTC).isoformat()
        payload = {
            "id": number,
            "kind": "completion",
            "applicant_id": new_id(),
            "key_id": key_id,
            "credential": credential,
            "issued_at": now,
        }
        body = {
            "device_id": self.kiosk.ctx.device_id,
            "sent_at": now,
            "events": [
                {
                    "id": new_id(),
                    "seq": 1,
                    "entity": "certificate",
                    "entity_id": number,
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


@pytest.fixture
def genuine(kiosk: KioskServices, server: ServerProcess, finished: FinishedClass) -> str:  # noqa: F811
    enrol(kiosk, server)
    credential = kiosk.completion.issue(finished.session_id, staff_id=finished.staff_id)[
        0
    ].credential
    assert kiosk.sync.run().error is None
    return credential


@pytest.fixture
def attacker(
    server: ServerProcess, tmp_path: Path, template_store: Path, clock: SettableClock
) -> Iterator[Attacker]:
    with open_second_kiosk(tmp_path, template_store, "attacker", clock) as other:
        other.sync.enroll(server.url, server.enrolment_code("BLK-ATTACKER"))
        token = state.read_token(other.sync.token_path)
        assert token is not None
        yield Attacker(other, token, server)


def _stored(server: ServerProcess) -> int:
    return server_count(server, IssuedCertificate)


def _signer(kiosk: KioskServices) -> CertificateSigner:
    return CertificateSigner(kiosk.ctx.signer.private_bytes())


def test_another_sites_kiosk_cannot_issue_for_this_site(
    genuine: str, attacker: Attacker, server: ServerProcess
) -> None:
    signer = _signer(attacker.kiosk)
    parsed = parse(genuine)
    assert parsed is not None
    forged = replace(parsed.certificate, certificate_id=signer.new_id(), holder="Mallory")
    before = _stored(server)
    result = attacker.push_certificate(forged.number, signer.key_id, signer.sign(forged))
    assert (result["status"], result["reason"]) == ("rejected", "wrong_site")
    assert _stored(server) == before


def test_a_certificate_cannot_be_taken_over_or_re_signed(
    genuine: str, attacker: Attacker, server: ServerProcess
) -> None:
    parsed = parse(genuine)
    assert parsed is not None
    before = _stored(server)
    # The genuine credential, uploaded as the attacker's own.
    taken = attacker.push_certificate(parsed.certificate.number, parsed.key_id, genuine)
    assert (taken["status"], taken["reason"]) == ("rejected", "not_own_key")
    # The same number re-signed with the attacker's key, for the attacker's own site.
    signer = _signer(attacker.kiosk)
    copy = replace(parsed.certificate, site="BLK-ATTACKER")
    resigned = attacker.push_certificate(copy.number, signer.key_id, signer.sign(copy))
    assert (resigned["status"], resigned["reason"]) == ("rejected", "wrong_issuer")
    assert _stored(server) == before


def test_a_credential_whose_signature_fails_is_refused(
    attacker: Attacker, server: ServerProcess
) -> None:
    signer = _signer(attacker.kiosk)
    other = CertificateSigner(bytes(range(32)))  # not the attacker's enrolled key
    parsed = parse(genuine_like(signer))
    assert parsed is not None
    # The key id is the attacker's own, so authority passes; the signature does not.
    text = _with_kid(other.sign(parsed.certificate), signer.key_id)
    before = _stored(server)
    result = attacker.push_certificate(parsed.certificate.number, signer.key_id, text)
    assert result["status"] == "rejected"
    assert _stored(server) == before


def genuine_like(signer: CertificateSigner) -> str:
    from kiosk.domain.certificate import Certificate

    return signer.sign(
        Certificate(
            certificate_id=signer.new_id(),
            kind="completion",
            holder="Mallory",
            issued=dt.date(2026, 3, 1),
            valid_until=None,
            site="BLK-ATTACKER",
            provider="LPK Palsu",
            claims={
                "programme": "Barista",
                "hours": 1,
                "start": "2026-01-01",
                "end": "2026-02-01",
                "attendance_pct": 100,
            },
        )
    )


def _with_kid(text: str, key_id: str) -> str:
    import cbor2

    from kiosk.domain.certificate import PREFIX
    from kiosk.domain.certificate_code import b45decode, b45encode

    raw = b45decode(text[len(PREFIX) :])
    assert raw is not None
    parts = list(cbor2.loads(raw).value)
    parts[0] = cbor2.dumps({1: -8, 4: bytes.fromhex(key_id)})
    return PREFIX + b45encode(cbor2.dumps(cbor2.CBORTag(18, parts)))


def _issuers(kiosk: KioskServices) -> list[tuple[str, str]]:
    with kiosk.store.reading() as session:
        rows = session.execute(select(m.CertificateIssuer.key_id, m.CertificateIssuer.site))
        return sorted((key_id, site) for key_id, site in rows)


def test_a_forged_trust_file_changes_nothing(
    genuine: str, kiosk: KioskServices, attacker: Attacker, tmp_path: Path
) -> None:
    """The attacker's trust file names their own kiosk an issuer for the victim's site, signed
    with the attacker's key; and another file smuggles a staff account in."""
    before = _issuers(kiosk)
    assert before
    mine = attacker.kiosk.ctx.signer
    statement = TrustStatement(
        dt.datetime.now(dt.UTC) + dt.timedelta(days=1),
        (Issuer(mine.key_id, mine.public_bytes(), "BLK-TEST"),),
        0,
    )
    text, signature = sign_trust_statement(mine.private_bytes(), statement)
    forged = {
        "format": "k3in1-certificate-trust-file",
        "version": 1,
        "changes": [
            {
                "kind": "certificate_trust",
                "id": "trust",
                "data": {
                    "statement": text,
                    "signature": signature,
                    "public_key": public_key_of(mine.private_bytes()).hex(),
                },
            }
        ],
    }
    path = tmp_path / "trust.json.gz"
    path.write_bytes(gzip.compress(json.dumps(forged).encode()))
    report = kiosk.certificates.import_trust_file(path)
    assert report.applied == 0
    assert _issuers(kiosk) == before

    smuggled = dict(forged, changes=[{"kind": "staff_account", "id": new_id(), "data": {}}])
    path.write_bytes(gzip.compress(json.dumps(smuggled).encode()))
    with pytest.raises(TrustFileError):
        kiosk.certificates.import_trust_file(path)
    assert _issuers(kiosk) == before
    path.write_bytes(b"not gzip")
    with pytest.raises(TrustFileError):
        kiosk.certificates.import_trust_file(path)


def test_a_pulled_trust_list_with_a_bad_signature_is_set_aside(
    genuine: str, kiosk: KioskServices
) -> None:
    before = _issuers(kiosk)
    with kiosk.store.reading() as session:
        pinned = session.get(m.KioskSetting, "certificate.trust_public_key")
        assert pinned is not None
        key = pinned.value
    statement = TrustStatement(dt.datetime.now(dt.UTC), (), 0)
    text, signature = sign_trust_statement(bytes(range(32)), statement)
    change = Change(
        kind="certificate_trust",
        id="trust",
        data={"statement": text, "signature": signature, "public_key": key},
    )
    with kiosk.store.transaction() as session:
        assert apply_changes(session, [change], kiosk.ctx.now()) == 0
        held = session.scalar(select(func.count()).select_from(m.SyncQuarantine))
    assert held == 1
    assert _issuers(kiosk) == before
    assert kiosk.certificates.verify(genuine).outcome is Outcome.VALID


@pytest.mark.parametrize(
    "code",
    [
        "",
        " ",
        "K3C1:",
        "K3C1:" + "%" * 1999,
        "\x00",
        "ABCD-EFGH-IJKL-MNOP-QR",
        "' OR 1=1 --",
        "é" * 50,
    ],
)
def test_the_public_page_never_fails_on_hostile_input(server: ServerProcess, code: str) -> None:
    for path, params in (
        ("/verify", {"code": code}),
        ("/api/v1/certificates/verify", {"code": code}),
    ):
        answer = requests.get(server.url + path, params=params, timeout=10)
        assert answer.status_code < 500
        assert "<script" not in answer.text.lower() or path == "/verify"
    answer = requests.post(
        server.url + "/api/v1/certificates/verify", json={"text": code or "x"}, timeout=10
    )
    assert answer.status_code < 500

"""Competency assessments end to end with the real server over HTTP: a scheme published with
`kiosk-server publish-scheme` reaches kiosks by sync; signed records, their corrections,
competency certificates and BNSP numbers reach the server; the figures count them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.domain import assessment as a
from kiosk.services.kiosk import KioskServices
from kiosk.store import models as m
from server.models import AssessmentRecord, AuditEntry, CertificateAnnotation, IssuedCertificate
from tests.conftest import SettableClock
from tests.integration.test_assessments import ALL_K, CODES, SCHEME, hold_assessment
from tests.servers import ServerProcess
from tests.synchelpers import enrol, server_count


@pytest.fixture
def server(own_server: ServerProcess) -> ServerProcess:
    """A server of this test's own: the audit entries and figures checked here are exact
    (the run's shared server also holds other tests' schemes and assessments)."""
    return own_server


def publish(server: ServerProcess, tmp_path: Path, scheme: dict[str, object]) -> str:
    path = tmp_path / "skema.json"
    path.write_text(json.dumps(scheme), encoding="utf-8")
    result = server.cli("publish-scheme", str(path))
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_bad_scheme_file_is_refused_and_writes_nothing(
    server: ServerProcess, tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**SCHEME, "units": []}), encoding="utf-8")
    result = server.cli("publish-scheme", str(path))
    assert result.returncode != 0 and "units" in result.stderr
    db = server.database()
    try:
        with db.transaction() as session:
            published = session.scalars(
                select(AuditEntry).where(AuditEntry.action == "publish_scheme")
            ).all()
    finally:
        db.close()
    assert published == []


def test_assessments_travel_to_the_server_and_count_in_the_figures(
    kiosk: KioskServices, server: ServerProcess, tmp_path: Path, clock: SettableClock
) -> None:
    assert "published to every kiosk" in publish(server, tmp_path, SCHEME)
    enrol(kiosk, server)
    assert kiosk.sync.run().error is None
    assert [s.number for s in kiosk.assessments.schemes()] == ["SKM-BAR-01"]

    held = hold_assessment(kiosk, clock)
    svc = kiosk.assessments
    for name in ("Ani", "Budi"):
        svc.check_in(held.event_id, held.cards[name], staff=held.staff)
    wrong = svc.record(
        held.event_id,
        held.people["Ani"],
        {**ALL_K, CODES[0]: "BK"},
        "BK",
        "",
        assessor=held.assessor,
    )
    right = svc.supersede(wrong.id, ALL_K, "K", "", "Salah pilih unit 1", assessor=held.assessor)
    svc.record(
        held.event_id,
        held.people["Budi"],
        {**ALL_K, CODES[2]: "BK"},
        "BK",
        "",
        assessor=held.assessor,
    )
    (certificate,) = svc.issue_certificates(held.event_id, staff=held.staff)
    svc.set_bnsp_number(certificate.id, "BNSP-2026-000123", staff=held.staff)
    report = kiosk.sync.run()
    assert report.error is None and report.rejected == 0

    db = server.database()
    try:
        with db.transaction() as session:
            records = {row.id: row for row in session.scalars(select(AssessmentRecord))}
            annotation = session.get(CertificateAnnotation, certificate.id)
            issued = session.get(IssuedCertificate, certificate.id)
    finally:
        db.close()
    # The server keeps both the record and its correction, each as signed.
    assert records[wrong.id].result == "BK" and records[right.id].supersedes == wrong.id
    assert records[right.id].reason == "Salah pilih unit 1"
    key = kiosk.ctx.signer.public_bytes()
    assert all(a.verify_signature(r.signed_text, r.signature, key) for r in records.values())
    assert annotation is not None and annotation.bnsp_number == "BNSP-2026-000123"
    assert issued is not None and issued.scheme == "SKM-BAR-01" and issued.result == "K"

    figures = json.loads(server.cli("report", "certificates").stdout)["rows"]
    (row,) = [r for r in figures if r["kind"] == "competency"]
    # Ani counts once, by her correction; Budi is not yet competent.
    assert (row["site"], row["scheme"]) == ("BLK-TEST", "SKM-BAR-01")
    assert (row["assessed"], row["competent"], row["not_yet_competent"]) == (2, 1, 1)
    assert row["issued"] == 1
    assert server_count(server, AssessmentRecord) == 3
    with kiosk.store.reading() as session:
        assert session.scalar(select(m.AssessmentScheme.lsp)) == SCHEME["lsp"]

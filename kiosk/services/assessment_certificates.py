"""Competency certificates from assessments: one for each candidate whose current record is
K (valid three years), and the BNSP number staff enter once the LSP receives it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain import assessment as a
from kiosk.domain.certificate import KIND_COMPETENCY, Certificate, CertificateSigner
from kiosk.i18n import msg
from kiosk.services.assessments import AssessmentError
from kiosk.services.audit import AuditAction, audit
from kiosk.services.context import ServiceContext, jsonable
from kiosk.services.staff import Action, StaffUser, authorize
from kiosk.store import models as m
from kiosk.sync import state

if TYPE_CHECKING:
    from kiosk.services.assessments import AssessmentService


def issue_certificates(
    service: AssessmentService, ctx: ServiceContext, event_id: str, *, staff: StaffUser
) -> list[m.Certificate]:
    """A competency certificate for every candidate whose current record is K."""
    authorize(staff, Action.RUN_ASSESSMENT)
    with ctx.store.transaction() as session:
        event = session.get(m.AssessmentEvent, event_id)
        if event is None:
            raise AssessmentError(msg("assess.event_unknown"))
        scheme_row = session.get(m.AssessmentScheme, event.scheme)
        site = session.get(m.KioskSetting, state.SITE)
        if scheme_row is None or site is None or not site.value:
            raise AssessmentError(msg("assess.not_paired"))
        issued = set(
            session.scalars(
                select(m.Certificate.applicant_id).where(
                    m.Certificate.session_id == event_id,
                    m.Certificate.kind == KIND_COMPETENCY,
                )
            )
        )
        signer = CertificateSigner(ctx.signer.private_bytes())
        now = ctx.now()
        rows = []
        candidates = session.scalars(
            select(m.AssessmentCandidate.applicant_id).where(
                m.AssessmentCandidate.event_id == event_id
            )
        ).all()
        for applicant_id in candidates:
            current = service.current(session, event_id, applicant_id)
            person = session.get(m.Applicant, applicant_id)
            if current is None or current.result != a.COMPETENT or applicant_id in issued:
                continue
            if person is None or person.personal_data_removed_at is not None:
                continue
            record = a.record_from_text(current.signed_text)
            rows.append(
                _issue_one(ctx, session, signer, record, scheme_row, person, site.value, now)
            )
        if rows:
            audit(
                ctx,
                session,
                AuditAction.CERTIFICATES_ISSUED,
                staff_id=staff.id,
                subject_type="assessment_event",
                subject_id=event_id,
                detail={"count": len(rows)},
            )
        return rows


def _issue_one(
    ctx: ServiceContext,
    session: Session,
    signer: CertificateSigner,
    record: a.AssessmentRecord,
    scheme: m.AssessmentScheme,
    person: m.Applicant,
    site: str,
    now: dt.datetime,
) -> m.Certificate:
    claims = {
        "scheme": scheme.number,
        "scheme_title": scheme.title,
        "units": [list(unit) for unit in record.units],
        "result": record.result,
        "lsp": scheme.lsp,
        "tuk": record.tuk,
        "assessor": record.assessor_name,
        "assessed": record.day.isoformat(),
    }
    certificate = Certificate(
        certificate_id=signer.new_id(),
        kind=KIND_COMPETENCY,
        holder=person.full_name,
        issued=now.date(),
        valid_until=a.valid_until(record.day),
        site=site,
        provider=scheme.lsp,
        claims=claims,
    )
    row = m.Certificate(
        id=certificate.number,
        kind=KIND_COMPETENCY,
        applicant_id=person.id,
        session_id=record.event_id,
        holder_name=person.full_name,
        title=scheme.title,
        provider=scheme.lsp,
        site=site,
        issued_on=certificate.issued,
        valid_until=certificate.valid_until,
        claims=claims,
        key_id=signer.key_id,
        credential=signer.sign(certificate),
        issued_at=now,
        staff_id=None,
        device_id=ctx.device_id,
    )
    session.add(row)
    upload = {
        "id": row.id,
        "kind": KIND_COMPETENCY,
        "applicant_id": person.id,
        "session_id": record.event_id,
        "key_id": signer.key_id,
        "credential": row.credential,
        "issued_at": jsonable(now),
    }
    ctx.record(session, "certificate", row.id, "create", upload, at=now, personal=True)
    return row


def set_bnsp_number(
    ctx: ServiceContext, certificate_id: str, number: str, *, staff: StaffUser
) -> None:
    """The number BNSP gave the certificate, entered later (a separate, synced event)."""
    authorize(staff, Action.RUN_ASSESSMENT)
    cleaned = number.strip()
    if not 4 <= len(cleaned) <= 64 or not all(c.isalnum() or c in "./- " for c in cleaned):
        raise AssessmentError(msg("assess.bnsp_invalid"))
    with ctx.store.transaction() as session:
        row = session.get(m.Certificate, certificate_id)
        if row is None or row.kind != KIND_COMPETENCY:
            raise AssessmentError(msg("assess.certificate_unknown"))
        now = ctx.now()
        entry = session.get(m.CertificateBnspNumber, certificate_id)
        if entry is None:
            entry = m.CertificateBnspNumber(certificate_id=certificate_id)
            session.add(entry)
        entry.bnsp_number, entry.staff_id, entry.at = cleaned, staff.id, now
        ctx.record(
            session,
            "certificate_annotation",
            certificate_id,
            "create",
            {
                "certificate_id": certificate_id,
                "bnsp_number": cleaned,
                "staff_id": staff.id,
                "at": jsonable(now),
            },
            at=now,
        )
        audit(
            ctx,
            session,
            AuditAction.BNSP_NUMBER_ENTERED,
            staff_id=staff.id,
            subject_type="certificate",
            subject_id=certificate_id,
            at=now,
        )

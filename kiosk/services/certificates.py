"""Completion certificates: who met a class's attendance rule, staff review (withhold with a
reason), issuing them all in one action, and the class's rule and excused absences."""

from __future__ import annotations

import base64
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.certificate import KIND_COMPLETION, Certificate, CertificateSigner
from kiosk.domain.certificate_code import short_code
from kiosk.domain.completion import DEFAULT_MIN_SHARE_PCT, Completion, assess, meeting_days
from kiosk.i18n import UserError, define, msg
from kiosk.services.audit import AuditAction, audit
from kiosk.services.context import ServiceContext, row_payload
from kiosk.store import models as m
from kiosk.sync import state

define(
    "certificates.session_unknown",
    id="Kelas ini tidak ditemukan di kios ini.",
    en="This class is not on this kiosk.",
)
define(
    "certificates.class_not_ended",
    id="Kelas ini baru selesai pada {end}; sertifikat diterbitkan setelah kelas selesai.",
    en="This class ends on {end}; certificates are issued once it has ended.",
)
define(
    "certificates.not_paired",
    id="Kios ini belum dipasangkan dengan server pusat, jadi belum dapat menerbitkan sertifikat.",
    en="This kiosk is not paired with the central server yet, so it cannot issue certificates.",
)
define(
    "certificates.reason_required",
    id="Tuliskan alasan (3–200 huruf).",
    en="Write a reason (3–200 characters).",
)
define(
    "certificates.rule_invalid",
    id="Batas kehadiran harus 1–100%.",
    en="The attendance minimum must be 1–100%.",
)
define(
    "certificates.not_in_class",
    id="Peserta ini tidak terdaftar di kelas ini.",
    en="This trainee is not enrolled in this class.",
)
define(
    "certificates.day_not_meeting",
    id="Tanggal itu bukan hari pertemuan kelas ini.",
    en="That date is not a meeting day of this class.",
)
define("certificates.status.eligible", id="Memenuhi syarat", en="Meets the rule")
define("certificates.status.not_eligible", id="Kehadiran kurang", en="Attendance too low")
define("certificates.status.withheld", id="Ditahan", en="Withheld")
define("certificates.status.issued", id="Sudah terbit", en="Issued")


class CertificateError(UserError):
    """Something staff can fix: the class has not ended, a reason is missing, ..."""


class CandidateStatus(StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    WITHHELD = "withheld"
    ISSUED = "issued"


STATUS_TEXT: Final = {
    CandidateStatus.ELIGIBLE: "certificates.status.eligible",
    CandidateStatus.NOT_ELIGIBLE: "certificates.status.not_eligible",
    CandidateStatus.WITHHELD: "certificates.status.withheld",
    CandidateStatus.ISSUED: "certificates.status.issued",
}


@dataclass(frozen=True)
class Candidate:
    applicant_id: str
    full_name: str
    completion: Completion
    status: CandidateStatus
    withheld_reason: str | None = None
    certificate_id: str | None = None


@dataclass(frozen=True)
class CompletionReview:
    session_id: str
    programme: str
    provider: str
    start: dt.date
    end: dt.date
    min_share_pct: int
    ended: bool
    candidates: list[Candidate]

    def count(self, status: CandidateStatus) -> int:
        return sum(1 for candidate in self.candidates if candidate.status is status)


@dataclass(frozen=True)
class PrintableCertificate:
    """What the printed page shows: the signed credential and the same facts in words."""

    number: str
    code: str
    holder_name: str
    title: str
    provider: str
    site: str
    issued: str
    start: str
    end: str
    hours: int
    attendance_pct: int
    credential: str
    verify_url: str  # the server's /verify page, "" for a kiosk not paired


def printable(row: m.Certificate, server_url: str | None) -> PrintableCertificate:
    claims = row.claims
    return PrintableCertificate(
        number=row.id,
        code=short_code(base64.b32decode(row.id)),
        holder_name=row.holder_name,
        title=row.title,
        provider=row.provider,
        site=row.site,
        issued=row.issued_on.isoformat(),
        start=str(claims.get("start", "")),
        end=str(claims.get("end", "")),
        hours=int(claims.get("hours", 0)),
        attendance_pct=int(claims.get("attendance_pct", 0)),
        credential=row.credential,
        verify_url=f"{server_url.rstrip('/')}/verify" if server_url else "",
    )


_REASON_LENGTH: Final = (3, 200)


def _reason(text: str) -> str:
    cleaned = " ".join(text.split())
    if not _REASON_LENGTH[0] <= len(cleaned) <= _REASON_LENGTH[1]:
        raise CertificateError(msg("certificates.reason_required"))
    return cleaned


class CompletionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _class(self, session: Session, session_id: str) -> m.TrainingSession:
        training = session.get(m.TrainingSession, session_id)
        if training is None:
            raise CertificateError(msg("certificates.session_unknown"))
        return training

    def review(self, session_id: str) -> CompletionReview:
        """Every enrolled trainee against the class's rule, with what staff decided."""
        with self._ctx.store.reading() as session:
            return self._review(session, session_id)

    def _review(self, session: Session, session_id: str) -> CompletionReview:
        training = self._class(session, session_id)
        program = session.get(m.TrainingProgram, training.program_id)
        provider = session.get(m.TrainingProvider, training.provider_id)
        rule = session.get(m.CompletionRule, session_id)
        min_pct = rule.min_share_pct if rule is not None else DEFAULT_MIN_SHARE_PCT
        meetings = meeting_days(
            training.start_date, training.end_date, training.weekly_schedule.get("days", [])
        )
        people = session.execute(
            select(m.Applicant.id, m.Applicant.full_name, m.Applicant.personal_data_removed_at)
            .join(m.Enrolment, m.Enrolment.applicant_id == m.Applicant.id)
            .where(m.Enrolment.session_id == session_id)
        ).all()
        attended: dict[str, set[dt.date]] = defaultdict(set)
        for applicant_id, day in session.execute(
            select(m.AttendanceEvent.applicant_id, m.AttendanceEvent.local_day).where(
                m.AttendanceEvent.session_id == session_id,
                m.AttendanceEvent.kind == "check_in",
            )
        ):
            attended[applicant_id].add(day)
        excused: dict[str, set[dt.date]] = defaultdict(set)
        for applicant_id, day in session.execute(
            select(m.AttendanceExcuse.applicant_id, m.AttendanceExcuse.local_day).where(
                m.AttendanceExcuse.session_id == session_id
            )
        ):
            excused[applicant_id].add(day)
        withheld = {
            row.applicant_id: row.reason
            for row in session.scalars(
                select(m.CertificateWithheld).where(m.CertificateWithheld.session_id == session_id)
            )
        }
        issued = {
            applicant_id: number
            for applicant_id, number in session.execute(
                select(m.Certificate.applicant_id, m.Certificate.id).where(
                    m.Certificate.session_id == session_id,
                    m.Certificate.kind == KIND_COMPLETION,
                )
            )
        }
        candidates = []
        for applicant_id, name, removed_at in people:
            result = assess(meetings, attended[applicant_id], excused[applicant_id], min_pct)
            if applicant_id in issued:
                status = CandidateStatus.ISSUED
            elif not result.meets_rule or removed_at is not None:
                # A person whose data was erased has no name to certify.
                status = CandidateStatus.NOT_ELIGIBLE
            elif applicant_id in withheld:
                status = CandidateStatus.WITHHELD
            else:
                status = CandidateStatus.ELIGIBLE
            candidates.append(
                Candidate(
                    applicant_id,
                    name,
                    result,
                    status,
                    withheld.get(applicant_id),
                    issued.get(applicant_id),
                )
            )
        candidates.sort(key=lambda c: (c.full_name.casefold(), c.applicant_id))
        return CompletionReview(
            session_id=session_id,
            programme=program.title if program else "",
            provider=provider.name if provider else "",
            start=training.start_date,
            end=training.end_date,
            min_share_pct=min_pct,
            ended=self._ctx.now().date() > training.end_date,
            candidates=candidates,
        )

    def set_rule(self, session_id: str, min_share_pct: int, *, staff_id: str | None) -> None:
        if not 1 <= min_share_pct <= 100:
            raise CertificateError(msg("certificates.rule_invalid"))
        with self._ctx.store.transaction() as session:
            self._class(session, session_id)
            rule = session.get(m.CompletionRule, session_id)
            if rule is None:
                rule = m.CompletionRule(session_id=session_id)
                session.add(rule)
            rule.min_share_pct, rule.staff_id, rule.at = min_share_pct, staff_id, self._ctx.now()

    def excuse(
        self, session_id: str, applicant_id: str, day: dt.date, reason: str, *, staff_id: str
    ) -> None:
        """Record an excused absence on a meeting day (it no longer counts against them)."""
        why = _reason(reason)
        with self._ctx.store.transaction() as session:
            training = self._class(session, session_id)
            self._enrolled(session, session_id, applicant_id)
            days = meeting_days(
                training.start_date, training.end_date, training.weekly_schedule.get("days", [])
            )
            if day not in days:
                raise CertificateError(msg("certificates.day_not_meeting"))
            key = (session_id, applicant_id, day)
            row = session.get(m.AttendanceExcuse, key)
            if row is None:
                row = m.AttendanceExcuse(
                    session_id=session_id, applicant_id=applicant_id, local_day=day
                )
                session.add(row)
            row.reason, row.staff_id, row.at = why, staff_id, self._ctx.now()

    def _enrolled(self, session: Session, session_id: str, applicant_id: str) -> None:
        found = session.scalar(
            select(m.Enrolment.id).where(
                m.Enrolment.session_id == session_id, m.Enrolment.applicant_id == applicant_id
            )
        )
        if found is None:
            raise CertificateError(msg("certificates.not_in_class"))

    def withhold(self, session_id: str, applicant_id: str, reason: str, *, staff_id: str) -> None:
        why = _reason(reason)
        with self._ctx.store.transaction() as session:
            self._class(session, session_id)
            self._enrolled(session, session_id, applicant_id)
            row = session.get(m.CertificateWithheld, (session_id, applicant_id))
            if row is None:
                row = m.CertificateWithheld(session_id=session_id, applicant_id=applicant_id)
                session.add(row)
            row.reason, row.staff_id, row.at = why, staff_id, self._ctx.now()
            audit(
                self._ctx,
                session,
                AuditAction.CERTIFICATE_WITHHELD,
                staff_id=staff_id,
                subject_type="applicant",
                subject_id=applicant_id,
                detail={"session_id": session_id},
            )

    def release(self, session_id: str, applicant_id: str, *, staff_id: str) -> None:
        """Undo a withholding: the trainee is issued with the next batch."""
        with self._ctx.store.transaction() as session:
            row = session.get(m.CertificateWithheld, (session_id, applicant_id))
            if row is not None:
                session.delete(row)

    def issue(self, session_id: str, *, staff_id: str) -> list[m.Certificate]:
        """Issue every eligible, not withheld trainee's certificate in one transaction (each
        with its outbox event); returns the new certificates. Issuing again adds only those
        who became eligible since."""
        with self._ctx.store.transaction() as session:
            review = self._review(session, session_id)
            if not review.ended:
                raise CertificateError(
                    msg("certificates.class_not_ended", end=review.end.strftime("%d-%m-%Y"))
                )
            site = session.get(m.KioskSetting, state.SITE)
            if site is None or not site.value:
                raise CertificateError(msg("certificates.not_paired"))
            signer = CertificateSigner(self._ctx.signer.private_bytes())
            now = self._ctx.now()
            issued = []
            for candidate in review.candidates:
                if candidate.status is not CandidateStatus.ELIGIBLE:
                    continue
                row = self._issue_one(session, signer, review, candidate, site.value, now, staff_id)
                issued.append(row)
            if issued:
                audit(
                    self._ctx,
                    session,
                    AuditAction.CERTIFICATES_ISSUED,
                    staff_id=staff_id,
                    subject_type="training_session",
                    subject_id=session_id,
                    detail={"count": len(issued)},
                )
            return issued

    def _issue_one(
        self,
        session: Session,
        signer: CertificateSigner,
        review: CompletionReview,
        candidate: Candidate,
        site: str,
        now: dt.datetime,
        staff_id: str,
    ) -> m.Certificate:
        program = session.scalar(
            select(m.TrainingProgram)
            .join(m.TrainingSession, m.TrainingSession.program_id == m.TrainingProgram.id)
            .where(m.TrainingSession.id == review.session_id)
        )
        claims = {
            "programme": review.programme,
            "hours": program.hours if program else 0,
            "start": review.start.isoformat(),
            "end": review.end.isoformat(),
            "attendance_pct": candidate.completion.share_pct,
        }
        certificate = Certificate(
            certificate_id=signer.new_id(),
            kind=KIND_COMPLETION,
            holder=candidate.full_name,
            issued=now.date(),
            valid_until=None,
            site=site,
            provider=review.provider,
            claims=claims,
        )
        row = m.Certificate(
            id=certificate.number,
            kind=KIND_COMPLETION,
            applicant_id=candidate.applicant_id,
            session_id=review.session_id,
            holder_name=candidate.full_name,
            title=review.programme,
            provider=review.provider,
            site=site,
            issued_on=certificate.issued,
            valid_until=None,
            claims=claims,
            key_id=signer.key_id,
            credential=signer.sign(certificate),
            issued_at=now,
            staff_id=staff_id,
            device_id=self._ctx.device_id,
        )
        session.add(row)
        # Only ids and the signed credential travel; the server reads the rest from it.
        payload = row_payload(row)
        upload = {
            key: payload[key]
            for key in ("id", "kind", "applicant_id", "session_id", "key_id", "credential")
        }
        upload.update(issued_at=payload["issued_at"], staff_id=staff_id)
        # The credential holds the holder's name: sealed at rest like other personal payloads.
        self._ctx.record(session, "certificate", row.id, "create", upload, at=now, personal=True)
        return row

    def printable(self, session_id: str) -> list[PrintableCertificate]:
        """The class's certificates ready to print, by holder name."""
        with self._ctx.store.reading() as session:
            url = session.get(m.KioskSetting, state.SERVER_URL)
            rows = session.scalars(
                select(m.Certificate)
                .where(m.Certificate.session_id == session_id)
                .order_by(m.Certificate.holder_name)
            )
            return [printable(row, url.value if url else None) for row in rows]

    def certificates(self, session_id: str) -> list[m.Certificate]:
        with self._ctx.store.reading() as session:
            return list(
                session.scalars(
                    select(m.Certificate)
                    .where(m.Certificate.session_id == session_id)
                    .order_by(m.Certificate.holder_name)
                )
            )

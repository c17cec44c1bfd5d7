"""Competency assessments at an offline kiosk: events, check-in by card scan, signed K/BK
records that are never changed (only superseded, with a reason), competency certificates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain import assessment as a
from kiosk.domain.ids import new_id
from kiosk.i18n import UserError, define, msg
from kiosk.services.audit import AuditAction, audit
from kiosk.services.cards import CardService
from kiosk.services.context import ServiceContext, jsonable
from kiosk.services.staff import Action, Role, StaffUser, authorize
from kiosk.store import models as m
from kiosk.sync import state

define(
    "assess.scheme_unknown",
    id="Skema ini belum ada di kios ini.",
    en="This scheme is not on this kiosk.",
)
define(
    "assess.event_unknown", id="Asesmen ini tidak ditemukan.", en="This assessment was not found."
)
define(
    "assess.not_assessor",
    id="Akun ini bukan asesor aktif.",
    en="This account is not an active assessor.",
)
define(
    "assess.other_assessor",
    id="Hanya asesor yang ditugaskan pada asesmen ini yang dapat menilai.",
    en="Only the assessor assigned to this assessment may record results.",
)
define(
    "assess.tuk_required", id="Tuliskan TUK (tempat uji).", en="Enter the TUK (assessment site)."
)
define(
    "assess.card_unknown",
    id="Pemegang kartu ini tidak terdaftar di kios ini.",
    en="This card's holder is not registered on this kiosk.",
)
define(
    "assess.not_checked_in",
    id="Peserta ini belum hadir (pindai kartunya dulu).",
    en="This candidate has not checked in (scan their card first).",
)
define(
    "assess.units_mismatch",
    id="Isi K atau BK untuk setiap unit skema, tidak lebih.",
    en="Give K or BK for every unit of the scheme, and no others.",
)
define(
    "assess.result_invalid",
    id="Hasil K (kompeten) hanya bila semua unit K.",
    en="The result K (competent) needs every unit K.",
)
define(
    "assess.already_recorded",
    id="Hasil peserta ini sudah tercatat; koreksi dengan catatan pengganti dan alasannya.",
    en="This candidate's result is recorded; correct it with a superseding record and a reason.",
)
define(
    "assess.not_current",
    id="Catatan ini sudah digantikan; koreksi catatan yang terbaru.",
    en="This record has already been superseded; correct the newest one.",
)
define(
    "assess.reason_required",
    id="Tuliskan alasan koreksi (3–200 huruf).",
    en="Write the reason for the correction (3–200 characters).",
)
define(
    "assess.not_paired",
    id="Kios ini belum dipasangkan dengan server pusat.",
    en="This kiosk is not paired with the central server yet.",
)
define(
    "assess.bnsp_invalid",
    id="Nomor sertifikat BNSP tidak valid (4–64 huruf/angka).",
    en="The BNSP certificate number is not valid (4–64 letters or digits).",
)
define(
    "assess.certificate_unknown",
    id="Sertifikat kompetensi ini tidak ada di kios ini.",
    en="This competency certificate is not on this kiosk.",
)

NOTE_LIMIT: Final = 500


class AssessmentError(UserError):
    """Something staff or the assessor can fix."""


@dataclass(frozen=True)
class CheckedIn:
    applicant_id: str
    full_name: str


@dataclass(frozen=True)
class EventSummary:
    id: str
    scheme: str
    day: dt.date
    tuk: str
    assessor_id: str


@dataclass(frozen=True)
class SheetRow:
    """A checked-in candidate and their current record (None: not judged yet)."""

    applicant_id: str
    full_name: str
    record: a.AssessmentRecord | None


@dataclass(frozen=True)
class EventSheet:
    """What the assessor's screen shows for one event."""

    event: EventSummary
    scheme: a.Scheme
    rows: list[SheetRow]


def _clean(text: str, low: int, high: int, message: str) -> str:
    cleaned = " ".join(text.split())
    if not low <= len(cleaned) <= high:
        raise AssessmentError(msg(message))
    return cleaned


def scheme_of(row: m.AssessmentScheme) -> a.Scheme:
    return a.scheme_from(
        {"number": row.number, "title": row.title, "lsp": row.lsp, "units": row.units}
    )


class AssessmentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- schemes and events -------------------------------------------------------------

    def schemes(self) -> list[a.Scheme]:
        with self._ctx.store.reading() as session:
            rows = session.scalars(select(m.AssessmentScheme).order_by(m.AssessmentScheme.number))
            return [scheme_of(row) for row in rows]

    def create_event(
        self, scheme: str, day: dt.date, tuk: str, assessor_id: str, *, staff: StaffUser
    ) -> str:
        authorize(staff, Action.RUN_ASSESSMENT)
        place = _clean(tuk, 1, 200, "assess.tuk_required")
        with self._ctx.store.transaction() as session:
            if session.get(m.AssessmentScheme, scheme) is None:
                raise AssessmentError(msg("assess.scheme_unknown"))
            assessor = session.get(m.StaffAccount, assessor_id)
            if assessor is None or not assessor.active or assessor.role != Role.ASSESSOR.value:
                raise AssessmentError(msg("assess.not_assessor"))
            event = m.AssessmentEvent(
                id=new_id(),
                scheme=scheme,
                day=day,
                tuk=place,
                assessor_id=assessor_id,
                created_at=self._ctx.now(),
                staff_id=staff.id,
            )
            session.add(event)
            return event.id

    def _event(self, session: Session, event_id: str) -> m.AssessmentEvent:
        event = session.get(m.AssessmentEvent, event_id)
        if event is None:
            raise AssessmentError(msg("assess.event_unknown"))
        return event

    def check_in(self, event_id: str, scanned: str, *, staff: StaffUser) -> CheckedIn:
        """A candidate's card, scanned or typed: judged like any card (signature, issuer,
        revocation, expiry), then its holder is checked in (again: nothing changes)."""
        authorize(staff, Action.RUN_ASSESSMENT)
        verdict = CardService(self._ctx).check(scanned)
        if not verdict.valid or verdict.card_id is None:
            # The card's own words (as the scan station says them), not a status code.
            raise AssessmentError(verdict.reason)
        with self._ctx.store.transaction() as session:
            self._event(session, event_id)
            card = session.get(m.Card, verdict.card_id)
            person = None if card is None else session.get(m.Applicant, card.applicant_id)
            if card is None or person is None or person.personal_data_removed_at is not None:
                raise AssessmentError(msg("assess.card_unknown"))
            if session.get(m.AssessmentCandidate, (event_id, person.id)) is None:
                session.add(
                    m.AssessmentCandidate(
                        event_id=event_id,
                        applicant_id=person.id,
                        card_id=card.id,
                        checked_in_at=self._ctx.now(),
                    )
                )
            return CheckedIn(person.id, person.full_name)

    def events(self) -> list[EventSummary]:
        with self._ctx.store.reading() as session:
            rows = session.scalars(
                select(m.AssessmentEvent).order_by(m.AssessmentEvent.day.desc())
            ).all()
            return [EventSummary(r.id, r.scheme, r.day, r.tuk, r.assessor_id) for r in rows]

    def sheet(self, event_id: str) -> EventSheet:
        with self._ctx.store.reading() as session:
            event = self._event(session, event_id)
            scheme_row = session.get(m.AssessmentScheme, event.scheme)
            if scheme_row is None:
                raise AssessmentError(msg("assess.scheme_unknown"))
            people = session.execute(
                select(m.Applicant.id, m.Applicant.full_name)
                .join(m.AssessmentCandidate, m.AssessmentCandidate.applicant_id == m.Applicant.id)
                .where(m.AssessmentCandidate.event_id == event_id)
                .order_by(m.Applicant.full_name)
            ).all()
            rows = []
            for applicant_id, name in people:
                current = self._current(session, event_id, applicant_id)
                record = None if current is None else a.record_from_text(current.signed_text)
                rows.append(SheetRow(applicant_id, name, record))
            summary = EventSummary(event.id, event.scheme, event.day, event.tuk, event.assessor_id)
            return EventSheet(summary, scheme_of(scheme_row), rows)

    def candidates(self, event_id: str) -> list[CheckedIn]:
        with self._ctx.store.reading() as session:
            rows = session.execute(
                select(m.Applicant.id, m.Applicant.full_name)
                .join(m.AssessmentCandidate, m.AssessmentCandidate.applicant_id == m.Applicant.id)
                .where(m.AssessmentCandidate.event_id == event_id)
                .order_by(m.Applicant.full_name)
            )
            return [CheckedIn(row.id, row.full_name) for row in rows]

    # -- records ------------------------------------------------------------------------

    def record(
        self,
        event_id: str,
        applicant_id: str,
        units: dict[str, str],
        result: str,
        note: str,
        *,
        assessor: StaffUser,
    ) -> a.AssessmentRecord:
        """The assessor's judgement, signed by this kiosk; refused if one is recorded."""
        with self._ctx.store.transaction() as session:
            if self._current(session, event_id, applicant_id) is not None:
                raise AssessmentError(msg("assess.already_recorded"))
            return self._write(session, event_id, applicant_id, units, result, note, assessor)

    def supersede(
        self,
        record_id: str,
        units: dict[str, str],
        result: str,
        note: str,
        reason: str,
        *,
        assessor: StaffUser,
    ) -> a.AssessmentRecord:
        """A correction: a new signed record naming the one it replaces and why."""
        why = _clean(reason, 3, 200, "assess.reason_required")
        with self._ctx.store.transaction() as session:
            old = session.get(m.AssessmentRecord, record_id)
            if old is None:
                raise AssessmentError(msg("assess.event_unknown"))
            current = self._current(session, old.event_id, old.applicant_id)
            if current is None or current.id != record_id:
                raise AssessmentError(msg("assess.not_current"))
            return self._write(
                session,
                old.event_id,
                old.applicant_id,
                units,
                result,
                note,
                assessor,
                supersedes=record_id,
                reason=why,
            )

    def _write(
        self,
        session: Session,
        event_id: str,
        applicant_id: str,
        units: dict[str, str],
        result: str,
        note: str,
        assessor: StaffUser,
        *,
        supersedes: str | None = None,
        reason: str | None = None,
    ) -> a.AssessmentRecord:
        authorize(assessor, Action.ASSESS)
        event = self._event(session, event_id)
        if assessor.id != event.assessor_id:
            raise AssessmentError(msg("assess.other_assessor"))
        if session.get(m.AssessmentCandidate, (event_id, applicant_id)) is None:
            raise AssessmentError(msg("assess.not_checked_in"))
        scheme_row = session.get(m.AssessmentScheme, event.scheme)
        if scheme_row is None:
            raise AssessmentError(msg("assess.scheme_unknown"))
        scheme = scheme_of(scheme_row)
        codes = [unit.code for unit in scheme.units]
        if set(units) != set(codes) or any(v not in a.RESULTS for v in units.values()):
            raise AssessmentError(msg("assess.units_mismatch"))
        marks = tuple((code, units[code]) for code in codes)
        try:
            a.check_result(marks, result)
        except a.AssessmentInvalid:
            raise AssessmentError(msg("assess.result_invalid")) from None
        site = session.get(m.KioskSetting, state.SITE)
        if site is None or not site.value:
            raise AssessmentError(msg("assess.not_paired"))
        now = self._ctx.now()
        record = a.AssessmentRecord(
            id=new_id(),
            event_id=event_id,
            applicant_id=applicant_id,
            scheme=scheme.number,
            day=event.day,
            tuk=event.tuk,
            assessor_id=assessor.id,
            assessor_name=assessor.display_name,
            units=marks,
            result=result,
            note=" ".join(note.split())[:NOTE_LIMIT],
            site=site.value,
            key_id=self._ctx.signer.key_id,
            recorded_at=now.astimezone(dt.UTC),
            supersedes=supersedes,
            reason=reason,
        )
        text = record.canonical()
        signature = a.sign(text, self._ctx.signer.private_bytes())
        session.add(
            m.AssessmentRecord(
                id=record.id,
                event_id=event_id,
                applicant_id=applicant_id,
                scheme=scheme.number,
                result=result,
                supersedes=supersedes,
                signed_text=text,
                signature=signature,
                recorded_at=now,
            )
        )
        upload = {
            "id": record.id,
            "key_id": record.key_id,
            "signed_text": text,
            "signature": signature,
            "recorded_at": jsonable(now),
        }
        self._ctx.record(session, "assessment_record", record.id, "create", upload, at=now)
        audit(
            self._ctx,
            session,
            AuditAction.ASSESSMENT_SUPERSEDED if supersedes else AuditAction.ASSESSMENT_RECORDED,
            staff_id=assessor.id,
            subject_type="assessment_record",
            subject_id=record.id,
            detail={"event_id": event_id, "supersedes": supersedes},
            at=now,
        )
        return record

    def _current(
        self, session: Session, event_id: str, applicant_id: str
    ) -> m.AssessmentRecord | None:
        """The newest record of a candidate at an event: the one no other record supersedes."""
        rows = session.scalars(
            select(m.AssessmentRecord).where(
                m.AssessmentRecord.event_id == event_id,
                m.AssessmentRecord.applicant_id == applicant_id,
            )
        ).all()
        replaced = {row.supersedes for row in rows}
        current = [row for row in rows if row.id not in replaced]
        return current[0] if current else None

    def current_records(self, event_id: str) -> list[a.AssessmentRecord]:
        with self._ctx.store.reading() as session:
            ids = session.scalars(
                select(m.AssessmentCandidate.applicant_id).where(
                    m.AssessmentCandidate.event_id == event_id
                )
            ).all()
            found = [self._current(session, event_id, applicant) for applicant in ids]
            return [a.record_from_text(row.signed_text) for row in found if row is not None]

    # -- certificates (kiosk.services.assessment_certificates) ----------------------------

    def issue_certificates(self, event_id: str, *, staff: StaffUser) -> list[m.Certificate]:
        """A competency certificate for every candidate whose current record is K."""
        from kiosk.services.assessment_certificates import issue_certificates

        return issue_certificates(self, self._ctx, event_id, staff=staff)

    def set_bnsp_number(self, certificate_id: str, number: str, *, staff: StaffUser) -> None:
        """The number BNSP gave the certificate, entered later (a separate, synced event)."""
        from kiosk.services.assessment_certificates import set_bnsp_number

        set_bnsp_number(self._ctx, certificate_id, number, staff=staff)

    def current(
        self, session: Session, event_id: str, applicant_id: str
    ) -> m.AssessmentRecord | None:
        return self._current(session, event_id, applicant_id)

"""Rights and retention under UU PDP No. 27/2022: reveal (audited), access export, erasure on
request, and purging personal fields once the server holds them and no training is ahead."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exists, func, select, update

from kiosk.i18n import UserError, define, msg
from kiosk.services.audit import AuditAction, audit
from kiosk.services.context import ServiceContext, jsonable
from kiosk.services.settings import RETENTION_DAYS
from kiosk.services.staff import Role, StaffService, StaffUser
from kiosk.store.models import (
    Applicant,
    AttendanceEvent,
    Card,
    Enrolment,
    OutboxEvent,
    TrainingSession,
)

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = RETENTION_DAYS.default  # the admin may change it: see settings
ERASED_NAME = ""
_SEALED_FIELDS = ("nik", "address", "phone", "email", "kk")

define("privacy.not_found", id="Pendaftar tidak ditemukan.", en="Applicant not found.")
define(
    "privacy.removed",
    id="Data pribadi orang ini sudah dihapus.",
    en="This person's personal data has already been removed.",
)
define(
    "privacy.admin_needed",
    id="Penghapusan data perlu persetujuan admin (PIN admin).",
    en="Erasing data needs an admin's approval (admin PIN).",
)


define(
    "privacy.export_failed",
    id="Berkas tidak dapat disimpan di {path}. Periksa drive dan ruang kosongnya.",
    en="The file could not be saved to {path}. Check the drive and its free space.",
)


class PrivacyError(UserError):
    pass


@dataclass(frozen=True)
class PurgeResult:
    purged: int
    applicant_ids: tuple[str, ...]


class PrivacyService:
    def __init__(self, ctx: ServiceContext, staff: StaffService) -> None:
        self._ctx = ctx
        self._staff = staff

    def _open(self, applicant: Applicant, field: str) -> str | None:
        sealed = getattr(applicant, f"{field}_sealed")
        return self._ctx.store.cipher.open_optional(sealed, row=applicant.id, field=field)

    def reveal_nik(self, applicant_id: str, staff: StaffUser) -> str:
        """The full NIK for a staff member who asked to see it; every reveal is audited."""
        with self._ctx.store.transaction() as session:
            applicant = session.get(Applicant, applicant_id)
            if applicant is None:
                raise PrivacyError(msg("privacy.not_found"))
            nik = self._open(applicant, "nik")
            if nik is None:
                raise PrivacyError(msg("privacy.removed"))
            audit(
                self._ctx,
                session,
                AuditAction.NIK_REVEALED,
                staff_id=staff.id,
                subject_type="applicant",
                subject_id=applicant_id,
            )
        return nik

    def export_applicant(self, applicant_id: str, staff: StaffUser) -> dict[str, Any]:
        """Everything held about one person (right of access), as JSON-ready data."""
        with self._ctx.store.transaction() as session:
            applicant = session.get(Applicant, applicant_id)
            if applicant is None:
                raise PrivacyError(msg("privacy.not_found"))
            person: dict[str, Any] = {
                column.key: jsonable(getattr(applicant, column.key))
                for column in Applicant.__table__.columns
                if not column.key.endswith(("_sealed", "_digest"))
            }
            for field in _SEALED_FIELDS:
                person["kk_number" if field == "kk" else field] = self._open(applicant, field)
            cards = session.scalars(select(Card).where(Card.applicant_id == applicant_id)).all()
            enrolments = session.scalars(
                select(Enrolment).where(Enrolment.applicant_id == applicant_id)
            ).all()
            attendance = session.scalars(
                select(AttendanceEvent).where(AttendanceEvent.applicant_id == applicant_id)
            ).all()
            export = {
                "applicant": person,
                "cards": [
                    {
                        "id": c.id,
                        "issued_at": jsonable(c.issued_at),
                        "revoked_at": jsonable(c.revoked_at),
                    }
                    for c in cards
                ],
                "enrolments": [
                    {"session_id": e.session_id, "enrolled_at": jsonable(e.enrolled_at)}
                    for e in enrolments
                ],
                "attendance": [
                    {"session_id": a.session_id, "kind": a.kind, "at": jsonable(a.recorded_at)}
                    for a in attendance
                ],
            }
            audit(
                self._ctx,
                session,
                AuditAction.PERSONAL_DATA_EXPORTED,
                staff_id=staff.id,
                subject_type="applicant",
                subject_id=applicant_id,
            )
        return export

    def export_applicant_to(self, applicant_id: str, staff: StaffUser, path: Path) -> Path:
        """The access export as a JSON file for the person (e.g. on their USB stick), written
        whole or not at all: a half-written copy of someone's data helps nobody."""
        export = self.export_applicant(applicant_id, staff)
        text = json.dumps(export, ensure_ascii=False, indent=2, sort_keys=True)
        partial = path.with_name(path.name + ".partial")
        try:
            with open(partial, "w", encoding="utf-8") as file:
                file.write(text)
                file.flush()
                os.fsync(file.fileno())
            os.replace(partial, path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise PrivacyError(msg("privacy.export_failed", path=str(path))) from error
        return path

    def erase(
        self, applicant_id: str, staff: StaffUser, *, admin_username: str, admin_pin: str
    ) -> None:
        """Erase a person's personal data on their request (staff plus an admin's PIN). The
        erasure is an outbox event so that the server erases its copy too."""
        admin = self._staff.login(admin_username, admin_pin)
        if admin.role is not Role.ADMIN:
            raise PrivacyError(msg("privacy.admin_needed"))
        ctx = self._ctx
        now = ctx.now()
        with ctx.store.transaction() as session:
            applicant = session.get(Applicant, applicant_id)
            if applicant is None:
                raise PrivacyError(msg("privacy.not_found"))
            self._strip(applicant, now, erase=True)
            session.execute(
                update(Card)
                .where(Card.applicant_id == applicant_id, Card.revoked_at.is_(None))
                .values(revoked_at=now, revoked_reason="erased")
            )
            # Uploads not yet made would carry the data to the server after all.
            session.execute(
                delete(OutboxEvent).where(
                    OutboxEvent.entity == "applicant",
                    OutboxEvent.entity_id == applicant_id,
                    OutboxEvent.status == "pending",
                )
            )
            ctx.record(session, "applicant", applicant_id, "erase", {"id": applicant_id}, at=now)
            audit(
                ctx,
                session,
                AuditAction.PERSONAL_DATA_ERASED,
                staff_id=staff.id,
                subject_type="applicant",
                subject_id=applicant_id,
                detail={"approved_by": admin.id},
                at=now,
            )
        log.info("personal data of applicant %s erased on request", applicant_id)

    def due_for_purge(self, retention_days: int = DEFAULT_RETENTION_DAYS) -> int:
        """How many people :meth:`purge_expired` would purge now (shown before it runs)."""
        query = (
            select(func.count())
            .select_from(Applicant)
            .where(*self._purge_due(retention_days, self._ctx.now()))
        )
        with self._ctx.store.reading() as session:
            return int(session.scalar(query) or 0)

    @staticmethod
    def _purge_due(retention_days: int, now: dt.datetime) -> tuple[Any, ...]:
        """Registered more than ``retention_days`` ago, acknowledged by the server, with no
        current or future session, and not purged yet."""
        unacknowledged = exists().where(
            OutboxEvent.entity == "applicant",
            OutboxEvent.entity_id == Applicant.id,
            OutboxEvent.status.not_in(("accepted", "duplicate")),
        )
        ongoing = exists().where(
            Enrolment.applicant_id == Applicant.id,
            Enrolment.session_id == TrainingSession.id,
            TrainingSession.end_date >= now.date(),
        )
        return (
            Applicant.personal_data_removed_at.is_(None),
            Applicant.registered_at < now - dt.timedelta(days=retention_days),
            ~unacknowledged,
            ~ongoing,
        )

    def purge_expired(self, retention_days: int = DEFAULT_RETENTION_DAYS) -> PurgeResult:
        """Remove personal fields of people registered more than ``retention_days`` ago whose
        registration the server has acknowledged and who have no current or future session.
        Cards and attendance stay (pseudonymous)."""
        ctx = self._ctx
        now = ctx.now()
        with ctx.store.transaction() as session:
            due = session.scalars(
                select(Applicant).where(*self._purge_due(retention_days, now))
            ).all()
            for applicant in due:
                self._strip(applicant, now, erase=False)
            ids = tuple(a.id for a in due)
            if ids:
                audit(
                    ctx,
                    session,
                    AuditAction.PERSONAL_DATA_PURGED,
                    detail={"count": len(ids), "retention_days": retention_days},
                    at=now,
                )
        if ids:
            log.info("retention: personal data of %d applicant(s) purged", len(ids))
        return PurgeResult(purged=len(ids), applicant_ids=ids)

    @staticmethod
    def _strip(applicant: Applicant, now: dt.datetime, *, erase: bool) -> None:
        if applicant.personal_data_removed_at is not None and not erase:
            return
        for field in _SEALED_FIELDS:
            setattr(applicant, f"{field}_sealed", None)
        applicant.full_name = ERASED_NAME
        applicant.birth_place = ""
        # The birth year stays for statistics; the day and month go.
        applicant.birth_date = applicant.birth_date.replace(month=1, day=1)
        applicant.nik_hint_digest = None
        applicant.personal_data_removed_at = now
        if erase:
            # Without the digests the person can register again later as someone new.
            applicant.nik_digest = f"erased:{applicant.id}"
            applicant.kk_digest = f"erased:{applicant.id}"

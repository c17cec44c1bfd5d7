"""SQLAlchemy models of everything a kiosk keeps; ids are client-generated UUIDv7 strings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Stores aware datetimes as naive UTC and gives them back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    pass


ID = String(36)


class Applicant(Base):
    """A registered person. NIK, phone, email, address and family card number are sealed
    (kiosk.store.crypto); equality look-ups use keyed digests, screens mask the opened NIK."""

    __tablename__ = "applicant"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    nik_digest: Mapped[str] = mapped_column(String(64), unique=True)
    # Keyed digest of the digits a masked NIK shows (first 4 + last 4), for staff search;
    # None once personal data is removed.
    nik_hint_digest: Mapped[str | None] = mapped_column(String(64), index=True)
    nik_sealed: Mapped[str | None] = mapped_column(Text)
    full_name: Mapped[str] = mapped_column(String(120))
    birth_place: Mapped[str] = mapped_column(String(80))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    citizen_wni: Mapped[bool] = mapped_column(Boolean, default=True)
    address_sealed: Mapped[str | None] = mapped_column(Text)
    province_code: Mapped[str] = mapped_column(String(2))
    regency_code: Mapped[str] = mapped_column(String(5))
    phone_sealed: Mapped[str | None] = mapped_column(Text)
    email_sealed: Mapped[str | None] = mapped_column(Text)
    education_level: Mapped[str] = mapped_column(String(16))
    employment_status: Mapped[str] = mapped_column(String(16))
    occupation: Mapped[str] = mapped_column(String(24))
    in_formal_education: Mapped[bool] = mapped_column(Boolean)
    kk_digest: Mapped[str] = mapped_column(String(64), index=True)
    kk_sealed: Mapped[str | None] = mapped_column(Text)
    consent_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    consent_version: Mapped[str] = mapped_column(String(16))
    eligible: Mapped[bool] = mapped_column(Boolean)
    ineligible_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    registered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(ID)
    # Set when personal fields were purged (retention) or erased on request; the
    # pseudonymous card and attendance records stay.
    personal_data_removed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class TrainingProvider(Base):
    __tablename__ = "training_provider"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(3))  # "LPK" or "BLK"
    regency_code: Mapped[str] = mapped_column(String(5))
    address: Mapped[str] = mapped_column(String(250), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class TrainingProgram(Base):
    __tablename__ = "training_program"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(40))
    hours: Mapped[int] = mapped_column(Integer)
    prakerja_funded: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class TrainingSession(Base):
    __tablename__ = "training_session"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    program_id: Mapped[str] = mapped_column(ForeignKey("training_program.id"), index=True)
    provider_id: Mapped[str] = mapped_column(ForeignKey("training_provider.id"), index=True)
    location: Mapped[str] = mapped_column(String(160))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    # {"days": [0..6 Monday first], "start": "08:00", "end": "12:00"}
    weekly_schedule: Mapped[dict[str, Any]] = mapped_column(JSON)
    capacity: Mapped[int] = mapped_column(Integer)
    uses_checkout: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Enrolment(Base):
    __tablename__ = "enrolment"
    __table_args__ = (UniqueConstraint("session_id", "applicant_id"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("training_session.id"))
    applicant_id: Mapped[str] = mapped_column(ForeignKey("applicant.id"), index=True)
    enrolled_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    enrolled_by: Mapped[str | None] = mapped_column(ID)


class Card(Base):
    __tablename__ = "card"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)  # opaque Base32 card id
    applicant_id: Mapped[str] = mapped_column(ForeignKey("applicant.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(16))
    issued_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    payload: Mapped[str] = mapped_column(String(200))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    revoked_reason: Mapped[str | None] = mapped_column(String(40))
    replaced_by: Mapped[str | None] = mapped_column(String(16))


class CardBinding(Base):
    """The issuing key of a card whose id does not name it (printed before card ids were
    bound to their key): this kiosk's own older cards, recorded by migration 0004, and other
    kiosks', pulled as ``card_binding`` changes. A card signed by any other key is refused."""

    __tablename__ = "card_binding"

    card_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16))


class AttendanceEvent(Base):
    """Append-only: a correction is a new event, never an update."""

    __tablename__ = "attendance_event"
    __table_args__ = (
        Index("ix_attendance_session_card_day", "session_id", "card_id", "local_day"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("training_session.id"))
    card_id: Mapped[str] = mapped_column(String(16))
    applicant_id: Mapped[str] = mapped_column(ForeignKey("applicant.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # check_in, check_out
    admitted_by: Mapped[str | None] = mapped_column(ID)
    local_day: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(ID)
    staff_id: Mapped[str | None] = mapped_column(ID)


class StaffAccount(Base):
    __tablename__ = "staff_account"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(8))  # staff, admin
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class DeviceKey(Base):
    """Public card-signing keys this kiosk trusts; its own key is one of them."""

    __tablename__ = "device_key"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    device_id: Mapped[str | None] = mapped_column(ID)
    own: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class OutboxEvent(Base):
    """A change waiting for upload, written in the same transaction as the change itself."""

    __tablename__ = "outbox_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(ID, unique=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    acked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class AuditEvent(Base):
    """Append-only record of sensitive actions; never holds personal data, only ids."""

    __tablename__ = "audit_event"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(ID)
    staff_id: Mapped[str | None] = mapped_column(ID)
    action: Mapped[str] = mapped_column(String(40))
    subject_type: Mapped[str | None] = mapped_column(String(32))
    subject_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class KioskSetting(Base):
    """Small facts about this kiosk (device id, sync cursor, ...), added by migration 0002."""

    __tablename__ = "kiosk_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncQuarantine(Base):
    """A pulled change this kiosk could not apply, set aside instead of stopping the sync;
    kept as received, shown to the admin and reported to the server (migration 0004)."""

    __tablename__ = "sync_quarantine"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(200))
    data: Mapped[str] = mapped_column(Text)  # the change's data as the server sent it (JSON)
    reason: Mapped[str] = mapped_column(String(200))
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    # The outbox event that reports it to the server; reported once that event is accepted.
    report_event_id: Mapped[str | None] = mapped_column(ID)


class Certificate(Base):
    """An issued certificate (migration 0007): what its signed QR credential says, kept
    beside the credential itself. Never changed afterwards, only revoked."""

    __tablename__ = "certificate"
    __table_args__ = (UniqueConstraint("session_id", "applicant_id", "kind"),)

    id: Mapped[str] = mapped_column(String(16), primary_key=True)  # the certificate number
    kind: Mapped[str] = mapped_column(String(12))  # completion, competency
    applicant_id: Mapped[str] = mapped_column(ForeignKey("applicant.id"), index=True)
    session_id: Mapped[str | None] = mapped_column(ID)
    holder_name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(200))  # programme or scheme title
    provider: Mapped[str] = mapped_column(String(200))
    site: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    claims: Mapped[dict[str, Any]] = mapped_column(JSON)
    key_id: Mapped[str] = mapped_column(String(16))
    credential: Mapped[str] = mapped_column(Text)  # the QR text
    issued_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    staff_id: Mapped[str | None] = mapped_column(ID)
    device_id: Mapped[str] = mapped_column(ID)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    revoked_reason: Mapped[str | None] = mapped_column(String(200))


class CertificateWithheld(Base):
    """A trainee who met the class's rule but whose certificate staff withheld, and why."""

    __tablename__ = "certificate_withheld"

    session_id: Mapped[str] = mapped_column(ID, primary_key=True)
    applicant_id: Mapped[str] = mapped_column(ID, primary_key=True)
    reason: Mapped[str] = mapped_column(String(200))
    staff_id: Mapped[str | None] = mapped_column(ID)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class CompletionRule(Base):
    """A class's own attendance rule for a completion certificate (default 80 %)."""

    __tablename__ = "completion_rule"

    session_id: Mapped[str] = mapped_column(ID, primary_key=True)
    min_share_pct: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[str | None] = mapped_column(ID)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AttendanceExcuse(Base):
    """An excused absence: the meeting does not count against the trainee's share."""

    __tablename__ = "attendance_excuse"

    session_id: Mapped[str] = mapped_column(ID, primary_key=True)
    applicant_id: Mapped[str] = mapped_column(ID, primary_key=True)
    local_day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str] = mapped_column(String(200))
    staff_id: Mapped[str | None] = mapped_column(ID)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class CertificateIssuer(Base):
    """A key the server's newest trust list allows to issue certificates, with its site."""

    __tablename__ = "certificate_issuer"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    site: Mapped[str] = mapped_column(String(40))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class CertificateRevocation(Base):
    """A server-signed revocation entry (its signature was checked when it arrived)."""

    __tablename__ = "certificate_revocation"

    certificate_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    revoked_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    reason: Mapped[str] = mapped_column(String(200))


class AssessmentScheme(Base):
    """A certification scheme (skema) published by the server (migration 0008)."""

    __tablename__ = "assessment_scheme"

    number: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    lsp: Mapped[str] = mapped_column(String(200))
    units: Mapped[list[Any]] = mapped_column(JSON)  # [{"code", "title"}]
    published_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AssessmentEvent(Base):
    """An assessment held at this kiosk: scheme, day, TUK (assessment site), assessor."""

    __tablename__ = "assessment_event"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    scheme: Mapped[str] = mapped_column(String(64))
    day: Mapped[dt.date] = mapped_column(Date)
    tuk: Mapped[str] = mapped_column(String(200))
    assessor_id: Mapped[str] = mapped_column(ID)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    staff_id: Mapped[str | None] = mapped_column(ID)


class AssessmentCandidate(Base):
    """A candidate checked in to an assessment by card scan."""

    __tablename__ = "assessment_candidate"

    event_id: Mapped[str] = mapped_column(ID, primary_key=True)
    applicant_id: Mapped[str] = mapped_column(ForeignKey("applicant.id"), primary_key=True)
    card_id: Mapped[str] = mapped_column(String(16))
    checked_in_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AssessmentRecord(Base):
    """One signed assessment record. The store refuses any update or delete (triggers of
    migration 0008); a correction is a new record that ``supersedes`` it, with a reason."""

    __tablename__ = "assessment_record"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    event_id: Mapped[str] = mapped_column(ID, index=True)
    applicant_id: Mapped[str] = mapped_column(ID)
    scheme: Mapped[str] = mapped_column(String(64))
    result: Mapped[str] = mapped_column(String(2))
    supersedes: Mapped[str | None] = mapped_column(ID, unique=True)
    signed_text: Mapped[str] = mapped_column(Text)  # the canonical JSON the kiosk signed
    signature: Mapped[str] = mapped_column(String(128))
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class CertificateBnspNumber(Base):
    """The BNSP certificate number staff enter once the LSP receives it."""

    __tablename__ = "certificate_bnsp_number"

    certificate_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    bnsp_number: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str | None] = mapped_column(ID)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


# The placement tables live in their own module; importing it registers them on Base.
from kiosk.store import followup_models as _followup_models  # noqa: E402,F401
from kiosk.store import placement_models as _placement_models  # noqa: E402,F401

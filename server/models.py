"""The central server's tables: devices, received events, merged people and attendance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

ID = String(36)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes stored as naive UTC on every database, returned aware."""

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

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        """On SQLite, one step to the text SQLAlchemy's DATETIME stores ("YYYY-MM-DD
        HH:MM:SS.ffffff", naive UTC) instead of two: a push binds three times per event."""
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)

        def process(value: dt.datetime | None) -> str | None:
            if value is None:
                return None
            if value.tzinfo is None:
                raise ValueError("naive datetime given to a UTC column")
            return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")

        return process


class Base(DeclarativeBase):
    pass


class EnrolmentCode(Base):
    __tablename__ = "enrolment_code"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    site: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    used_by: Mapped[str | None] = mapped_column(ID)


class Device(Base):
    __tablename__ = "device"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    site: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(80), default="")
    # Kept when the device is revoked, so a revoked device is told 403, not 401.
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    key_id: Mapped[str] = mapped_column(String(16))
    enrolled_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    token_issued_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    token_expires_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    # After a rotation the previous token stays valid until the new one is first used (the
    # reply with the new one may have been lost), and never past its own expiry.
    previous_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    previous_token_expires_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    clock_offset_s: Mapped[float | None] = mapped_column(Float)
    # As the kiosk last reported them with a push (older kiosks report neither): its version,
    # and when its oldest record still waiting to go up was made (NULL: nothing waiting).
    app_version: Mapped[str | None] = mapped_column(String(40))
    oldest_pending_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    # The last time this device called after it was revoked (the console's attention list).
    refused_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class ClockSample(Base):
    """The device's clock against ours at each sync (positive: the device is behind)."""

    __tablename__ = "clock_sample"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(ID, index=True)
    device_time: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    server_time: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    offset_s: Mapped[float] = mapped_column(Float)


class Event(Base):
    """Every accepted event, stored once by its client-generated id."""

    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_device_seq", "device_id", "seq"),
        # The console's set-aside records: one entity, lately.
        Index("ix_event_entity_received", "entity", "received_at"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    device_id: Mapped[str] = mapped_column(ID)
    seq: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    device_time: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    corrected_time: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    clock_suspect: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    via: Mapped[str] = mapped_column(String(8))  # push, bundle


class Person(Base):
    """One real person, however many kiosks registered them (keyed by a digest of the NIK).

    ``data`` holds the non-identifying fields only; everything personal is in ``sealed``
    (server/personal.py), opened only with the key in the server's secrets folder."""

    __tablename__ = "person"
    # The console: newest registrations first, and a site's (through its devices).
    __table_args__ = (
        Index("ix_person_created_at", "created_at"),
        Index("ix_person_device_created", "device_id", "created_at"),
        Index("ix_person_created_id", "created_at", "id"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    nik_digest: Mapped[str] = mapped_column(String(64), unique=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    sealed: Mapped[str | None] = mapped_column(Text)
    device_id: Mapped[str] = mapped_column(ID)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class ApplicantAlias(Base):
    """A kiosk's applicant id for a person registered first under another id."""

    __tablename__ = "applicant_alias"

    applicant_id: Mapped[str] = mapped_column(ID, primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    # The device that registered the person under this id (server/authority.py: only it
    # may erase through it). NULL for aliases from before migration 0004 with no event.
    device_id: Mapped[str | None] = mapped_column(ID)


class Card(Base):
    __tablename__ = "card"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    applicant_id: Mapped[str] = mapped_column(ID, index=True)
    key_id: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    revoked_reason: Mapped[str | None] = mapped_column(String(40))


class Attendance(Base):
    """One attendance per card, session, local day and kind, whichever kiosks scanned it."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "card_id", "local_day", "kind"),
        # The console: newest days first, and the classes that met lately.
        Index("ix_attendance_day", "local_day", "first_recorded_at"),
        Index("ix_attendance_session_applicant", "session_id", "applicant_id"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    session_id: Mapped[str] = mapped_column(String(36))
    card_id: Mapped[str] = mapped_column(String(16))
    local_day: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(12))
    applicant_id: Mapped[str | None] = mapped_column(ID)
    first_recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AttendanceScan(Base):
    """Evidence: every scan that contributed to an attendance, from every kiosk."""

    __tablename__ = "attendance_scan"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    attendance_id: Mapped[str] = mapped_column(ForeignKey("attendance.id"), index=True)
    event_id: Mapped[str] = mapped_column(ID)
    device_id: Mapped[str] = mapped_column(ID)
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class ReferenceRecord(Base):
    """Catalogue, sessions, enrolments and staff accounts, as the kiosks described them."""

    __tablename__ = "reference_record"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    device_id: Mapped[str] = mapped_column(ID)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # The owner site: the site of the device that created the record. Only devices of
    # this site may change it (server/authority.py). NULL: an owner no device has.
    site: Mapped[str | None] = mapped_column(String(40))


class TrustedKey(Base):
    __tablename__ = "trusted_key"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class KeyCheck(Base):
    """Which keys of the secrets folder this database belongs to (server/secrets.py): a keyed
    check value of the personal-data key, the public half of the bundle key. Never a key."""

    __tablename__ = "key_check"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AuditEntry(Base):
    """One security-relevant action or refused attempt (server/audit.py); ids only."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    action: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(12))
    device_id: Mapped[str | None] = mapped_column(String(64))
    site: Mapped[str | None] = mapped_column(String(40))
    client: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(String(120))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)


class RateWindow(Base):
    """Attempts counted in one fixed time window per scope (e.g. enrolment failures from one
    client address, or from everyone), in the database so that every worker shares them."""

    __tablename__ = "rate_window"

    scope: Mapped[str] = mapped_column(String(80), primary_key=True)
    window_start: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    count: Mapped[int] = mapped_column(Integer, default=0)
    refused: Mapped[int] = mapped_column(Integer, default=0)


class ChangeLog(Base):
    """What kiosks pull, in order; the cursor is the last ``seq`` a kiosk has seen."""

    __tablename__ = "change_log"
    # A pull reads two ranges of this index: the rows for everyone (site IS NULL) and
    # the rows of the device's site, each from the cursor on, in seq order.
    __table_args__ = (Index("ix_change_log_site_seq", "site", "seq"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # Who pulls it: NULL every kiosk, else only the kiosks of this site (staff accounts).
    site: Mapped[str | None] = mapped_column(String(40))


class IssuedCertificate(Base):
    """A certificate a kiosk issued (migration 0008). The credential, which holds the
    holder's name, is sealed (server/personal.py); kind, site, scheme, result and dates stay
    readable for the figures."""

    __tablename__ = "certificate"
    __table_args__ = (
        Index("ix_certificate_site_kind", "site", "kind"),
        # A person's certificates (the console's funnel, server/funnel.py).
        Index("ix_certificate_applicant", "applicant_id"),
    )

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    site: Mapped[str] = mapped_column(String(40))
    device_id: Mapped[str] = mapped_column(ID)
    key_id: Mapped[str] = mapped_column(String(16))
    applicant_id: Mapped[str] = mapped_column(ID)
    session_id: Mapped[str | None] = mapped_column(ID)
    scheme: Mapped[str | None] = mapped_column(String(64))
    result: Mapped[str | None] = mapped_column(String(4))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    sealed: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    revoked_reason: Mapped[str | None] = mapped_column(String(200))


class CertificateRevocation(Base):
    """A certificate revoked by the central operator; numbered 1, 2, 3... so that a kiosk
    can tell it holds all of them (docs/certificates.md)."""

    __tablename__ = "certificate_revocation"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    certificate_id: Mapped[str] = mapped_column(String(16), unique=True)
    revoked_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    reason: Mapped[str] = mapped_column(String(200))


class ConsoleUser(Base):
    """A person who signs in to the web console (server/console): a role and, for a site
    manager (or a viewer limited to some sites), the sites they may see."""

    __tablename__ = "console_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(12))  # admin, manager, viewer
    sites: Mapped[list[str]] = mapped_column(JSON)  # empty: every site (admins, viewers)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    disabled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    # Lockout after repeated wrong passwords, shared by every worker.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class ConsoleSession(Base):
    """A signed-in browser: only a digest of its cookie is stored, with its CSRF token."""

    __tablename__ = "console_session"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("console_user.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AssessmentScheme(Base):
    """A certification scheme (skema) the operator published (migration 0009)."""

    __tablename__ = "assessment_scheme"

    number: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    lsp: Mapped[str] = mapped_column(String(200))
    units: Mapped[list[Any]] = mapped_column(JSON)
    published_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AssessmentRecord(Base):
    """A kiosk-signed assessment record; every one is kept. Of a candidate's records at an
    event, the one no other supersedes counts (server/assessments.py)."""

    __tablename__ = "assessment_record"
    __table_args__ = (Index("ix_assessment_record_site_scheme", "site", "scheme"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    device_id: Mapped[str] = mapped_column(ID)
    site: Mapped[str] = mapped_column(String(40))
    key_id: Mapped[str] = mapped_column(String(16))
    event_id: Mapped[str] = mapped_column(ID)
    applicant_id: Mapped[str] = mapped_column(ID)
    scheme: Mapped[str] = mapped_column(String(64))
    day: Mapped[dt.date] = mapped_column(Date)
    result: Mapped[str] = mapped_column(String(2))
    supersedes: Mapped[str | None] = mapped_column(ID, unique=True)
    reason: Mapped[str | None] = mapped_column(String(200))
    signed_text: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(String(128))
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class CertificateAnnotation(Base):
    """The BNSP number a kiosk's staff entered for a competency certificate."""

    __tablename__ = "certificate_annotation"

    certificate_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    bnsp_number: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(ID)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


# The placement tables live in their own module; importing it registers them on Base.
from server import followup_models as _followup_models  # noqa: E402,F401
from server import placement_models as _placement_models  # noqa: E402,F401
from server import summary_models as _summary_models  # noqa: E402,F401

"""Registering applicants: the service that checks a form (kiosk.domain.applicant_form),
assesses eligibility, refuses duplicates and stores the person and their first card."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from kiosk.domain.applicant_form import (
    CONSENT_VERSION,
    ApplicantForm,
    CleanApplicant,
    FormCheck,
    check_form,
    parse_day,
)
from kiosk.domain.chunks import in_chunks
from kiosk.domain.eligibility import EligibilityInput, Verdict, assess
from kiosk.domain.ids import new_id
from kiosk.domain.nik import NikError, parse_nik
from kiosk.i18n import Message, UserError, define, msg
from kiosk.services.cards import card_valid_until, new_card_row
from kiosk.services.context import RecordMaker, ServiceContext, jsonable, utc_offset_minutes
from kiosk.store.crypto import nik_hint
from kiosk.store.models import Applicant, Base, Card, OutboxEvent

# The form's own names, for the screens and tests that register through this module.
__all__ = [
    "CONSENT_VERSION",
    "ApplicantForm",
    "CleanApplicant",
    "DuplicateApplicant",
    "FormCheck",
    "InvalidForm",
    "RegistrationResult",
    "RegistrationRows",
    "RegistrationService",
    "WarningsNotConfirmed",
    "check_all",
    "check_form",
    "eligibility_input",
    "log_registered",
    "parse_day",
    "registration_rows",
]

log = logging.getLogger(__name__)

Checked = tuple[CleanApplicant, list[Message]]

define(
    "registration.duplicate",
    id="NIK ini sudah terdaftar. Silakan minta bantuan petugas bila kartu Anda hilang.",
    en="This NIK is already registered. Please ask a staff member if you lost your card.",
)
define(
    "registration.invalid",
    id="Data pendaftaran belum lengkap atau belum benar.",
    en="The registration data is incomplete or incorrect.",
)
define(
    "registration.confirm_warnings",
    id="Periksa peringatan dan konfirmasi bahwa data sudah benar.",
    en="Check the warnings and confirm that the data is correct.",
)


@dataclass(frozen=True)
class RegistrationResult:
    applicant_id: str
    eligible: bool
    reasons: tuple[Message, ...]
    warnings: tuple[Message, ...]
    card_id: str | None = None
    card_payload: str | None = None


class InvalidForm(UserError):
    def __init__(self, check: FormCheck) -> None:
        super().__init__(msg("registration.invalid"))
        self.check = check


class WarningsNotConfirmed(UserError):
    def __init__(self, warnings: Sequence[Message]) -> None:
        super().__init__(msg("registration.confirm_warnings"))
        self.warnings = tuple(warnings)


class DuplicateApplicant(UserError):
    def __init__(self) -> None:
        super().__init__(msg("registration.duplicate"))


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def eligibility_input(clean: CleanApplicant, day: dt.date, kk_count: int) -> EligibilityInput:
    return EligibilityInput(
        citizen_wni=clean.citizen_wni,
        birth_date=clean.birth_date,
        registration_date=day,
        in_formal_education=clean.in_formal_education,
        occupation=clean.occupation,
        kk_registered_count=kk_count,
    )


class RegistrationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def check(self, form: ApplicantForm) -> FormCheck:
        return check_form(form, self._ctx.now().date())

    def is_registered(self, nik_text: str) -> bool:
        """Whether a NIK is known here; says nothing else about the person."""
        try:
            nik = parse_nik(nik_text, self._ctx.now().date())
        except NikError:
            return False
        digest = self._ctx.store.cipher.digest(nik.value, purpose="nik")
        with self._ctx.store.reading() as session:
            found = session.scalar(select(Applicant.id).where(Applicant.nik_digest == digest))
        return found is not None

    def assess(self, form: ApplicantForm) -> Verdict | None:
        """The eligibility verdict the form would get if registered now (reads, writes nothing);
        None while the form has errors."""
        check = self.check(form)
        if check.clean is None:
            return None
        clean = check.clean
        kk_digest = self._ctx.store.cipher.digest(clean.kk_number, purpose="kk")
        with self._ctx.store.reading() as session:
            kk_count = session.scalar(select(func.count()).where(Applicant.kk_digest == kk_digest))
        return assess(eligibility_input(clean, self._ctx.now().date(), int(kk_count or 0)))

    def register(
        self, form: ApplicantForm, *, accept_warnings: bool = False, issue_card: bool = True
    ) -> RegistrationResult:
        """Check, assess and store one applicant (and their first card) in one transaction.
        Raises InvalidForm, WarningsNotConfirmed or DuplicateApplicant and writes nothing."""
        check = self.check(form)
        if not check.ok:
            raise InvalidForm(check)
        if check.warnings and not accept_warnings:
            raise WarningsNotConfirmed(check.warnings)
        assert check.clean is not None
        with self._ctx.store.transaction() as session:
            results = self._store_many(session, [(check.clean, check.warnings)], issue_card)
        return results[0]

    def register_many(
        self, forms: Iterable[ApplicantForm], *, issue_card: bool = True
    ) -> list[RegistrationResult]:
        """Bulk registration through the same rules (demo data, imports), one transaction.
        Warnings are accepted; an invalid form or duplicate NIK aborts the whole batch."""
        checked = check_all(forms, self._ctx.now().date())
        with self._ctx.store.transaction() as session:
            return self._store_many(session, checked, issue_card)

    def _store_many(
        self,
        session: Session,
        checked: Sequence[Checked],
        issue_card: bool,
    ) -> list[RegistrationResult]:
        ctx = self._ctx
        cipher = ctx.store.cipher
        niks = [cipher.digest(clean.nik.value, purpose="nik") for clean, _ in checked]
        if len(set(niks)) != len(niks):
            raise DuplicateApplicant()
        for chunk in in_chunks(niks):
            found = session.scalars(select(Applicant.id).where(Applicant.nik_digest.in_(chunk)))
            if found.first() is not None:
                raise DuplicateApplicant()
        kk_digests = {
            clean.kk_number: cipher.digest(clean.kk_number, purpose="kk") for clean, _ in checked
        }
        counted: dict[str, int] = {}
        for chunk in in_chunks(sorted(set(kk_digests.values()))):
            for digest, count in session.execute(
                select(Applicant.kk_digest, func.count())
                .where(Applicant.kk_digest.in_(chunk))
                .group_by(Applicant.kk_digest)
            ):
                counted[digest] = count
        kk_counts = {kk: counted.get(digest, 0) for kk, digest in kk_digests.items()}
        rows = registration_rows(
            ctx.records, checked, ctx.now(), niks, kk_digests, kk_counts, issue_card
        )
        # Core inserts in foreign-key order, one executemany each, all inside the caller's
        # one transaction.
        for model, values in (
            (Applicant, rows.applicants),
            (Card, rows.cards),
            (OutboxEvent, rows.events),
        ):
            if values:
                session.execute(insert(_table(model)), values)
        log_registered([(r.applicant_id, r.eligible) for r in rows.results])
        return rows.results


def check_all(forms: Iterable[ApplicantForm], today: dt.date) -> list[Checked]:
    """Every form checked; the first that is invalid raises InvalidForm (warnings pass)."""
    checked: list[Checked] = []
    for form in forms:
        check = check_form(form, today)
        if check.clean is None:
            raise InvalidForm(check)
        checked.append((check.clean, check.warnings))
    return checked


def log_registered(results: Sequence[tuple[str, bool]]) -> None:
    """Log (applicant id, eligible) pairs: ids and counts only, never names, NIKs or phone
    numbers."""
    log.info(
        "registered %d applicant(s): %s; eligible %d",
        len(results),
        ", ".join(r[0] for r in results[:5]) + (" ..." if len(results) > 5 else ""),
        sum(r[1] for r in results),
    )


# Sealed values and digests are this kiosk's at-rest form: the upload carries plain values.
_NOT_UPLOADED = frozenset(
    column.key
    for column in _table(Applicant).columns
    if column.key.endswith(("_sealed", "_digest"))
)


@dataclass
class RegistrationRows:
    """The column values that register a batch, per table, and what each registration gave."""

    applicants: list[dict[str, Any]] = field(default_factory=list)
    cards: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    results: list[RegistrationResult] = field(default_factory=list)


def registration_rows(
    records: RecordMaker,
    checked: Sequence[Checked],
    now: dt.datetime,
    nik_digests: Sequence[str],
    kk_digests: Mapping[str, str],
    kk_counts: dict[str, int],
    issue_card: bool,
) -> RegistrationRows:
    """The rows that register ``checked``: applicants with sealed personal fields, their
    signed cards and an outbox event for each. ``kk_counts`` (applicants already registered
    per family card number) decides the verdicts and is counted on."""
    cipher = records.cipher
    rows = RegistrationRows()
    offset = utc_offset_minutes(now)
    day = now.date()
    now_text = jsonable(now)
    card_until_text = jsonable(card_valid_until(now))
    for (clean, warnings), nik_digest in zip(checked, nik_digests, strict=True):
        kk_count = kk_counts.get(clean.kk_number, 0)
        verdict = assess(eligibility_input(clean, day, kk_count))
        kk_counts[clean.kk_number] = kk_count + 1
        applicant_id = new_id()
        nik = clean.nik.value
        applicant = {
            "id": applicant_id,
            "nik_digest": nik_digest,
            "nik_hint_digest": cipher.hint_digest(nik_hint(nik)),
            "nik_sealed": cipher.seal(nik, row=applicant_id, field="nik"),
            "full_name": clean.full_name,
            "birth_place": clean.birth_place,
            "birth_date": clean.birth_date,
            "sex": clean.sex.value,
            "citizen_wni": clean.citizen_wni,
            "address_sealed": cipher.seal(clean.address, row=applicant_id, field="address"),
            "province_code": clean.province_code,
            "regency_code": clean.regency_code,
            "phone_sealed": cipher.seal(clean.phone, row=applicant_id, field="phone"),
            "email_sealed": cipher.seal_optional(clean.email, row=applicant_id, field="email"),
            "education_level": clean.education_level.value,
            "employment_status": clean.employment_status.value,
            "occupation": clean.occupation.value,
            "in_formal_education": clean.in_formal_education,
            "kk_digest": kk_digests[clean.kk_number],
            "kk_sealed": cipher.seal(clean.kk_number, row=applicant_id, field="kk"),
            "consent_at": now,
            "consent_version": clean.consent_version,
            "eligible": verdict.eligible,
            "ineligible_reasons": [reason.code for reason in verdict.reasons],
            "registered_at": now,
            "utc_offset_min": offset,
            "device_id": records.device_id,
        }
        rows.applicants.append(applicant)
        # The server needs the plain values; the outbox keeps them sealed until upload.
        # dict_payload's conversions, done here: dates as text, everything else is plain.
        upload = {k: v for k, v in applicant.items() if k not in _NOT_UPLOADED}
        upload.update(
            birth_date=clean.birth_date.isoformat(),
            consent_at=now_text,
            registered_at=now_text,
            nik=nik,
            address=clean.address,
            phone=clean.phone,
            email=clean.email,
            kk_number=clean.kk_number,
        )
        rows.events.append(
            records.outbox_row("applicant", applicant_id, "create", upload, now, personal=True)
        )
        card_id = payload = None
        if issue_card:
            card = new_card_row(records.signer, applicant_id, now)
            rows.cards.append(card)
            card_id, payload = str(card["id"]), str(card["payload"])
            card_upload = {**card, "issued_at": now_text, "valid_until": card_until_text}
            rows.events.append(records.outbox_row("card", card_id, "create", card_upload, now))
        rows.results.append(
            RegistrationResult(
                applicant_id=applicant_id,
                eligible=verdict.eligible,
                reasons=verdict.reasons,
                warnings=tuple(warnings),
                card_id=card_id,
                card_payload=payload,
            )
        )
    return rows

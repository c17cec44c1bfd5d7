"""Registering an applicant: validation, NIK checks, eligibility, duplicates, card on request."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from sqlalchemy import Table, func, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from kiosk.domain import regions
from kiosk.domain.eligibility import (
    EducationLevel,
    EligibilityInput,
    EmploymentStatus,
    Occupation,
    Verdict,
    assess,
)
from kiosk.domain.ids import new_id
from kiosk.domain.nik import Nik, NikError, Sex, is_ascii_digits, nik_warnings, parse_nik
from kiosk.domain.phone import PhoneError, normalize_mobile
from kiosk.i18n import Message, UserError, define, msg
from kiosk.services.cards import card_valid_until, new_card_row
from kiosk.services.context import (
    RecordMaker,
    ServiceContext,
    jsonable,
    utc_offset_minutes,
)
from kiosk.store.bulk import RowEncoder, any_stored, bulk_insert, insert_encoded
from kiosk.store.crypto import nik_hint
from kiosk.store.models import Applicant, Base, Card, OutboxEvent

log = logging.getLogger(__name__)

CONSENT_VERSION = "2024-01"

define("form.required", id="Wajib diisi.", en="Required.")
define(
    "form.name_invalid",
    id="Tulis nama persis seperti di KTP (huruf, spasi, titik, tanda petik atau tanda hubung).",
    en="Write the name exactly as on the KTP (letters, spaces, dots, apostrophes or hyphens).",
)
define(
    "form.too_long",
    id="Terlalu panjang (paling banyak {max} karakter).",
    en="Too long (at most {max} characters).",
)
define(
    "form.date_invalid",
    id="Tanggal tidak valid. Tulis sebagai HH-BB-TTTT, misalnya 17-08-1998.",
    en="Not a valid date. Write it as DD-MM-YYYY, for example 17-08-1998.",
)
define(
    "form.date_future",
    id="Tanggal lahir tidak boleh di masa depan.",
    en="The birth date cannot be in the future.",
)
define("form.sex_invalid", id="Pilih laki-laki atau perempuan.", en="Choose male or female.")
define(
    "form.choice_invalid",
    id="Pilih salah satu pilihan yang tersedia.",
    en="Choose one of the options.",
)
define("form.province_unknown", id="Provinsi tidak dikenal.", en="Unknown province.")
define(
    "form.regency_mismatch",
    id="Kabupaten/kota tidak berada di provinsi yang dipilih.",
    en="The regency/city is not in the chosen province.",
)
define(
    "form.email_invalid",
    id="Alamat email tidak valid, misalnya nama@contoh.id.",
    en="Not a valid email address, for example name@example.id.",
)
define(
    "form.kk_invalid",
    id="Nomor Kartu Keluarga harus 16 angka.",
    en="The family card (KK) number must be 16 digits.",
)
define(
    "form.consent_missing",
    id="Persetujuan pemrosesan data pribadi diperlukan untuk mendaftar.",
    en="Consent to the processing of personal data is needed to register.",
)
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

_NAME = re.compile(r"^[^\W\d_]+(?:[ .'\-]+[^\W\d_]+)*\.?$")
_KK_SEPARATORS = re.compile(r"[\s.\-]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%d%m%Y", "%Y-%m-%d")


@dataclass
class ApplicantForm:
    """What the person typed, as typed. Every field is checked by :func:`check_form`."""

    nik: str = ""
    full_name: str = ""
    birth_place: str = ""
    birth_date: str | dt.date = ""
    sex: str = ""
    address: str = ""
    province_code: str = ""
    regency_code: str = ""
    phone: str = ""
    email: str = ""
    education_level: str = ""
    employment_status: str = ""
    occupation: str = ""
    in_formal_education: bool = False
    kk_number: str = ""
    citizen_wni: bool = True
    consent_given: bool = False
    consent_version: str = CONSENT_VERSION

    def __reduce__(self) -> tuple[type[ApplicantForm], tuple[Any, ...]]:
        # The values in field order: pickles (to bulk-registration workers) in half the time
        # of the default, which writes every field's name with every form.
        return (ApplicantForm, _form_values(self))


_form_values = operator.attrgetter(*(f.name for f in dataclasses.fields(ApplicantForm)))


@dataclass(frozen=True)
class CleanApplicant:
    nik: Nik
    full_name: str
    birth_place: str
    birth_date: dt.date
    sex: Sex
    address: str
    province_code: str
    regency_code: str
    phone: str
    email: str | None
    education_level: EducationLevel
    employment_status: EmploymentStatus
    occupation: Occupation
    in_formal_education: bool
    kk_number: str
    citizen_wni: bool
    consent_version: str


@dataclass
class FormCheck:
    errors: dict[str, Message] = field(default_factory=dict)
    warnings: list[Message] = field(default_factory=list)
    clean: CleanApplicant | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


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


def parse_day(value: str | dt.date) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    text = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _text(errors: dict[str, Message], name: str, value: str, max_len: int) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        errors[name] = msg("form.required")
    elif len(cleaned) > max_len:
        errors[name] = msg("form.too_long", max=max_len)
    return cleaned


_Choice = TypeVar("_Choice", EducationLevel, EmploymentStatus, Occupation)


def _choice(
    errors: dict[str, Message], name: str, value: str, kind: type[_Choice]
) -> _Choice | None:
    if not value:
        errors[name] = msg("form.required")
        return None
    try:
        return kind(value)
    except ValueError:
        errors[name] = msg("form.choice_invalid")
        return None


def check_form(form: ApplicantForm, today: dt.date) -> FormCheck:
    """Every problem with every field at once, in the current language's messages; pure."""
    errors: dict[str, Message] = {}
    warnings: list[Message] = []

    nik: Nik | None = None
    if not form.nik.strip():
        errors["nik"] = msg("form.required")
    else:
        try:
            nik = parse_nik(form.nik, today)
        except NikError as exc:
            errors["nik"] = exc.message

    full_name = _text(errors, "full_name", form.full_name, 120)
    if "full_name" not in errors and not _NAME.match(full_name):
        errors["full_name"] = msg("form.name_invalid")
    birth_place = _text(errors, "birth_place", form.birth_place, 80)

    birth_date = parse_day(form.birth_date) if form.birth_date != "" else None
    if form.birth_date == "":
        errors["birth_date"] = msg("form.required")
    elif birth_date is None or birth_date.year < 1900:
        errors["birth_date"] = msg("form.date_invalid")
    elif birth_date > today:
        errors["birth_date"] = msg("form.date_future")

    sex: Sex | None = None
    try:
        sex = Sex(form.sex)
    except ValueError:
        errors["sex"] = msg("form.sex_invalid") if form.sex else msg("form.required")

    address = _text(errors, "address", form.address, 250)
    province = regions.province(form.province_code) if form.province_code else None
    if not form.province_code:
        errors["province_code"] = msg("form.required")
    elif province is None:
        errors["province_code"] = msg("form.province_unknown")
    regency = regions.regency(form.regency_code) if form.regency_code else None
    if not form.regency_code:
        errors["regency_code"] = msg("form.required")
    elif regency is None or (province is not None and regency.parent != province.code):
        errors["regency_code"] = msg("form.regency_mismatch")

    phone = ""
    try:
        phone = normalize_mobile(form.phone)
    except PhoneError as exc:
        errors["phone"] = exc.message
    email = form.email.strip() or None
    if email is not None and (len(email) > 120 or not _EMAIL.match(email)):
        errors["email"] = msg("form.email_invalid")

    education = _choice(errors, "education_level", form.education_level, EducationLevel)
    employment = _choice(errors, "employment_status", form.employment_status, EmploymentStatus)
    occupation = _choice(errors, "occupation", form.occupation, Occupation)

    kk = _KK_SEPARATORS.sub("", form.kk_number)
    if not kk:
        errors["kk_number"] = msg("form.required")
    elif not (is_ascii_digits(kk, 16) and kk[:2] != "00"):
        errors["kk_number"] = msg("form.kk_invalid")

    if not form.consent_given:
        errors["consent"] = msg("form.consent_missing")

    if nik is not None and "birth_date" not in errors and "sex" not in errors:
        warnings.extend(nik_warnings(nik, birth_date, sex))

    check = FormCheck(errors=errors, warnings=warnings)
    if not errors:
        assert nik
        assert birth_date
        assert sex
        assert education
        assert employment
        assert occupation
        assert regency is not None
        assert province is not None
        check.clean = CleanApplicant(
            nik=nik,
            full_name=full_name,
            birth_place=birth_place,
            birth_date=birth_date,
            sex=sex,
            address=address,
            province_code=province.code,
            regency_code=regency.code,
            phone=phone,
            email=email,
            education_level=education,
            employment_status=employment,
            occupation=occupation,
            in_formal_education=form.in_formal_education,
            kk_number=kk,
            citizen_wni=form.citizen_wni,
            consent_version=form.consent_version,
        )
    return check


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def _eligibility_input(clean: CleanApplicant, day: dt.date, kk_count: int) -> EligibilityInput:
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
        return assess(_eligibility_input(clean, self._ctx.now().date(), int(kk_count or 0)))

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
        checked = self._check_all(forms)
        with self._ctx.store.transaction() as session:
            return self._store_many(session, checked, issue_card)

    def register_prepared(
        self,
        forms: Sequence[ApplicantForm],
        prepared: PreparedRegistrations | None,
        *,
        issue_card: bool = True,
    ) -> list[RegistrationResult]:
        """Store what :func:`prepare_registrations` made of ``forms`` (in another process), in
        one transaction. Its verdicts assumed the store holds none of the batch's NIKs and
        family cards; when it does, or the batch could not be prepared, the forms go through
        :meth:`register_many`'s path instead, which counts what is stored and says what is
        wrong."""
        with self._ctx.store.transaction() as session:
            if prepared is None or _knows_any(session, prepared):
                return self._store_many(session, self._check_all(forms), issue_card)
            for table, (columns, rows) in (
                (_table(Applicant), prepared.applicants),
                (_table(Card), prepared.cards),
                (_table(OutboxEvent), prepared.events),
            ):
                insert_encoded(session, table, columns, rows)
            _log_registered(prepared.results)
            return prepared.results

    def _check_all(
        self, forms: Iterable[ApplicantForm]
    ) -> list[tuple[CleanApplicant, list[Message]]]:
        checked: list[tuple[CleanApplicant, list[Message]]] = []
        today = self._ctx.now().date()  # once: reading the clock is not free
        for form in forms:
            check = check_form(form, today)
            if not check.ok:
                raise InvalidForm(check)
            assert check.clean is not None
            checked.append((check.clean, check.warnings))
        return checked

    def _store_many(
        self,
        session: Session,
        checked: Sequence[tuple[CleanApplicant, list[Message]]],
        issue_card: bool,
    ) -> list[RegistrationResult]:
        ctx = self._ctx
        cipher = ctx.store.cipher
        niks = [cipher.digest(clean.nik.value, purpose="nik") for clean, _ in checked]
        if len(set(niks)) != len(niks):
            raise DuplicateApplicant()
        existing = session.scalars(
            select(Applicant.id).where(Applicant.nik_digest.in_(niks))
        ).first()
        if existing is not None:
            raise DuplicateApplicant()
        kk_digests = {
            clean.kk_number: cipher.digest(clean.kk_number, purpose="kk") for clean, _ in checked
        }
        counted: dict[str, int] = dict(
            session.execute(
                select(Applicant.kk_digest, func.count())
                .where(Applicant.kk_digest.in_(set(kk_digests.values())))
                .group_by(Applicant.kk_digest)
            ).all()
        )
        kk_counts = {kk: counted.get(digest, 0) for kk, digest in kk_digests.items()}
        rows = _registration_rows(
            ctx.records, checked, ctx.now(), niks, kk_digests, kk_counts, issue_card
        )
        # Bulk inserts in foreign-key order, all inside the caller's one transaction.
        # Core table inserts: one executemany each, no ORM bookkeeping per row.
        bulk_insert(session, _table(Applicant), rows.applicants)
        bulk_insert(session, _table(Card), rows.cards)
        bulk_insert(session, _table(OutboxEvent), rows.events)
        _log_registered(rows.results)
        return rows.results


def _log_registered(results: Sequence[RegistrationResult]) -> None:
    # Ids and counts only: names, NIKs and phone numbers never reach the log.
    log.info(
        "registered %d applicant(s): %s; eligible %d",
        len(results),
        ", ".join(r.applicant_id for r in results[:5]) + (" ..." if len(results) > 5 else ""),
        sum(r.eligible for r in results),
    )


# Sealed values and digests are this kiosk's at-rest form: the upload carries plain values.
_NOT_UPLOADED = frozenset(
    column.key
    for column in _table(Applicant).columns
    if column.key.endswith(("_sealed", "_digest"))
)


@dataclass
class _Rows:
    applicants: list[dict[str, Any]] = field(default_factory=list)
    cards: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    results: list[RegistrationResult] = field(default_factory=list)


def _registration_rows(
    records: RecordMaker,
    checked: Sequence[tuple[CleanApplicant, list[Message]]],
    now: dt.datetime,
    nik_digests: Sequence[str],
    kk_digests: Mapping[str, str],
    kk_counts: dict[str, int],
    issue_card: bool,
) -> _Rows:
    """The rows that register ``checked``: applicants with sealed personal fields, their
    signed cards and an outbox event for each. ``kk_counts`` (applicants already registered
    per family card number) decides the verdicts and is counted on."""
    cipher = records.cipher
    rows = _Rows()
    offset = utc_offset_minutes(now)
    day = now.date()
    now_text = jsonable(now)
    card_until_text = jsonable(card_valid_until(now))
    for (clean, warnings), nik_digest in zip(checked, nik_digests, strict=True):
        kk_count = kk_counts.get(clean.kk_number, 0)
        verdict = assess(_eligibility_input(clean, day, kk_count))
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


Encoded = tuple[tuple[str, ...], list[tuple[Any, ...]]]


@dataclass(frozen=True)
class PreparedRegistrations:
    """A batch of registrations checked, sealed and signed away from the store, encoded for
    :func:`kiosk.store.bulk.insert_encoded`: (columns, rows) per table. Pickles."""

    nik_digests: tuple[str, ...]
    kk_digests: tuple[str, ...]
    applicants: Encoded
    cards: Encoded
    events: Encoded
    results: list[RegistrationResult]


def prepare_registrations(
    records: RecordMaker,
    forms: Sequence[ApplicantForm],
    now: dt.datetime,
    dialect: Dialect,
    *,
    issue_card: bool = True,
) -> PreparedRegistrations | None:
    """Everything of registering ``forms`` that needs no store, for a process-pool worker:
    the same checks, seals, card signatures and outbox events as
    :meth:`RegistrationService.register_many`, with verdicts that count family cards within
    the batch only (:meth:`RegistrationService.register_prepared` makes sure that is right).
    None when a form is invalid or two share a NIK: register_many then says what is wrong."""
    today = now.date()
    checked: list[tuple[CleanApplicant, list[Message]]] = []
    for form in forms:
        check = check_form(form, today)
        if check.clean is None:
            return None
        checked.append((check.clean, check.warnings))
    cipher = records.cipher
    niks = [cipher.digest(clean.nik.value, purpose="nik") for clean, _ in checked]
    if len(set(niks)) != len(niks):
        return None
    kk_digests = {
        clean.kk_number: cipher.digest(clean.kk_number, purpose="kk") for clean, _ in checked
    }
    rows = _registration_rows(records, checked, now, niks, kk_digests, {}, issue_card)

    def encoded(model: type[Base], values: list[dict[str, Any]]) -> Encoded:
        if not values:
            return ((), [])
        encoder = RowEncoder(_table(model), list(values[0]), dialect)
        return encoder.columns, encoder.encode(values)

    return PreparedRegistrations(
        nik_digests=tuple(niks),
        kk_digests=tuple(kk_digests.values()),
        applicants=encoded(Applicant, rows.applicants),
        cards=encoded(Card, rows.cards),
        events=encoded(OutboxEvent, rows.events),
        results=rows.results,
    )


def _knows_any(session: Session, prepared: PreparedRegistrations) -> bool:
    """Whether the store holds one of the batch's NIKs or family cards already."""
    table = _table(Applicant)
    return any_stored(session, table, "nik_digest", prepared.nik_digests) or any_stored(
        session, table, "kk_digest", prepared.kk_digests
    )

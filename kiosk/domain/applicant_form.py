"""What an applicant typed on the registration form, checked field by field: the clean
values, or a translated message for every field that is wrong, and warnings to confirm."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TypeVar

from kiosk.domain import regions
from kiosk.domain.eligibility import EducationLevel, EmploymentStatus, Occupation
from kiosk.domain.nik import Nik, NikError, Sex, is_ascii_digits, nik_warnings, parse_nik
from kiosk.domain.phone import PhoneError, normalize_mobile
from kiosk.i18n import Message, define, msg

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

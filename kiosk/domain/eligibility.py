"""Kartu Prakerja eligibility rules and the applicant categories they depend on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from kiosk.i18n import DEFAULT_LANGUAGE, Message, define, msg, render

MAX_PER_KK: Final = 2
MIN_AGE: Final = 18


class Occupation(StrEnum):
    UNEMPLOYED = "unemployed"
    PRIVATE_EMPLOYEE = "private_employee"
    SELF_EMPLOYED = "self_employed"
    FARMER_FISHER = "farmer_fisher"
    LABOURER = "labourer"
    INFORMAL_WORKER = "informal_worker"
    STUDENT = "student"
    HOMEMAKER = "homemaker"
    OTHER = "other"
    # Excluded from Kartu Prakerja: paid from the state budget or holding public office.
    CIVIL_SERVANT = "civil_servant"
    MILITARY = "military"
    POLICE = "police"
    VILLAGE_OFFICIAL = "village_official"
    LEGISLATOR = "legislator"
    SOE_EXECUTIVE = "soe_executive"


EXCLUDED_OCCUPATIONS: Final = frozenset(
    {
        Occupation.CIVIL_SERVANT,
        Occupation.MILITARY,
        Occupation.POLICE,
        Occupation.VILLAGE_OFFICIAL,
        Occupation.LEGISLATOR,
        Occupation.SOE_EXECUTIVE,
    }
)


class EducationLevel(StrEnum):
    NONE = "none"
    SD = "sd"
    SMP = "smp"
    SMA_SMK = "sma_smk"
    D1_D3 = "d1_d3"
    D4_S1 = "d4_s1"
    S2_S3 = "s2_s3"


class EmploymentStatus(StrEnum):
    UNEMPLOYED = "unemployed"
    EMPLOYED = "employed"
    SELF_EMPLOYED = "self_employed"
    LAID_OFF = "laid_off"


define("occupation.unemployed", id="Tidak bekerja", en="Not working")
define("occupation.private_employee", id="Karyawan swasta", en="Private-sector employee")
define("occupation.self_employed", id="Wiraswasta", en="Self-employed")
define("occupation.farmer_fisher", id="Petani / nelayan", en="Farmer / fisher")
define("occupation.labourer", id="Buruh", en="Labourer")
define("occupation.informal_worker", id="Pekerja informal", en="Informal worker")
define("occupation.student", id="Pelajar / mahasiswa", en="Student")
define("occupation.homemaker", id="Mengurus rumah tangga", en="Homemaker")
define("occupation.other", id="Lainnya", en="Other")
define("occupation.civil_servant", id="ASN / PNS", en="Civil servant (ASN/PNS)")
define("occupation.military", id="Anggota TNI", en="Armed forces (TNI)")
define("occupation.police", id="Anggota Polri", en="Police (Polri)")
define(
    "occupation.village_official",
    id="Kepala desa / perangkat desa",
    en="Village head or village official",
)
define("occupation.legislator", id="Anggota DPR / DPRD", en="Member of parliament (DPR/DPRD)")
define(
    "occupation.soe_executive",
    id="Direksi / komisaris / dewan pengawas BUMN atau BUMD",
    en="Director or commissioner of a state- or region-owned enterprise (BUMN/BUMD)",
)

define("education.none", id="Tidak/belum sekolah", en="No schooling")
define("education.sd", id="SD / sederajat", en="Primary school (SD)")
define("education.smp", id="SMP / sederajat", en="Junior secondary (SMP)")
define("education.sma_smk", id="SMA / SMK / sederajat", en="Senior secondary (SMA/SMK)")
define("education.d1_d3", id="Diploma (D1–D3)", en="Diploma (D1–D3)")
define("education.d4_s1", id="Sarjana (D4 / S1)", en="Bachelor's degree (D4/S1)")
define("education.s2_s3", id="Pascasarjana (S2 / S3)", en="Postgraduate (S2/S3)")

define("employment.unemployed", id="Belum/tidak bekerja", en="Unemployed")
define("employment.employed", id="Bekerja", en="Employed")
define("employment.self_employed", id="Berwirausaha", en="Self-employed")
define("employment.laid_off", id="Terkena PHK", en="Laid off")

define(
    "prakerja.not_citizen",
    id="Kartu Prakerja hanya untuk Warga Negara Indonesia (WNI).",
    en="Kartu Prakerja is only for Indonesian citizens (WNI).",
)
define(
    "prakerja.too_young",
    id="Usia minimal {min_age} tahun; usia Anda saat mendaftar {age} tahun.",
    en="The minimum age is {min_age}; you are {age} on the registration date.",
)
define(
    "prakerja.birth_after_registration",
    id="Tanggal lahir ({birth_date}) setelah tanggal pendaftaran ({registration_date}).",
    en="The birth date ({birth_date}) is after the registration date ({registration_date}).",
)
define(
    "prakerja.in_formal_education",
    id="Peserta tidak boleh sedang menempuh pendidikan formal (sekolah atau kuliah).",
    en="Applicants must not be in formal education (school or university).",
)
define(
    "prakerja.excluded.civil_servant",
    id="ASN / PNS tidak dapat menerima Kartu Prakerja.",
    en="Civil servants (ASN/PNS) cannot receive Kartu Prakerja.",
)
define(
    "prakerja.excluded.military",
    id="Anggota TNI tidak dapat menerima Kartu Prakerja.",
    en="Members of the armed forces (TNI) cannot receive Kartu Prakerja.",
)
define(
    "prakerja.excluded.police",
    id="Anggota Polri tidak dapat menerima Kartu Prakerja.",
    en="Members of the police (Polri) cannot receive Kartu Prakerja.",
)
define(
    "prakerja.excluded.village_official",
    id="Kepala desa dan perangkat desa tidak dapat menerima Kartu Prakerja.",
    en="Village heads and village officials cannot receive Kartu Prakerja.",
)
define(
    "prakerja.excluded.legislator",
    id="Anggota DPR dan DPRD tidak dapat menerima Kartu Prakerja.",
    en="Members of parliament (DPR/DPRD) cannot receive Kartu Prakerja.",
)
define(
    "prakerja.excluded.soe_executive",
    id="Direksi, komisaris, dan dewan pengawas BUMN/BUMD tidak dapat menerima Kartu Prakerja.",
    en="Directors and commissioners of BUMN/BUMD enterprises cannot receive Kartu Prakerja.",
)
define(
    "prakerja.kk_limit",
    id="Sudah ada {count} pendaftar dengan nomor KK yang sama; maksimal {max} per KK.",
    en="{count} applicants with the same family card (KK) are already registered; "
    "the maximum is {max} per KK.",
)

# Each value's message code, written out so grep finds it (tests check every member is here).
# Keyed by the enum; its values are str, so a stored value looks up the same.
EDUCATION_TEXT: Final[Mapping[str, str]] = {
    EducationLevel.NONE: "education.none",
    EducationLevel.SD: "education.sd",
    EducationLevel.SMP: "education.smp",
    EducationLevel.SMA_SMK: "education.sma_smk",
    EducationLevel.D1_D3: "education.d1_d3",
    EducationLevel.D4_S1: "education.d4_s1",
    EducationLevel.S2_S3: "education.s2_s3",
}
# Keyed by the enum; its values are str, so a stored value looks up the same.
EMPLOYMENT_TEXT: Final[Mapping[str, str]] = {
    EmploymentStatus.UNEMPLOYED: "employment.unemployed",
    EmploymentStatus.EMPLOYED: "employment.employed",
    EmploymentStatus.SELF_EMPLOYED: "employment.self_employed",
    EmploymentStatus.LAID_OFF: "employment.laid_off",
}
# Keyed by the enum; its values are str, so a stored value looks up the same.
OCCUPATION_TEXT: Final[Mapping[str, str]] = {
    Occupation.UNEMPLOYED: "occupation.unemployed",
    Occupation.PRIVATE_EMPLOYEE: "occupation.private_employee",
    Occupation.SELF_EMPLOYED: "occupation.self_employed",
    Occupation.FARMER_FISHER: "occupation.farmer_fisher",
    Occupation.LABOURER: "occupation.labourer",
    Occupation.INFORMAL_WORKER: "occupation.informal_worker",
    Occupation.STUDENT: "occupation.student",
    Occupation.HOMEMAKER: "occupation.homemaker",
    Occupation.OTHER: "occupation.other",
    Occupation.CIVIL_SERVANT: "occupation.civil_servant",
    Occupation.MILITARY: "occupation.military",
    Occupation.POLICE: "occupation.police",
    Occupation.VILLAGE_OFFICIAL: "occupation.village_official",
    Occupation.LEGISLATOR: "occupation.legislator",
    Occupation.SOE_EXECUTIVE: "occupation.soe_executive",
}
_EXCLUDED_TEXT: Final = {
    Occupation.CIVIL_SERVANT: "prakerja.excluded.civil_servant",
    Occupation.MILITARY: "prakerja.excluded.military",
    Occupation.POLICE: "prakerja.excluded.police",
    Occupation.VILLAGE_OFFICIAL: "prakerja.excluded.village_official",
    Occupation.LEGISLATOR: "prakerja.excluded.legislator",
    Occupation.SOE_EXECUTIVE: "prakerja.excluded.soe_executive",
}


def label_code(value: Occupation | EducationLevel | EmploymentStatus) -> str:
    """The message code naming an occupation, education level or employment status."""
    # By type: the three enums share values ("unemployed"), so one merged map would not do.
    if isinstance(value, Occupation):
        return OCCUPATION_TEXT[value]
    if isinstance(value, EducationLevel):
        return EDUCATION_TEXT[value]
    return EMPLOYMENT_TEXT[value]


def label_message(value: Occupation | EducationLevel | EmploymentStatus) -> Message:
    return msg(label_code(value))


def label(
    value: Occupation | EducationLevel | EmploymentStatus, lang: str = DEFAULT_LANGUAGE
) -> str:
    """The translated name of an occupation, education level or employment status."""
    return render(label_code(value), lang)


@dataclass(frozen=True)
class EligibilityInput:
    """What the rules need; ``kk_registered_count`` counts others already registered locally
    with the same family card (KK) number."""

    citizen_wni: bool
    birth_date: date
    registration_date: date
    in_formal_education: bool
    occupation: Occupation
    kk_registered_count: int

    def __post_init__(self) -> None:
        if self.kk_registered_count < 0:
            raise ValueError("kk_registered_count cannot be negative")


@dataclass(frozen=True)
class Verdict:
    eligible: bool
    reasons: tuple[Message, ...]


def age_on(birth_date: date, day: date) -> int:
    """Completed years of age on ``day``.

    Someone born on 29 February has their birthday on 1 March in common years: on
    28 February they have not yet completed the year.
    """
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


def _fmt(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def assess(inp: EligibilityInput) -> Verdict:
    """Check every rule and report every one that fails, so nobody has to come back twice."""
    reasons: list[Message] = []
    if not inp.citizen_wni:
        reasons.append(msg("prakerja.not_citizen"))
    if inp.birth_date > inp.registration_date:
        reasons.append(
            msg(
                "prakerja.birth_after_registration",
                birth_date=_fmt(inp.birth_date),
                registration_date=_fmt(inp.registration_date),
            )
        )
    else:
        age = age_on(inp.birth_date, inp.registration_date)
        if age < MIN_AGE:
            reasons.append(msg("prakerja.too_young", age=age, min_age=MIN_AGE))
    if inp.in_formal_education:
        reasons.append(msg("prakerja.in_formal_education"))
    if inp.occupation in EXCLUDED_OCCUPATIONS:
        # One code per occupation so each language names it naturally; the raw value is
        # kept as a parameter for logs and tests.
        reasons.append(msg(_EXCLUDED_TEXT[inp.occupation], occupation=inp.occupation.value))
    if inp.kk_registered_count >= MAX_PER_KK:
        reasons.append(msg("prakerja.kk_limit", count=inp.kk_registered_count, max=MAX_PER_KK))
    return Verdict(eligible=not reasons, reasons=tuple(reasons))

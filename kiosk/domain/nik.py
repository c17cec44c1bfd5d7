"""The Indonesian population identity number (NIK): parsing, consistency warnings, masking."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from kiosk.domain import regions
from kiosk.i18n import Message, UserError, define, msg

NIK_LENGTH = 16
FEMALE_DAY_OFFSET = 40

define(
    "nik.empty",
    id="NIK belum diisi.",
    en="The NIK is empty.",
)
define(
    "nik.length",
    id="NIK harus {expected} digit (yang diisi {length} digit).",
    en="The NIK must have {expected} digits (you entered {length}).",
)
define(
    "nik.not_digits",
    id="NIK hanya boleh berisi angka 0–9.",
    en="The NIK may contain only the digits 0–9.",
)
define(
    "nik.unknown_province",
    id="Dua digit pertama NIK ({province}) bukan kode provinsi yang terdaftar.",
    en="The first two digits of the NIK ({province}) are not a known province code.",
)
define(
    "nik.birth_date",
    id="Digit 7–12 NIK ({digits}) bukan tanggal lahir yang mungkin.",
    en="Digits 7–12 of the NIK ({digits}) are not a possible date of birth.",
)
define(
    "nik.serial_zero",
    id="Empat digit terakhir NIK tidak boleh 0000.",
    en="The last four digits of the NIK cannot be 0000.",
)
define(
    "nik.warn.birth_date",
    id="Tanggal lahir di NIK ({nik_date}) berbeda dengan tanggal lahir yang diisi "
    "({entered_date}).",
    en="The birth date in the NIK ({nik_date}) differs from the birth date entered "
    "({entered_date}).",
)
define(
    "nik.warn.sex_nik_female",
    id="NIK menunjukkan jenis kelamin perempuan, tetapi yang diisi laki-laki.",
    en="The NIK indicates a woman, but male was entered.",
)
define(
    "nik.warn.sex_nik_male",
    id="NIK menunjukkan jenis kelamin laki-laki, tetapi yang diisi perempuan.",
    en="The NIK indicates a man, but female was entered.",
)
define(
    "nik.warn.unknown_regency",
    id="Kode kabupaten/kota di NIK ({regency}) tidak ada dalam daftar resmi.",
    en="The regency/city code in the NIK ({regency}) is not in the official list.",
)
define(
    "nik.warn.unknown_district",
    id="Kode kecamatan di NIK ({district}) tidak ada dalam daftar resmi.",
    en="The district code in the NIK ({district}) is not in the official list.",
)
define("sex.L", id="Laki-laki", en="Male")
define("sex.P", id="Perempuan", en="Female")

# People copy NIKs from cards and forms with these separators; they carry no meaning.
_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015]+")
_ASCII_DIGITS = re.compile(r"[0-9]*")
_MASK = "•"


class Sex(StrEnum):
    """Sex as recorded on the KTP: L (laki-laki) or P (perempuan)."""

    MALE = "L"
    FEMALE = "P"

    def label(self) -> Message:
        return msg(SEX_TEXT[self])


SEX_TEXT: Final[Mapping[str, str]] = {
    Sex.MALE: "sex.L",
    Sex.FEMALE: "sex.P",
}


class NikError(UserError):
    """The text is not a structurally valid NIK; ``message.code`` says why."""


@dataclass(frozen=True)
class Nik:
    """A parsed NIK. Codes are dotted like the official region lists."""

    value: str
    province_code: str
    regency_code: str
    district_code: str
    birth_date: date
    sex: Sex
    serial: str

    @property
    def masked(self) -> str:
        return mask_nik(self.value)


def _fmt(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def _birth_date(day: int, month: int, yy: int, today: date) -> date | None:
    for century in (2000, 1900):
        try:
            candidate = date(century + yy, month, day)
        except ValueError:
            continue
        # Two-digit years are ambiguous; a birth date in the future must be last century.
        if century == 2000 and candidate > today:
            continue
        return candidate
    return None


def is_ascii_digits(text: str, length: int) -> bool:
    """Exactly ``length`` digits 0-9. Not ``str.isdigit`` or ``\\d``: both accept Arabic-Indic,
    full-width and other digits (and "²"), which would make a second, look-alike number."""
    return len(text) == length and _ASCII_DIGITS.fullmatch(text) is not None


def parse_nik(text: str, today: date) -> Nik:
    """Parse a NIK as typed by a person; raise :class:`NikError` with a specific reason."""
    value = _SEPARATORS.sub("", text)
    if not value:
        raise NikError(msg("nik.empty"))
    if not _ASCII_DIGITS.fullmatch(value):
        raise NikError(msg("nik.not_digits"))
    if len(value) != NIK_LENGTH:
        raise NikError(msg("nik.length", expected=NIK_LENGTH, length=len(value)))
    province_code = value[0:2]
    if regions.province(province_code) is None:
        raise NikError(msg("nik.unknown_province", province=province_code))
    raw_day, month, yy = int(value[6:8]), int(value[8:10]), int(value[10:12])
    sex = Sex.FEMALE if raw_day > FEMALE_DAY_OFFSET else Sex.MALE
    day = raw_day - FEMALE_DAY_OFFSET if sex is Sex.FEMALE else raw_day
    birth = _birth_date(day, month, yy, today)
    if birth is None:
        raise NikError(msg("nik.birth_date", digits=value[6:12]))
    serial = value[12:16]
    if serial == "0000":
        raise NikError(msg("nik.serial_zero"))
    return Nik(
        value=value,
        province_code=province_code,
        regency_code=f"{value[0:2]}.{value[2:4]}",
        district_code=f"{value[0:2]}.{value[2:4]}.{value[4:6]}",
        birth_date=birth,
        sex=sex,
        serial=serial,
    )


def nik_warnings(nik: Nik, birth_date: date | None, sex: Sex | None) -> list[Message]:
    """Disagreements between the NIK and what the person entered; warnings, never blocks."""
    warnings: list[Message] = []
    if birth_date is not None:
        # Compare only what the NIK really encodes: its century is a guess, so a
        # centenarian whose entered date matches day, month and two-digit year agrees.
        nik_b = nik.birth_date
        if (nik_b.day, nik_b.month, nik_b.year % 100) != (
            birth_date.day,
            birth_date.month,
            birth_date.year % 100,
        ):
            warnings.append(
                msg("nik.warn.birth_date", nik_date=_fmt(nik_b), entered_date=_fmt(birth_date))
            )
    if sex is not None and sex is not nik.sex:
        code = "nik.warn.sex_nik_female" if nik.sex is Sex.FEMALE else "nik.warn.sex_nik_male"
        warnings.append(msg(code))
    if regions.regency(nik.regency_code) is None:
        warnings.append(msg("nik.warn.unknown_regency", regency=nik.regency_code))
    elif not regions.district_exists(nik.district_code):
        warnings.append(msg("nik.warn.unknown_district", district=nik.district_code))
    return warnings


def mask_nik(value: str) -> str:
    """Hide the birth date and most of the NIK: "3201••••••••0001"."""
    digits = _SEPARATORS.sub("", value)
    if len(digits) < 12:
        # Too short to show both ends without revealing most of it.
        return _MASK * len(digits)
    return digits[:4] + _MASK * (len(digits) - 8) + digits[-4:]


def synthetic_nik(rng: random.Random, birth_date: date, sex: Sex, district_code: str) -> str:
    """A structurally valid NIK for demo and test data.

    The serial is drawn from 9000–9999: real serials are issued from 0001 upwards per
    district and birth date and rarely get that high, which keeps synthetic values
    away from real people. Parsing gives back ``birth_date`` when the person is younger
    than 100 on the day of parsing (the NIK's year has only two digits).
    """
    dotted = regions.dotted_code(district_code, 3)
    if dotted is None:
        raise ValueError(f"not a district code: {district_code!r}")
    day = birth_date.day + (FEMALE_DAY_OFFSET if sex is Sex.FEMALE else 0)
    serial = rng.randint(9000, 9999)
    return (
        dotted.replace(".", "")
        + f"{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}"
        + f"{serial:04d}"
    )

"""Indonesian mobile phone numbers: validation and normalisation to E.164 ("+628...")."""

from __future__ import annotations

import re

from kiosk.i18n import UserError, define, msg

COUNTRY_CODE = "62"
# National significant number (after the trunk "0"): 8 + 8..11 digits.
MIN_NSN_LENGTH = 9
MAX_NSN_LENGTH = 12
# Mobile ranges are 08[1235789]x. No operator holds an 08x0 block, and 080x is
# toll-free / 084x, 086x are not mobile.
_MOBILE_NSN = re.compile(r"8[1235789][1-9][0-9]*")

define(
    "phone.empty",
    id="Nomor HP belum diisi.",
    en="The mobile number is empty.",
)
define(
    "phone.illegal_characters",
    id="Nomor HP hanya boleh berisi angka, spasi, tanda -, titik, kurung, dan + di depan.",
    en="A mobile number may contain only digits, spaces, dashes, dots, brackets and a leading +.",
)
define(
    "phone.not_indonesian",
    id="Nomor HP harus nomor Indonesia (+62), bukan kode negara +{country}.",
    en="The mobile number must be Indonesian (+62), not country code +{country}.",
)
define(
    "phone.not_mobile",
    id="Ini bukan nomor HP Indonesia; nomor HP diawali 08 (misalnya 0812…).",
    en="This is not an Indonesian mobile number; mobile numbers start with 08 (e.g. 0812…).",
)
define(
    "phone.too_short",
    id="Nomor HP terlalu pendek: setelah 0 harus ada {min}–{max} digit (ada {length}).",
    en="The mobile number is too short: {min}–{max} digits must follow the 0 (there are {length}).",
)
define(
    "phone.too_long",
    id="Nomor HP terlalu panjang: setelah 0 harus ada {min}–{max} digit (ada {length}).",
    en="The mobile number is too long: {min}–{max} digits must follow the 0 (there are {length}).",
)

_SEPARATORS = re.compile(r"[\s\-.()\u2010-\u2015]+")
# ITU-T E.164 country codes that are one or two digits long; all others have three.
_ONE_DIGIT_CODES = frozenset({"1", "7"})
_TWO_DIGIT_CODES = frozenset(
    {
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45",
        "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61",
        "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94",
        "95", "98",
    }
)  # fmt: skip
_ALLOWED = re.compile(r"\+?[0-9]*")


class PhoneError(UserError):
    """The text is not an Indonesian mobile number; ``message.code`` says why."""


def _country_code(digits: str) -> str:
    if digits[:1] in _ONE_DIGIT_CODES:
        return digits[:1]
    if digits[:2] in _TWO_DIGIT_CODES:
        return digits[:2]
    return digits[:3]


def _national(digits: str, international: bool) -> str:
    """Strip the country or trunk prefix, returning the national significant number."""
    if digits.startswith("00") and not international:
        digits, international = digits[2:], True
    if international:
        if not digits.startswith(COUNTRY_CODE):
            raise PhoneError(msg("phone.not_indonesian", country=_country_code(digits)))
        national = digits[len(COUNTRY_CODE) :]
        # "+62 (0)812…" and "+62 0812…" are common; the trunk 0 is not dialled abroad.
        return national[1:] if national.startswith("0") else national
    if digits.startswith("0"):
        return digits[1:]
    # A national number never starts with 6, so a leading 62 is the country code typed
    # without its "+".
    if digits.startswith(COUNTRY_CODE):
        return digits[len(COUNTRY_CODE) :]
    return digits


def normalize_mobile(text: str) -> str:
    """Normalise "0812-3456-7890", "+62 812 3456 7890", ... to "+6281234567890"."""
    compact = _SEPARATORS.sub("", text)
    if not compact:
        raise PhoneError(msg("phone.empty"))
    if not _ALLOWED.fullmatch(compact):
        raise PhoneError(msg("phone.illegal_characters"))
    if compact == "+":
        raise PhoneError(msg("phone.not_mobile"))
    # "+0812…" is a local number with a stray "+", not a country code starting with 0.
    international = compact.startswith("+") and not compact.startswith("+0")
    national = _national(compact.lstrip("+"), international)
    if not national.startswith("8"):
        raise PhoneError(msg("phone.not_mobile"))
    limits = {"min": MIN_NSN_LENGTH, "max": MAX_NSN_LENGTH, "length": len(national)}
    if len(national) < MIN_NSN_LENGTH:
        raise PhoneError(msg("phone.too_short", **limits))
    if len(national) > MAX_NSN_LENGTH:
        raise PhoneError(msg("phone.too_long", **limits))
    if not _MOBILE_NSN.fullmatch(national):
        raise PhoneError(msg("phone.not_mobile"))
    return f"+{COUNTRY_CODE}{national}"


def display_mobile(e164: str) -> str:
    """Format a normalised number the way Indonesians write it: "0812-3456-7890"."""
    national = "0" + e164.removeprefix("+" + COUNTRY_CODE)
    head, rest = national[:4], national[4:]
    groups = [rest[i : i + 4] for i in range(0, len(rest), 4)]
    # Avoid a dangling one- or two-digit group at the end ("0811-2345-67").
    if len(groups) > 1 and len(groups[-1]) < 3:
        merged = groups[-2] + groups[-1]
        groups[-2:] = [merged[:3], merged[3:]] if len(merged) == 6 else [merged]
    return "-".join([head, *groups])

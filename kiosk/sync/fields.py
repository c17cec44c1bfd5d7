"""Strict field types for values that arrive over the network: ASCII digits, canonical ids,
bounded text without NUL, dates and times within a sane range, finite numbers."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated, Final

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints

from kiosk.sync.identity import valid_ed25519_public_key

# Device clocks: anything before the Unix epoch or after 2100 is a broken value, not a clock
# that is merely wrong (the server flags those as suspect). Keeping times inside this window
# also keeps every conversion to UTC and every clock correction far from datetime's limits.
EARLIEST_TIME: Final = dt.datetime(1970, 1, 1)
LATEST_TIME: Final = dt.datetime(2100, 12, 31, 23, 59, 59, 999999)
EARLIEST_DAY: Final = dt.date(2000, 1, 1)
LATEST_DAY: Final = dt.date(2100, 12, 31)
EARLIEST_BIRTH: Final = dt.date(1900, 1, 1)
MAX_OFFSET: Final = dt.timedelta(hours=14)

# Python's ``re``: ``fullmatch`` only, never ``$`` (which also matches before a final "\n"),
# and ``[0-9]``, never ``\d`` (which matches Arabic-Indic, full-width and other digits).
_UUID: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)


def no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


def _matching(pattern: str, what: str) -> AfterValidator:
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if compiled.fullmatch(value) is None:
            raise ValueError(what)
        return value

    return AfterValidator(check)


def _text(max_length: int) -> StringConstraints:
    return StringConstraints(max_length=max_length)


_NO_NUL = AfterValidator(no_nul)
# Bounded text without NUL characters, by maximum length.
Text16 = Annotated[str, _text(16), _NO_NUL]
Text32 = Annotated[str, _text(32), _NO_NUL]
Text40 = Annotated[str, _text(40), _NO_NUL]
Text64 = Annotated[str, _text(64), _NO_NUL]
Text80 = Annotated[str, _text(80), _NO_NUL]
Text120 = Annotated[str, _text(120), _NO_NUL]
Text160 = Annotated[str, _text(160), _NO_NUL]
Text200 = Annotated[str, _text(200), _NO_NUL]
Text250 = Annotated[str, _text(250), _NO_NUL]


def _uuid(value: str) -> str:
    if _UUID.fullmatch(value) is None:
        raise ValueError("must be a lowercase UUID")
    return value


Uuid = Annotated[str, _text(36), AfterValidator(_uuid)]
Digits16 = Annotated[str, _text(16), _matching(r"[0-9]{16}", "must be 16 digits 0-9")]
CardId = Annotated[str, _text(16), _matching(r"[A-Z2-7]{16}", "must be a card id")]
KeyId = Annotated[str, _text(16), _matching(r"[0-9a-f]{16}", "must be 16 lowercase hex digits")]


def _ed25519(value: str) -> str:
    # A small-order point or non-canonical encoding "key" would let anyone forge the cards
    # it signs: refused wherever a key arrives (kiosk/sync/identity.py).
    if not valid_ed25519_public_key(bytes.fromhex(value)):
        raise ValueError("must be a valid Ed25519 public key")
    return value


PublicKeyHex = Annotated[
    str,
    _text(64),
    _matching(r"[0-9a-f]{64}", "must be 64 lowercase hex digits"),
    AfterValidator(_ed25519),
]
Slug = Annotated[str, _text(40), _matching(r"[a-z][a-z0-9_]{0,39}", "must be a lowercase code")]
MessageCode = Annotated[
    str, _text(64), _matching(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*", "must be a message code")
]
ProvinceCode = Annotated[str, _text(2), _matching(r"[0-9]{2}", "must be a province code")]
RegencyCode = Annotated[str, _text(5), _matching(r"[0-9]{2}\.[0-9]{2}", "must be a regency code")]
Phone = Annotated[
    str, _text(16), _matching(r"\+62[0-9]{8,13}", "must be an Indonesian number +62...")
]
Email = Annotated[
    str, _text(254), _matching(r"[^\s@\x00]{1,64}@[^\s@\x00]{1,190}", "must be an e-mail address")
]
ClockTime = Annotated[
    str, _text(5), _matching(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]", "must be a time HH:MM")
]
Username = Annotated[str, _text(40), _matching(r"[a-z0-9._]{3,40}", "must be a username")]
# Printable ASCII (a PIN hash, a signed card payload).
Ascii200 = Annotated[str, _text(200), _matching(r"[\x21-\x7e]*", "must be printable ASCII")]
UtcOffsetMin = Annotated[int, Field(ge=-720, le=840)]


def _date_between(low: dt.date, high: dt.date) -> BeforeValidator:
    def parse(value: object) -> dt.date:
        if isinstance(value, dt.datetime) or not isinstance(value, str | dt.date):
            raise ValueError("must be a date YYYY-MM-DD")
        if isinstance(value, str):
            if _DAY.fullmatch(value) is None:
                raise ValueError("must be a date YYYY-MM-DD")
            try:
                value = dt.date.fromisoformat(value)
            except ValueError:
                raise ValueError("must be a date YYYY-MM-DD") from None
        if not low <= value <= high:
            raise ValueError(f"must be between {low.isoformat()} and {high.isoformat()}")
        return value

    return BeforeValidator(parse)


def parse_time(value: object) -> dt.datetime:
    """An aware time from ISO 8601 text (or an aware datetime), inside the sane window;
    ValueError otherwise, never OverflowError."""
    if isinstance(value, str):
        if len(value) > 40 or _TIME.fullmatch(value) is None:
            raise ValueError("must be a time with its UTC offset")
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError("must be a time with its UTC offset") from None
    if not isinstance(value, dt.datetime):
        raise ValueError("must be a time with its UTC offset")
    return check_time(value)


def check_time(value: dt.datetime) -> dt.datetime:
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("must carry its UTC offset")
    if abs(offset) > MAX_OFFSET:
        raise ValueError("UTC offset out of range")
    # Compared on the local wall time first, so that the conversion cannot overflow.
    if not EARLIEST_TIME <= value.replace(tzinfo=None) <= LATEST_TIME:
        raise ValueError("must be between 1970 and 2100")
    return value


Day = Annotated[dt.date, _date_between(EARLIEST_DAY, LATEST_DAY)]
BirthDate = Annotated[dt.date, _date_between(EARLIEST_BIRTH, LATEST_DAY)]
Time = Annotated[dt.datetime, BeforeValidator(parse_time)]


def finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("must be a finite number")
    return value


def check_json_value(value: object, depth: int = 0, where: str = "") -> None:
    """Refuse what no valid message holds anywhere: NaN or infinite numbers, NUL characters
    (in values or keys), lone surrogates, and absurd nesting. Raises ValueError naming where
    (never quoting the value)."""
    kind = type(value)
    try:
        if kind is str:
            _check_text(value)  # type: ignore[arg-type]
        elif kind is float:
            finite(value)  # type: ignore[arg-type]
        elif value is not None and kind is not bool and kind is not int:
            if kind is not dict and kind is not list:
                raise ValueError("not a JSON value")
            if depth > 32:
                raise ValueError("nested too deeply")
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}" if where else str(exc)) from None
    if kind is dict:
        for key, item in value.items():  # type: ignore[attr-defined]
            if type(key) is not str:
                raise ValueError(f"{where or 'payload'}: keys must be text")
            inner = f"{where}.{key[:40]}" if where else key[:40]
            try:
                _check_text(key)
            except ValueError as exc:
                raise ValueError(f"{where or 'payload'}: a key {exc}") from None
            check_json_value(item, depth + 1, inner)
    elif kind is list:
        for n, item in enumerate(value):  # type: ignore[arg-type]
            check_json_value(item, depth + 1, f"{where}.{n}" if where else str(n))


def _check_text(value: str) -> None:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("must be valid Unicode text") from None

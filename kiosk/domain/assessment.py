"""Competency assessment records: schemes, K/BK per unit, and the kiosk's signature over a
record's canonical text, so that nobody can change a result afterwards (docs/certificates.md)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any, Final

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.certificate import signature_ok

# Every signature of a kiosk key starts with its purpose, so an assessment record can never
# be mistaken for a card, a bundle, an enrolment proof or a certificate (COSE Sig_structure).
SIGNING_CONTEXT: Final = b"K3IN1-ASSESS-V1\n"
FORMAT: Final = "k3in1-assessment"
VERSION: Final = 1
COMPETENT: Final = "K"
NOT_YET_COMPETENT: Final = "BK"
RESULTS: Final = (COMPETENT, NOT_YET_COMPETENT)
VALIDITY_YEARS: Final = 3
MAX_UNITS: Final = 40
UNIT_CODE: Final = re.compile(r"^[A-Z0-9][A-Z0-9.\-/]{2,39}$")
SCHEME_NUMBER: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-/ ]{1,63}$")


class AssessmentInvalid(ValueError):
    """A scheme or record that does not hold together; the message is short English."""


@dataclass(frozen=True)
class Unit:
    code: str
    title: str


@dataclass(frozen=True)
class Scheme:
    """A certification scheme (skema) made of SKKNI competency units."""

    number: str
    title: str
    units: tuple[Unit, ...]
    lsp: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "lsp": self.lsp,
            "units": [{"code": u.code, "title": u.title} for u in self.units],
        }


def _text(value: object, what: str, limit: int) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise AssessmentInvalid(f"{what}: must be text of 1-{limit} characters")
    if any(not ch.isprintable() for ch in value):
        raise AssessmentInvalid(f"{what}: control character")
    return value.strip()


def scheme_from(data: object) -> Scheme:
    """A scheme from its JSON form (a file the operator publishes, a pulled change)."""
    if not isinstance(data, dict):
        raise AssessmentInvalid("scheme: must be an object")
    number = _text(data.get("number"), "number", 64)
    if not SCHEME_NUMBER.match(number):
        raise AssessmentInvalid("number: letters, digits, '.', '-', '/' only")
    units_raw = data.get("units")
    if not isinstance(units_raw, list) or not 1 <= len(units_raw) <= MAX_UNITS:
        raise AssessmentInvalid(f"units: 1-{MAX_UNITS} units")
    units = []
    for item in units_raw:
        if not isinstance(item, dict):
            raise AssessmentInvalid("units: each must be an object")
        code = _text(item.get("code"), "unit code", 40)
        if not UNIT_CODE.match(code):
            raise AssessmentInvalid("unit code: an SKKNI code such as M.692000.001.01")
        units.append(Unit(code, _text(item.get("title"), "unit title", 200)))
    if len({u.code for u in units}) != len(units):
        raise AssessmentInvalid("units: a unit code twice")
    return Scheme(
        number=number,
        title=_text(data.get("title"), "title", 200),
        units=tuple(units),
        lsp=_text(data.get("lsp"), "lsp", 200),
    )


@dataclass(frozen=True)
class AssessmentRecord:
    """One candidate's assessment at one event: what the kiosk signs. A correction is a new
    record naming the one it ``supersedes`` and why; the old one is never changed."""

    id: str
    event_id: str
    applicant_id: str
    scheme: str
    day: dt.date
    tuk: str
    assessor_id: str
    assessor_name: str
    units: tuple[tuple[str, str], ...]
    result: str
    note: str
    site: str
    key_id: str
    recorded_at: dt.datetime
    supersedes: str | None = None
    reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "id": self.id,
            "event_id": self.event_id,
            "applicant_id": self.applicant_id,
            "scheme": self.scheme,
            "day": self.day.isoformat(),
            "tuk": self.tuk,
            "assessor_id": self.assessor_id,
            "assessor_name": self.assessor_name,
            "units": [list(unit) for unit in self.units],
            "result": self.result,
            "note": self.note,
            "site": self.site,
            "key_id": self.key_id,
            "recorded_at": self.recorded_at.astimezone(dt.UTC).isoformat(),
            "supersedes": self.supersedes,
            "reason": self.reason,
        }

    def canonical(self) -> str:
        return canonical(self.as_dict())


def canonical(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def check_result(units: tuple[tuple[str, str], ...], result: str) -> None:
    """Competent overall only when every unit is competent."""
    if not units:
        raise AssessmentInvalid("units: none recorded")
    if any(mark not in RESULTS for _code, mark in units) or result not in RESULTS:
        raise AssessmentInvalid("result: K or BK")
    if result == COMPETENT and any(mark != COMPETENT for _code, mark in units):
        raise AssessmentInvalid("result: K needs every unit K")


def sign(text: str, private_key: bytes) -> str:
    """Hex Ed25519 signature over the domain-separated canonical text."""
    key = Ed25519PrivateKey.from_private_bytes(private_key)
    return key.sign(SIGNING_CONTEXT + text.encode("ascii")).hex()


def verify_signature(text: str, signature_hex: str, public_key: bytes) -> bool:
    try:
        signature = bytes.fromhex(signature_hex)
        message = SIGNING_CONTEXT + text.encode("ascii")
    except (ValueError, UnicodeEncodeError):
        return False
    return len(signature) == 64 and signature_ok(public_key, signature, message)


def record_from_text(text: str) -> AssessmentRecord:
    """The record a signed canonical text holds; AssessmentInvalid if it is not one (the
    text must be exactly the canonical form, so no two texts sign one record)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise AssessmentInvalid("record: not JSON") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
        raise AssessmentInvalid("record: not an assessment record")
    if canonical(data) != text:
        raise AssessmentInvalid("record: not in canonical form")
    try:
        units = tuple((str(code), str(mark)) for code, mark in data["units"])
        record = AssessmentRecord(
            id=_text(data["id"], "id", 36),
            event_id=_text(data["event_id"], "event_id", 36),
            applicant_id=_text(data["applicant_id"], "applicant_id", 36),
            scheme=_text(data["scheme"], "scheme", 64),
            day=dt.date.fromisoformat(data["day"]),
            tuk=_text(data["tuk"], "tuk", 200),
            assessor_id=_text(data["assessor_id"], "assessor_id", 36),
            assessor_name=_text(data["assessor_name"], "assessor_name", 120),
            units=units,
            result=str(data["result"]),
            note=_note(data["note"]),
            site=_text(data["site"], "site", 40),
            key_id=_text(data["key_id"], "key_id", 16),
            recorded_at=dt.datetime.fromisoformat(data["recorded_at"]),
            supersedes=None
            if data["supersedes"] is None
            else _text(data["supersedes"], "supersedes", 36),
            reason=None if data["reason"] is None else _text(data["reason"], "reason", 200),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise AssessmentInvalid(f"record: {str(exc)[:80]}") from exc
    check_result(record.units, record.result)
    if (record.supersedes is None) != (record.reason is None):
        raise AssessmentInvalid("record: a correction names what it supersedes and why")
    return record


def _note(value: object) -> str:
    if not isinstance(value, str) or len(value) > 500:
        raise AssessmentInvalid("note: text of at most 500 characters")
    return value


def valid_until(day: dt.date) -> dt.date:
    """A competency certificate is valid three years."""
    try:
        return day.replace(year=day.year + VALIDITY_YEARS)
    except ValueError:  # 29 February
        return day.replace(year=day.year + VALIDITY_YEARS, day=28)

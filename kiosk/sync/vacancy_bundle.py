"""Vacancy bundles: the vacancies of one site's province, with their current openings filled,
in one server-signed file a USB stick carries to a kiosk that is never online
(``kiosk-server export-vacancies``, ``kiosk import-vacancies``; docs/placement.md).

The file is gzip JSON ``{"format", "version", "public_key", "text", "signature"}``: ``text``
is the canonical JSON of ``{"format", "version", "site", "province", "issued_at",
"vacancies": [...]}`` and ``signature`` the hex Ed25519 signature over
``K3IN1-VACANCIES-V1\\n`` + text by the server's certificate-trust key, the key the kiosk
pinned from its first pulled trust list (the same checks as a trust file: anyone can write a
file). One signature covers every vacancy, so a changed, added or dropped vacancy refuses the
whole bundle. This module is shared by the server (writing) and the kiosk (reading).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

FILE_FORMAT: Final = "k3in1-vacancy-bundle"
CONTENT_FORMAT: Final = "k3in1-vacancies"
VERSION: Final = 1
CONTEXT: Final = b"K3IN1-VACANCIES-V1\n"
MAX_BYTES: Final = 256 * 1024 * 1024  # decompressed: several hundred thousand vacancies
MAX_VACANCIES: Final = 200_000
_HEX64: Final = re.compile(r"[0-9a-f]{64}")
_HEX128: Final = re.compile(r"[0-9a-f]{128}")
_SITE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
_PROVINCE: Final = re.compile(r"[0-9]{2}")


class BundleRefused(ValueError):
    """The file is not a genuine vacancy bundle of this server; nothing of it is used."""


@dataclass(frozen=True)
class VacancyBundle:
    site: str
    province: str
    issued_at: dt.datetime
    vacancies: list[dict[str, Any]]  # each a `vacancy` change's data, checked on applying


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def write_bundle(
    path: Path,
    private_key: bytes,
    *,
    site: str,
    province: str,
    issued_at: dt.datetime,
    vacancies: list[dict[str, Any]],
) -> None:
    """Sign and write the bundle aside, then move it into place (a stick pulled out half
    way never holds half a bundle under the real name)."""
    key = Ed25519PrivateKey.from_private_bytes(private_key)
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    text = _canonical(
        {
            "format": CONTENT_FORMAT,
            "version": VERSION,
            "site": site,
            "province": province,
            "issued_at": issued_at.isoformat(),
            "vacancies": vacancies,
        }
    )
    signature = key.sign(CONTEXT + text.encode()).hex()
    envelope = {
        "format": FILE_FORMAT,
        "version": VERSION,
        "public_key": public.hex(),
        "text": text,
        "signature": signature,
    }
    aside = path.with_name(f".{path.name}.{os.getpid()}.new")
    with gzip.open(aside, "wt", encoding="ascii") as stream:
        json.dump(envelope, stream)
    aside.replace(path)


def _envelope(path: Path) -> dict[str, Any]:
    try:
        with gzip.open(path, "rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise BundleRefused("file not found") from None
    except (OSError, EOFError, zlib.error) as exc:
        raise BundleRefused(f"not a gzip file ({type(exc).__name__})") from None
    if len(raw) > MAX_BYTES:
        raise BundleRefused("too large")
    try:
        envelope = json.loads(raw)
    except (ValueError, RecursionError):
        raise BundleRefused("not JSON") from None
    if not isinstance(envelope, dict) or envelope.get("format") != FILE_FORMAT:
        raise BundleRefused("not a Kios3in1 vacancy bundle")
    if envelope.get("version") != VERSION:
        raise BundleRefused("a vacancy bundle version this kiosk does not read")
    return envelope


def read_bundle(path: Path, trusted_key: str) -> VacancyBundle:
    """The bundle's content once its signature holds under ``trusted_key`` (hex, the
    server's pinned trust key); BundleRefused otherwise."""
    envelope = _envelope(path)
    public, text, signature = (envelope.get(k) for k in ("public_key", "text", "signature"))
    if not isinstance(public, str) or not _HEX64.fullmatch(public):
        raise BundleRefused("no valid public key")
    if public != trusted_key:
        raise BundleRefused("signed by another key than this server's trust key")
    if not isinstance(text, str) or not isinstance(signature, str):
        raise BundleRefused("no signed content")
    if not _HEX128.fullmatch(signature):
        raise BundleRefused("no valid signature")
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public)).verify(
            bytes.fromhex(signature), CONTEXT + text.encode()
        )
    except (InvalidSignature, ValueError, UnicodeEncodeError):
        raise BundleRefused("the signature does not verify: the bundle was changed") from None
    return _content(text)


def _content(text: str) -> VacancyBundle:
    # Signed by the server, but read as carefully as anything else from outside.
    try:
        content = json.loads(text)
    except (ValueError, RecursionError):
        raise BundleRefused("the signed content is not JSON") from None
    if not isinstance(content, dict) or content.get("format") != CONTENT_FORMAT:
        raise BundleRefused("the signed content is not a vacancy list")
    site, province = content.get("site"), content.get("province")
    if not isinstance(site, str) or not _SITE.fullmatch(site):
        raise BundleRefused("no valid site")
    if not isinstance(province, str) or not _PROVINCE.fullmatch(province):
        raise BundleRefused("no valid province")
    try:
        issued_at = dt.datetime.fromisoformat(str(content.get("issued_at")))
    except ValueError:
        raise BundleRefused("no valid issue time") from None
    if issued_at.tzinfo is None:
        raise BundleRefused("no valid issue time")
    vacancies = content.get("vacancies")
    if not isinstance(vacancies, list) or len(vacancies) > MAX_VACANCIES:
        raise BundleRefused("no valid vacancy list")
    if not all(isinstance(v, dict) and isinstance(v.get("id"), str) for v in vacancies):
        raise BundleRefused("a vacancy is malformed")
    return VacancyBundle(site, province, issued_at, vacancies)

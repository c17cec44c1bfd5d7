"""Checking a certificate's QR code on this kiosk, and bringing the server-signed trust and
revocation lists in from a trust file where no network reaches (docs/certificates.md)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from pydantic import ValidationError
from sqlalchemy import func, select

from kiosk.domain.certificate import DEFAULT_MAX_AGE, Verdict, verify
from kiosk.i18n import UserError, define, msg
from kiosk.services.context import ServiceContext
from kiosk.store.models import CertificateRevocation
from kiosk.sync.apply import apply_changes
from kiosk.sync.certificate_trust import StoreTrust
from kiosk.sync.protocol import Change

TRUST_FILE_FORMAT: Final = "k3in1-certificate-trust-file"
TRUST_FILE_KINDS: Final = frozenset({"certificate_trust", "certificate_revocation"})
MAX_TRUST_FILE_BYTES: Final = 1024 * 1024 * 1024  # decompressed: about 3 million revocations

define(
    "certificates.trust_file_unreadable",
    id="Berkas daftar kepercayaan tidak dapat dibaca: {detail}",
    en="The trust file cannot be read: {detail}",
)


class TrustFileError(UserError):
    """A trust file that is not one (nothing of it is applied)."""


@dataclass(frozen=True)
class TrustStatus:
    trust_list_at: dt.datetime | None
    revocations_at: dt.datetime | None
    revocations: int


@dataclass(frozen=True)
class TrustFileReport:
    changes: int
    applied: int
    status: TrustStatus


class CertificateVerifier:
    """The offline verdict on a scanned certificate (valid, invalid, cannot tell)."""

    def __init__(self, ctx: ServiceContext, *, max_age: dt.timedelta = DEFAULT_MAX_AGE) -> None:
        self._ctx = ctx
        self.max_age = max_age

    def verify(self, text: str) -> Verdict:
        with self._ctx.store.reading() as session:
            return verify(text, StoreTrust.of(session), self._ctx.now(), max_age=self.max_age)

    def status(self) -> TrustStatus:
        with self._ctx.store.reading() as session:
            trust = StoreTrust.of(session)
            count = session.scalar(select(func.count()).select_from(CertificateRevocation))
            return TrustStatus(trust.trust_list_at, trust.revocations_at, int(count or 0))

    def import_trust_file(self, path: Path) -> TrustFileReport:
        """Apply a trust file (``kiosk-server export-trust``). Only signed trust data is
        taken, and only under the server key this kiosk already holds: anyone can write a
        file. A change whose signature fails is set aside like a bad pulled change."""
        changes = read_trust_file(path)
        with self._ctx.store.transaction() as session:
            applied = apply_changes(session, changes, self._ctx.now(), via_sync=False)
        return TrustFileReport(len(changes), applied, self.status())


def read_trust_file(path: Path) -> list[Change]:
    def refuse(detail: str) -> TrustFileError:
        return TrustFileError(msg("certificates.trust_file_unreadable", detail=detail))

    try:
        with gzip.open(path, "rb") as stream:
            raw = stream.read(MAX_TRUST_FILE_BYTES + 1)
    except FileNotFoundError:
        raise refuse("file not found") from None
    except (OSError, EOFError, zlib.error) as exc:
        raise refuse(f"not a gzip file ({type(exc).__name__})") from None
    if len(raw) > MAX_TRUST_FILE_BYTES:
        raise refuse("too large")
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise refuse("not JSON") from None
    if not isinstance(data, dict) or data.get("format") != TRUST_FILE_FORMAT:
        raise refuse("not a Kios3in1 trust file")
    items = data.get("changes")
    if not isinstance(items, list):
        raise refuse("no changes")
    changes = []
    for item in items:
        try:
            change = Change.model_validate(item)
        except ValidationError:
            raise refuse("a change is malformed") from None
        if change.kind not in TRUST_FILE_KINDS:
            # A trust file carries signed trust data only, never other reference data.
            raise refuse(f"unexpected kind {change.kind[:32]}")
        changes.append(change)
    return changes

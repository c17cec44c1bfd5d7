"""Certificates on the server: the signed trust list and revocation entries kiosks pull, the
operator's revocations, the trust file for USB sticks, and the public verdict (/verify)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kiosk.domain.certificate import Certificate, Issuer, Verdict, parse, verify
from kiosk.domain.certificate_code import id_from_code, id_text
from kiosk.domain.certificate_trust import (
    RevocationEntry,
    TrustStatement,
    sign_revocation,
    sign_trust_statement,
)
from server import authority, funnel
from server.changes import add_change
from server.models import (
    CertificateRevocation,
    ChangeLog,
    Device,
    IssuedCertificate,
    TrustedKey,
)
from server.secrets import secrets_of

TRUST_KIND: Final = "certificate_trust"
REVOCATION_KIND: Final = "certificate_revocation"
TRUST_RECORD: Final = "trust"
# A kiosk that syncs holds a trust list at most this old (then its verdict may say "cannot
# tell" only after DEFAULT_MAX_AGE without a sync).
REFRESH_AFTER: Final = dt.timedelta(hours=12)
TRUST_FILE_FORMAT: Final = "k3in1-certificate-trust-file"


def issuers(session: Session) -> list[Issuer]:
    """Every trusted kiosk key with its device's site; revoked keys stay listed as revoked."""
    rows = session.execute(
        select(TrustedKey.key_id, TrustedKey.public_key, TrustedKey.revoked_at, Device.site)
        .join(Device, Device.id == TrustedKey.device_id)
        .order_by(TrustedKey.key_id)
    )
    return [
        Issuer(key_id, bytes.fromhex(public), site, revoked_at)
        for key_id, public, revoked_at, site in rows
    ]


def trust_change(session: Session, now: dt.datetime) -> dict[str, Any]:
    secrets = secrets_of(session)
    count = session.scalar(select(func.count()).select_from(CertificateRevocation)) or 0
    statement = TrustStatement(now, tuple(issuers(session)), int(count))
    text, signature = sign_trust_statement(secrets.trust_key, statement)
    return {"statement": text, "signature": signature, "public_key": secrets.trust_public}


def publish_trust_list(session: Session, now: dt.datetime) -> None:
    """Sign and publish the current trust list; older ones leave the change log (a kiosk
    needs only the newest, and a cursor past a deleted row is still a valid cursor)."""
    session.execute(delete(ChangeLog).where(ChangeLog.kind == TRUST_KIND))
    add_change(
        session,
        TRUST_KIND,
        TRUST_RECORD,
        trust_change(session, now),
        site=authority.pull_site(TRUST_KIND, None),
    )


def refresh_trust_list(session: Session, now: dt.datetime) -> bool:
    """Publish a new trust list when the newest is older than REFRESH_AFTER (called at each
    pull), so that kiosks that sync never hold a stale one. True if one was published."""
    newest = session.scalar(select(func.max(ChangeLog.at)).where(ChangeLog.kind == TRUST_KIND))
    if newest is not None and now - newest < REFRESH_AFTER:
        return False
    publish_trust_list(session, now)
    return True


def _revocation_data(session: Session, row: CertificateRevocation) -> dict[str, Any]:
    secrets = secrets_of(session)
    entry = RevocationEntry(row.number, row.certificate_id, row.revoked_at, row.reason)
    text, signature = sign_revocation(secrets.trust_key, entry)
    return {
        "certificate_id": row.certificate_id,
        "entry": text,
        "signature": signature,
        "public_key": secrets.trust_public,
    }


def revoke_certificate(
    session: Session, certificate_id: str, reason: str, now: dt.datetime
) -> tuple[CertificateRevocation, bool]:
    """Revoke a certificate everywhere (also one no kiosk has uploaded yet); the row and
    whether it is new. Every kiosk receives the signed entry and a new trust list counting it."""
    existing = session.scalar(
        select(CertificateRevocation).where(CertificateRevocation.certificate_id == certificate_id)
    )
    if existing is not None:
        return existing, False
    # Microseconds dropped: the signed text must read the same back from either database.
    row = CertificateRevocation(
        certificate_id=certificate_id,
        revoked_at=now.astimezone(dt.UTC).replace(microsecond=0),
        reason=reason[:200],
    )
    session.add(row)
    session.flush()  # its number
    issued = session.get(IssuedCertificate, certificate_id)
    if issued is not None:
        issued.revoked_at, issued.revoked_reason = row.revoked_at, row.reason
        funnel.touch(session, [issued.applicant_id])
    add_change(
        session,
        REVOCATION_KIND,
        certificate_id,
        _revocation_data(session, row),
        site=authority.pull_site(REVOCATION_KIND, None),
    )
    publish_trust_list(session, now)
    return row, True


def trust_file_changes(session: Session, now: dt.datetime) -> Iterator[dict[str, Any]]:
    """Every revocation entry in number order, then a fresh trust list counting them."""
    for row in session.scalars(
        select(CertificateRevocation).order_by(CertificateRevocation.number)
    ):
        yield {
            "kind": REVOCATION_KIND,
            "id": row.certificate_id,
            "data": _revocation_data(session, row),
        }
    yield {"kind": TRUST_KIND, "id": TRUST_RECORD, "data": trust_change(session, now)}


def export_trust_file(session: Session, path: Path, now: dt.datetime) -> int:
    """Write the trust file a USB stick carries to offline kiosks (``kiosk import-trust``);
    returns the number of revocations. Written aside, then moved into place."""
    changes = list(trust_file_changes(session, now))
    aside = path.with_name(f".{path.name}.{os.getpid()}.new")
    with gzip.open(aside, "wt", encoding="ascii") as stream:
        json.dump({"format": TRUST_FILE_FORMAT, "version": 1, "changes": changes}, stream)
    aside.replace(path)
    return len(changes) - 1


@dataclass
class ServerTrust:
    """The server's own view: it is the source of both lists, so they are never stale."""

    session: Session
    now: dt.datetime

    @property
    def trust_list_at(self) -> dt.datetime:
        return self.now

    @property
    def revocations_at(self) -> dt.datetime:
        return self.now

    def issuer(self, key_id: str) -> Issuer | None:
        row = self.session.execute(
            select(TrustedKey.public_key, TrustedKey.revoked_at, Device.site)
            .join(Device, Device.id == TrustedKey.device_id)
            .where(TrustedKey.key_id == key_id)
        ).first()
        if row is None:
            return None
        return Issuer(key_id, bytes.fromhex(row.public_key), row.site, row.revoked_at)

    def is_revoked(self, certificate_number: str) -> bool:
        found = self.session.scalar(
            select(CertificateRevocation.number).where(
                CertificateRevocation.certificate_id == certificate_number
            )
        )
        return found is not None


@dataclass(frozen=True)
class PublicVerdict:
    """What /verify answers: the verdict and only what the certificate itself shows."""

    found: bool
    verdict: Verdict | None


def credential_of(session: Session, certificate_id: str) -> str | None:
    row = session.get(IssuedCertificate, certificate_id)
    if row is None:
        return None
    opened = secrets_of(session).personal.open(row.sealed, where=f"certificate/{row.id}")
    credential = opened.get("credential")
    return credential if isinstance(credential, str) else None


def check(session: Session, text: str, now: dt.datetime) -> PublicVerdict:
    """The verdict on a short code or a pasted credential. A code the server has no
    certificate for is "not found" (a typo that passed the check, or a made-up number)."""
    text = text.strip()
    credential: str | None = text if parse(text) is not None else None
    if credential is None:
        certificate_id = id_from_code(text)  # CertificateCodeError: not a code at all
        credential = credential_of(session, id_text(certificate_id))
        if credential is None:
            return PublicVerdict(False, None)
    return PublicVerdict(True, verify(credential, ServerTrust(session, now), now))


def certificate_json(certificate: Certificate) -> dict[str, Any]:
    return {
        "number": certificate.number,
        "code": certificate.code,
        "kind": certificate.kind,
        "holder": certificate.holder,
        "issued": certificate.issued.isoformat(),
        "valid_until": None
        if certificate.valid_until is None
        else certificate.valid_until.isoformat(),
        "site": certificate.site,
        "provider": certificate.provider,
        "claims": dict(certificate.claims),
    }

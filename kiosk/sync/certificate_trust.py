"""The kiosk's copy of the server-signed certificate trust list and revocation list: checking
and applying them (from a pull or a trust file), and reading them for the verdict."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Final

from pydantic import BaseModel
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kiosk.domain.certificate import Issuer
from kiosk.domain.certificate_trust import (
    RevocationEntry,
    TrustStatement,
    open_revocation,
    open_trust_statement,
)
from kiosk.store.models import CertificateIssuer, CertificateRevocation, KioskSetting
from kiosk.sync import state
from kiosk.sync.entities import (
    CertificateRevocationChange,
    CertificateTrustChange,
    PayloadInvalid,
)

log = logging.getLogger(__name__)

TRUST_KEY: Final = "certificate.trust_public_key"
TRUST_AT: Final = "certificate.trust_list_at"
TRUST_REVOCATIONS: Final = "certificate.trust_list_revocations"
REVOCATIONS_AT: Final = "certificate.revocations_at"


def _setting(session: Session, key: str) -> str | None:
    row = session.get(KioskSetting, key)
    return None if row is None else row.value


def _time(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def open_change(
    session: Session, parsed: BaseModel, *, via_sync: bool
) -> TrustStatement | RevocationEntry | None:
    """The signed content of a trust-list or revocation change, checked under the server's
    key (PayloadInvalid if it does not hold); None for every other kind of change.

    A kiosk learns the server's key from the first trust list it pulls over its
    authenticated sync connection; a trust file from a USB stick must be signed by the key
    it already holds (anyone can write a file)."""
    if not isinstance(parsed, CertificateTrustChange | CertificateRevocationChange):
        return None
    pinned = _setting(session, TRUST_KEY)
    if pinned is None and not via_sync:
        raise PayloadInvalid("no server trust key yet: synchronise once first")
    if pinned is not None and pinned != parsed.public_key:
        raise PayloadInvalid("signed by another key than this server's trust key")
    key = bytes.fromhex(parsed.public_key)
    opened: TrustStatement | RevocationEntry | None
    if isinstance(parsed, CertificateTrustChange):
        opened = open_trust_statement(parsed.statement, parsed.signature, key)
    else:
        opened = open_revocation(parsed.entry, parsed.signature, key)
        if opened is not None and opened.certificate_number != parsed.certificate_id:
            opened = None
    if opened is None:
        raise PayloadInvalid("signature by the server's trust key does not verify")
    if pinned is None:
        state.put(session, TRUST_KEY, parsed.public_key)
        log.info("certificate trust key pinned from the first signed change pulled")
    return opened


def apply_opened(session: Session, opened: TrustStatement | RevocationEntry) -> None:
    if isinstance(opened, RevocationEntry):
        if session.get(CertificateRevocation, opened.certificate_number) is None:
            session.add(
                CertificateRevocation(
                    certificate_id=opened.certificate_number,
                    number=opened.number,
                    revoked_at=opened.revoked_at,
                    reason=opened.reason[:200],
                )
            )
        return
    current = _time(_setting(session, TRUST_AT))
    if current is not None and opened.issued_at <= current:
        return  # an older list (a replayed trust file) never rolls the kiosk back
    session.execute(delete(CertificateIssuer))
    session.add_all(
        CertificateIssuer(
            key_id=issuer.key_id,
            public_key=issuer.public_key,
            site=issuer.site,
            revoked_at=issuer.revoked_at,
        )
        for issuer in opened.issuers
    )
    state.put(session, TRUST_AT, opened.issued_at.isoformat())
    state.put(session, TRUST_REVOCATIONS, str(opened.revocations))
    session.flush()
    held = session.scalar(
        select(func.count())
        .select_from(CertificateRevocation)
        .where(CertificateRevocation.number <= opened.revocations)
    )
    if held == opened.revocations:
        state.put(session, REVOCATIONS_AT, opened.issued_at.isoformat())
    else:
        # Entries are published before the list that counts them; a gap means a trust file
        # cut short. The revocation list keeps the age of the last complete one.
        log.warning(
            "trust list counts %d revocations, this kiosk holds %s", opened.revocations, held
        )


@dataclass
class StoreTrust:
    """The trust and revocation lists as this kiosk's store holds them (a TrustView)."""

    session: Session
    trust_list_at: dt.datetime | None = None
    revocations_at: dt.datetime | None = None

    @classmethod
    def of(cls, session: Session) -> StoreTrust:
        # Plain column reads, no ORM objects: this runs for every certificate scanned.
        dates = dict(
            session.execute(
                select(KioskSetting.key, KioskSetting.value).where(
                    KioskSetting.key.in_((TRUST_AT, REVOCATIONS_AT))
                )
            ).all()
        )
        return cls(session, _time(dates.get(TRUST_AT)), _time(dates.get(REVOCATIONS_AT)))

    def issuer(self, key_id: str) -> Issuer | None:
        row = self.session.execute(
            select(
                CertificateIssuer.public_key, CertificateIssuer.site, CertificateIssuer.revoked_at
            ).where(CertificateIssuer.key_id == key_id)
        ).first()
        if row is None:
            return None
        return Issuer(key_id, bytes(row.public_key), row.site, row.revoked_at)

    def is_revoked(self, certificate_number: str) -> bool:
        # One primary-key look-up, however many revocations the kiosk holds.
        return (
            self.session.scalar(
                select(CertificateRevocation.number).where(
                    CertificateRevocation.certificate_id == certificate_number
                )
            )
            is not None
        )

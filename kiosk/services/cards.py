"""Issuing, reissuing and verifying signed applicant cards."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Collection, Mapping
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from kiosk.domain.card import (
    CardNumberError,
    CardSigner,
    CardVerification,
    Keyring,
    card_id_from_number,
    card_id_text,
    verify_card,
)
from kiosk.i18n import UserError, define, msg
from kiosk.services.audit import AuditAction, audit
from kiosk.services.context import ServiceContext, row_payload
from kiosk.store.fastpath import RawStatement
from kiosk.store.models import Applicant, Card, CardBinding, DeviceKey, KioskSetting
from kiosk.sync.state import REVOKED_CARD_PREFIX

log = logging.getLogger(__name__)

CARD_VALIDITY_YEARS = 3

define("card.applicant_unknown", id="Pendaftar tidak ditemukan.", en="Applicant not found.")
define(
    "card.number_unknown",
    id="Nomor kartu ini tidak dikenal di kios ini. Pindai kode QR pada kartu.",
    en="This card number is not known on this kiosk. Scan the QR code on the card.",
)


class ApplicantNotFound(UserError):
    def __init__(self) -> None:
        super().__init__(msg("card.applicant_unknown"))


def _years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def card_valid_until(issued: dt.datetime) -> dt.date:
    return _years_later(issued.date(), CARD_VALIDITY_YEARS)


def new_card_row(signer: CardSigner, applicant_id: str, now: dt.datetime) -> dict[str, Any]:
    """The column values of a freshly signed card for an applicant."""
    raw_id = signer.new_card_id()
    valid_until = card_valid_until(now)
    return {
        "id": card_id_text(raw_id),
        "applicant_id": applicant_id,
        "key_id": signer.key_id,
        "issued_at": now,
        "valid_until": valid_until,
        "payload": signer.issue(raw_id, now.date(), valid_until),
    }


def issue_card_in(
    ctx: ServiceContext, session: Session, applicant_id: str, now: dt.datetime
) -> Card:
    """Sign and store a new card inside the caller's transaction."""
    card = Card(**new_card_row(ctx.signer, applicant_id, now))
    session.add(card)
    ctx.record(session, "card", card.id, "create", row_payload(card), at=now)
    return card


def load_keyring(session: Session) -> Keyring:
    keys = session.execute(select(DeviceKey.key_id, DeviceKey.public_key, DeviceKey.revoked_at))
    public: dict[str, bytes] = {}
    revoked_keys: set[str] = set()
    for key_id, public_key, revoked_at in keys:
        public[key_id] = public_key
        if revoked_at is not None:
            revoked_keys.add(key_id)
    revoked_cards = set(session.scalars(select(Card.id).where(Card.revoked_at.is_not(None))))
    # Cards issued on other kiosks, revoked centrally (pulled by sync into settings).
    revoked_elsewhere = session.scalars(
        select(KioskSetting.key).where(KioskSetting.key.startswith(REVOKED_CARD_PREFIX))
    )
    revoked_cards.update(key[len(REVOKED_CARD_PREFIX) :] for key in revoked_elsewhere)
    return Keyring(public_keys=public, revoked_keys=revoked_keys, revoked_cards=revoked_cards)


# One primary-key look-up: the only extra work a scan does for card bindings.
_ISSUER_OF = select(CardBinding.key_id).where(CardBinding.card_id == bindparam("card_id"))
_RECORDED_ISSUER = RawStatement(_ISSUER_OF)


class StoreKeyring:
    """A keyring whose recorded card issuers are read from the store card by card (there may
    be a country's worth of them), while keys and revocations come from memory."""

    def __init__(self, keyring: Keyring, issuer_of: Callable[[str], str | None]) -> None:
        self._keyring = keyring
        self._issuer_of = issuer_of

    @property
    def public_keys(self) -> Mapping[str, bytes]:
        return self._keyring.public_keys

    @property
    def revoked_keys(self) -> Collection[str]:
        return self._keyring.revoked_keys

    @property
    def revoked_cards(self) -> Collection[str]:
        return self._keyring.revoked_cards

    def issuer_of(self, card_id: str) -> str | None:
        return self._issuer_of(card_id)


def recorded_issuer_sqlite(db: sqlite3.Connection) -> Callable[[str], str | None]:
    """The recorded-issuer look-up on a raw connection (the scan path)."""

    def issuer_of(card_id: str) -> str | None:
        row = _RECORDED_ISSUER.first(db, card_id=card_id)
        return None if row is None else str(row[0])

    return issuer_of


def recorded_issuer(session: Session) -> Callable[[str], str | None]:
    def issuer_of(card_id: str) -> str | None:
        return session.scalar(_ISSUER_OF, {"card_id": card_id})

    return issuer_of


class CardService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def issue(self, applicant_id: str) -> Card:
        with self._ctx.store.transaction() as session:
            if session.get(Applicant, applicant_id) is None:
                raise ApplicantNotFound()
            return issue_card_in(self._ctx, session, applicant_id, self._ctx.now())

    def reissue(self, applicant_id: str, *, staff_id: str, reason: str = "reprint") -> Card:
        """A new card for a lost or damaged one; every earlier card of the person is revoked."""
        ctx = self._ctx
        now = ctx.now()
        with ctx.store.transaction() as session:
            if session.get(Applicant, applicant_id) is None:
                raise ApplicantNotFound()
            new = issue_card_in(ctx, session, applicant_id, now)
            old_cards = session.scalars(
                select(Card).where(
                    Card.applicant_id == applicant_id,
                    Card.revoked_at.is_(None),
                    Card.id != new.id,
                )
            ).all()
            for old in old_cards:
                old.revoked_at = now
                old.revoked_reason = reason
                old.replaced_by = new.id
                ctx.record(
                    session,
                    "card",
                    old.id,
                    "revoke",
                    {
                        "card_id": old.id,
                        "reason": reason,
                        "replaced_by": new.id,
                        "staff_id": staff_id,
                    },
                    at=now,
                )
            log.info("card %s reissued for applicant %s", new.id, applicant_id)
            audit(
                ctx,
                session,
                AuditAction.CARD_REPRINTED,
                staff_id=staff_id,
                subject_type="applicant",
                subject_id=applicant_id,
                detail={"new_card": new.id, "revoked": [old.id for old in old_cards]},
                at=now,
            )
            return new

    def cards_of(self, applicant_id: str) -> list[Card]:
        with self._ctx.store.reading() as session:
            return list(
                session.scalars(
                    select(Card).where(Card.applicant_id == applicant_id).order_by(Card.issued_at)
                )
            )

    def verify(self, payload: str) -> CardVerification:
        with self._ctx.store.reading() as session:
            keyring = StoreKeyring(load_keyring(session), recorded_issuer(session))
            return verify_card(payload, keyring, self._ctx.now().date())

    def check(self, text: str) -> CardVerification:
        """A scanned QR payload, or a card number typed by hand (looked up among the cards
        this kiosk knows and judged by its signed payload, so both ways give one verdict)."""
        compact = text.strip()
        try:
            raw_id = card_id_from_number(compact)
        except CardNumberError:
            return self.verify(compact)  # not a card number: treat it as a scanned payload
        with self._ctx.store.reading() as session:
            card = session.get(Card, card_id_text(raw_id))
            payload = None if card is None else card.payload
        if payload is None:
            raise CardNumberError(msg("card.number_unknown"))
        return self.verify(payload)

"""Looking people up without exposing their personal data: names and masked NIKs only.

Screens and exports use these summaries; reading personal columns of ``Applicant`` anywhere
else is a bug (they will be encrypted at rest).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, bindparam, or_, select

from kiosk.domain.card import card_id_from_number, card_id_text, card_number
from kiosk.domain.chunks import in_chunks
from kiosk.domain.nik import NikError, mask_nik, parse_nik
from kiosk.i18n import UserError
from kiosk.services.context import ServiceContext
from kiosk.store.crypto import PersonalDataCipher
from kiosk.store.fastpath import RawStatement
from kiosk.store.models import (
    Applicant,
    Card,
    Enrolment,
    TrainingProgram,
    TrainingProvider,
    TrainingSession,
)

SEARCH_LIMIT = 50


@dataclass(frozen=True)
class ApplicantSummary:
    id: str
    full_name: str
    masked_nik: str
    birth_date: dt.date
    regency_code: str
    eligible: bool
    registered_at: dt.datetime


NIK_REMOVED = "•" * 16


def masked_nik(cipher: PersonalDataCipher, applicant: Applicant) -> str:
    """The on-screen NIK (first four and last four digits, the rest hidden), built in memory
    from the sealed NIK: the store keeps no readable part of it. All dots once removed."""
    if applicant.nik_sealed is None:
        return NIK_REMOVED
    return mask_nik(cipher.open(applicant.nik_sealed, row=applicant.id, field="nik"))


@dataclass(frozen=True)
class PrintableCard:
    """What a printed card shows: the holder's name, the card number and the signed QR text."""

    card_id: str
    holder_name: str
    card_number: str
    payload: str
    issued: dt.date
    valid_until: dt.date


@dataclass(frozen=True)
class EnrolledSession:
    """A session someone is enrolled in, as the "My card" screen shows it."""

    program_title: str
    provider: str
    location: str
    start_date: dt.date
    end_date: dt.date
    schedule: dict[str, object]


@dataclass(frozen=True)
class CardHolder:
    """What a card shows its holder on a public screen: a first name, never more."""

    first_name: str
    sessions: tuple[EnrolledSession, ...]


def first_name(full_name: str) -> str:
    """The first word of a name ("" once personal data has been removed)."""
    words = full_name.split()
    return words[0] if words else ""


def _summary(cipher: PersonalDataCipher, applicant: Applicant) -> ApplicantSummary:
    return ApplicantSummary(
        id=applicant.id,
        full_name=applicant.full_name,
        masked_nik=masked_nik(cipher, applicant),
        birth_date=applicant.birth_date,
        regency_code=applicant.regency_code,
        eligible=applicant.eligible,
        registered_at=applicant.registered_at,
    )


_DISPLAY_NAME = RawStatement(
    select(Applicant.full_name).where(Applicant.id == bindparam("applicant_id"))
)


def display_name_raw(db: sqlite3.Connection, applicant_id: str) -> str | None:
    """The name shown on a scan verdict, on the caller's raw connection and transaction
    (the scanning hot path); reads no personal column, so it never pays for decrypting one."""
    row = _DISPLAY_NAME.first(db, applicant_id=applicant_id)
    return None if row is None else str(row[0])


class PeopleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self, applicant_id: str) -> ApplicantSummary | None:
        with self._ctx.store.reading() as session:
            applicant = session.get(Applicant, applicant_id)
            return None if applicant is None else _summary(self._ctx.store.cipher, applicant)

    def card_holder(self, card_id: str) -> CardHolder | None:
        """The holder of a card for a public screen: first name and enrolled sessions (no NIK,
        no contact or address; only the unsealed name column is read)."""
        with self._ctx.store.reading() as session:
            row = session.execute(
                select(Applicant.id, Applicant.full_name)
                .join(Card, Card.applicant_id == Applicant.id)
                .where(Card.id == card_id)
            ).first()
            if row is None:
                return None
            enrolled = session.execute(
                select(TrainingSession, TrainingProgram.title, TrainingProvider.name)
                .join(Enrolment, Enrolment.session_id == TrainingSession.id)
                .join(TrainingProgram, TrainingProgram.id == TrainingSession.program_id)
                .join(TrainingProvider, TrainingProvider.id == TrainingSession.provider_id)
                .where(Enrolment.applicant_id == row.id)
                .order_by(TrainingSession.start_date, TrainingProgram.title)
            ).all()
            sessions = tuple(
                EnrolledSession(
                    program_title=title,
                    provider=provider,
                    location=training.location,
                    start_date=training.start_date,
                    end_date=training.end_date,
                    schedule=dict(training.weekly_schedule),
                )
                for training, title, provider in enrolled
            )
        return CardHolder(first_name=first_name(row.full_name), sessions=sessions)

    def summaries(self, applicant_ids: Collection[str]) -> dict[str, ApplicantSummary]:
        """Summaries of many people at once (rosters, exports), keyed by applicant id."""
        wanted = list(dict.fromkeys(applicant_ids))
        found: dict[str, ApplicantSummary] = {}
        with self._ctx.store.reading() as session:
            for chunk in in_chunks(wanted):
                for row in session.scalars(select(Applicant).where(Applicant.id.in_(chunk))):
                    found[row.id] = _summary(self._ctx.store.cipher, row)
        return found

    def search(self, text: str, *, limit: int = SEARCH_LIMIT) -> list[ApplicantSummary]:
        """By part of the name, a card number, or a NIK's first four and last four digits
        (what a masked NIK shows). A full NIK is accepted too but never echoed back."""
        query = " ".join(text.split())
        if len(query) < 2:
            return []
        conditions: list[ColumnElement[bool]] = [
            Applicant.full_name.ilike(f"%{_escape_like(query)}%", escape="\\")
        ]
        digits = re.sub(r"\D", "", query)
        if len(digits) == 16:
            digest = self._ctx.store.cipher.digest(digits, purpose="nik")
            conditions.append(Applicant.nik_digest == digest)
        elif len(digits) == 8 and not re.search(r"[A-Za-z]", query):
            hint = self._ctx.store.cipher.hint_digest(digits)
            conditions.append(Applicant.nik_hint_digest == hint)
        try:
            card_id: bytes | None = card_id_from_number(query)
        except UserError:
            card_id = None
        if card_id is not None:
            by_card = select(Card.applicant_id).where(Card.id == card_id_text(card_id))
            conditions.append(Applicant.id.in_(by_card))
        with self._ctx.store.reading() as session:
            rows = session.scalars(
                select(Applicant).where(or_(*conditions)).order_by(Applicant.full_name).limit(limit)
            )
            return [_summary(self._ctx.store.cipher, row) for row in rows]

    def applicant_id_for_nik(self, nik_text: str) -> str | None:
        """The id of the person with this NIK (for a staff-approved reprint); nothing else."""
        try:
            nik = parse_nik(nik_text, self._ctx.now().date())
        except NikError:
            return None
        digest = self._ctx.store.cipher.digest(nik.value, purpose="nik")
        with self._ctx.store.reading() as session:
            return session.scalar(select(Applicant.id).where(Applicant.nik_digest == digest))

    def printable_cards(
        self, *, applicant_id: str | None = None, session_id: str | None = None
    ) -> list[PrintableCard]:
        """The current (unrevoked, newest) card of one applicant or of everyone enrolled in a
        session, ordered by holder name."""
        query = select(Card, Applicant.full_name).join(Applicant, Applicant.id == Card.applicant_id)
        query = query.where(Card.revoked_at.is_(None))
        if applicant_id is not None:
            query = query.where(Card.applicant_id == applicant_id)
        if session_id is not None:
            enrolled = select(Enrolment.applicant_id).where(Enrolment.session_id == session_id)
            query = query.where(Card.applicant_id.in_(enrolled))
        newest: dict[str, PrintableCard] = {}
        with self._ctx.store.reading() as session:
            for card, name in session.execute(query.order_by(Card.issued_at, Card.id)):
                raw = card_id_from_number(card.id)
                newest[card.applicant_id] = PrintableCard(
                    card_id=card.id,
                    holder_name=name,
                    card_number=card_number(raw),
                    payload=card.payload,
                    issued=card.issued_at.astimezone(self._ctx.now().tzinfo).date(),
                    valid_until=card.valid_until,
                )
        return sorted(newest.values(), key=lambda c: (c.holder_name, c.card_id))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

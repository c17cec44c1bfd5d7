"""The "My card" look-up: a verdict in plain words, a first name and sessions, nothing written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kiosk.domain.card import CardNumberError, VerifyStatus, card_id_from_number, card_number
from kiosk.services.kiosk import KioskServices
from kiosk.store.models import OutboxEvent
from tests.conftest import SettableClock
from tests.factories import applicant_form, open_session


def _session(kiosk: KioskServices) -> str:
    return open_session(kiosk)


def _outbox(kiosk: KioskServices) -> int:
    with kiosk.store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEvent)) or 0)


def test_a_scanned_card_shows_first_name_and_sessions_only(kiosk: KioskServices) -> None:
    result = kiosk.registration.register(applicant_form(full_name="Siti Nur Rahmawati"))
    session_id = _session(kiosk)
    kiosk.catalogue.enrol(session_id, result.applicant_id)
    before = _outbox(kiosk)
    assert result.card_payload is not None
    lookup = kiosk.my_card.look_up(result.card_payload)
    assert lookup.verification.valid
    assert lookup.holder is not None
    assert lookup.holder.first_name == "Siti"
    [enrolled] = lookup.holder.sessions
    assert (enrolled.program_title, enrolled.provider, enrolled.location) == (
        "Barista Kopi",
        "LPK Cahaya",
        "Ruang 2",
    )
    assert enrolled.schedule["days"] == [0, 2]
    assert _outbox(kiosk) == before  # reading only


def test_a_typed_card_number_gives_the_same_verdict(kiosk: KioskServices) -> None:
    result = kiosk.registration.register(applicant_form())
    assert result.card_id is not None
    typed = card_number(card_id_from_number(result.card_id)).lower().replace("-", " ")
    lookup = kiosk.my_card.look_up(typed)
    assert lookup.verification.valid and lookup.holder is not None
    assert lookup.holder.sessions == ()


def test_unknown_number_and_garbage_are_explained(kiosk: KioskServices) -> None:
    with pytest.raises(CardNumberError) as raised:
        kiosk.my_card.look_up("ABCD-EFGH-JKLM-NPQR")
    assert raised.value.message.code == "card.number_unknown"
    lookup = kiosk.my_card.look_up("not a card")
    assert lookup.verification.status is VerifyStatus.MALFORMED and lookup.holder is None


def test_a_revoked_card_names_nobody(kiosk: KioskServices) -> None:
    result = kiosk.registration.register(applicant_form())
    staff = kiosk.staff.create("petugas", "Petugas", "402913")
    kiosk.cards.reissue(result.applicant_id, staff_id=staff.id)
    assert result.card_payload is not None
    lookup = kiosk.my_card.look_up(result.card_payload)
    assert lookup.verification.status is VerifyStatus.REVOKED_CARD
    assert lookup.holder is None


def test_an_expired_card_still_tells_its_holder(kiosk: KioskServices, clock: SettableClock) -> None:
    result = kiosk.registration.register(applicant_form())
    clock.advance(days=4 * 366)
    assert result.card_payload is not None
    lookup = kiosk.my_card.look_up(result.card_payload)
    assert lookup.verification.status is VerifyStatus.EXPIRED
    assert lookup.holder is not None and lookup.holder.first_name == "Siti"

"""The "My card" use-case: an applicant checks their own card on the public kiosk (read-only)."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.card import CardVerification, VerifyStatus
from kiosk.services.cards import CardService
from kiosk.services.people import CardHolder, PeopleService

# Only a card whose signature checked out and that is not revoked names its holder: a lost,
# replaced card found by someone else must not tell them whose it was or where they train.
HOLDER_SHOWN = frozenset({VerifyStatus.VALID, VerifyStatus.EXPIRED, VerifyStatus.NOT_YET_VALID})


@dataclass(frozen=True)
class CardLookup:
    verification: CardVerification
    holder: CardHolder | None


class MyCardService:
    def __init__(self, cards: CardService, people: PeopleService) -> None:
        self._cards = cards
        self._people = people

    def look_up(self, text: str) -> CardLookup:
        """A scanned payload or a typed card number: the verdict and, for a genuine current
        card known here, its holder's first name and sessions. Writes nothing."""
        verification = self._cards.check(text)
        holder = None
        if verification.status in HOLDER_SHOWN and verification.card_id is not None:
            holder = self._people.card_holder(verification.card_id)
        return CardLookup(verification, holder)

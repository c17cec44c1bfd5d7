"""Card ids bound to their issuing key, and the wrong_issuer verdict of offline verification."""

from __future__ import annotations

import os
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.card import (
    CardSigner,
    Keyring,
    VerifyStatus,
    bound_issuer,
    card_id_text,
    card_number,
    verify_card,
)
from kiosk.domain.card_binding import (
    CARD_ID_LENGTH,
    CARD_ID_RANDOM_LENGTH,
    card_id_binds,
    card_id_tag,
    new_card_id,
)

ISSUER = CardSigner(bytes(range(32)))
OTHER = CardSigner(bytes(range(100, 132)))
ISSUED = date(2025, 1, 10)
VALID_UNTIL = date(2027, 1, 10)
TODAY = date(2025, 6, 15)
BOTH = Keyring(
    public_keys={ISSUER.key_id: ISSUER.public_bytes(), OTHER.key_id: OTHER.public_bytes()}
)

random_parts = st.binary(min_size=CARD_ID_RANDOM_LENGTH, max_size=CARD_ID_RANDOM_LENGTH)
key_ids = st.binary(min_size=8, max_size=8).map(bytes.hex)


@given(random_parts, key_ids)
def test_a_random_part_with_its_tag_binds_to_that_key(random_part: bytes, key_id: str) -> None:
    tag = card_id_tag(random_part, key_id)
    assert tag is not None
    card_id = random_part + tag
    assert len(card_id) == CARD_ID_LENGTH
    assert card_id_binds(card_id, key_id)


@given(random_parts, key_ids, st.integers(0, 63))
def test_flipping_one_bit_of_the_key_id_breaks_the_binding(
    random_part: bytes, key_id: str, bit: int
) -> None:
    tag = card_id_tag(random_part, key_id)
    assert tag is not None
    flipped = (int(key_id, 16) ^ (1 << bit)).to_bytes(8, "big").hex()
    assert not card_id_binds(random_part + tag, flipped)


@given(random_parts, key_ids, st.integers(0, 8 * CARD_ID_LENGTH - 1))
def test_flipping_one_bit_of_the_card_id_breaks_the_binding(
    random_part: bytes, key_id: str, bit: int
) -> None:
    tag = card_id_tag(random_part, key_id)
    assert tag is not None
    card_id = int.from_bytes(random_part + tag, "big") ^ (1 << bit)
    assert not card_id_binds(card_id.to_bytes(CARD_ID_LENGTH, "big"), key_id)


def test_new_ids_keep_the_printed_shape_and_bind_to_their_key() -> None:
    ids = {ISSUER.new_card_id() for _ in range(200)}
    assert len(ids) == 200
    for card_id in ids:
        assert card_id_binds(card_id, ISSUER.key_id)
        assert not card_id_binds(card_id, OTHER.key_id)
        assert len(card_id_text(card_id)) == 16
        assert len(card_number(card_id)) == 19  # ABCD-EFGH-IJKL-MNOP


@pytest.mark.parametrize("key_id", ["", "xyz", "00" * 7, "00" * 9, "0G" * 8])
def test_a_key_id_that_is_not_16_hex_digits_binds_nothing(key_id: str) -> None:
    assert card_id_tag(bytes(6), key_id) is None
    assert not card_id_binds(bytes(10), key_id)
    with pytest.raises(ValueError, match="16 hex digits"):
        new_card_id(key_id)


def test_a_card_id_of_the_wrong_length_binds_nothing() -> None:
    assert not card_id_binds(ISSUER.new_card_id()[:9], ISSUER.key_id)


def test_a_new_card_re_signed_by_another_known_key_is_wrong_issuer() -> None:
    card_id = ISSUER.new_card_id()
    genuine = ISSUER.issue(card_id, ISSUED, VALID_UNTIL)
    assert verify_card(genuine, BOTH, TODAY).valid
    forged = OTHER.issue(card_id, ISSUED, date(2179, 6, 6))
    result = verify_card(forged, BOTH, TODAY)
    assert result.status is VerifyStatus.WRONG_ISSUER and not result.valid
    # Nothing that could name the card's holder comes out of a forged card.
    assert result.card_id is None and result.valid_until is None
    assert result.key_id == OTHER.key_id
    assert OTHER.key_id in result.reason.render("en")
    assert result.reason.render("id").startswith("Kartu ini tidak diterbitkan oleh kios")
    assert "another issuer" in result.reason.render("en")


def test_the_issuers_key_is_found_even_when_it_is_revoked() -> None:
    card_id = ISSUER.new_card_id()
    forged = OTHER.issue(card_id, ISSUED, VALID_UNTIL)
    only_other = Keyring(
        public_keys={OTHER.key_id: OTHER.public_bytes()}, revoked_keys={ISSUER.key_id}
    )
    assert verify_card(forged, only_other, TODAY).status is VerifyStatus.WRONG_ISSUER


def test_an_old_random_id_verifies_under_its_recorded_issuer_only() -> None:
    legacy = os.urandom(CARD_ID_LENGTH)
    while card_id_binds(legacy, ISSUER.key_id) or card_id_binds(legacy, OTHER.key_id):
        legacy = os.urandom(CARD_ID_LENGTH)  # 1 in 2**31: a legacy id that fits a key
    recorded = Keyring(BOTH.public_keys, card_issuers={card_id_text(legacy): ISSUER.key_id})
    genuine = ISSUER.issue(legacy, ISSUED, VALID_UNTIL)
    forged = OTHER.issue(legacy, ISSUED, VALID_UNTIL)
    assert verify_card(genuine, recorded, TODAY).valid
    assert verify_card(forged, recorded, TODAY).status is VerifyStatus.WRONG_ISSUER
    # With no record anywhere an old card is taken on its signature, as before binding.
    assert verify_card(genuine, BOTH, TODAY).valid
    assert verify_card(forged, BOTH, TODAY).valid


def test_a_recorded_issuer_overrides_what_the_id_would_say() -> None:
    # A key ground until some card's id happens to fit it is answered by publishing that
    # card's real issuer: the record wins over the id.
    card_id = OTHER.new_card_id()
    recorded = Keyring(BOTH.public_keys, card_issuers={card_id_text(card_id): ISSUER.key_id})
    assert bound_issuer(card_id, OTHER.key_id, recorded) == ISSUER.key_id
    forged = OTHER.issue(card_id, ISSUED, VALID_UNTIL)
    assert verify_card(forged, recorded, TODAY).status is VerifyStatus.WRONG_ISSUER


def test_wrong_issuer_is_checked_only_after_the_signature() -> None:
    card_id = ISSUER.new_card_id()
    forged = OTHER.issue(card_id, ISSUED, VALID_UNTIL)
    tampered = forged[:-3] + ("A" if forged[-3] != "A" else "B") + forged[-2:]
    assert verify_card(tampered, BOTH, TODAY).status in {
        VerifyStatus.BAD_SIGNATURE,
        VerifyStatus.MALFORMED,
    }


def test_a_card_of_a_key_this_kiosk_does_not_know_passes_as_unrecorded() -> None:
    # What stays open (docs/sync-protocol.md): the issuer's key must be in the keyring for
    # the id to be recognised as someone else's.
    card_id = ISSUER.new_card_id()
    forged = OTHER.issue(card_id, ISSUED, VALID_UNTIL)
    only_other = Keyring(public_keys={OTHER.key_id: OTHER.public_bytes()})
    assert bound_issuer(card_id, OTHER.key_id, only_other) is None
    assert verify_card(forged, only_other, TODAY).valid

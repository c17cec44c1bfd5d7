"""Tests for signed card payloads: issuing, parsing and offline verification."""

from __future__ import annotations

import base64
import re
import struct
from datetime import date, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.card import (
    PAYLOAD_LENGTH,
    SIGNING_CONTEXT,
    CardNumberError,
    CardSigner,
    CardVerification,
    Keyring,
    VerifyStatus,
    card_id_from_number,
    card_id_text,
    card_number,
    key_id_for,
    parse_payload,
    verify_card,
)

SIGNER = CardSigner(bytes(range(32)))
OTHER = CardSigner(bytes(range(100, 132)))
CARD_ID = bytes.fromhex("00112233445566778899")
ISSUED = date(2025, 1, 10)
VALID_UNTIL = date(2025, 12, 31)
TODAY = date(2025, 6, 15)
PAYLOAD = SIGNER.issue(CARD_ID, ISSUED, VALID_UNTIL)
KEYRING = Keyring(public_keys={SIGNER.key_id: SIGNER.public_bytes()})
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b32(data: bytes) -> str:
    return base64.b32encode(data).decode().rstrip("=")


def raw(text: str) -> bytes:
    body = text[1:]
    return base64.b32decode(body + "=" * (-len(body) % 8))


def status(text: str, keyring: Keyring = KEYRING, today: date = TODAY) -> VerifyStatus:
    return verify_card(text, keyring, today).status


def test_a_fresh_card_verifies() -> None:
    result = verify_card(PAYLOAD, KEYRING, TODAY)
    assert result == CardVerification(
        VerifyStatus.VALID,
        card_id=card_id_text(CARD_ID),
        key_id=SIGNER.key_id,
        issued=ISSUED,
        valid_until=VALID_UNTIL,
    )
    assert result.valid
    assert result.reason.code == "card.status.valid"
    assert "31-12-2025" in result.reason.render("id")


def test_payload_text_is_scanner_and_qr_friendly() -> None:
    assert re.fullmatch(r"K[A-Z2-7]+", PAYLOAD)
    assert len(PAYLOAD) == 1 + -(-PAYLOAD_LENGTH * 8 // 5)
    data = raw(PAYLOAD)
    assert data[0] == 1
    assert data[1:11] == CARD_ID
    assert data[11:19].hex() == SIGNER.key_id


def test_payload_holds_no_personal_data_only_the_documented_fields() -> None:
    data = raw(PAYLOAD)
    assert len(data) == PAYLOAD_LENGTH == 1 + 10 + 8 + 2 + 2 + 64
    issued, until = struct.unpack(">HH", data[19:23])
    assert date(2000, 1, 1) + timedelta(days=issued) == ISSUED
    assert date(2000, 1, 1) + timedelta(days=until) == VALID_UNTIL


def test_signature_covers_the_domain_separation_prefix() -> None:
    data = raw(PAYLOAD)
    public = Ed25519PrivateKey.from_private_bytes(bytes(range(32))).public_key()
    public.verify(data[23:], SIGNING_CONTEXT + data[:23])


def test_key_id_is_the_start_of_the_public_key_hash() -> None:
    assert len(SIGNER.key_id) == 16
    assert SIGNER.key_id == key_id_for(SIGNER.public_bytes())
    assert CardSigner(SIGNER.private_bytes()).key_id == SIGNER.key_id
    assert CardSigner.generate().key_id != SIGNER.key_id
    assert SIGNER.private_bytes().hex() not in repr(SIGNER)


@pytest.mark.parametrize(
    "noisy",
    [
        PAYLOAD + "\r\n",
        PAYLOAD + "\n",
        PAYLOAD + "\t",
        "  " + PAYLOAD + " ",
        PAYLOAD.lower(),
        PAYLOAD.swapcase(),
        PAYLOAD[:50] + "\u200b" + PAYLOAD[50:] + "\x00",
        PAYLOAD[:70] + "\u00a0" + PAYLOAD[70:],
    ],
)
def test_scanner_noise_is_tolerated(noisy: str) -> None:
    assert status(noisy) is VerifyStatus.VALID


def test_validity_period_is_inclusive() -> None:
    assert status(PAYLOAD, today=ISSUED) is VerifyStatus.VALID
    assert status(PAYLOAD, today=VALID_UNTIL) is VerifyStatus.VALID
    early = verify_card(PAYLOAD, KEYRING, ISSUED - timedelta(days=1))
    assert early.status is VerifyStatus.NOT_YET_VALID
    assert early.reason.params == {"issued": "10-01-2025"}
    late = verify_card(PAYLOAD, KEYRING, VALID_UNTIL + timedelta(days=1))
    assert late.status is VerifyStatus.EXPIRED
    assert not late.valid
    assert late.reason.params == {"valid_until": "31-12-2025"}


def test_revoked_card() -> None:
    keyring = Keyring(KEYRING.public_keys, revoked_cards={card_id_text(CARD_ID)})
    result = verify_card(PAYLOAD, keyring, TODAY)
    assert result.status is VerifyStatus.REVOKED_CARD
    assert result.card_id == card_id_text(CARD_ID)
    other = SIGNER.issue(SIGNER.new_card_id(), ISSUED, VALID_UNTIL)
    assert status(other, keyring) is VerifyStatus.VALID


def test_revoked_card_wins_over_expiry() -> None:
    keyring = Keyring(KEYRING.public_keys, revoked_cards=[card_id_text(CARD_ID)])
    assert status(PAYLOAD, keyring, date(2030, 1, 1)) is VerifyStatus.REVOKED_CARD


def test_revoked_key() -> None:
    keyring = Keyring(KEYRING.public_keys, revoked_keys={SIGNER.key_id})
    result = verify_card(PAYLOAD, keyring, TODAY)
    assert result.status is VerifyStatus.REVOKED_KEY
    assert result.key_id == SIGNER.key_id
    assert result.card_id is None
    assert SIGNER.key_id in result.reason.render("en")


def test_revoked_key_already_dropped_from_the_keyring_is_still_reported_as_revoked() -> None:
    keyring = Keyring(public_keys={}, revoked_keys={SIGNER.key_id})
    assert status(PAYLOAD, keyring) is VerifyStatus.REVOKED_KEY


def test_unknown_key() -> None:
    result = verify_card(PAYLOAD, Keyring(public_keys={}), TODAY)
    assert result.status is VerifyStatus.UNKNOWN_KEY
    assert result.key_id == SIGNER.key_id
    assert result.card_id is None


def test_a_keyring_entry_that_is_not_the_named_key_is_unknown() -> None:
    keyring = Keyring(public_keys={SIGNER.key_id: OTHER.public_bytes()})
    assert status(PAYLOAD, keyring) is VerifyStatus.UNKNOWN_KEY
    broken = Keyring(public_keys={SIGNER.key_id: b"short"})
    assert status(PAYLOAD, broken) is VerifyStatus.UNKNOWN_KEY


def test_payload_signed_by_another_key_under_its_own_id_is_unknown() -> None:
    forged = OTHER.issue(CARD_ID, ISSUED, VALID_UNTIL)
    assert status(forged) is VerifyStatus.UNKNOWN_KEY
    both = Keyring({SIGNER.key_id: SIGNER.public_bytes(), OTHER.key_id: OTHER.public_bytes()})
    assert status(forged, both) is VerifyStatus.VALID


def _resign_claiming_genuine_key(text: str) -> str:
    data = raw(text)
    forger = Ed25519PrivateKey.from_private_bytes(OTHER.private_bytes())
    return "K" + b32(data[:23] + forger.sign(SIGNING_CONTEXT + data[:23]))


def test_payload_resigned_by_another_key_claiming_the_genuine_id_is_a_bad_signature() -> None:
    forged = _resign_claiming_genuine_key(PAYLOAD)
    result = verify_card(forged, KEYRING, TODAY)
    assert result.status is VerifyStatus.BAD_SIGNATURE
    assert result.card_id is None
    assert result.valid_until is None


def test_extended_validity_is_a_bad_signature() -> None:
    data = bytearray(raw(PAYLOAD))
    data[21:23] = struct.pack(">H", 0xFFFF)
    assert status("K" + b32(bytes(data))) is VerifyStatus.BAD_SIGNATURE


def test_signature_without_domain_prefix_is_rejected() -> None:
    data = raw(PAYLOAD)
    key = Ed25519PrivateKey.from_private_bytes(SIGNER.private_bytes())
    assert status("K" + b32(data[:23] + key.sign(data[:23]))) is VerifyStatus.BAD_SIGNATURE


def test_check_order_revoked_key_before_signature_before_revoked_card() -> None:
    forged = _resign_claiming_genuine_key(PAYLOAD)
    revoked_both = Keyring(
        KEYRING.public_keys,
        revoked_keys={SIGNER.key_id},
        revoked_cards={card_id_text(CARD_ID)},
    )
    assert status(forged, revoked_both) is VerifyStatus.REVOKED_KEY
    revoked_card = Keyring(KEYRING.public_keys, revoked_cards={card_id_text(CARD_ID)})
    assert status(forged, revoked_card) is VerifyStatus.BAD_SIGNATURE


@pytest.mark.parametrize(
    "text",
    [
        "",
        "K",
        PAYLOAD[1:],
        "X" + PAYLOAD[1:],
        PAYLOAD[:-1],
        PAYLOAD + "A",
        PAYLOAD + PAYLOAD,
        PAYLOAD[:40] + "1" + PAYLOAD[41:],
        PAYLOAD[:40] + "=" + PAYLOAD[41:],
        PAYLOAD + "=" * 4,
        PAYLOAD[:40] + "É" + PAYLOAD[41:],
        "K" + "A" * 5000,
        "\x00" * 10_000,
    ],
)
def test_malformed(text: str) -> None:
    result = verify_card(text, KEYRING, TODAY)
    assert result == CardVerification(VerifyStatus.MALFORMED)
    assert result.reason.code == "card.status.malformed"
    assert parse_payload(text) is None


def test_non_canonical_last_character_is_malformed() -> None:
    # 87 bytes leave 4 spare bits in the last character; setting one must not verify.
    last = BASE32.index(PAYLOAD[-1])
    for spare in range(1, 16):
        variant = PAYLOAD[:-1] + BASE32[last | spare]
        if variant != PAYLOAD:
            assert status(variant) is VerifyStatus.MALFORMED


def test_unknown_version_is_malformed() -> None:
    data = bytearray(raw(PAYLOAD))
    data[0] = 2
    assert status("K" + b32(bytes(data))) is VerifyStatus.MALFORMED


def test_parse_payload_reads_the_structure() -> None:
    payload = parse_payload(PAYLOAD)
    assert payload is not None
    assert payload.version == 1
    assert payload.card_id == CARD_ID
    assert payload.card_id_text == card_id_text(CARD_ID)
    assert payload.key_id == SIGNER.key_id
    assert (payload.issued, payload.valid_until) == (ISSUED, VALID_UNTIL)
    assert len(payload.signature) == 64


def test_issue_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="card id"):
        SIGNER.issue(b"short", ISSUED, VALID_UNTIL)
    with pytest.raises(ValueError, match="before"):
        SIGNER.issue(CARD_ID, VALID_UNTIL, ISSUED)
    with pytest.raises(ValueError, match="outside"):
        SIGNER.issue(CARD_ID, date(1999, 12, 31), VALID_UNTIL)
    with pytest.raises(ValueError, match="outside"):
        SIGNER.issue(CARD_ID, ISSUED, date(2200, 1, 1))
    with pytest.raises(ValueError, match="32 bytes"):
        CardSigner(b"too short")


def test_full_date_range_round_trips() -> None:
    text = SIGNER.issue(CARD_ID, date(2000, 1, 1), date(2000, 1, 1) + timedelta(days=0xFFFF))
    assert status(text, today=date(2100, 1, 1)) is VerifyStatus.VALID


def test_every_status_has_a_translated_reason() -> None:
    for value in VerifyStatus:
        reason = CardVerification(value, key_id="0" * 16, issued=ISSUED, valid_until=ISSUED).reason
        assert reason.code == f"card.status.{value.value}"
        for lang in ("id", "en"):
            text = reason.render(lang)
            assert text
            assert "{" not in text


@given(st.text(max_size=600))
def test_arbitrary_text_never_raises_and_never_verifies(text: str) -> None:
    result = verify_card(text, KEYRING, TODAY)
    assert result.status is not VerifyStatus.VALID


@given(st.binary(min_size=PAYLOAD_LENGTH, max_size=PAYLOAD_LENGTH))
def test_well_formed_random_payloads_never_verify(data: bytes) -> None:
    text = "K" + b32(b"\x01" + data[1:11] + bytes.fromhex(SIGNER.key_id) + data[19:])
    assert status(text) is not VerifyStatus.VALID


@given(
    st.integers(0, len(PAYLOAD) - 1),
    st.one_of(st.sampled_from(BASE32 + "K018=- "), st.characters()),
)
def test_changing_any_single_character_never_verifies(index: int, char: str) -> None:
    tampered = PAYLOAD[:index] + char + PAYLOAD[index + 1 :]
    if tampered.upper() == PAYLOAD:
        return  # the same payload typed with caps lock
    result = verify_card(tampered, KEYRING, TODAY)
    assert result.status is not VerifyStatus.VALID
    assert result.card_id is None


@given(st.integers(0, len(PAYLOAD) - 1))
def test_dropping_any_character_never_verifies(index: int) -> None:
    assert status(PAYLOAD[:index] + PAYLOAD[index + 1 :]) is VerifyStatus.MALFORMED


@given(
    st.binary(min_size=10, max_size=10),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2150, 1, 1)),
    st.integers(0, 3650),
)
def test_issued_cards_round_trip(card_id: bytes, issued: date, days: int) -> None:
    text = SIGNER.issue(card_id, issued, issued + timedelta(days=days))
    result = verify_card(text, KEYRING, issued + timedelta(days=days // 2))
    assert result.status is VerifyStatus.VALID
    assert result.card_id == card_id_text(card_id)


@given(st.binary(min_size=10, max_size=10))
def test_card_numbers_round_trip(card_id: bytes) -> None:
    number = card_number(card_id)
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", number)
    assert number.replace("-", "") == card_id_text(card_id)
    assert card_id_from_number(number) == card_id
    assert card_id_from_number(number.lower().replace("-", " ")) == card_id
    assert card_id_from_number(card_id_text(card_id)) == card_id


def test_card_number_lookalike_digits() -> None:
    card_id = card_id_from_number("OIBA-AAAA-AAAA-AAAA")
    assert card_id_from_number("01 8a aaaa aaaa aaaa") == card_id


@pytest.mark.parametrize(
    "text", ["", "ABCD-EFGH-IJKL", "ABCD-EFGH-IJKL-MNOPQ", "ABCD-EFGH-IJKL-MN9P"]
)
def test_bad_card_numbers(text: str) -> None:
    with pytest.raises(CardNumberError) as info:
        card_id_from_number(text)
    assert info.value.message.code == "card.number_invalid"


def test_new_card_ids_are_random_and_ten_bytes() -> None:
    ids = {SIGNER.new_card_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(len(i) == 10 for i in ids)
    with pytest.raises(ValueError, match="10 bytes"):
        card_id_text(b"123")


@given(st.binary(max_size=200))
def test_fast_base32_is_rfc4648_without_padding(data: bytes) -> None:
    from kiosk.domain.card import _b32

    assert _b32(data) == b32(data)


def test_a_signer_rebuilt_from_its_private_bytes_signs_for_the_same_key() -> None:
    # How the demo's process-pool workers get this kiosk's signing key.
    copy = CardSigner(SIGNER.private_bytes())
    assert copy.key_id == SIGNER.key_id
    assert verify_card(copy.issue(CARD_ID, ISSUED, VALID_UNTIL), KEYRING, TODAY).valid

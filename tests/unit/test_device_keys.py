"""Strict Ed25519 public keys and the signed enrolment proof (kiosk/sync/identity.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.card import CardSigner
from kiosk.sync.identity import (
    add_points,
    decode_point,
    encode_point,
    multiply_point,
    parse_enrol_proof,
    sign_enrol_proof,
    valid_ed25519_public_key,
    verify_enrol_proof,
)

P = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493
# The eight points of small order (libsodium refuses the same encodings).
TORSION = [
    bytes(32),
    bytes(31) + b"\x80",
    b"\x01" + bytes(31),
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85"),
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa"),
    bytes.fromhex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
]
IDENTITY = b"\x01" + bytes(31)
SEEDS = st.binary(min_size=32, max_size=32)


@given(SEEDS)
def test_every_honest_key_is_valid(seed: bytes) -> None:
    assert valid_ed25519_public_key(CardSigner(seed).public_bytes())


@pytest.mark.parametrize("raw", TORSION, ids=lambda raw: raw.hex()[:8])
def test_small_order_points_are_refused_though_cryptography_loads_them(raw: bytes) -> None:
    point = decode_point(raw)
    assert point is not None and encode_point(multiply_point(8, point)) == IDENTITY
    Ed25519PublicKey.from_public_bytes(raw)  # accepted by the library: hence our own check
    assert not valid_ed25519_public_key(raw)


@given(SEEDS, st.sampled_from([raw for raw in TORSION if raw != IDENTITY]))
def test_a_key_with_a_small_order_component_is_refused(seed: bytes, torsion: bytes) -> None:
    honest, small = decode_point(CardSigner(seed).public_bytes()), decode_point(torsion)
    assert honest is not None and small is not None
    mixed = encode_point(add_points(honest, small))
    Ed25519PublicKey.from_public_bytes(mixed)
    assert not valid_ed25519_public_key(mixed)


def test_non_canonical_and_off_curve_encodings_are_refused() -> None:
    # y = p + 1 names the same point as y = 1 (the identity) and y = p + 3 as y = 3.
    assert not valid_ed25519_public_key((P + 1).to_bytes(32, "little"))
    assert decode_point((P + 3).to_bytes(32, "little")) is None
    # x = 0 with the sign bit set ("-0").
    assert decode_point((1 | 1 << 255).to_bytes(32, "little")) is None
    off_curve = next(
        y.to_bytes(32, "little")
        for y in range(2, 100)
        if decode_point(y.to_bytes(32, "little")) is None
    )
    assert not valid_ed25519_public_key(off_curve)
    assert not valid_ed25519_public_key(b"\x05" * 31)


@given(st.binary(min_size=32, max_size=32))
def test_what_is_accepted_is_a_prime_order_point(raw: bytes) -> None:
    if valid_ed25519_public_key(raw):
        point = decode_point(raw)
        assert point is not None and encode_point(point) == raw
        assert encode_point(multiply_point(L, point)) == IDENTITY


NOW = dt.datetime(2026, 12, 2, 13, 0, tzinfo=dt.UTC)
DEVICE = "01900000-0000-7000-8000-000000000001"


def test_the_enrolment_proof_is_bound_to_code_device_key_and_time() -> None:
    signer = CardSigner(b"\x07" * 32)
    public = signer.public_bytes()
    proof = sign_enrol_proof(signer.private_bytes(), "ABCD-EFGH-JKLM", DEVICE, public.hex(), NOW)
    assert verify_enrol_proof(public, proof, "abcd efgh jklm", DEVICE, public.hex(), NOW)
    assert verify_enrol_proof(
        public, proof, "ABCDEFGHJKLM", DEVICE, public.hex(), NOW + dt.timedelta(minutes=9)
    )
    other = CardSigner(b"\x08" * 32).public_bytes()
    assert not verify_enrol_proof(public, proof, "ABCD-EFGH-JKLN", DEVICE, public.hex(), NOW)
    assert not verify_enrol_proof(
        public, proof, "ABCD-EFGH-JKLM", DEVICE[:-1] + "2", public.hex(), NOW
    )
    assert not verify_enrol_proof(public, proof, "ABCD-EFGH-JKLM", DEVICE, other.hex(), NOW)
    assert not verify_enrol_proof(other, proof, "ABCD-EFGH-JKLM", DEVICE, public.hex(), NOW)
    late = NOW + dt.timedelta(minutes=11)
    assert not verify_enrol_proof(public, proof, "ABCD-EFGH-JKLM", DEVICE, public.hex(), late)


@given(st.text(max_size=400))
def test_any_authorization_value_is_judged_without_error(value: str) -> None:
    public = CardSigner(b"\x07" * 32).public_bytes()
    parse_enrol_proof(value)
    assert not verify_enrol_proof(public, value, "CODE", DEVICE, public.hex(), NOW)
    assert not verify_enrol_proof(
        public, "K3IN1-Ed25519 " + value, "CODE", DEVICE, public.hex(), NOW
    )

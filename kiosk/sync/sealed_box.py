"""Sealing a USB bundle for the central server alone: X25519 + HKDF-SHA256 + AES-256-GCM.

A bundle travels on removable drives and can be lost; its events carry personal data. The
kiosk encrypts them to the server's public bundle key (received at enrolment) with a fresh
ephemeral key per bundle, so only the server can read them. Shared by kiosk and server.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SCHEME: Final = "x25519-hkdf-sha256-aes256gcm"
_INFO = b"kios3in1 bundle v1"


@dataclass(frozen=True)
class Sealed:
    ephemeral_public: str  # hex
    nonce: str  # hex
    ciphertext: bytes


class OpenError(ValueError):
    """The sealed data cannot be opened with this key (wrong key or tampered)."""


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    # Both public keys in the derivation bind the key to this exchange.
    salt = ephemeral_public + recipient_public
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_INFO).derive(shared)


def new_keypair() -> tuple[bytes, str]:
    """A recipient key: (raw private bytes to keep secret, public key hex to hand out)."""
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return raw, _raw_public(private.public_key()).hex()


def public_of(private: bytes) -> str:
    return _raw_public(X25519PrivateKey.from_private_bytes(private).public_key()).hex()


def seal(recipient_public_hex: str, data: bytes, associated: bytes) -> Sealed:
    recipient = bytes.fromhex(recipient_public_hex)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = os.urandom(12)
    ciphertext = AESGCM(_key(shared, ephemeral_public, recipient)).encrypt(nonce, data, associated)
    return Sealed(ephemeral_public.hex(), nonce.hex(), ciphertext)


def open_sealed(private: bytes, sealed: Sealed, associated: bytes) -> bytes:
    try:
        key = X25519PrivateKey.from_private_bytes(private)
        ephemeral_public = bytes.fromhex(sealed.ephemeral_public)
        shared = key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        recipient = _raw_public(key.public_key())
        return AESGCM(_key(shared, ephemeral_public, recipient)).decrypt(
            bytes.fromhex(sealed.nonce), sealed.ciphertext, associated
        )
    except (InvalidTag, ValueError) as exc:
        raise OpenError("cannot open the sealed data") from exc

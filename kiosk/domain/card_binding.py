"""Card ids bound to the key that issues them: a random part and a tag over the key id."""

from __future__ import annotations

import functools
import hashlib
import os
from typing import Final

CARD_ID_LENGTH: Final = 10
KEY_ID_LENGTH: Final = 8
# A card id is a random part followed by a tag that commits it to the issuing key
# (docs/sync-protocol.md, "Cards and their issuer"): 48 random bits keep one kiosk's ids
# apart, 32 tag bits leave an existing key a 1 in 4 billion chance of fitting a given card.
CARD_ID_RANDOM_LENGTH: Final = 6
CARD_ID_TAG_LENGTH: Final = CARD_ID_LENGTH - CARD_ID_RANDOM_LENGTH
# Its own prefix, so this hash never equals one computed for any other purpose.
CARD_ID_CONTEXT: Final = b"K3IN1-CARD-ID-V1"


@functools.lru_cache(maxsize=4096)
def _binding_hash(key_id: str) -> hashlib._Hash | None:
    """SHA-256 already fed the context and the key; None for a key id that is not 16 hex."""
    try:
        key = bytes.fromhex(key_id)
    except ValueError:
        return None
    if len(key) != KEY_ID_LENGTH:
        return None
    return hashlib.sha256(CARD_ID_CONTEXT + key)


def card_id_tag(random_part: bytes, key_id: str) -> bytes | None:
    """SHA-256(context ‖ key id ‖ random part), truncated to the tag; None for a bad key id."""
    base = _binding_hash(key_id)
    if base is None:
        return None
    digest = base.copy()
    digest.update(random_part)
    return digest.digest()[:CARD_ID_TAG_LENGTH]


def new_card_id(key_id: str) -> bytes:
    """A fresh card id bound to the key that will sign it (random part ‖ tag)."""
    random_part = os.urandom(CARD_ID_RANDOM_LENGTH)
    tag = card_id_tag(random_part, key_id)
    if tag is None:
        raise ValueError("a key id has 16 hex digits")
    return random_part + tag


def card_id_binds(card_id: bytes, key_id: str) -> bool:
    """Whether the card id was made for this key; ids issued before binding never do (but
    for a 2**-32 chance), which is why their issuer is recorded instead."""
    if len(card_id) != CARD_ID_LENGTH:
        return False
    random_part, tag = card_id[:CARD_ID_RANDOM_LENGTH], card_id[CARD_ID_RANDOM_LENGTH:]
    return card_id_tag(random_part, key_id) == tag

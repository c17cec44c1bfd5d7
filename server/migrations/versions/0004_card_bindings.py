"""Card bindings: publish the issuing key of every card stored before card ids named it."""

import base64
import binascii
import datetime as dt

import sqlalchemy as sa
from alembic import op

from kiosk.domain.card_binding import card_id_binds

revision = "0004"
down_revision = "0003"

_change_log = sa.table(
    "change_log",
    sa.column("kind", sa.String),
    sa.column("record_id", sa.String),
    sa.column("data", sa.JSON),
    sa.column("at", sa.DateTime),
)


def _names_no_key(card_id: str, key_id: str) -> bool:
    try:
        raw = base64.b32decode(card_id)
    except (binascii.Error, ValueError):
        return False  # not a card id at all: nothing a kiosk could verify
    return not card_id_binds(raw, key_id)


def upgrade() -> None:
    bind = op.get_bind()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)  # stored naive UTC, as UtcDateTime does
    rows = bind.execute(sa.text("SELECT id, key_id FROM card ORDER BY id")).all()
    changes = [
        {
            "kind": "card_binding",
            "record_id": card_id,
            "data": {"card_id": card_id, "key_id": key_id},
            "at": now,
        }
        for card_id, key_id in rows
        if _names_no_key(card_id, key_id)
    ]
    for start in range(0, len(changes), 1000):
        bind.execute(sa.insert(_change_log), changes[start : start + 1000])

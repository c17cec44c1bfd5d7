"""Card bindings: the issuing key of every card printed before card ids were bound to it."""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.create_table(
        "card_binding",
        sa.Column("card_id", sa.String(16), primary_key=True),
        sa.Column("key_id", sa.String(16), nullable=False),
    )
    # Every card so far has a random id: its row already names the key that signed it.
    op.execute("INSERT INTO card_binding (card_id, key_id) SELECT id, key_id FROM card")

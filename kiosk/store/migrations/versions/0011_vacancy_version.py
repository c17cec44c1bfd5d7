"""Vacancy version: a token that every change to the vacancy table renews (triggers), so a
kiosk keeps the ranking columns of the open vacancies in memory between taps and knows, with
one read, when a pull or a bundle changed them."""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"

# random(): a token, not a counter, so a store restored from a backup never repeats the
# value a running kiosk has cached.
TRIGGERS = {
    f"vacancy_version_{event.lower()}": (
        f"CREATE TRIGGER vacancy_version_{event.lower()} AFTER {event} ON vacancy"
        " BEGIN UPDATE vacancy_version SET token = random() WHERE id = 1; END"
    )
    for event in ("INSERT", "UPDATE", "DELETE")
}


def upgrade() -> None:
    # A new table and triggers only: every vacancy and every other record stays as it is.
    op.create_table(
        "vacancy_version",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("token", sa.BigInteger, nullable=False),
    )
    op.execute("INSERT INTO vacancy_version (id, token) VALUES (1, random())")
    for statement in TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("vacancy_version")

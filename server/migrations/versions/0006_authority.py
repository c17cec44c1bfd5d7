"""Authority: an owner site for reference records, the device behind each applicant alias,
and a pull scope for every change (staff accounts reach only their own site)."""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"

# Changes that reach only one site's kiosks (docs/sync-protocol.md, "Authority").
_SITE_SCOPED = ("staff_account", "enrolment")
# A site no device can have (site codes have at least one character): rows whose owner
# cannot be told are pulled by nobody rather than by everybody.
_NOBODY = ""


def upgrade() -> None:
    op.add_column("reference_record", sa.Column("site", sa.String(length=40), nullable=True))
    op.add_column("applicant_alias", sa.Column("device_id", sa.String(length=36), nullable=True))
    op.add_column("change_log", sa.Column("site", sa.String(length=40), nullable=True))
    op.create_index("ix_change_log_site_seq", "change_log", ["site", "seq"])

    bind = op.get_bind()
    bind.execute(
        sa.text(
            "UPDATE reference_record SET site = "
            "(SELECT device.site FROM device WHERE device.id = reference_record.device_id)"
        )
    )
    _fill_alias_devices(bind)
    for kind in _SITE_SCOPED:
        bind.execute(
            sa.text(
                "UPDATE change_log SET site = COALESCE((SELECT r.site FROM reference_record r "
                "WHERE r.kind = change_log.kind AND r.id = change_log.record_id), :nobody) "
                "WHERE kind = :kind"
            ),
            {"kind": kind, "nobody": _NOBODY},
        )
    bind.execute(
        sa.text(
            "UPDATE change_log SET site = COALESCE((SELECT d.site FROM applicant_alias a "
            "JOIN device d ON d.id = a.device_id "
            "WHERE a.applicant_id = change_log.record_id), :nobody) "
            "WHERE kind = 'applicant_alias'"
        ),
        {"nobody": _NOBODY},
    )


def _fill_alias_devices(bind: sa.Connection) -> None:
    """One pass over the stored registrations (the event table has no index on entity_id,
    so a correlated sub-select per alias would scan it once per alias)."""
    aliases = {row[0] for row in bind.execute(sa.text("SELECT applicant_id FROM applicant_alias"))}
    if not aliases:
        return
    found: dict[str, str] = {}
    rows = bind.execute(
        sa.text(
            "SELECT entity_id, device_id FROM event "
            "WHERE entity = 'applicant' AND op = 'create' ORDER BY received_at, seq"
        ).execution_options(yield_per=5000)
    )
    for entity_id, device_id in rows:
        if entity_id in aliases and entity_id not in found:
            found[entity_id] = device_id
    if found:
        bind.execute(
            sa.text("UPDATE applicant_alias SET device_id = :device WHERE applicant_id = :alias"),
            [{"device": device, "alias": alias} for alias, device in found.items()],
        )

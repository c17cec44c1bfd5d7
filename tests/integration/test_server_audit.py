"""The server's audit log: operator actions are written and `kiosk-server audit` shows them."""

from __future__ import annotations

import json

from kiosk.services.kiosk import KioskServices
from tests.servers import ServerProcess
from tests.synchelpers import enrol


def test_revocations_and_codes_are_audited(kiosk: KioskServices, own_server: ServerProcess) -> None:
    enrol(kiosk, own_server)
    assert own_server.cli("enrolment-code", "--site", "LPK-AUDIT").returncode == 0
    assert own_server.cli("revoke-device", kiosk.ctx.device_id).returncode == 0
    unknown = own_server.cli("revoke-card", "AAAABBBBCCCCDDDD", "--reason", "lost")
    assert unknown.returncode == 2 and "no kiosk has uploaded it" in unknown.stderr
    lost = own_server.cli("revoke-card", "AAAA-BBBB-CCCC-DDDD", "--reason", "lost", "--force")
    assert lost.returncode == 0, lost.stderr

    shown = own_server.cli("audit", "--json")
    assert shown.returncode == 0, shown.stderr
    rows = json.loads(shown.stdout)
    actions = [(row["action"], row["outcome"]) for row in rows]
    # Newest first.
    assert actions[:3] == [
        ("revoke_card", "done"),
        ("revoke_device", "done"),
        ("enrolment_code", "done"),
    ]
    assert rows[1]["device_id"] == kiosk.ctx.device_id
    assert rows[2]["site"] == "LPK-AUDIT"
    assert rows[0]["detail"]["card_id"] == "AAAABBBBCCCCDDDD"

    plain = own_server.cli("audit")
    assert plain.returncode == 0
    assert "revoke_device" in plain.stdout and kiosk.ctx.device_id in plain.stdout

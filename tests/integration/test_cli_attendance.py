"""`kiosk scan`, `kiosk roster`, `kiosk export-attendance` and `kiosk demo --scans` as real processes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.kiosk import open_kiosk
from kiosk.store.paths import DataPaths
from tests.factories import applicant_form
from tests.integration.test_cli import kiosk_cmd


def _seed(paths: DataPaths) -> tuple[str, str]:
    with open_kiosk(paths) as kiosk:
        provider = kiosk.catalogue.create_provider("LPK Cahaya", "LPK", "32.73")
        program = kiosk.catalogue.create_program("Barista Kopi", "kuliner", 40)
        today = kiosk.ctx.now().date()
        training = kiosk.catalogue.create_session(
            program_id=program.id,
            provider_id=provider.id,
            location="Ruang 2",
            start_date=today,
            end_date=today + dt.timedelta(days=10),
            schedule=WeeklySchedule(tuple(range(7)), "00:00", "23:59"),
            capacity=20,
        )
        result = kiosk.registration.register(applicant_form())
        kiosk.catalogue.enrol(training.id, result.applicant_id)
        assert result.card_payload
        return training.id, result.card_payload


def test_scan_roster_and_export(data_paths: DataPaths, tmp_path: Path) -> None:
    session_id, payload = _seed(data_paths)
    root = data_paths.root
    first = kiosk_cmd("scan", "--session", session_id, payload, "--json", data=root)
    assert first.returncode == 0, first.stderr
    verdict = json.loads(first.stdout)
    assert verdict["outcome"] == "checked_in" and verdict["tone"] == "green"
    assert verdict["recorded"] and verdict["full_name"] == "Siti Rahmawati"
    again = kiosk_cmd("scan", "--session", session_id, payload, data=root, lang="id")
    assert again.returncode == 1
    assert again.stdout.startswith("[amber] Siti Rahmawati — Sudah tercatat pukul")
    junk = kiosk_cmd("scan", "--session", session_id, "not a card", "--json", data=root)
    assert junk.returncode == 1 and json.loads(junk.stdout)["card_status"] == "malformed"
    roster = kiosk_cmd("roster", "--session", session_id, "--json", data=root)
    counts = json.loads(roster.stdout)
    # On time or late (the CLI scans at the real time of day): one of one came.
    assert counts["present"] + counts["late"] == 1 and counts["absent"] == 0
    out = tmp_path / "absensi.xlsx"
    export = kiosk_cmd("export-attendance", "--session", session_id, "--out", str(out), data=root)
    assert export.returncode == 0, export.stderr
    assert out.read_bytes()[:2] == b"PK"
    bad = kiosk_cmd(
        "export-attendance", "--session", session_id, "--out", str(tmp_path / "x.doc"), data=root
    )
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    unknown = kiosk_cmd("scan", "--session", "nope", payload, data=root)
    assert unknown.returncode == 2 and "There is no session nope" in unknown.stderr


def test_demo_records_scans_through_the_service(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    result = kiosk_cmd("demo", "--applicants", "60", "--sessions", "4", "--scans", "40", data=root)
    assert result.returncode == 0, result.stderr
    assert "40" in result.stdout.splitlines()[-1]
    status = json.loads(kiosk_cmd("status", "--json", data=root).stdout)
    assert status["attendance_events"] >= 0

"""The `kiosk` command as a user runs it: real processes on a real data folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import __version__
from kiosk.services.kiosk import open_kiosk
from kiosk.store.paths import DataPaths
from tests.factories import applicant_form


def kiosk_cmd(
    *args: str, data: Path | None = None, lang: str = "en"
) -> subprocess.CompletedProcess[str]:
    base = [sys.executable, "-m", "kiosk", "--lang", lang]
    if data is not None:
        base += ["--data-dir", str(data)]
    return subprocess.run([*base, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def seeded(data_paths: DataPaths) -> tuple[Path, str, str]:
    """A data folder with one registered applicant; returns (folder, card payload, card id)."""
    with open_kiosk(data_paths) as services:
        result = services.registration.register(applicant_form())
    assert result.card_payload and result.card_id
    return data_paths.root, result.card_payload, result.card_id


def test_version() -> None:
    result = kiosk_cmd("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_status_json(seeded: tuple[Path, str, str]) -> None:
    folder, _, _ = seeded
    result = kiosk_cmd("status", "--json", data=folder)
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    for key in (
        "applicants",
        "cards",
        "sessions",
        "enrolments",
        "attendance_events",
        "outbox_total",
        "outbox_pending",
        "last_sync_at",
        "device_id",
    ):
        assert key in status
    assert status["applicants"] == 1 and status["cards"] == 1
    assert status["outbox_pending"] == status["outbox_total"] >= 3
    assert status["last_sync_at"] is None


def test_verify_card_valid_and_invalid(seeded: tuple[Path, str, str]) -> None:
    folder, payload, card_id = seeded
    valid = kiosk_cmd("verify-card", payload, "--json", data=folder)
    assert valid.returncode == 0
    assert json.loads(valid.stdout) == {"valid": True, "reason": "valid", "card_id": card_id}
    tampered = payload[:-3] + ("A" if payload[-3] != "A" else "B") + payload[-2:]
    invalid = kiosk_cmd("verify-card", tampered, "--json", data=folder)
    assert invalid.returncode == 1
    body = json.loads(invalid.stdout)
    assert body["valid"] is False and body["reason"] in {"bad_signature", "malformed"}
    assert body["card_id"] is None
    junk = kiosk_cmd("verify-card", "hello world", data=folder, lang="id")
    assert junk.returncode == 1
    assert junk.stdout.startswith("Kartu tidak sah")


def test_demo_then_sessions_json(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    demo = kiosk_cmd("demo", "--applicants", "120", "--sessions", "4", data=folder)
    assert demo.returncode == 0, demo.stderr
    assert "120 applicants" in demo.stdout
    sessions = json.loads(kiosk_cmd("sessions", "--json", data=folder).stdout)
    assert len(sessions) == 4
    for session in sessions:
        assert {"id", "program_title", "provider", "start_date", "end_date", "enrolled"} <= set(
            session
        )
    status = json.loads(kiosk_cmd("status", "--json", data=folder).stdout)
    assert status["applicants"] == 120
    assert status["enrolments"] == sum(s["enrolled"] for s in sessions)
    # Everything demo wrote went through the services: one outbox event per record at least.
    assert status["outbox_total"] >= status["applicants"] + status["cards"] + status["enrolments"]


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    result = kiosk_cmd("status", data=not_a_folder)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    bad_pin = kiosk_cmd("add-staff", "rina", "--name", "Rina", "--pin", "1234", data=tmp_path / "d")
    assert bad_pin.returncode == 2
    assert bad_pin.stderr.strip() == "The PIN must be 6 to 8 digits."


def test_add_staff_then_login_through_services(tmp_path: Path) -> None:
    folder = tmp_path / "staff"
    created = kiosk_cmd(
        "add-staff", "rina", "--name", "Rina K", "--pin", "482916", "--role", "admin", data=folder
    )
    assert created.returncode == 0, created.stderr
    with open_kiosk(DataPaths(folder)) as services:
        assert services.staff.login("rina", "482916").display_name == "Rina K"


def test_gui_self_test(tmp_path: Path) -> None:
    result = kiosk_cmd("--self-test", data=tmp_path / "selftest")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test ok")

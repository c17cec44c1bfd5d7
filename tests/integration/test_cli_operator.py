"""The `kiosk` command as a BLK's IT officer meets it: opt-in demo data, commands that only
read while the GUI runs, confirmations before anything destructive, and messages that say
what happened, in the chosen language. Real processes on real data folders."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import update

from kiosk.services.kiosk import KioskServices, open_kiosk
from kiosk.services.settings import DEMO_DATA, holds_demo_data
from kiosk.store.lock import DataDirLock, DataDirLocked
from kiosk.store.models import OutboxEvent
from kiosk.store.paths import DataPaths
from tests.factories import applicant_form, open_session

LOCKED = "Another kiosk is already running on the data folder"


def kiosk(
    *args: str, data: Path, lang: str = "en", stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`kiosk --lang LANG --data-dir DATA ARGS...`; standard input is never a terminal here."""
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "--lang", lang, "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def _seed(paths: DataPaths, clock: object = None) -> tuple[str, str, str]:
    """One session with one enrolled applicant; returns (session id, applicant id, payload)."""
    options = {} if clock is None else {"clock": clock}
    with open_kiosk(paths, **options) as services:  # type: ignore[arg-type]
        session_id = open_session(services)
        result = services.registration.register(applicant_form())
        services.catalogue.enrol(session_id, result.applicant_id)
        assert result.card_payload
        return session_id, result.applicant_id, result.card_payload


# -- demo data ---------------------------------------------------------------------------


def test_demo_data_is_marked_and_a_plain_store_is_not(tmp_path: Path) -> None:
    plain = kiosk("status", "--json", data=tmp_path / "plain")
    assert plain.returncode == 0, plain.stderr
    assert json.loads(plain.stdout)["demo_data"] is False

    folder = tmp_path / "demo"
    demo = kiosk("demo", "--applicants", "12", "--sessions", "2", data=folder)
    assert demo.returncode == 0, demo.stderr
    # Durations in words: "d" read as days.
    assert " seconds. This kiosk is marked as a demo kiosk" in demo.stdout
    indonesian = kiosk(
        "demo", "--applicants", "1", "--sessions", "0", "--seed", "9", data=folder, lang="id"
    )
    assert " detik. Kios ini ditandai sebagai kios demo" in indonesian.stdout
    status = json.loads(kiosk("status", "--json", data=folder).stdout)
    assert status["demo_data"] is True and status["applicants"] == 13


def test_a_store_an_older_version_filled_with_demo_data_is_recognised(
    kiosk_services: KioskServices,
) -> None:
    assert not holds_demo_data(kiosk_services.ctx)
    # What the first start of an older version did unasked: the demo's accounts.
    kiosk_services.staff.create("petugas", "Petugas Demo", "402913", "staff")
    assert holds_demo_data(kiosk_services.ctx)
    assert kiosk_services.settings.get(DEMO_DATA) is False  # recognised, not rewritten


@pytest.fixture
def kiosk_services(data_paths: DataPaths) -> Iterator[KioskServices]:
    with open_kiosk(data_paths) as services:
        yield services


def test_demo_is_refused_in_a_kiosk_paired_with_a_server(data_paths: DataPaths) -> None:
    from kiosk.sync import state

    with open_kiosk(data_paths) as services, services.store.transaction() as session:
        state.put(session, state.SERVER_URL, "https://sync.example.go.id")
    refused = kiosk("demo", "--applicants", "5", data=data_paths.root)
    assert refused.returncode == 2
    assert refused.stderr.startswith("This kiosk is paired with the server")
    status = json.loads(kiosk("status", "--json", data=data_paths.root).stdout)
    assert status["applicants"] == 0 and status["demo_data"] is False


# -- read-only commands beside the running GUI -------------------------------------------


def test_read_only_commands_work_while_the_gui_holds_the_data_folder(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    session_id, applicant_id, payload = _seed(data_paths)
    root = data_paths.root
    # As the GUI holds it: the lock first, then the store opened with that lock.
    lock = DataDirLock(data_paths.lock)
    lock.acquire()
    gui = open_kiosk(data_paths, lock=lock)
    try:
        # Written by the running kiosk after the commands' store was last closed: they
        # must see it (read from the write-ahead log the GUI has not copied back yet).
        late = gui.registration.register(applicant_form())

        status = kiosk("status", "--json", data=root)
        assert status.returncode == 0, status.stderr
        figures = json.loads(status.stdout)
        assert figures["applicants"] == 2 and figures["in_use"] and figures["read_only"]
        plain = kiosk("status", data=root)
        assert "figures above were read beside it" in plain.stdout

        sessions = kiosk("sessions", "--json", data=root)
        assert [s["id"] for s in json.loads(sessions.stdout)] == [session_id]
        roster = kiosk("roster", "--session", session_id, "--json", data=root)
        assert roster.returncode == 0, roster.stderr
        assert [line["applicant_id"] for line in json.loads(roster.stdout)["lines"]] == [
            applicant_id
        ]
        out = tmp_path / "absensi.csv"
        export = kiosk("export-attendance", "--session", session_id, "--out", str(out), data=root)
        assert export.returncode == 0, export.stderr and out.is_file()
        assert kiosk("verify-card", payload, data=root).returncode == 0
        assert kiosk("card-payload", "--applicant", late.applicant_id, data=root).stdout.strip()
        assert kiosk("check", data=root).stdout.strip() == "The database is intact."

        copy = tmp_path / "copy.sqlite3"
        backup = kiosk("backup", str(copy), data=root)
        assert backup.returncode == 0, backup.stderr
        assert "not recorded in the audit log" in backup.stdout
        with closing(sqlite3.connect(copy)) as conn:
            assert conn.execute("SELECT count(*) FROM applicant").fetchone() == (2,)
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)

        # Commands that write are still refused, and the GUI still holds the only lock.
        for command in (
            ("scan", "--session", session_id, payload),
            ("purge", "--yes"),
            ("add-staff", "rina", "--name", "Rina", "--pin", "482916"),
        ):
            refused = kiosk(*command, data=root)
            assert refused.returncode == 2 and refused.stderr.startswith(LOCKED), command
        with pytest.raises(DataDirLocked):
            DataDirLock(data_paths.lock).acquire()
        gui.registration.register(applicant_form())  # the GUI keeps writing
    finally:
        gui.close()
    assert json.loads(kiosk("status", "--json", data=root).stdout)["applicants"] == 3


# -- messages that say what happened -----------------------------------------------------


def test_sessions_and_applicants_are_found_by_a_unique_start_of_their_id(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    session_id, applicant_id, payload = _seed(data_paths)
    root = data_paths.root
    missing = kiosk("print-cards", "--session", "nope", "--pdf", str(tmp_path / "c.pdf"), data=root)
    assert missing.returncode == 2
    assert missing.stderr.strip() == (
        "There is no session nope on this kiosk. See the list: kiosk sessions"
    )
    assert not (tmp_path / "c.pdf").exists()
    by_prefix = kiosk("card-payload", "--session", session_id[:20], data=root)
    assert by_prefix.returncode == 0, by_prefix.stderr
    assert by_prefix.stdout.split() == [payload]
    nobody = kiosk("card-payload", "--applicant", "zzz", data=root, lang="id")
    assert nobody.stderr.strip() == "Pendaftar zzz tidak ada di kios ini."
    listed = json.loads(
        kiosk("card-payload", "--applicant", applicant_id, "--json", data=root).stdout
    )
    assert [card["payload"] for card in listed] == [payload]
    # The payload tries `verify-card` and `scan` as the README shows.
    assert kiosk("verify-card", payload, data=root).returncode == 0
    assert kiosk("scan", "--session", session_id[:20], payload, data=root).returncode == 0


def test_print_cards_refuses_a_folder_that_does_not_exist(data_paths: DataPaths) -> None:
    session_id, _, _ = _seed(data_paths)
    target = data_paths.root.parent / "no" / "such" / "dir" / "x.pdf"
    result = kiosk(
        "print-cards", "--session", session_id, "--pdf", str(target), data=data_paths.root
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"The folder {target.parent} does not exist.")
    assert not target.parent.parent.parent.exists()


def test_argument_mistakes_are_one_translated_line(data_paths: DataPaths) -> None:
    session_id, _, payload = _seed(data_paths)
    root = data_paths.root
    bad_day = kiosk("roster", "--session", session_id, "--day", "2026-13-01", data=root, lang="id")
    assert bad_day.returncode == 2
    assert bad_day.stderr.strip() == (
        "kiosk roster: argumen --day: 2026-13-01 bukan tanggal yang valid: tulis TTTT-BB-HH, "
        "misalnya 2026-03-02. (--help)"
    )
    english = kiosk("roster", "--session", session_id, "--day", "2026-13-01", data=root)
    assert "2026-13-01 is not a valid date: write YYYY-MM-DD" in english.stderr
    missing = kiosk("roster", data=root, lang="id")
    assert missing.stderr.strip() == (
        "kiosk roster: argumen berikut wajib diberikan: --session (--help)"
    )
    admit = kiosk("scan", "--session", session_id, payload, "--admit", data=root)
    assert admit.returncode == 2
    assert admit.stderr.strip().startswith("--admit needs --staff USERNAME")
    no_file = kiosk("restore", str(root / "missing.sqlite3"), data=root)
    assert no_file.returncode == 2
    assert (
        no_file.stderr.strip()
        == f"The file {root / 'missing.sqlite3'} does not exist. Nothing was changed."
    )


def test_help_is_in_the_chosen_language() -> None:
    def help_text(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "kiosk", *args, "--help"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    indonesian = help_text()
    assert indonesian.startswith("penggunaan: kiosk")
    assert "tampilkan bantuan ini lalu keluar" in indonesian
    assert "catat pindaian kartu untuk sebuah kelas" in indonesian
    english = help_text("--lang", "en", "purge")
    assert english.startswith("usage: kiosk purge")
    assert "go ahead without asking (for scripts)" in english


def test_add_staff_without_a_pin_or_a_terminal_says_how(tmp_path: Path) -> None:
    folder = tmp_path / "staff"
    refused = kiosk("add-staff", "rina", "--name", "Rina K", "--role", "admin", data=folder)
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        "No PIN was given and there is no terminal to ask for it. Pass --pin PIN, or "
        "--pin-stdin with the PIN on standard input."
    )
    made = kiosk(
        "add-staff", "rina", "--name", "Rina K", "--role", "admin", "--pin-stdin",
        data=folder, stdin="482916\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("admin account rina created")
    with open_kiosk(DataPaths(folder)) as services:
        assert services.staff.login("rina", "482916").display_name == "Rina K"


def test_plain_status_prints_labelled_values(tmp_path: Path) -> None:
    lines = kiosk("status", data=tmp_path / "k", lang="id").stdout.splitlines()
    labels = [line.split("  ")[0] for line in lines]
    assert labels[:3] == ["ID perangkat", "Pendaftar", "Kartu"]
    assert any(
        line.startswith("Sinkron terakhir") and line.endswith("belum pernah") for line in lines
    )
    assert any(line.startswith("Data demo") and line.endswith("tidak") for line in lines)
    assert not any(
        "_" in label or "None" in line or "False" in line
        for label, line in zip(labels, lines, strict=True)
    )


def test_a_reader_that_goes_away_ends_the_output_quietly(data_paths: DataPaths) -> None:
    session_id, _, _ = _seed(data_paths)
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(data_paths.root)]
    process = subprocess.Popen(
        [*command, "roster", "--session", session_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as `| head -0` would, before the first line
    with process.stderr:
        error = process.stderr.read()
    process.wait(60)
    assert error == b""
    assert process.returncode == 141


# -- destructive commands ----------------------------------------------------------------


def test_purge_shows_what_it_removes_and_needs_yes(tmp_path: Path) -> None:
    from tests.conftest import SettableClock

    paths = DataPaths(tmp_path / "old")
    long_ago = SettableClock(dt.datetime(2020, 1, 6, 9, 0, tzinfo=dt.UTC))
    with open_kiosk(paths, clock=long_ago) as services:
        services.registration.register(applicant_form())
        with services.store.transaction() as session:  # as if the server had acknowledged it
            session.execute(update(OutboxEvent).values(status="accepted"))
    root = paths.root
    for days in ("0", "-5", "x"):
        refused = kiosk("purge", "--days", days, "--yes", data=root)
        assert refused.returncode == 2 and "is not a valid number of days" in refused.stderr
    asked = kiosk("purge", "--days", "30", data=root)
    assert asked.returncode == 2
    assert "personal data (NIK, name, address, phone, email, KK) of 1 people" in asked.stdout
    assert asked.stderr.strip() == "Nothing was changed. Run it again with --yes to go ahead."
    typed_no = kiosk("purge", "--days", "30", data=root, stdin="no\n")
    assert typed_no.returncode == 2
    assert json.loads(kiosk("status", "--json", data=root).stdout)["applicants"] == 1
    with open_kiosk(paths) as services:
        assert services.privacy.due_for_purge(30) == 1
    done = kiosk("purge", "--days", "30", "--yes", data=root)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "Personal data of 1 people purged."
    with open_kiosk(paths) as services:
        assert services.privacy.due_for_purge(30) == 0


def test_restore_shows_both_files_and_needs_yes(data_paths: DataPaths, tmp_path: Path) -> None:
    root = data_paths.root
    _seed(data_paths)
    backup = tmp_path / "before.sqlite3"
    assert kiosk("backup", str(backup), data=root).returncode == 0
    with open_kiosk(data_paths) as services:
        services.registration.register(applicant_form())
    asked = kiosk("restore", str(backup), data=root)
    assert asked.returncode == 2 and "Run it again with --yes" in asked.stderr
    assert "(2 applicants," in asked.stdout and "(1 applicants," in asked.stdout
    assert json.loads(kiosk("status", "--json", data=root).stdout)["applicants"] == 2
    done = kiosk("restore", str(backup), "--yes", data=root)
    assert done.returncode == 0, done.stderr
    assert json.loads(kiosk("status", "--json", data=root).stdout)["applicants"] == 1
    assert list(root.glob("kiosk.sqlite3.replaced-*"))  # the replaced file is kept

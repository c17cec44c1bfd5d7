"""Every `kiosk` and `kiosk-server` command the README shows works: each parses with the real
parser, the cheap ones run here against a throwaway data folder, and the rest (a server, a
terminal, a destructive step, the GUI) name the test that runs them."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
FENCE = re.compile(r"^```[a-z]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
PROGRAMS = ("kiosk", "kiosk-server")

# Commands run by other tests, each named "file::test" (checked to exist below).
ELSEWHERE = {
    ("kiosk", "gui"): "tests/ui/test_demo_start.py::test_demo_fills_and_marks_a_new_store_once",
    ("kiosk", "--self-test"): "tests/integration/test_cli.py::test_gui_self_test",
    ("kiosk", "add-staff"): (
        "tests/integration/test_cli_operator.py::test_add_staff_without_a_pin_or_a_terminal_says_how"
    ),
    ("kiosk", "enroll"): (
        "tests/integration/test_cli_sync_server.py::test_a_demo_kiosk_refuses_to_pair_and_sends_nothing"
    ),
    ("kiosk", "enroll --rotate"): (
        "tests/security/test_transport.py::test_the_enroll_command_over_tls_and_its_refusals"
    ),
    ("kiosk", "sync"): (
        "tests/integration/test_cli_sync_server.py::"
        "test_sync_shows_its_progress_and_counts_only_what_the_server_took"
    ),
    ("kiosk", "export-bundle"): (
        "tests/integration/test_cli_sync_server.py::"
        "test_sync_shows_its_progress_and_counts_only_what_the_server_took"
    ),
    ("kiosk", "restore"): (
        "tests/integration/test_cli_operator.py::test_restore_shows_both_files_and_needs_yes"
    ),
    ("kiosk", "key import"): (
        "tests/security/test_kiosk_at_rest.py::"
        "test_a_replaced_key_is_refused_at_start_up_and_nothing_is_written"
    ),
    ("kiosk", "purge"): (
        "tests/integration/test_cli_operator.py::test_purge_shows_what_it_removes_and_needs_yes"
    ),
    (
        "kiosk-server",
        "serve",
    ): "tests/integration/test_cli_sync_server.py::test_serve_says_where_it_listens",
    ("kiosk-server", "import-bundle"): (
        "tests/integration/test_sync.py::test_bundle_import_is_signed_idempotent_and_refuses_tampering"
    ),
    ("kiosk-server", "import-vacancies"): (
        "tests/integration/test_vacancy_bundle.py::"
        "test_a_bundle_from_the_server_brings_the_provinces_vacancies_and_their_fills"
    ),
    ("kiosk-server", "close-applications"): (
        "tests/integration/test_application_outcomes.py::test_the_cli_closes_and_audits"
    ),
    ("kiosk-server", "tls-pin"): (
        "tests/security/test_transport.py::test_serve_tls_options_and_the_pin_command"
    ),
    **{
        ("kiosk-server", name): (
            "tests/integration/test_cli_sync_server.py::"
            "test_server_commands_keep_their_data_in_the_user_data_folder"
        )
        for name in ("enrolment-code", "stats", "revoke-card", "revoke-device", "audit")
    },
}

# Placeholders of the README's examples -> what this test puts in their place.
PLACEHOLDERS = {
    "USERNAME": "petugas",
    "URL": "https://sync.example.go.id",
    "CODE": "ABCD-EFGH-IJKL",
    "SITE": "BLK-1",
    "CARD": "ABCD-EFGH-IJKL-MNOP",
    "DEVICE": "01234567-89ab-7cde-8f01-23456789abcd",
}


def readme_commands() -> Iterator[tuple[str, list[str]]]:
    """(program, arguments) of each kiosk or kiosk-server command in the README's code blocks,
    the Windows spellings (.venv\\Scripts\\kiosk) included."""
    for block in FENCE.findall(README.read_text(encoding="utf-8")):
        for line in block.splitlines():
            line = line.split(" #", 1)[0].replace("\\", "/")
            for part in re.split(r"&&|;", line):
                tokens = shlex.split(part)
                if tokens and PurePosixPath(tokens[0]).name.removesuffix(".exe") in PROGRAMS:
                    yield PurePosixPath(tokens[0]).name.removesuffix(".exe"), tokens[1:]


def command_name(program: str, args: list[str]) -> str:
    """The subcommand (with `key`'s and `enroll --rotate`'s action), or the GUI."""
    rest = list(args)
    while rest and rest[0] in ("--data-dir", "--lang"):
        rest = rest[2:]
    words = [word for word in rest if not word.startswith("-")]
    if not words:
        flags = [word for word in rest if word in ("--version", "--help", "--self-test")]
        return flags[0] if flags else "gui"
    if words[0] == "key":
        return f"key {words[1]}"
    if words[0] == "enroll" and "--rotate" in rest:
        return "enroll --rotate"
    return words[0]


COMMANDS = list(readme_commands())


def test_the_readme_shows_commands_of_both_programs() -> None:
    names = {(program, command_name(program, args)) for program, args in COMMANDS}
    assert ("kiosk", "status") in names and ("kiosk-server", "serve") in names
    assert ("kiosk", "gui") in names  # the start command, with --demo


@pytest.mark.parametrize(("program", "args"), COMMANDS, ids=[" ".join(a) for _, a in COMMANDS])
def test_every_readme_command_parses(program: str, args: list[str], tmp_path: Path) -> None:
    filled = [_fill(arg, tmp_path, {}) for arg in args]
    if program == "kiosk":
        from kiosk.cli import parse

        if {"--help", "--version"} & set(filled):
            with pytest.raises(SystemExit) as done:
                parse(filled)
            assert done.value.code == 0
        else:
            parse(filled)
    else:
        from server.cli import build_parser

        build_parser().parse_args(filled)


def test_commands_run_elsewhere_name_a_test_that_exists() -> None:
    for program, args in COMMANDS:
        name = command_name(program, args)
        if (program, name) in RUN_HERE_NAMES:
            continue
        where = ELSEWHERE.get((program, name))
        assert where is not None, f"README command not run by any test: {program} {args}"
        path, _, test = where.partition("::")
        assert f"def {test}(" in (ROOT / path).read_text(encoding="utf-8"), where


RUN_HERE_NAMES = {
    ("kiosk", name)
    for name in (
        "--version",
        "--help",
        "demo",
        "status",
        "sessions",
        "card-payload",
        "verify-card",
        "scan",
        "roster",
        "export-attendance",
        "print-cards",
        "check",
        "backup",
        "key export",
    )
}


def _fill(arg: str, tmp_path: Path, found: dict[str, str]) -> str:
    if arg in found:
        return found[arg]
    if arg in PLACEHOLDERS:
        return PLACEHOLDERS[arg]
    if re.fullmatch(r"(FILE|CA|CERT)\.[a-z0-9]+", arg):
        return str(tmp_path / arg.lower())
    return arg


def test_the_cheap_readme_commands_run_against_a_throwaway_kiosk(tmp_path: Path) -> None:
    data = tmp_path / "kiosk-data"

    def run(args: list[str]) -> subprocess.CompletedProcess[str]:
        unfilled = [arg for arg in args if re.fullmatch(r"[A-Z][A-Z_]{1,15}(\.[a-z0-9]+)?", arg)]
        assert not unfilled, f"a README placeholder this test does not fill: {unfilled}"
        result = subprocess.run(
            [sys.executable, "-m", "kiosk", "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            timeout=300,
            stdin=subprocess.DEVNULL,
            cwd=tmp_path,  # a relative path never lands in the repository
        )
        if args[0] == "scan" and result.returncode == 1:
            # "Not recorded" is a verdict too (a session not held today, say): shown, not failed.
            verdict = result.stdout
            if "--json" in args:
                assert json.loads(verdict)["recorded"] is False, result
            else:
                assert re.match(r"\[(green|blue|amber|red)\] ", verdict), result
        else:
            assert result.returncode == 0, (args, result.stderr)
        return result

    mine = [
        args
        for program, args in COMMANDS
        if (program, command_name(program, args)) in RUN_HERE_NAMES
    ]
    # The demo first (the README's own, else a small one): the rest need people and sessions.
    demos = [args for args in mine if command_name("kiosk", args) == "demo"] or [["demo"]]
    run(demos[0])
    sessions = json.loads(run(["sessions", "--json"]).stdout)
    session = max(sessions, key=lambda s: s["enrolled"])["id"]
    cards = json.loads(run(["card-payload", "--session", session, "--json"]).stdout)
    roster = json.loads(run(["roster", "--session", session, "--json"]).stdout)
    found = {
        "SESSION": session,
        "APPLICANT": roster["lines"][0]["applicant_id"],
        "PAYLOAD": cards[0]["payload"],
    }
    ran = set()
    for args in mine:
        if args is demos[0]:
            continue
        run([_fill(arg, tmp_path, found) for arg in args])
        ran.add(command_name("kiosk", args))
    assert ran >= {"status", "verify-card", "scan", "backup"}


def test_the_autostart_files_start_real_commands() -> None:
    """packaging/: the systemd units' ExecStart and the Windows task's arguments parse, and the
    kiosk starts as the GUI on real data (never --demo)."""
    from kiosk.cli import parse
    from server.cli import build_parser

    starts = {}
    for unit in sorted((ROOT / "packaging" / "linux").glob("*.service")):
        lines = unit.read_text(encoding="utf-8").splitlines()
        (exec_start,) = [line for line in lines if line.startswith("ExecStart=")]
        program, *args = shlex.split(exec_start.removeprefix("ExecStart="))
        starts[PurePosixPath(program).name] = args
    script = (ROOT / "packaging" / "windows" / "install-autostart.ps1").read_text(encoding="utf-8")
    (windows_args,) = re.findall(r'\[string\]\$Arguments = "([^"]*)"', script)

    assert set(starts) == {"kiosk", "kiosk-server"}
    for args in (starts["kiosk"], shlex.split(windows_args)):
        gui = parse(args)
        assert gui.command is None and not gui.demo and not gui.windowed
    assert build_parser().parse_args(starts["kiosk-server"]).command == "serve"

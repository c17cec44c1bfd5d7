"""Command line: options shared with the GUI, and the admin and field subcommands."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO

from kiosk import __version__
from kiosk.i18n import DEFAULT_LANGUAGE, LANGUAGES, UserError, define, render
from kiosk.store.paths import DataPaths, resolve_data_dir

log = logging.getLogger(__name__)

define(
    "cli.internal_error",
    id="Terjadi kesalahan internal ({kind}). Rinciannya ada di log: {log}",
    en="Internal error ({kind}). The details are in the log: {log}",
)
define(
    "cli.os_error",
    id="Berkas atau folder tidak dapat dipakai: {reason} ({path})",
    en="A file or folder cannot be used: {reason} ({path})",
)
define("cli.card_valid", id="Kartu sah: {card_id}", en="Valid card: {card_id}")
define("cli.card_invalid", id="Kartu tidak sah: {reason}", en="Invalid card: {reason}")
define(
    "cli.scans_later",
    id="Absensi belum tersedia di versi ini; --scans diabaikan.",
    en="Attendance is not available in this version yet; --scans ignored.",
)
define(
    "cli.demo_done",
    id="Data demo: {applicants} pendaftar, {sessions} kelas, {enrolments} peserta terdaftar ({seconds} d).",
    en="Demo data: {applicants} applicants, {sessions} sessions, {enrolments} enrolments ({seconds} s).",
)


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are one line too, like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (--help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kiosk",
        description="Kios3in1 — kiosk for BLK and LPK job centres. Without a command it starts the GUI.",
    )
    parser.add_argument("--version", action="version", version=f"Kios3in1 {__version__}")
    parser.add_argument(
        "--data-dir", help="data folder (default: $KIOSK_DATA_DIR or the user data dir)"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help="language (id, en)"
    )
    parser.add_argument("--windowed", action="store_true", help="run in a window, not full screen")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the store, build the main window offscreen, render it once and exit",
    )
    parser.add_argument(
        "--no-demo", action="store_true", help="do not fill a new, empty store with demo data"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="add synthetic demo data through the normal rules")
    demo.add_argument("--applicants", type=int, default=200, metavar="N")
    demo.add_argument("--sessions", type=int, default=12, metavar="S")
    demo.add_argument("--scans", type=int, default=0, metavar="M")
    demo.add_argument("--seed", type=int, default=1)

    status = commands.add_parser("status", help="counts and sync state of this kiosk")
    status.add_argument("--json", action="store_true")

    sessions = commands.add_parser("sessions", help="training sessions known to this kiosk")
    sessions.add_argument("--json", action="store_true")

    verify = commands.add_parser("verify-card", help="check a card's QR payload offline")
    verify.add_argument("payload")
    verify.add_argument("--json", action="store_true")

    staff = commands.add_parser("add-staff", help="create a staff or admin account")
    staff.add_argument("username")
    staff.add_argument("--name", required=True)
    staff.add_argument("--role", choices=("staff", "admin"), default="staff")
    staff.add_argument("--pin", help="6-8 digits (asked for when omitted)")
    return parser


def _print_json(data: Any, out: TextIO) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _progress_bar(out: TextIO) -> Callable[[str, int, int], None]:
    started = time.monotonic()

    def show(label: str, done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        elapsed = time.monotonic() - started
        end = "\n" if done >= total else ""
        out.write(
            f"\r{label:<11} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {elapsed:5.1f}s{end}"
        )
        out.flush()

    return show


def _open(paths: DataPaths) -> Any:
    from kiosk.services.kiosk import open_kiosk

    return open_kiosk(paths)


def run_command(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    lang: str = args.lang
    paths = resolve_data_dir(args.data_dir)
    with _open(paths) as kiosk:
        if args.command == "status":
            status = kiosk.status.status()
            if args.json:
                _print_json(status.as_json(), out)
            else:
                for key, value in status.as_json().items():
                    out.write(f"{key:<18} {value}\n")
            return 0
        if args.command == "sessions":
            summaries = kiosk.catalogue.sessions()
            if args.json:
                _print_json([s.as_json() for s in summaries], out)
            else:
                for s in summaries:
                    out.write(
                        f"{s.id}  {s.start_date}..{s.end_date}  {s.enrolled:>3}/{s.capacity:<3} "
                        f"{s.program_title} — {s.provider}\n"
                    )
            return 0
        if args.command == "verify-card":
            result = kiosk.cards.verify(args.payload)
            if args.json:
                _print_json(
                    {
                        "valid": result.valid,
                        "reason": result.status.value,
                        "card_id": result.card_id,
                    },
                    out,
                )
            elif result.valid:
                out.write(render("cli.card_valid", lang, card_id=result.card_id) + "\n")
            else:
                out.write(
                    render("cli.card_invalid", lang, reason=result.reason.render(lang)) + "\n"
                )
            return 0 if result.valid else 1
        if args.command == "demo":
            from kiosk.services.demo import run_demo

            if args.scans:
                sys.stderr.write(render("cli.scans_later", lang) + "\n")
            started = time.monotonic()
            summary = run_demo(
                kiosk,
                applicants=args.applicants,
                sessions=args.sessions,
                seed=args.seed,
                progress=_progress_bar(sys.stderr),
            )
            out.write(
                render(
                    "cli.demo_done",
                    lang,
                    applicants=summary.applicants,
                    sessions=summary.sessions,
                    enrolments=summary.enrolments,
                    seconds=f"{time.monotonic() - started:.1f}",
                )
                + "\n"
            )
            return 0
        if args.command == "add-staff":
            import getpass

            pin = args.pin or getpass.getpass("PIN: ")
            user = kiosk.staff.create(args.username, args.name, pin, args.role)
            out.write(f"{user.id} {user.username} {user.role.value}\n")
            return 0
    raise AssertionError(f"unhandled command {args.command}")


def fail(error: BaseException, lang: str, log_path: str) -> int:
    """One clear line and a non-zero exit; a trace only in the log, never on the terminal."""
    if isinstance(error, UserError):
        sys.stderr.write(error.render(lang) + "\n")
        return 2
    if isinstance(error, OSError):
        log.error("operating system error", exc_info=error)
        reason = error.strerror or type(error).__name__
        path = error.filename or "?"
        sys.stderr.write(render("cli.os_error", lang, reason=reason, path=path) + "\n")
        return 2
    log.error("internal error", exc_info=error)
    sys.stderr.write(
        render("cli.internal_error", lang, kind=type(error).__name__, log=log_path) + "\n"
    )
    return 70


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)

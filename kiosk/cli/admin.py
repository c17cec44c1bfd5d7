"""Admin subcommands: status, sessions, staff accounts."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from typing import Any

from kiosk.cli.common import CommandContext
from kiosk.i18n import UserError, define, msg, render

define(
    "cli.help.status",
    id="isi dan keadaan sinkron kios ini",
    en="counts and sync state of this kiosk",
)
define(
    "cli.help.sessions",
    id="kelas pelatihan yang dikenal kios ini",
    en="training sessions known to this kiosk",
)
define("cli.help.json", id="keluaran JSON untuk skrip", en="JSON output for scripts")
define("cli.help.add_staff", id="buat akun staf atau admin", en="create a staff or admin account")
define("cli.help.username", id="nama pengguna untuk masuk", en="user name to log in with")
define("cli.help.full_name", id="nama lengkap", en="full name")
define("cli.help.role", id="peran (staff, admin)", en="role (staff, admin)")
define(
    "cli.help.pin",
    id="PIN 6-8 angka (tanpa opsi ini ditanyakan di terminal)",
    en="PIN of 6-8 digits (asked for at a terminal when omitted)",
)
define(
    "cli.help.pin_stdin",
    id="baca PIN dari baris pertama masukan standar (untuk skrip)",
    en="read the PIN from the first line of standard input (for scripts)",
)
define(
    "cli.pin_needed",
    id="PIN tidak diberikan dan tidak ada terminal untuk menanyakannya. Berikan --pin PIN, "
    "atau --pin-stdin dengan PIN di masukan standar.",
    en="No PIN was given and there is no terminal to ask for it. Pass --pin PIN, or "
    "--pin-stdin with the PIN on standard input.",
)
define("cli.pin_prompt", id="PIN (6-8 angka):", en="PIN (6-8 digits):")
define("cli.pin_again", id="Ulangi PIN:", en="PIN again:")
define(
    "cli.pin_differs",
    id="Kedua PIN berbeda; akun tidak dibuat.",
    en="The two PINs differ; no account was made.",
)
define(
    "cli.staff_created",
    id="Akun {role} {username} dibuat (id {id}).",
    en="{role} account {username} created (id {id}).",
)

# `kiosk status` without --json: one labelled line per value, in the order a person reads.
define("cli.status.label.device_id", id="ID perangkat", en="Device id")
define("cli.status.label.applicants", id="Pendaftar", en="Applicants")
define("cli.status.label.cards", id="Kartu", en="Cards")
define("cli.status.label.sessions", id="Kelas pelatihan", en="Training sessions")
define("cli.status.label.enrolments", id="Peserta terdaftar", en="Enrolments")
define("cli.status.label.attendance_events", id="Catatan absensi", en="Attendance records")
define("cli.status.label.outbox_pending", id="Menunggu unggahan", en="Waiting for upload")
define("cli.status.label.oldest_pending_at", id="Tertua menunggu sejak", en="Oldest waiting since")
define(
    "cli.status.label.outbox_total", id="Semua data di kotak keluar", en="All records in the outbox"
)
define("cli.status.label.sync_set_aside", id="Perubahan disisihkan", en="Changes set aside")
define("cli.status.label.last_sync_at", id="Sinkron terakhir", en="Last sync")
define("cli.status.label.last_backup_at", id="Cadangan terakhir", en="Last backup")
define("cli.status.label.free_disk_mb", id="Ruang disk bebas", en="Free disk space")
define("cli.status.label.demo_data", id="Data demo", en="Demo data")
define("cli.status.label.read_only", id="Hanya-baca", en="Read-only")
define("cli.status.never", id="belum pernah", en="never")
define("cli.status.nothing", id="tidak ada", en="none")
define("cli.status.yes", id="ya", en="yes")
define("cli.status.no", id="tidak", en="no")
define("cli.status.megabytes", id="{mb} MB", en="{mb} MB")
define(
    "cli.status.disk_low",
    id="PERINGATAN: ruang disk hampir habis. Kosongkan ruang agar kios tetap dapat menyimpan.",
    en="WARNING: the disk is almost full. Free some space so the kiosk can keep saving.",
)
define(
    "cli.status.in_use",
    id="Kios (GUI) sedang berjalan di folder ini; angka di atas dibaca tanpa mengganggunya.",
    en="The kiosk (GUI) is running on this folder; the figures above were read beside it.",
)
define(
    "cli.status.read_only_folder",
    id="Folder data hanya-baca: kios tidak dapat menyimpan apa pun.",
    en="The data folder is read-only: the kiosk cannot save anything.",
)

STATUS_LINES = (
    ("device_id", "cli.status.label.device_id"),
    ("applicants", "cli.status.label.applicants"),
    ("cards", "cli.status.label.cards"),
    ("sessions", "cli.status.label.sessions"),
    ("enrolments", "cli.status.label.enrolments"),
    ("attendance_events", "cli.status.label.attendance_events"),
    ("outbox_pending", "cli.status.label.outbox_pending"),
    ("oldest_pending_at", "cli.status.label.oldest_pending_at"),
    ("outbox_total", "cli.status.label.outbox_total"),
    ("sync_set_aside", "cli.status.label.sync_set_aside"),
    ("last_sync_at", "cli.status.label.last_sync_at"),
    ("last_backup_at", "cli.status.label.last_backup_at"),
    ("free_disk_mb", "cli.status.label.free_disk_mb"),
    ("demo_data", "cli.status.label.demo_data"),
    ("read_only", "cli.status.label.read_only"),
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], lang: str) -> None:
    status = commands.add_parser(
        "status", help=render("cli.help.status", lang), description=render("cli.help.status", lang)
    )
    status.add_argument("--json", action="store_true", help=render("cli.help.json", lang))
    status.set_defaults(handler=status_command, reads_only=True)

    sessions = commands.add_parser(
        "sessions",
        help=render("cli.help.sessions", lang),
        description=render("cli.help.sessions", lang),
    )
    sessions.add_argument("--json", action="store_true", help=render("cli.help.json", lang))
    sessions.set_defaults(handler=sessions_command, reads_only=True)

    staff = commands.add_parser(
        "add-staff",
        help=render("cli.help.add_staff", lang),
        description=render("cli.help.add_staff", lang),
    )
    staff.add_argument("username", help=render("cli.help.username", lang))
    staff.add_argument("--name", required=True, help=render("cli.help.full_name", lang))
    staff.add_argument(
        "--role", choices=("staff", "admin"), default="staff", help=render("cli.help.role", lang)
    )
    pin = staff.add_mutually_exclusive_group()
    pin.add_argument("--pin", help=render("cli.help.pin", lang))
    pin.add_argument("--pin-stdin", action="store_true", help=render("cli.help.pin_stdin", lang))
    staff.set_defaults(handler=add_staff_command)


def status_command(ctx: CommandContext) -> int:
    from kiosk.store.backup import check_database

    # A damaged store fails here with the restore advice, rather than show counts that a
    # broken page deeper in the file would contradict later.
    check_database(ctx.paths)
    status = ctx.kiosk.status.status()
    data = status.as_json()
    if ctx.args.json:
        ctx.print_json(data)
        return 0
    labels = {key: render(code, ctx.lang) for key, code in STATUS_LINES}
    width = max(len(label) for label in labels.values()) + 2
    for key, _code in STATUS_LINES:
        ctx.print(f"{labels[key]:<{width}}{_value(key, data[key], ctx.lang)}")
    if status.disk_low:
        ctx.print(render("cli.status.disk_low", ctx.lang))
    if status.in_use:
        ctx.print(render("cli.status.in_use", ctx.lang))
    elif status.read_only:
        ctx.print(render("cli.status.read_only_folder", ctx.lang))
    return 0


def _value(key: str, value: Any, lang: str) -> str:
    if isinstance(value, bool):
        return render("cli.status.yes" if value else "cli.status.no", lang)
    if key == "free_disk_mb":
        return render("cli.status.megabytes", lang, mb=f"{value:,}".replace(",", " "))
    if key.endswith("_at"):
        if value is None:
            return render(
                "cli.status.nothing" if key == "oldest_pending_at" else "cli.status.never", lang
            )
        # In the computer's own time zone, to the minute: what a person compares with a clock.
        moment = dt.datetime.fromisoformat(str(value)).astimezone()
        return moment.strftime("%Y-%m-%d %H:%M")
    return str(value)


def sessions_command(ctx: CommandContext) -> int:
    summaries = ctx.kiosk.catalogue.sessions()
    if ctx.args.json:
        ctx.print_json([s.as_json() for s in summaries])
    else:
        for s in summaries:
            ctx.print(
                f"{s.id}  {s.start_date}..{s.end_date}  {s.enrolled:>3}/{s.capacity:<3} "
                f"{s.program_title} — {s.provider}"
            )
    return 0


def add_staff_command(ctx: CommandContext) -> int:
    args = ctx.args
    pin = _pin(ctx)
    user = ctx.kiosk.staff.create(args.username, args.name, pin, args.role)
    ctx.print(
        render(
            "cli.staff_created", ctx.lang, role=user.role.value, username=user.username, id=user.id
        )
    )
    return 0


def _pin(ctx: CommandContext) -> str:
    if ctx.args.pin:
        return str(ctx.args.pin)
    if ctx.args.pin_stdin:
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        raise UserError(msg("cli.pin_needed"))
    try:
        pin = getpass.getpass(render("cli.pin_prompt", ctx.lang) + " ")
        again = getpass.getpass(render("cli.pin_again", ctx.lang) + " ")
    except EOFError:
        raise UserError(msg("cli.pin_needed")) from None
    if pin != again:
        raise UserError(msg("cli.pin_differs"))
    return pin

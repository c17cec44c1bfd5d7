"""Attendance subcommands: record a scan, show a roster, export the attendance of a session."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from kiosk.cli.argtext import translated_type
from kiosk.cli.common import CommandContext
from kiosk.i18n import define, render

define(
    "cli.staff_unknown",
    id="Staf aktif dengan nama pengguna itu tidak ada.",
    en="No active staff account has that username.",
)
define(
    "cli.exported",
    id="{rows} baris ditulis ke {path}",
    en="{rows} rows written to {path}",
)
define(
    "cli.roster_counts",
    id="{day}: {enrolled} terdaftar, {present} hadir ({late} terlambat), {absent} tidak hadir",
    en="{day}: {enrolled} enrolled, {present} present ({late} late), {absent} absent",
)


define(
    "cli.admit_needs_staff",
    id="--admit perlu --staff NAMA_PENGGUNA: staf yang mengizinkan peserta yang tidak terdaftar.",
    en="--admit needs --staff USERNAME: the staff member who admits a person not enrolled.",
)
define(
    "cli.date_invalid",
    id="{value} bukan tanggal yang valid: tulis TTTT-BB-HH, misalnya 2026-03-02.",
    en="{value} is not a valid date: write YYYY-MM-DD, for example 2026-03-02.",
)
define(
    "cli.help.scan",
    id="catat pindaian kartu untuk sebuah kelas (kode keluar 0 tercatat, 1 ditolak atau perlu staf)",
    en="record a card scan for a session (exit 0 recorded, 1 rejected or needs staff)",
)
define(
    "cli.help.admit",
    id="izinkan kartu yang tidak terdaftar di kelas ini (perlu --staff)",
    en="admit a card not enrolled in this session (needs --staff)",
)
define(
    "cli.help.staff",
    id="nama pengguna staf yang memindai (wajib dengan --admit)",
    en="username of the staff member who scans (needed with --admit)",
)
define(
    "cli.help.roster",
    id="peserta terdaftar, hadir, terlambat dan tidak hadir",
    en="enrolled, present, late and absent trainees",
)
define("cli.help.day", id="hari (bawaan: hari ini)", en="day (default: today)")
define(
    "cli.help.export_attendance",
    id="tulis absensi sebuah kelas ke berkas .csv atau .xlsx",
    en="write a session's attendance to a .csv or .xlsx file",
)
define("cli.help.out", id="berkas .csv atau .xlsx", en="a .csv or .xlsx file")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], lang: str) -> None:
    session_help = render("cli.help.session_id", lang)
    scan = commands.add_parser(
        "scan", help=render("cli.help.scan", lang), description=render("cli.help.scan", lang)
    )
    scan.add_argument("--session", required=True, metavar="ID", help=session_help)
    scan.add_argument("payload", help=render("cli.help.payload", lang))
    scan.add_argument("--json", action="store_true", help=render("cli.help.json", lang))
    scan.add_argument("--admit", action="store_true", help=render("cli.help.admit", lang))
    scan.add_argument("--staff", metavar="USERNAME", help=render("cli.help.staff", lang))
    scan.set_defaults(handler=scan_command)

    roster = commands.add_parser(
        "roster", help=render("cli.help.roster", lang), description=render("cli.help.roster", lang)
    )
    roster.add_argument("--session", required=True, metavar="ID", help=session_help)
    roster.add_argument(
        "--day",
        type=translated_type(dt.date.fromisoformat, "cli.date_invalid", lang),
        metavar="YYYY-MM-DD",
        help=render("cli.help.day", lang),
    )
    roster.add_argument("--json", action="store_true", help=render("cli.help.json", lang))
    roster.set_defaults(handler=roster_command, reads_only=True)

    export = commands.add_parser(
        "export-attendance",
        help=render("cli.help.export_attendance", lang),
        description=render("cli.help.export_attendance", lang),
    )
    export.add_argument("--session", required=True, metavar="ID", help=session_help)
    export.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help=render("cli.help.out", lang)
    )
    export.set_defaults(handler=export_command, reads_only=True)


def scan_command(ctx: CommandContext) -> int:
    from kiosk.i18n import UserError, msg

    args = ctx.args
    if args.admit and not args.staff:
        raise UserError(msg("cli.admit_needs_staff"))
    session_id = ctx.session_id(args.session)
    staff_id: str | None = None
    if args.staff:
        account = ctx.kiosk.staff.find(args.staff)
        if account is None or not account.active:
            raise UserError(msg("cli.staff_unknown"))
        staff_id = account.id
    verdict = ctx.kiosk.attendance.record_scan(
        session_id, args.payload, staff_id=staff_id, admit=args.admit
    )
    if args.json:
        ctx.print_json(verdict.as_json(ctx.lang))
    else:
        name = verdict.full_name or verdict.card_id
        who = f"{name} — " if name else ""
        ctx.print(f"[{verdict.tone.value}] {who}{verdict.reason.render(ctx.lang)}")
    return 0 if verdict.recorded else 1


def roster_command(ctx: CommandContext) -> int:
    roster = ctx.kiosk.roster.roster(ctx.session_id(ctx.args.session), ctx.args.day)
    from kiosk.services.roster import STATUS_TEXT, PresenceStatus

    if ctx.args.json:
        ctx.print_json(
            {
                "session_id": roster.session_id,
                "day": roster.day.isoformat(),
                "enrolled": roster.enrolled,
                "present": roster.present,
                "late": roster.count(PresenceStatus.LATE),
                "absent": roster.count(PresenceStatus.ABSENT),
                "lines": [
                    {
                        "applicant_id": line.applicant_id,
                        "full_name": line.full_name,
                        "masked_nik": line.masked_nik,
                        "enrolled": line.enrolled,
                        "status": line.status.value,
                        "in": None if line.first_in is None else line.first_in.isoformat(),
                        "out": None if line.last_out is None else line.last_out.isoformat(),
                        "admitted_by": line.admitted_by,
                    }
                    for line in roster.lines
                ],
            }
        )
        return 0
    for line in roster.lines:
        status = render(STATUS_TEXT[line.status], ctx.lang)
        first_in = "" if line.first_in is None else line.first_in.strftime("%H:%M")
        ctx.print(f"{line.full_name:<32} {line.masked_nik:<18} {status:<12} {first_in}")
    ctx.print(
        render(
            "cli.roster_counts",
            ctx.lang,
            day=roster.day.isoformat(),
            enrolled=roster.enrolled,
            present=roster.present,
            late=roster.count(PresenceStatus.LATE),
            absent=roster.count(PresenceStatus.ABSENT),
        )
    )
    return 0


def export_command(ctx: CommandContext) -> int:
    rows = ctx.kiosk.roster.export(ctx.session_id(ctx.args.session), ctx.args.out, lang=ctx.lang)
    ctx.print(render("cli.exported", ctx.lang, rows=rows, path=str(ctx.args.out)))
    return 0

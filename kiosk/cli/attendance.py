"""Attendance subcommands: record a scan, show a roster, export the attendance of a session."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

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


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    scan = commands.add_parser(
        "scan",
        help="record a card scan for a session (exit 0 recorded, 1 rejected or needs staff)",
    )
    scan.add_argument("--session", required=True, metavar="ID")
    scan.add_argument("payload")
    scan.add_argument("--json", action="store_true")
    scan.add_argument("--admit", action="store_true", help="admit a card not enrolled")
    scan.add_argument("--staff", metavar="USERNAME", help="who scans (needed with --admit)")
    scan.set_defaults(handler=scan_command)

    roster = commands.add_parser("roster", help="enrolled, present, late and absent trainees")
    roster.add_argument("--session", required=True, metavar="ID")
    roster.add_argument("--day", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    roster.add_argument("--json", action="store_true")
    roster.set_defaults(handler=roster_command)

    export = commands.add_parser(
        "export-attendance", help="write a session's attendance to a .csv or .xlsx file"
    )
    export.add_argument("--session", required=True, metavar="ID")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.set_defaults(handler=export_command)


def scan_command(ctx: CommandContext) -> int:
    from kiosk.i18n import UserError, msg

    args = ctx.args
    staff_id: str | None = None
    if args.staff or args.admit:
        account = ctx.kiosk.staff.find(args.staff or "")
        if account is None or not account.active:
            raise UserError(msg("cli.staff_unknown"))
        staff_id = account.id
    verdict = ctx.kiosk.attendance.record_scan(
        args.session, args.payload, staff_id=staff_id, admit=args.admit
    )
    if args.json:
        ctx.print_json(verdict.as_json(ctx.lang))
    else:
        name = verdict.full_name or verdict.card_id
        who = f"{name} — " if name else ""
        ctx.print(f"[{verdict.tone.value}] {who}{verdict.reason.render(ctx.lang)}")
    return 0 if verdict.recorded else 1


def roster_command(ctx: CommandContext) -> int:
    roster = ctx.kiosk.roster.roster(ctx.args.session, ctx.args.day)
    from kiosk.services.roster import PresenceStatus

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
        status = render(f"roster.status.{line.status.value}", ctx.lang)
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
    rows = ctx.kiosk.roster.export(ctx.args.session, ctx.args.out, lang=ctx.lang)
    ctx.print(render("cli.exported", ctx.lang, rows=rows, path=str(ctx.args.out)))
    return 0

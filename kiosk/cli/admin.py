"""Admin subcommands: status, sessions, staff accounts."""

from __future__ import annotations

import argparse
import getpass

from kiosk.cli.common import CommandContext


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    status = commands.add_parser("status", help="counts and sync state of this kiosk")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=status_command)

    sessions = commands.add_parser("sessions", help="training sessions known to this kiosk")
    sessions.add_argument("--json", action="store_true")
    sessions.set_defaults(handler=sessions_command)

    staff = commands.add_parser("add-staff", help="create a staff or admin account")
    staff.add_argument("username")
    staff.add_argument("--name", required=True)
    staff.add_argument("--role", choices=("staff", "admin"), default="staff")
    staff.add_argument("--pin", help="6-8 digits (asked for when omitted)")
    staff.set_defaults(handler=add_staff_command)


def status_command(ctx: CommandContext) -> int:
    from kiosk.store.backup import check_database

    # A damaged store fails here with the restore advice, rather than show counts that a
    # broken page deeper in the file would contradict later.
    check_database(ctx.paths)
    status = ctx.kiosk.status.status()
    if ctx.args.json:
        ctx.print_json(status.as_json())
    else:
        for key, value in status.as_json().items():
            ctx.print(f"{key:<18} {value}")
    return 0


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
    pin = args.pin or getpass.getpass("PIN: ")
    user = ctx.kiosk.staff.create(args.username, args.name, pin, args.role)
    ctx.print(f"{user.id} {user.username} {user.role.value}")
    return 0

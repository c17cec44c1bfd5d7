"""`kiosk demo`: synthetic data through the same services and rules as real use."""

from __future__ import annotations

import argparse
import sys
import time

from kiosk.cli.common import CommandContext, progress_bar
from kiosk.i18n import define, render

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


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo", help="add synthetic demo data through the normal rules")
    demo.add_argument("--applicants", type=int, default=200, metavar="N")
    demo.add_argument("--sessions", type=int, default=12, metavar="S")
    demo.add_argument("--scans", type=int, default=0, metavar="M")
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(handler=demo_command)


def demo_command(ctx: CommandContext) -> int:
    from kiosk.services.demo import run_demo

    args = ctx.args
    if args.scans:
        sys.stderr.write(render("cli.scans_later", ctx.lang) + "\n")
    started = time.monotonic()
    summary = run_demo(
        ctx.kiosk,
        applicants=args.applicants,
        sessions=args.sessions,
        seed=args.seed,
        progress=progress_bar(sys.stderr),
    )
    ctx.print(
        render(
            "cli.demo_done",
            ctx.lang,
            applicants=summary.applicants,
            sessions=summary.sessions,
            enrolments=summary.enrolments,
            seconds=f"{time.monotonic() - started:.1f}",
        )
    )
    return 0

"""`kiosk demo`: synthetic data through the same services and rules as real use."""

from __future__ import annotations

import argparse
import sys
import time

from kiosk.cli.common import CommandContext, progress_bar
from kiosk.i18n import define, render

define(
    "cli.demo_scans",
    id="Pindaian demo: {scans} kartu dipindai lewat aturan absensi.",
    en="Demo scans: {scans} cards scanned through the attendance rules.",
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
    demo.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="W",
        help="processes that prepare applicants (default: one per CPU, up to 3, for large runs; 0: none)",
    )
    demo.set_defaults(handler=demo_command)


def demo_command(ctx: CommandContext) -> int:
    from kiosk.services.demo import run_demo, run_scans

    args = ctx.args
    started = time.monotonic()
    summary = run_demo(
        ctx.kiosk,
        applicants=args.applicants,
        sessions=args.sessions,
        seed=args.seed,
        progress=progress_bar(sys.stderr),
        workers=args.workers,
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
    if args.scans:
        scans = run_scans(ctx.kiosk, args.scans, seed=args.seed, progress=progress_bar(sys.stderr))
        ctx.print(render("cli.demo_scans", ctx.lang, scans=scans))
    return 0

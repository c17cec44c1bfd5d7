"""`kiosk demo`: synthetic data through the same services and rules as real use."""

from __future__ import annotations

import argparse
import sys
import time

from kiosk.cli.argtext import translated_type
from kiosk.cli.common import CommandContext, progress_bar
from kiosk.i18n import define, render

define(
    "cli.demo_scans",
    id="Pindaian demo: {scans} kartu dipindai lewat aturan absensi.",
    en="Demo scans: {scans} cards scanned through the attendance rules.",
)
define(
    "cli.demo_done",
    id="Data demo: {applicants} pendaftar, {sessions} kelas, {enrolments} peserta terdaftar, "
    "dalam {seconds} detik. Kios ini ditandai sebagai kios demo: kios demo tidak dapat "
    "dipasangkan dengan server.",
    en="Demo data: {applicants} applicants, {sessions} sessions, {enrolments} enrolments, in "
    "{seconds} seconds. This kiosk is marked as a demo kiosk: a demo kiosk cannot be paired "
    "with a server.",
)
define(
    "cli.help.demo_command",
    id="tambahkan data demo sintetis lewat aturan biasa (kios demo tidak dapat dipasangkan "
    "dengan server)",
    en="add synthetic demo data through the normal rules (a demo kiosk cannot be paired with a "
    "server)",
)
define("cli.help.demo_applicants", id="jumlah pendaftar", en="number of applicants")
define("cli.help.demo_sessions", id="jumlah kelas pelatihan", en="number of training sessions")
define(
    "cli.help.demo_scans",
    id="jumlah pindaian kartu lewat aturan absensi",
    en="number of card scans through the attendance rules",
)
define(
    "cli.help.demo_seed",
    id="benih acak (hasil sama untuk benih sama)",
    en="random seed (same seed, same data)",
)
define(
    "cli.help.demo_workers",
    id="proses yang menyiapkan pendaftar (bawaan: satu per CPU, paling banyak 3, untuk jumlah "
    "besar; 0: tanpa)",
    en="processes that prepare applicants (default: one per CPU, up to 3, for large runs; 0: none)",
)
define(
    "cli.not_a_count",
    id="{value} bukan bilangan bulat 0 atau lebih.",
    en="{value} is not a whole number of 0 or more.",
)


def count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise ValueError(text)
    return value


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], lang: str) -> None:
    demo = commands.add_parser(
        "demo",
        help=render("cli.help.demo_command", lang),
        description=render("cli.help.demo_command", lang),
    )
    number = translated_type(count, "cli.not_a_count", lang)
    demo.add_argument(
        "--applicants",
        type=number,
        default=200,
        metavar="N",
        help=render("cli.help.demo_applicants", lang),
    )
    demo.add_argument(
        "--sessions",
        type=number,
        default=12,
        metavar="S",
        help=render("cli.help.demo_sessions", lang),
    )
    demo.add_argument(
        "--scans", type=number, default=0, metavar="M", help=render("cli.help.demo_scans", lang)
    )
    demo.add_argument("--seed", type=number, default=1, help=render("cli.help.demo_seed", lang))
    demo.add_argument(
        "--workers",
        type=number,
        default=None,
        metavar="W",
        help=render("cli.help.demo_workers", lang),
    )
    demo.set_defaults(handler=demo_command)


def demo_command(ctx: CommandContext) -> int:
    from kiosk.services.demo import run_demo, run_scans
    from kiosk.services.settings import mark_demo_data

    args = ctx.args
    started = time.monotonic()
    # Marked before the first demo record: an interrupted demo still leaves a demo kiosk.
    mark_demo_data(ctx.kiosk.ctx)
    summary = run_demo(
        ctx.kiosk,
        applicants=args.applicants,
        sessions=args.sessions,
        seed=args.seed,
        progress=progress_bar(sys.stderr),
        workers=args.workers,
    )
    seconds = f"{time.monotonic() - started:.1f}"
    ctx.print(
        render(
            "cli.demo_done",
            ctx.lang,
            applicants=summary.applicants,
            sessions=summary.sessions,
            enrolments=summary.enrolments,
            seconds=seconds,
        )
    )
    if args.scans:
        scans = run_scans(ctx.kiosk, args.scans, seed=args.seed, progress=progress_bar(sys.stderr))
        ctx.print(render("cli.demo_scans", ctx.lang, scans=scans))
    return 0

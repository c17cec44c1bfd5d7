"""Command line: options shared with the GUI, and the admin and field subcommands.

Each topic is a module of this package with a ``register(commands)`` function that adds its
subcommands and sets ``handler`` on them (see :mod:`kiosk.cli.common`).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import TextIO

from kiosk import __version__
from kiosk.cli.common import CardPdfWriter, CommandContext, Parser
from kiosk.i18n import UserError, define, render
from kiosk.options import add_gui_options, gui_options
from kiosk.store.paths import resolve_data_dir

log = logging.getLogger(__name__)

# Modules of this package that add subcommands, in --help order. They are imported only when
# a subcommand is given, so that starting the GUI stays fast.
COMMAND_MODULES = (
    "demo",
    "admin",
    "cards",
    "maintenance",
    "sync",
    "attendance",
    "certificates",
)

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


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="kiosk",
        description="Kios3in1 — kiosk for BLK and LPK job centres. Without a command it starts the GUI.",
    )
    parser.add_argument("--version", action="version", version=f"Kios3in1 {__version__}")
    add_gui_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"kiosk.cli.{name}").register(commands)
    return parser


def run_command(
    args: argparse.Namespace, out: TextIO = sys.stdout, *, card_pdf: CardPdfWriter | None = None
) -> int:
    context = CommandContext(
        args=args, paths=resolve_data_dir(args.data_dir), out=out, card_pdf=card_pdf
    )
    try:
        code: int = args.handler(context)
    finally:
        context.close()
    return code


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
    tokens = list(sys.argv[1:] if argv is None else argv)
    # The GUI case (options only) is parsed without importing any subcommand module.
    return gui_options(tokens) or build_parser().parse_args(tokens)

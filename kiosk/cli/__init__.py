"""Command line: options shared with the GUI, and the admin and field subcommands.

Each topic is a module of this package with a ``register(commands, lang)`` function that adds
its subcommands, their help in ``lang``, and sets ``handler`` on them (see
:mod:`kiosk.cli.common`); ``reads_only`` on a command lets it run beside a running GUI.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from kiosk import __version__
from kiosk.cli.argtext import argparse_texts, chosen_language
from kiosk.cli.common import CardPdfWriter, CommandContext, Parser
from kiosk.i18n import DEFAULT_LANGUAGE, UserError, define, render
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
    "vacancies",
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


define(
    "cli.help.description",
    id="Kios3in1 — kios untuk BLK dan LPK. Tanpa perintah, antarmuka kios (GUI) dibuka.",
    en="Kios3in1 — kiosk for BLK and LPK job centres. Without a command it starts the GUI.",
)

define("cli.help.commands", id="PERINTAH", en="COMMAND")


def build_parser(*, lang: str = DEFAULT_LANGUAGE) -> argparse.ArgumentParser:
    """The command line's parser, its help in ``lang``; build and use it inside
    :func:`kiosk.cli.argtext.argparse_texts` so argparse's own texts follow."""
    parser = Parser(prog="kiosk", description=render("cli.help.description", lang))
    parser.add_argument("--version", action="version", version=f"Kios3in1 {__version__}")
    add_gui_options(parser, lang)
    commands = parser.add_subparsers(
        dest="command", metavar=render("cli.help.commands", lang), parser_class=Parser
    )
    for name in COMMAND_MODULES:
        importlib.import_module(f"kiosk.cli.{name}").register(commands, lang)
    return parser


def run_command(
    args: argparse.Namespace, out: TextIO = sys.stdout, *, card_pdf: CardPdfWriter | None = None
) -> int:
    context = CommandContext(
        args=args, paths=resolve_data_dir(args.data_dir), out=out, card_pdf=card_pdf
    )
    try:
        code: int = args.handler(context)
        out.flush()
    except BrokenPipeError:
        # The reader went away (`kiosk roster ... | head`): stop quietly, as a command killed
        # by SIGPIPE does, and keep Python from complaining when it flushes at exit.
        _silence(out)
        return 141
    finally:
        context.close()
    return code


def _silence(out: TextIO) -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # not a real file (a test's StringIO): nothing to flush
        pass


def fail(error: BaseException, lang: str, log_path: str) -> int:
    """One clear line and a non-zero exit; a trace only in the log, never on the terminal."""
    if isinstance(error, UserError):
        sys.stderr.write(error.render(lang) + "\n")
        return 2
    if isinstance(error, BrokenPipeError):
        return 141  # the reader of our output went away: nothing to say
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
    lang = chosen_language(tokens)
    with argparse_texts(lang):
        # The GUI case (options only) is parsed without importing any subcommand module.
        return gui_options(tokens) or build_parser(lang=lang).parse_args(tokens)

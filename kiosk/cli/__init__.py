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
from kiosk.i18n import DEFAULT_LANGUAGE, LANGUAGES, UserError, define, render
from kiosk.store.paths import resolve_data_dir

log = logging.getLogger(__name__)

# Modules of this package that add subcommands, in --help order. They are imported only when
# a subcommand is given, so that starting the GUI stays fast.
COMMAND_MODULES = ("demo", "admin", "cards", "maintenance", "sync", "attendance")

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
define(
    "cli.help.data_dir",
    id="folder data (bawaan: $KIOSK_DATA_DIR atau folder data pengguna)",
    en="data folder (default: $KIOSK_DATA_DIR or the user data folder)",
)
define("cli.help.lang", id="bahasa (id, en)", en="language (id, en)")
define(
    "cli.help.windowed",
    id="jalankan di jendela, bukan layar penuh",
    en="run in a window, not full screen",
)
define(
    "cli.help.self_test",
    id="buka basis data, gambar jendela utama sekali di luar layar, lalu keluar",
    en="open the store, build the main window offscreen, render it once and exit",
)
define(
    "cli.help.demo",
    id="isi basis data baru yang kosong dengan data demo sintetis (kios demo tidak dapat "
    "dipasangkan dengan server)",
    en="fill a new, empty store with synthetic demo data (a demo kiosk cannot be paired with a "
    "server)",
)
define(
    "cli.help.no_demo",
    id="tanpa data demo (bawaan; tetap diterima untuk skrip lama)",
    en="no demo data (the default; still accepted for old start scripts)",
)
define("cli.help.commands", id="PERINTAH", en="COMMAND")


def build_parser(
    *, with_commands: bool = True, lang: str = DEFAULT_LANGUAGE
) -> argparse.ArgumentParser:
    """The command line's parser, its help in ``lang``; build and use it inside
    :func:`kiosk.cli.argtext.argparse_texts` so argparse's own texts follow."""
    parser = Parser(prog="kiosk", description=render("cli.help.description", lang))
    parser.add_argument("--version", action="version", version=f"Kios3in1 {__version__}")
    parser.add_argument("--data-dir", help=render("cli.help.data_dir", lang))
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help=render("cli.help.lang", lang)
    )
    parser.add_argument("--windowed", action="store_true", help=render("cli.help.windowed", lang))
    parser.add_argument("--self-test", action="store_true", help=render("cli.help.self_test", lang))
    parser.add_argument("--demo", action="store_true", help=render("cli.help.demo", lang))
    parser.add_argument("--no-demo", action="store_true", help=render("cli.help.no_demo", lang))
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
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
        if not {"-h", "--help"} & set(tokens):
            # The GUI case (options only) is parsed without importing any subcommand module.
            args, rest = build_parser(with_commands=False, lang=lang).parse_known_args(tokens)
            if not rest:
                return args
        return build_parser(lang=lang).parse_args(tokens)

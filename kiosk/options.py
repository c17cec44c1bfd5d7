"""The options of the `kiosk` command itself, which start the GUI: declared once, for the GUI
start (kiosk.main) and for the command line (kiosk.cli adds its subcommands to them).

Cheap to import (argparse and the message catalogue only): the GUI reads its options before
its first frame, without the command-line package and its subcommand modules.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn

from kiosk.i18n import DEFAULT_LANGUAGE, LANGUAGES, define, render

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


def add_gui_options(parser: argparse.ArgumentParser, lang: str = DEFAULT_LANGUAGE) -> None:
    """The GUI's options, their help in ``lang``. A new GUI option is added here, once:
    `kiosk --help`, the command line and the GUI start all read it from this declaration."""
    parser.add_argument("--data-dir", help=render("cli.help.data_dir", lang))
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help=render("cli.help.lang", lang)
    )
    parser.add_argument("--windowed", action="store_true", help=render("cli.help.windowed", lang))
    parser.add_argument("--self-test", action="store_true", help=render("cli.help.self_test", lang))
    parser.add_argument("--demo", action="store_true", help=render("cli.help.demo", lang))
    parser.add_argument("--no-demo", action="store_true", help=render("cli.help.no_demo", lang))


class _NotAGuiStart(Exception):
    pass


class _GuiParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # Not a mistake to report here: kiosk.cli parses the same tokens and words it.
        raise _NotAGuiStart(message)


def gui_options(tokens: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a GUI start, exactly as kiosk.cli parses them; None when the tokens
    are anything else (a subcommand, --help, --version, a mistake), for kiosk.cli."""
    if {"-h", "--help"} & set(tokens):
        return None
    parser = _GuiParser(prog="kiosk", add_help=False)
    add_gui_options(parser)
    parser.set_defaults(command=None)
    try:
        args, rest = parser.parse_known_args(list(tokens))
    except _NotAGuiStart:
        return None
    return None if rest else args

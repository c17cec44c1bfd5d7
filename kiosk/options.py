"""The options of the `kiosk` command itself, which start the GUI: declared once, for the GUI
start (kiosk.main) and for the command line (kiosk.cli adds its subcommands to them).

Cheap to import (argparse and the message catalogue only): the GUI reads its options before
its first frame, without the command-line package and its subcommand modules.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn

from kiosk.i18n import DEFAULT_LANGUAGE, LANGUAGES


def add_gui_options(parser: argparse.ArgumentParser) -> None:
    """The GUI's options. A new GUI option is added here, once: `kiosk --help`, the command
    line and the GUI start all read it from this declaration."""
    parser.add_argument(
        "--data-dir", help="data folder (default: $KIOSK_DATA_DIR or the user data dir)"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help="language (id, en)"
    )
    parser.add_argument("--windowed", action="store_true", help="run in a window, not full screen")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the store, build the main window offscreen, render it once and exit",
    )
    parser.add_argument(
        "--no-demo", action="store_true", help="do not fill a new, empty store with demo data"
    )


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

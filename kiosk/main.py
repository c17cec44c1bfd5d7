"""Entry point of the `kiosk` command: the GUI by default, otherwise a CLI subcommand."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# The GUI's own options (see kiosk.cli.build_parser), read without building the command-line
# parser: argparse's set-up and the CLI package cost the GUI start-up time before its first
# frame. Everything else (a subcommand, --help, --version, an abbreviated option, a mistake)
# goes to kiosk.cli, which also words the error messages.
GUI_FLAGS = {
    "--windowed": "windowed",
    "--self-test": "self_test",
    "--demo": "demo",
    "--no-demo": "no_demo",
}
GUI_VALUES = {"--data-dir": "data_dir", "--lang": "lang"}


def gui_options(tokens: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a GUI start exactly as kiosk.cli parses them, or None for kiosk.cli."""
    from kiosk.i18n import DEFAULT_LANGUAGE, LANGUAGES

    values: dict[str, Any] = {
        "data_dir": None,
        "lang": DEFAULT_LANGUAGE,
        "windowed": False,
        "self_test": False,
        "demo": False,
        "no_demo": False,
        "command": None,
    }
    rest = iter(tokens)
    for token in rest:
        name, equals, value = token.partition("=")
        if name in GUI_FLAGS and not equals:
            values[GUI_FLAGS[name]] = True
        elif name in GUI_VALUES:
            if not equals:
                following = next(rest, None)
                if following is None or following.startswith("-"):
                    return None
                value = following
            if name == "--lang" and value not in LANGUAGES:
                return None
            values[GUI_VALUES[name]] = value
        else:
            return None
    return argparse.Namespace(**values)


def main(argv: Sequence[str] | None = None) -> int:
    from kiosk.store.paths import resolve_data_dir

    tokens = list(sys.argv[1:] if argv is None else argv)
    args = gui_options(tokens)
    if args is None:
        from kiosk.cli import parse

        args = parse(tokens)
    paths = resolve_data_dir(args.data_dir)
    log_file = paths.logs / "kiosk.log"
    try:
        if args.command:
            from kiosk.cli import run_command
            from kiosk.logsetup import setup_logging

            log_file = setup_logging(paths.logs) or log_file
            return run_command(args, card_pdf=_card_pdf)
        from kiosk.ui.app import run_gui

        # The GUI sets up its log file itself, after the first frame is on screen.
        return run_gui(args, paths)
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        from kiosk.cli import fail

        return fail(error, args.lang, str(log_file or "stderr"))


def _card_pdf(cards: Sequence[Any], path: Path, lang: str, sheet: bool) -> int:
    """Card drawing for `kiosk print-cards`; Qt is imported only when cards are printed."""
    from kiosk.ui.card_render import write_pdf_standalone

    return write_pdf_standalone(cards, path, lang, sheet=sheet)


if __name__ == "__main__":
    sys.exit(main())

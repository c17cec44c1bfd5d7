"""Entry point of the `kiosk` command: the GUI by default, otherwise a CLI subcommand."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def main(argv: Sequence[str] | None = None) -> int:
    from kiosk.options import gui_options
    from kiosk.store.paths import resolve_data_dir

    tokens = list(sys.argv[1:] if argv is None else argv)
    # A GUI start reads its options without the command-line package and its subcommands
    # (their import costs the first frame); the same declarations, the same result.
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

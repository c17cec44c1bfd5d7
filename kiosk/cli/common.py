"""What every subcommand handler gets: its arguments, the data folder, output, the kiosk."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from kiosk.store.paths import DataPaths

if TYPE_CHECKING:
    from kiosk.services.kiosk import KioskServices

Handler = Callable[["CommandContext"], int]
# Writes cards to a PDF: (cards, path, lang, sheet) -> pages. Drawing needs Qt, which lives in
# kiosk.ui above this layer, so kiosk.main hands the implementation in.
CardPdfWriter = Callable[[Sequence[Any], Path, str, bool], int]


class Parser(argparse.ArgumentParser):
    """Usage mistakes are one line too, like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (--help)\n")


@dataclass
class CommandContext:
    args: argparse.Namespace
    paths: DataPaths
    out: TextIO = field(default=sys.stdout)
    card_pdf: CardPdfWriter | None = None
    _kiosk: KioskServices | None = None

    @property
    def lang(self) -> str:
        return str(self.args.lang)

    @property
    def kiosk(self) -> KioskServices:
        """The open kiosk, opened on first use (some commands never need the store)."""
        if self._kiosk is None:
            from kiosk.services.kiosk import open_kiosk

            self._kiosk = open_kiosk(self.paths)
        return self._kiosk

    def print(self, text: str) -> None:
        self.out.write(text + "\n")

    def print_json(self, data: Any) -> None:
        import json

        self.out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")

    def close(self) -> None:
        if self._kiosk is not None:
            self._kiosk.close()
            self._kiosk = None


def progress_bar(out: TextIO) -> Callable[[str, int, int], None]:
    """A one-line terminal progress bar for long commands."""
    started = time.monotonic()

    def show(label: str, done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        elapsed = time.monotonic() - started
        end = "\n" if done >= total else ""
        out.write(
            f"\r{label:<11} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {elapsed:5.1f}s{end}"
        )
        out.flush()

    return show

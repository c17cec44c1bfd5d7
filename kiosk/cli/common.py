"""What every subcommand handler gets: its arguments, the data folder, output, the kiosk."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from kiosk.i18n import UserError, define, msg, render
from kiosk.store.paths import DataPaths

if TYPE_CHECKING:
    from kiosk.services.kiosk import KioskServices

define(
    "cli.session_unknown",
    id="Kelas {session} tidak ada di kios ini. Lihat daftarnya: kiosk sessions",
    en="There is no session {session} on this kiosk. See the list: kiosk sessions",
)
define(
    "cli.session_ambiguous",
    id="Lebih dari satu kelas diawali {session}; tulis lebih banyak karakter ID-nya.",
    en="More than one session starts with {session}; give more of its id.",
)
define(
    "cli.applicant_unknown",
    id="Pendaftar {applicant} tidak ada di kios ini.",
    en="There is no applicant {applicant} on this kiosk.",
)
define(
    "cli.applicant_ambiguous",
    id="Lebih dari satu pendaftar diawali {applicant}; tulis lebih banyak karakter ID-nya.",
    en="More than one applicant starts with {applicant}; give more of its id.",
)
define(
    "cli.confirm_prompt",
    id="Ketik {word} untuk melanjutkan, atau Enter untuk membatalkan:",
    en="Type {word} to go ahead, or press Enter to cancel:",
)
define("cli.confirm_word", id="ya", en="yes")
define(
    "cli.needs_yes",
    id="Tidak ada yang diubah. Jalankan lagi dengan --yes untuk melanjutkan.",
    en="Nothing was changed. Run it again with --yes to go ahead.",
)
define(
    "cli.cancelled", id="Dibatalkan; tidak ada yang diubah.", en="Cancelled; nothing was changed."
)

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
        """The open kiosk, opened on first use (some commands never need the store). A
        command that only reads (``reads_only``) opens it beside a running GUI."""
        if self._kiosk is None:
            from kiosk.services.kiosk import open_kiosk

            shared = bool(getattr(self.args, "reads_only", False))
            self._kiosk = open_kiosk(self.paths, shared=shared)
        return self._kiosk

    def session_id(self, text: str) -> str:
        """A training session's id from its id or a unique start of it."""
        from kiosk.store.models import TrainingSession

        found = self._ids_starting(TrainingSession, text)
        if len(found) == 1:
            return found[0]
        code = "cli.session_ambiguous" if found else "cli.session_unknown"
        raise UserError(msg(code, session=text))

    def applicant_id(self, text: str) -> str:
        """An applicant's id from their id or a unique start of it."""
        from kiosk.store.models import Applicant

        found = self._ids_starting(Applicant, text)
        if len(found) == 1:
            return found[0]
        code = "cli.applicant_ambiguous" if found else "cli.applicant_unknown"
        raise UserError(msg(code, applicant=text))

    def _ids_starting(self, model: Any, text: str) -> list[str]:
        """The id itself when it exists, else up to two ids that start with it."""
        from sqlalchemy import select

        wanted = text.strip()
        if not wanted:
            return []
        with self.kiosk.store.reading() as session:
            if session.get(model, wanted) is not None:
                return [wanted]
            query = select(model.id).where(model.id.startswith(wanted, autoescape=True))
            return [str(found) for found in session.scalars(query.limit(2))]

    def confirm(self, summary: str) -> None:
        """Say what a destructive command will do; go ahead only with --yes, or when the
        person at a terminal types the confirmation word. Raises UserError otherwise."""
        self.print(summary)
        if getattr(self.args, "yes", False):
            return
        if not sys.stdin.isatty():
            raise UserError(msg("cli.needs_yes"))
        word = render("cli.confirm_word", self.lang)
        self.out.flush()
        try:
            answer = input(render("cli.confirm_prompt", self.lang, word=word) + " ")
        except EOFError:
            answer = ""
        if answer.strip().lower() != word:
            raise UserError(msg("cli.cancelled"))

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

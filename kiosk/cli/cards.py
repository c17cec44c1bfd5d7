"""Card subcommands: verify a card payload offline, print cards to PDF, show card payloads."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.cli.common import CommandContext
from kiosk.i18n import UserError, define, msg, render

define("cli.card_valid", id="Kartu sah: {card_id}", en="Valid card: {card_id}")
define("cli.card_invalid", id="Kartu tidak sah: {reason}", en="Invalid card: {reason}")
define(
    "cli.cards_written",
    id="{cards} kartu ditulis ke {path} ({pages} halaman).",
    en="{cards} cards written to {path} ({pages} pages).",
)
define(
    "cli.no_cards_for",
    id="Tidak ada kartu yang berlaku untuk {who}.",
    en="There is no valid card for {who}.",
)
define(
    "cli.print_unavailable",
    id="Pencetakan kartu tidak tersedia dalam instalasi ini.",
    en="Card printing is not available in this installation.",
)
define(
    "cli.folder_missing",
    id="Folder {folder} tidak ada. Buat dulu foldernya atau pilih berkas di folder lain; tidak "
    "ada yang ditulis.",
    en="The folder {folder} does not exist. Create it first or choose a file in another "
    "folder; nothing was written.",
)
define(
    "cli.help.verify_card",
    id="periksa isi QR sebuah kartu secara luring (kode keluar 0 sah, 1 tidak)",
    en="check a card's QR payload offline (exit 0 valid, 1 not)",
)
define(
    "cli.help.payload",
    id="isi QR kartu (teks yang dibaca pemindai; lihat kiosk card-payload)",
    en="the card's QR payload (the text a scanner reads; see kiosk card-payload)",
)
define(
    "cli.help.print_cards",
    id="tulis kartu yang berlaku dari satu kelas atau satu pendaftar ke PDF",
    en="write the current cards of a session or an applicant to a PDF",
)
define(
    "cli.help.session_id",
    id="ID kelas (atau awal ID yang unik; lihat kiosk sessions)",
    en="session id (or a unique start of it; see kiosk sessions)",
)
define(
    "cli.help.applicant_id",
    id="ID pendaftar (atau awal ID yang unik)",
    en="applicant id (or a unique start of it)",
)
define("cli.help.pdf", id="berkas PDF yang ditulis", en="the PDF file to write")
define(
    "cli.help.sheet",
    id="lembar A4 berisi 10 kartu dengan tanda potong",
    en="A4 sheets of 10 cards with cut marks",
)
define(
    "cli.help.card_payload",
    id="tampilkan isi QR kartu yang berlaku (satu per baris), untuk mencoba verify-card dan scan",
    en="print the QR payload of current cards (one a line), to try verify-card and scan",
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], lang: str) -> None:
    verify = commands.add_parser(
        "verify-card",
        help=render("cli.help.verify_card", lang),
        description=render("cli.help.verify_card", lang),
    )
    verify.add_argument("payload", help=render("cli.help.payload", lang))
    verify.add_argument("--json", action="store_true", help=render("cli.help.json", lang))
    verify.set_defaults(handler=verify_card_command, reads_only=True)

    print_cards = commands.add_parser(
        "print-cards",
        help=render("cli.help.print_cards", lang),
        description=render("cli.help.print_cards", lang),
    )
    _who(print_cards, lang)
    print_cards.add_argument(
        "--pdf", required=True, metavar="FILE", type=Path, help=render("cli.help.pdf", lang)
    )
    print_cards.add_argument("--sheet", action="store_true", help=render("cli.help.sheet", lang))
    print_cards.set_defaults(handler=print_cards_command, reads_only=True)

    payload = commands.add_parser(
        "card-payload",
        help=render("cli.help.card_payload", lang),
        description=render("cli.help.card_payload", lang),
    )
    _who(payload, lang)
    payload.add_argument("--json", action="store_true", help=render("cli.help.json", lang))
    payload.set_defaults(handler=card_payload_command, reads_only=True)


def _who(parser: argparse.ArgumentParser, lang: str) -> None:
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--session", metavar="ID", help=render("cli.help.session_id", lang))
    who.add_argument("--applicant", metavar="ID", help=render("cli.help.applicant_id", lang))


def verify_card_command(ctx: CommandContext) -> int:
    result = ctx.kiosk.cards.verify(ctx.args.payload)
    if ctx.args.json:
        ctx.print_json(
            {"valid": result.valid, "reason": result.status.value, "card_id": result.card_id}
        )
    elif result.valid:
        ctx.print(render("cli.card_valid", ctx.lang, card_id=result.card_id))
    else:
        ctx.print(render("cli.card_invalid", ctx.lang, reason=result.reason.render(ctx.lang)))
    return 0 if result.valid else 1


def _cards(ctx: CommandContext) -> list[Any]:
    """The current cards of the --session or --applicant given (an unknown one is an error)."""
    args = ctx.args
    if args.session is not None:
        session_id = ctx.session_id(args.session)
        cards = ctx.kiosk.people.printable_cards(session_id=session_id)
        who = session_id
    else:
        applicant_id = ctx.applicant_id(args.applicant)
        cards = ctx.kiosk.people.printable_cards(applicant_id=applicant_id)
        who = applicant_id
    if not cards:
        raise UserError(msg("cli.no_cards_for", who=who))
    return cards


def print_cards_command(ctx: CommandContext) -> int:
    if ctx.card_pdf is None:
        raise UserError(msg("cli.print_unavailable"))
    target: Path = ctx.args.pdf
    folder = target.expanduser().absolute().parent
    if not folder.is_dir():
        raise UserError(msg("cli.folder_missing", folder=str(folder)))
    cards = _cards(ctx)
    pages = ctx.card_pdf(cards, target, ctx.lang, ctx.args.sheet)
    ctx.print(render("cli.cards_written", ctx.lang, cards=len(cards), path=target, pages=pages))
    return 0


def card_payload_command(ctx: CommandContext) -> int:
    cards = _cards(ctx)
    if ctx.args.json:
        ctx.print_json(
            [
                {
                    "card_id": card.card_id,
                    "card_number": card.card_number,
                    "holder_name": card.holder_name,
                    "valid_until": card.valid_until.isoformat(),
                    "payload": card.payload,
                }
                for card in cards
            ]
        )
    else:
        for card in cards:
            ctx.print(card.payload)
    return 0

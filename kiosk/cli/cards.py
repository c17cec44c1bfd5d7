"""Card subcommands: verify a card payload offline, print cards to PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

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
    "cli.no_cards",
    id="Tidak ada kartu yang berlaku untuk dicetak.",
    en="There are no valid cards to print.",
)
define(
    "cli.print_unavailable",
    id="Pencetakan kartu tidak tersedia dalam instalasi ini.",
    en="Card printing is not available in this installation.",
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verify = commands.add_parser("verify-card", help="check a card's QR payload offline")
    verify.add_argument("payload")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=verify_card_command)

    print_cards = commands.add_parser(
        "print-cards", help="write the current cards of a session or an applicant to a PDF"
    )
    who = print_cards.add_mutually_exclusive_group(required=True)
    who.add_argument("--session", metavar="ID", help="everyone enrolled in a training session")
    who.add_argument("--applicant", metavar="ID", help="one applicant")
    print_cards.add_argument("--pdf", required=True, metavar="FILE", type=Path)
    print_cards.add_argument(
        "--sheet", action="store_true", help="A4 sheets of 10 cards with cut marks"
    )
    print_cards.set_defaults(handler=print_cards_command)


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


def print_cards_command(ctx: CommandContext) -> int:
    if ctx.card_pdf is None:
        raise UserError(msg("cli.print_unavailable"))
    args = ctx.args
    cards = ctx.kiosk.people.printable_cards(applicant_id=args.applicant, session_id=args.session)
    if not cards:
        raise UserError(msg("cli.no_cards"))
    pages = ctx.card_pdf(cards, args.pdf, ctx.lang, args.sheet)
    ctx.print(render("cli.cards_written", ctx.lang, cards=len(cards), path=args.pdf, pages=pages))
    return 0

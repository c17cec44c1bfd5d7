"""Card subcommands: verify a card payload offline."""

from __future__ import annotations

import argparse

from kiosk.cli.common import CommandContext
from kiosk.i18n import define, render

define("cli.card_valid", id="Kartu sah: {card_id}", en="Valid card: {card_id}")
define("cli.card_invalid", id="Kartu tidak sah: {reason}", en="Invalid card: {reason}")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verify = commands.add_parser("verify-card", help="check a card's QR payload offline")
    verify.add_argument("payload")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=verify_card_command)


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

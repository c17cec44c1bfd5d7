"""Certificate subcommands: check a certificate offline, bring in a trust file from a USB stick."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.common import CommandContext
from kiosk.domain import certificate_text
from kiosk.i18n import define, render

define(
    "certificates.cli.trust_imported",
    id="Daftar kepercayaan diterapkan: {applied} dari {changes} data; {revocations} pencabutan.",
    en="Trust file applied: {applied} of {changes} records; {revocations} revocations.",
)


define(
    "cli.help.verify_certificate",
    id="periksa teks QR sertifikat tanpa jaringan (sah, tidak sah, tidak dapat dipastikan)",
    en="check a certificate's QR text offline (valid, invalid, cannot tell)",
)
define("cli.help.certificate_text", id="teks kode QR, K3C1:...", en="the QR code's text, K3C1:...")
define(
    "cli.help.import_trust",
    id="terapkan berkas daftar kepercayaan sertifikat dari kiosk-server export-trust",
    en="apply a certificate trust file written by kiosk-server export-trust",
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], lang: str) -> None:
    check = commands.add_parser(
        "verify-certificate", help=render("cli.help.verify_certificate", lang)
    )
    check.add_argument("text", help=render("cli.help.certificate_text", lang))
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=verify_command)
    trust = commands.add_parser("import-trust", help=render("cli.help.import_trust", lang))
    trust.add_argument("file", type=Path)
    trust.set_defaults(handler=import_trust_command)


def verify_command(ctx: CommandContext) -> int:
    verdict = ctx.kiosk.certificates.verify(ctx.args.text)
    lines = {
        "outcome": verdict.outcome.value,
        "reason": verdict.reason.value,
        "headline": certificate_text.headline(verdict).render(ctx.lang),
        "message": certificate_text.reason(verdict).render(ctx.lang),
        "certifies": None
        if verdict.certificate is None
        else certificate_text.summary(verdict.certificate).render(ctx.lang),
        "trust_age_days": verdict.trust_age_days,
        "revocation_age_days": verdict.revocation_age_days,
    }
    if ctx.args.json:
        ctx.print_json(lines)
    else:
        ctx.print(str(lines["headline"]))
        ctx.print(str(lines["message"]))
        if lines["certifies"]:
            ctx.print(str(lines["certifies"]))
    return 0 if verdict.valid else 1


def import_trust_command(ctx: CommandContext) -> int:
    report = ctx.kiosk.certificates.import_trust_file(ctx.args.file)
    ctx.print(
        render(
            "certificates.cli.trust_imported",
            ctx.lang,
            applied=report.applied,
            changes=report.changes,
            revocations=report.status.revocations,
        )
    )
    return 0 if report.applied == report.changes else 1

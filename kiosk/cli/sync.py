"""Sync subcommands: enrol with the central server, sync once, export a USB bundle."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.common import CommandContext
from kiosk.i18n import UserError, define, msg, render

define(
    "sync.cli.enrolled",
    id="Kios terdaftar di server {server} untuk lokasi {site}.",
    en="Kiosk enrolled with {server} for site {site}.",
)
define(
    "sync.cli.rotated",
    id="Token kios diperbarui; berlaku sampai {expires}.",
    en="The kiosk's token was renewed; it is valid until {expires}.",
)
define(
    "sync.cli.enroll_needs",
    id="Berikan --server dan --code untuk mendaftarkan kios, atau --rotate untuk memperbarui "
    "tokennya.",
    en="Give --server and --code to enrol the kiosk, or --rotate to renew its token.",
)
define(
    "sync.cli.plain_http_warning",
    id="PERINGATAN: sinkronisasi dengan {server} tidak dienkripsi (--insecure-plain-http).",
    en="WARNING: syncing with {server} is not encrypted (--insecure-plain-http).",
)
define(
    "sync.cli.done",
    id="Terkirim {accepted}, sudah ada {duplicate}, ditolak {rejected}; diterima {pulled}; menunggu {pending}.",
    en="Sent {accepted}, already known {duplicate}, rejected {rejected}; received {pulled}; pending {pending}.",
)
define(
    "sync.cli.pending",
    id="Masih ada {pending} data menunggu unggahan: {reason}",
    en="{pending} records still wait for upload: {reason}",
)
define(
    "sync.cli.bundle",
    id="{events} data ditulis ke {path} ({bytes} bita).",
    en="{events} records written to {path} ({bytes} bytes).",
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    enroll = commands.add_parser("enroll", help="pair this kiosk with the central server")
    enroll.add_argument("--server", help="e.g. https://sync.example.go.id")
    enroll.add_argument("--code", help="one-time code from kiosk-server")
    enroll.add_argument("--label", default="", help="a name for this kiosk on the server")
    enroll.add_argument(
        "--ca-file",
        type=Path,
        metavar="FILE",
        help="trust the server certificate's CA from this PEM file (a private CA)",
    )
    enroll.add_argument(
        "--pin",
        action="append",
        default=[],
        metavar="sha256:BASE64",
        help="the server key's pin (kiosk-server tls-pin); repeat for a backup key",
    )
    enroll.add_argument(
        "--insecure-plain-http",
        action="store_true",
        help="DANGER: allow an unencrypted http:// server that is not this computer",
    )
    enroll.add_argument(
        "--rotate", action="store_true", help="renew this kiosk's token now (no code needed)"
    )
    enroll.set_defaults(handler=enroll_command)

    sync = commands.add_parser("sync", help="upload pending records and pull reference data")
    sync.add_argument("--json", action="store_true")
    sync.add_argument("--timeout", type=float, help="seconds to wait for each reply")
    sync.set_defaults(handler=sync_command)

    bundle = commands.add_parser("export-bundle", help="write pending records to a USB bundle")
    bundle.add_argument("file")
    bundle.set_defaults(handler=export_bundle_command)


def enroll_command(ctx: CommandContext) -> int:
    args = ctx.args
    if args.rotate:
        expires = ctx.kiosk.sync.rotate_token()
        ctx.print(render("sync.cli.rotated", ctx.lang, expires=expires.isoformat()))
        return 0
    if not args.server or not args.code:
        raise UserError(msg("sync.cli.enroll_needs"))
    site = ctx.kiosk.sync.enroll(
        args.server,
        args.code,
        label=args.label,
        allow_plain_http=args.insecure_plain_http,
        ca_file=args.ca_file,
        pins=tuple(args.pin),
    )
    if args.insecure_plain_http and args.server.strip().lower().startswith("http://"):
        import sys

        sys.stderr.write(render("sync.cli.plain_http_warning", ctx.lang, server=args.server) + "\n")
    ctx.print(render("sync.cli.enrolled", ctx.lang, server=args.server, site=site))
    return 0


def sync_command(ctx: CommandContext) -> int:
    report = ctx.kiosk.sync.run(timeout_s=ctx.args.timeout)
    reason = "" if report.error is None else report.error.render(ctx.lang)
    if ctx.args.json:
        ctx.print_json(
            {
                "accepted": report.accepted,
                "duplicate": report.duplicate,
                "rejected": report.rejected,
                "pulled": report.pulled,
                "pending": report.pending,
                "requests": report.requests,
                "bytes_up": report.bytes_up,
                "error": reason or None,
                "complete": report.complete,
                # Pulled changes this kiosk could not apply: kept and reported, see the
                # admin's sync page.
                "set_aside": ctx.kiosk.sync.health().set_aside,
            }
        )
    else:
        ctx.print(
            render(
                "sync.cli.done",
                ctx.lang,
                accepted=report.accepted,
                duplicate=report.duplicate,
                rejected=report.rejected,
                pulled=report.pulled,
                pending=report.pending,
            )
        )
    if report.complete:
        return 0
    if not ctx.args.json:
        ctx.out.flush()
        import sys

        sys.stderr.write(
            render("sync.cli.pending", ctx.lang, pending=report.pending, reason=reason) + "\n"
        )
    return 1


def export_bundle_command(ctx: CommandContext) -> int:
    summary = ctx.kiosk.sync.export_bundle(Path(ctx.args.file))
    ctx.print(
        render(
            "sync.cli.bundle",
            ctx.lang,
            events=summary.events,
            path=str(summary.path),
            bytes=summary.bytes,
        )
    )
    return 0

"""Sync subcommands: enrol with the central server, sync once, export a USB bundle."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from kiosk.cli.argtext import translated_type
from kiosk.cli.common import CommandContext
from kiosk.i18n import UserError, define, msg, render

DEFAULT_MAX_WAIT_S = 60.0
MANY_ATTEMPTS = 10_000  # --max-wait ends the retries, not a count

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
    id="Server menerima {accepted} data baru ({duplicate} sudah dimilikinya, {rejected} "
    "ditolak); {pulled} perubahan diunduh; {pending} data masih menunggu unggahan.",
    en="The server took {accepted} new records ({duplicate} it had already, {rejected} "
    "refused); {pulled} changes downloaded; {pending} records still wait for upload.",
)
define(
    "sync.cli.push_start",
    id="Mengunggah {total} data ke server…",
    en="Uploading {total} records to the server…",
)
define(
    "sync.cli.push_progress",
    id="Unggah: server menjawab {done} dari {total} data.",
    en="Upload: the server answered {done} of {total} records.",
)
define(
    "sync.cli.pull_progress",
    id="Unduh: {done} perubahan diterima sejauh ini.",
    en="Download: {done} changes received so far.",
)
define(
    "sync.cli.retry",
    id="Server tidak menjawab ({detail}); mencoba lagi dalam {seconds} detik (percobaan ke-{next}, "
    "menyerah setelah {max_wait} detik tanpa jawaban).",
    en="The server did not answer ({detail}); trying again in {seconds} seconds (attempt "
    "{next}, giving up after {max_wait} seconds without an answer).",
)
define(
    "cli.seconds_invalid",
    id="{value} bukan jumlah detik yang valid: berikan angka 0 atau lebih.",
    en="{value} is not a valid number of seconds: give a number of 0 or more.",
)
define(
    "cli.help.enroll",
    id="pasangkan kios ini dengan server pusat (kode sekali pakai dari operator pusat)",
    en="pair this kiosk with the central server (a one-time code from the central operator)",
)
define(
    "cli.help.server",
    id="alamat server, mis. https://sync.example.go.id",
    en="server address, e.g. https://sync.example.go.id",
)
define(
    "cli.help.code", id="kode sekali pakai dari kiosk-server", en="one-time code from kiosk-server"
)
define("cli.help.label", id="nama kios ini di server", en="a name for this kiosk on the server")
define(
    "cli.help.ca_file",
    id="percayai CA sertifikat server dari berkas PEM ini (CA privat)",
    en="trust the server certificate's CA from this PEM file (a private CA)",
)
define(
    "cli.help.pin_server",
    id="pin kunci server (kiosk-server tls-pin); ulangi untuk kunci cadangan",
    en="the server key's pin (kiosk-server tls-pin); repeat for a backup key",
)
define(
    "cli.help.plain_http",
    id="BAHAYA: izinkan server http:// tanpa enkripsi yang bukan komputer ini",
    en="DANGER: allow an unencrypted http:// server that is not this computer",
)
define(
    "cli.help.rotate",
    id="perbarui token kios ini sekarang (tanpa kode)",
    en="renew this kiosk's token now (no code needed)",
)
define(
    "cli.help.sync",
    id="unggah data yang menunggu dan unduh data rujukan (kode keluar 0 hanya bila tidak ada "
    "yang menunggu)",
    en="upload pending records and pull reference data (exit 0 only when nothing is pending)",
)
define("cli.help.timeout", id="detik menunggu tiap jawaban", en="seconds to wait for each reply")
define(
    "cli.help.max_wait",
    id="menyerah setelah sekian detik berturut-turut tanpa jawaban server (bawaan: 60)",
    en="give up after this many seconds in a row without an answer from the server (default: 60)",
)
define(
    "cli.help.export_bundle",
    id="tulis data yang menunggu ke bundel untuk flashdisk",
    en="write pending records to a bundle for a USB stick",
)
define("cli.help.bundle_file", id="berkas bundel", en="the bundle file")

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


def seconds(text: str) -> float:
    value = float(text)
    if not value >= 0 or value == float("inf"):  # also refuses nan
        raise ValueError(text)
    return value


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], lang: str) -> None:
    enroll = commands.add_parser(
        "enroll", help=render("cli.help.enroll", lang), description=render("cli.help.enroll", lang)
    )
    enroll.add_argument("--server", help=render("cli.help.server", lang))
    enroll.add_argument("--code", help=render("cli.help.code", lang))
    enroll.add_argument("--label", default="", help=render("cli.help.label", lang))
    enroll.add_argument(
        "--ca-file", type=Path, metavar="FILE", help=render("cli.help.ca_file", lang)
    )
    enroll.add_argument(
        "--pin",
        action="append",
        default=[],
        metavar="sha256:BASE64",
        help=render("cli.help.pin_server", lang),
    )
    enroll.add_argument(
        "--insecure-plain-http", action="store_true", help=render("cli.help.plain_http", lang)
    )
    enroll.add_argument("--rotate", action="store_true", help=render("cli.help.rotate", lang))
    enroll.set_defaults(handler=enroll_command)

    number = translated_type(seconds, "cli.seconds_invalid", lang)
    sync = commands.add_parser(
        "sync", help=render("cli.help.sync", lang), description=render("cli.help.sync", lang)
    )
    sync.add_argument("--json", action="store_true", help=render("cli.help.json", lang))
    sync.add_argument("--timeout", type=number, help=render("cli.help.timeout", lang))
    sync.add_argument(
        "--max-wait",
        type=number,
        default=DEFAULT_MAX_WAIT_S,
        metavar="SECONDS",
        help=render("cli.help.max_wait", lang),
    )
    sync.set_defaults(handler=sync_command)

    bundle = commands.add_parser(
        "export-bundle",
        help=render("cli.help.export_bundle", lang),
        description=render("cli.help.export_bundle", lang),
    )
    bundle.add_argument("file", help=render("cli.help.bundle_file", lang))
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
        sys.stderr.write(render("sync.cli.plain_http_warning", ctx.lang, server=args.server) + "\n")
    ctx.print(render("sync.cli.enrolled", ctx.lang, server=args.server, site=site))
    return 0


def sync_command(ctx: CommandContext) -> int:
    from kiosk.sync.engine import Backoff

    # Bounded by time, not by a count of attempts: the operator knows how long to wait.
    backoff = Backoff(attempts=MANY_ATTEMPTS, max_wait=ctx.args.max_wait)
    report = ctx.kiosk.sync.run(
        _progress_lines(ctx.lang, ctx.args.max_wait), backoff=backoff, timeout_s=ctx.args.timeout
    )
    reason = "" if report.error is None else report.error.render(ctx.lang)
    if ctx.args.json:
        ctx.print_json(
            {
                # What the server accepted, answered as known, or refused: never attempts.
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
        sys.stderr.write(
            render("sync.cli.pending", ctx.lang, pending=report.pending, reason=reason) + "\n"
        )
    return 1


def _progress_lines(lang: str, max_wait: float) -> Callable[[object], None]:
    """What the sync is doing, one line each on stderr: batches answered, waits before a
    retry (stdout keeps the summary, or the JSON)."""
    from kiosk.sync.engine import SyncProgress, SyncRetry

    def show(event: object) -> None:
        line = None
        if isinstance(event, SyncProgress) and event.phase == "push":
            if event.done == 0:
                line = (
                    render("sync.cli.push_start", lang, total=event.total) if event.total else None
                )
            else:
                line = render("sync.cli.push_progress", lang, done=event.done, total=event.total)
        elif isinstance(event, SyncProgress) and event.done:
            line = render("sync.cli.pull_progress", lang, done=event.done)
        elif isinstance(event, SyncRetry):
            line = render(
                "sync.cli.retry",
                lang,
                detail=event.detail,
                seconds=f"{event.delay_s:.1f}",
                next=event.attempt + 1,
                max_wait=f"{max_wait:g}",
            )
        if line:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()

    return show


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

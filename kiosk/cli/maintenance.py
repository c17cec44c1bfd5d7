"""Maintenance subcommands: backup, restore, integrity check, retention purge."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from kiosk.cli.common import CommandContext
from kiosk.i18n import define, render

define("cli.backup_done", id="Cadangan ditulis: {path}", en="Backup written: {path}")
define(
    "cli.restore_done",
    id="Basis data dipulihkan dari {source}. Berkas lama disimpan sebagai {kept}.",
    en="Database restored from {source}. The replaced file was kept as {kept}.",
)
define(
    "cli.key_exported",
    id="Kunci data pribadi disalin ke {path}. Simpan di tempat terkunci; siapa pun yang "
    "memegangnya dapat membaca data pribadi kios ini.",
    en="Personal-data key copied to {path}. Keep it locked away: whoever holds it can read "
    "this kiosk's personal data.",
)
define(
    "cli.key_imported",
    id="Kunci data pribadi dipasang: {where}",
    en="Personal-data key installed: {where}",
)
define("cli.check_ok", id="Basis data utuh.", en="The database is intact.")
define(
    "cli.check_read_only",
    id="Basis data utuh, tetapi folder data hanya-baca: status, daftar hadir dan ekspor dapat "
    "dipakai, tetapi kios tidak dapat menyimpan apa pun. Periksa izin folder atau diska.",
    en="The database is intact, but the data folder is read-only: status, rosters and "
    "exports work, but the kiosk cannot save anything. Check the folder or drive permissions.",
)
define(
    "cli.purge_done",
    id="Data pribadi {count} orang dihapus.",
    en="Personal data of {count} people purged.",
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("file", type=Path)
    backup.set_defaults(handler=backup_command)

    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=restore_command)

    check = commands.add_parser("check", help="integrity check of the database")
    check.set_defaults(handler=check_command)

    key = commands.add_parser("key", help="move the personal-data key to or from a file")
    key.add_argument("action", choices=("export", "import"))
    key.add_argument("file", type=Path)
    key.set_defaults(handler=key_command)

    purge = commands.add_parser("purge", help="apply the retention rule to personal data now")
    purge.add_argument("--days", type=int, help="default: the kiosk's retention setting")
    purge.set_defaults(handler=purge_command)


def backup_command(ctx: CommandContext) -> int:
    from kiosk.services.audit import AuditAction, audit
    from kiosk.store.backup import write_backup

    kiosk = ctx.kiosk
    target = write_backup(ctx.paths, ctx.args.file)
    with kiosk.store.transaction() as session:
        audit(kiosk.ctx, session, AuditAction.BACKUP_WRITTEN, detail={"file": target.name})
    ctx.print(render("cli.backup_done", ctx.lang, path=str(target)))
    return 0


def restore_command(ctx: CommandContext) -> int:
    from kiosk.store.backup import restore_backup
    from kiosk.store.lock import DataDirLock

    with DataDirLock(ctx.paths.lock):
        kept = restore_backup(ctx.paths, ctx.args.file, dt.datetime.now(dt.UTC))
    # Opening runs any migration the restored file needs, then records the restore.
    from kiosk.services.audit import AuditAction, audit

    kiosk = ctx.kiosk
    with kiosk.store.transaction() as session:
        audit(kiosk.ctx, session, AuditAction.BACKUP_RESTORED, detail={"file": ctx.args.file.name})
    ctx.print(
        render("cli.restore_done", ctx.lang, source=str(ctx.args.file), kept=str(kept or "-"))
    )
    return 0


def check_command(ctx: CommandContext) -> int:
    from kiosk.store.backup import check_database

    writable = check_database(ctx.paths)
    ctx.print(render("cli.check_ok" if writable else "cli.check_read_only", ctx.lang))
    return 0


def key_command(ctx: CommandContext) -> int:
    from kiosk.store.keystore import export_key, import_key

    if ctx.args.action == "export":
        ctx.print(
            render("cli.key_exported", ctx.lang, path=str(export_key(ctx.paths, ctx.args.file)))
        )
    else:
        ctx.print(render("cli.key_imported", ctx.lang, where=import_key(ctx.paths, ctx.args.file)))
    return 0


def purge_command(ctx: CommandContext) -> int:
    from kiosk.services.settings import RETENTION_DAYS

    days = ctx.args.days if ctx.args.days is not None else ctx.kiosk.settings.get(RETENTION_DAYS)
    result = ctx.kiosk.privacy.purge_expired(retention_days=days)
    ctx.print(render("cli.purge_done", ctx.lang, count=result.purged))
    return 0

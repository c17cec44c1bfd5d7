"""Maintenance subcommands: backup, restore, integrity check, retention purge, key transfer."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sqlite3
from contextlib import closing
from pathlib import Path

from kiosk.cli.argtext import translated_type
from kiosk.cli.common import CommandContext
from kiosk.i18n import UserError, define, msg, render

log = logging.getLogger(__name__)

define("cli.backup_done", id="Cadangan ditulis: {path}", en="Backup written: {path}")
define(
    "cli.restore_done",
    id="Basis data dipulihkan dari {source}. Berkas lama disimpan sebagai {kept}.",
    en="Database restored from {source}. The replaced file was kept as {kept}.",
)
define(
    "cli.restore_plan",
    id="Pemulihan mengganti basis data kios {database} ({current}) dengan cadangan {source} "
    "({backup}). Berkas yang diganti disimpan di sampingnya (kiosk.sqlite3.replaced-…).",
    en="Restoring replaces the kiosk database {database} ({current}) with the backup {source} "
    "({backup}). The replaced file is kept beside it (kiosk.sqlite3.replaced-…).",
)
define(
    "cli.db_summary",
    id="{applicants} pendaftar, {pending} data menunggu unggahan, diubah {modified}",
    en="{applicants} applicants, {pending} records waiting for upload, changed {modified}",
)
define("cli.db_unreadable", id="tidak dapat dibaca", en="cannot be read")
define("cli.db_none", id="belum ada", en="none yet")
define(
    "cli.file_missing",
    id="Berkas {path} tidak ada. Tidak ada yang diubah.",
    en="The file {path} does not exist. Nothing was changed.",
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
    "cli.purge_plan",
    id="Data pribadi (NIK, nama, alamat, telepon, email, KK) {count} orang yang terdaftar "
    "lebih dari {days} hari lalu, sudah diterima server, dan tanpa kelas yang sedang atau akan "
    "berjalan akan dihapus untuk selamanya. Kartu dan absensi tetap ada tanpa nama.",
    en="The personal data (NIK, name, address, phone, email, KK) of {count} people registered "
    "more than {days} days ago, acknowledged by the server and with no current or future "
    "session will be removed for good. Cards and attendance stay, without names.",
)
define(
    "cli.purge_done",
    id="Data pribadi {count} orang dihapus.",
    en="Personal data of {count} people purged.",
)
define(
    "cli.days_invalid",
    id="{value} bukan jumlah hari yang valid: berikan bilangan bulat 1 atau lebih.",
    en="{value} is not a valid number of days: give a whole number of 1 or more.",
)
define(
    "cli.backup_not_audited",
    id="(Kios sedang berjalan: cadangan ini tidak dicatat di log audit.)",
    en="(The kiosk is running: this backup is not recorded in the audit log.)",
)
define(
    "cli.help.backup",
    id="tulis salinan basis data yang konsisten (juga saat kios berjalan)",
    en="write a consistent copy of the database (also while the kiosk runs)",
)
define("cli.help.backup_file", id="berkas cadangan yang ditulis", en="the backup file to write")
define(
    "cli.help.restore",
    id="ganti basis data dengan sebuah cadangan (kios harus ditutup)",
    en="replace the database with a backup (the kiosk must be closed)",
)
define("cli.help.restore_file", id="berkas cadangan", en="the backup file")
define(
    "cli.help.yes",
    id="lanjutkan tanpa bertanya (untuk skrip)",
    en="go ahead without asking (for scripts)",
)
define("cli.help.check", id="periksa keutuhan basis data", en="integrity check of the database")
define(
    "cli.help.key",
    id="pindahkan kunci data pribadi ke atau dari sebuah berkas (pindah PC)",
    en="move the personal-data key to or from a file (moving to a new PC)",
)
define("cli.help.key_action", id="export atau import", en="export or import")
define("cli.help.key_file", id="berkas kunci", en="the key file")
define(
    "cli.help.purge",
    id="terapkan aturan retensi pada data pribadi sekarang (menampilkan dulu apa yang dihapus)",
    en="apply the retention rule to personal data now (shows first what it removes)",
)
define(
    "cli.help.days",
    id="hari (1 atau lebih; bawaan: pengaturan retensi kios)",
    en="days (1 or more; default: the kiosk's retention setting)",
)


def days(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError(text)
    return value


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], lang: str) -> None:
    backup = commands.add_parser(
        "backup", help=render("cli.help.backup", lang), description=render("cli.help.backup", lang)
    )
    backup.add_argument("file", type=Path, help=render("cli.help.backup_file", lang))
    backup.set_defaults(handler=backup_command, reads_only=True)

    restore = commands.add_parser(
        "restore",
        help=render("cli.help.restore", lang),
        description=render("cli.help.restore", lang),
    )
    restore.add_argument("file", type=Path, help=render("cli.help.restore_file", lang))
    restore.add_argument("--yes", action="store_true", help=render("cli.help.yes", lang))
    restore.set_defaults(handler=restore_command)

    check = commands.add_parser(
        "check", help=render("cli.help.check", lang), description=render("cli.help.check", lang)
    )
    check.set_defaults(handler=check_command, reads_only=True)

    key = commands.add_parser(
        "key", help=render("cli.help.key", lang), description=render("cli.help.key", lang)
    )
    key.add_argument(
        "action", choices=("export", "import"), help=render("cli.help.key_action", lang)
    )
    key.add_argument("file", type=Path, help=render("cli.help.key_file", lang))
    key.set_defaults(handler=key_command)

    purge = commands.add_parser(
        "purge", help=render("cli.help.purge", lang), description=render("cli.help.purge", lang)
    )
    purge.add_argument(
        "--days",
        type=translated_type(days, "cli.days_invalid", lang),
        help=render("cli.help.days", lang),
    )
    purge.add_argument("--yes", action="store_true", help=render("cli.help.yes", lang))
    purge.set_defaults(handler=purge_command)


def backup_command(ctx: CommandContext) -> int:
    from kiosk.services.audit import AuditAction, audit
    from kiosk.store.backup import write_backup

    kiosk = ctx.kiosk
    target = write_backup(ctx.paths, ctx.args.file)
    if kiosk.store.read_only:
        # Beside a running GUI (or in a read-only folder) this process may not write: the
        # copy is made, the audit entry cannot be.
        log.info("backup written to %s while the store was open read-only", target.name)
        ctx.print(render("cli.backup_done", ctx.lang, path=str(target)))
        if kiosk.store.beside_writer:
            ctx.print(render("cli.backup_not_audited", ctx.lang))
        return 0
    with kiosk.store.transaction() as session:
        audit(kiosk.ctx, session, AuditAction.BACKUP_WRITTEN, detail={"file": target.name})
    ctx.print(render("cli.backup_done", ctx.lang, path=str(target)))
    return 0


def restore_command(ctx: CommandContext) -> int:
    from kiosk.store.backup import BackupError, integrity_problems, restore_backup
    from kiosk.store.db import schema_revision
    from kiosk.store.lock import DataDirLock

    source: Path = ctx.args.file
    if not source.is_file():
        raise UserError(msg("cli.file_missing", path=str(source)))
    if integrity_problems(source) or schema_revision(source) is None:
        raise BackupError(msg("backup.not_a_backup", path=str(source)))
    with DataDirLock(ctx.paths.lock):
        ctx.confirm(
            render(
                "cli.restore_plan",
                ctx.lang,
                database=str(ctx.paths.database),
                current=_describe(ctx.paths.database, ctx.lang),
                source=str(source),
                backup=_describe(source, ctx.lang),
            )
        )
        kept = restore_backup(ctx.paths, source, dt.datetime.now(dt.UTC))
    # Opening runs any migration the restored file needs, then records the restore.
    from kiosk.services.audit import AuditAction, audit

    kiosk = ctx.kiosk
    with kiosk.store.transaction() as session:
        audit(kiosk.ctx, session, AuditAction.BACKUP_RESTORED, detail={"file": source.name})
    ctx.print(render("cli.restore_done", ctx.lang, source=str(source), kept=str(kept or "-")))
    return 0


def _describe(database: Path, lang: str) -> str:
    """What a database file holds, in a few words, read without changing it."""
    if not database.is_file() or database.stat().st_size == 0:
        return render("cli.db_none", lang)
    from kiosk.store.guard import reader_uri

    modified = dt.datetime.fromtimestamp(database.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    try:
        with closing(sqlite3.connect(reader_uri(database, writable=True), uri=True)) as conn:
            applicants = conn.execute("SELECT count(*) FROM applicant").fetchone()[0]
            pending = conn.execute(
                "SELECT count(*) FROM outbox_event WHERE status = 'pending'"
            ).fetchone()[0]
    except sqlite3.DatabaseError:
        return render("cli.db_unreadable", lang)
    return render("cli.db_summary", lang, applicants=applicants, pending=pending, modified=modified)


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

    kiosk = ctx.kiosk
    retention = ctx.args.days if ctx.args.days is not None else kiosk.settings.get(RETENTION_DAYS)
    due = kiosk.privacy.due_for_purge(retention)
    ctx.confirm(render("cli.purge_plan", ctx.lang, count=due, days=retention))
    result = kiosk.privacy.purge_expired(retention_days=retention)
    ctx.print(render("cli.purge_done", ctx.lang, count=result.purged))
    return 0

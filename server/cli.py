"""The `kiosk-server` command: serve the API and the central operator's admin tasks."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kiosk.domain.clock import utc_now
from server import __version__
from server.db import Database, sqlite_file
from server.secrets import ENV_SECRETS, SecretsError

ENV_DATABASE = "KIOSK_SERVER_DATABASE"
DATA_FOLDER_NAME = "kios3in1-server"
DATABASE_FILE = "server.sqlite3"

log = logging.getLogger("kiosk-server")


def default_database_url() -> str:
    """The SQLite file in the user's data folder (``~/.local/share/kios3in1-server`` on
    Linux, ``%LOCALAPPDATA%\\kios3in1-server`` on Windows), its secrets folder beside it;
    never a file in whatever folder the command was started from."""
    import platformdirs

    folder = Path(platformdirs.user_data_dir(DATA_FOLDER_NAME, appauthor=False))
    return f"sqlite:///{folder / DATABASE_FILE}"


class NoDatabase(Exception):
    """A command that only works on an existing database found none."""


def _database(args: argparse.Namespace, *, create: bool = False) -> Database:
    """``create``: a missing SQLite file is made (serve, enrolment-code); otherwise a missing
    one is an error rather than a new, empty database that answers with zeros."""
    url = args.database or os.environ.get(ENV_DATABASE) or default_database_url()
    path = sqlite_file(url)
    if path is not None:
        if not create and not path.exists():
            raise NoDatabase(
                f"no server database at {path}: start the server once (kiosk-server serve) or "
                "pass --database"
            )
        if create and args.database is None and not os.environ.get(ENV_DATABASE):
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    return Database(url, secrets_dir=args.secrets_dir)


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server.accounts import IdentitySettings
    from server.app import create_app

    if bool(args.tls_cert) != bool(args.tls_key):
        return _fail("--tls-cert and --tls-key go together")
    for option, path in (("--tls-cert", args.tls_cert), ("--tls-key", args.tls_key)):
        if path and not os.access(path, os.R_OK):
            return _fail(f"{option}: cannot read {path}")
    try:
        identity = _identity_settings(args, IdentitySettings.from_env())
    except ValueError as exc:
        return _fail(str(exc))
    if not args.tls_cert and not args.forwarded_allow_ips and not _loopback(args.host):
        logging.getLogger(__name__).warning(
            "serving plain HTTP on %s: kiosks refuse it; pass --tls-cert/--tls-key or put a "
            "TLS reverse proxy in front (docs/deploy.md)",
            args.host,
        )
    if args.workers != 1:
        return _serve_workers(args, identity)
    db = _database(args, create=True)
    try:
        config = uvicorn.Config(
            create_app(db, identity=identity),
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            ssl_certfile=args.tls_cert,
            ssl_keyfile=args.tls_key,
            # X-Forwarded-For is believed only from the reverse proxy the operator names;
            # otherwise any client could pick the address its enrolment attempts count on.
            proxy_headers=bool(args.forwarded_allow_ips),
            forwarded_allow_ips=args.forwarded_allow_ips or "",
        )
        announcing_server(uvicorn, config, _shown_url(db.url)).run()
    finally:
        db.close()
    return 0


def _serve_workers(args: argparse.Namespace, identity: Any) -> int:
    """Several uvicorn worker processes on one socket, each with its own pool of database
    connections (server.app.app_from_env). The schema is migrated and the keys opened here,
    once, before any worker starts; the workers then read the same settings from the
    environment this process leaves them."""
    import uvicorn
    from sqlalchemy.engine import make_url

    from server.accounts import (
        ENV_ENROL_PER_ADDRESS,
        ENV_ENROL_TOTAL,
        ENV_ENROL_WINDOW,
        ENV_TOKEN_DAYS,
    )

    if args.workers < 1:
        return _fail("--workers must be at least 1")
    url = args.database or os.environ.get(ENV_DATABASE) or default_database_url()
    if make_url(url).get_backend_name() != "postgresql":
        return _fail(
            f"--workers {args.workers} needs PostgreSQL: SQLite lets one process write at a "
            f"time, so several workers would only wait for each other. Serve SQLite with "
            f"--workers 1, or move to --database postgresql+psycopg://... (docs/deploy.md)"
        )
    folder = _migrate_once(url, args.secrets_dir)
    os.environ.update(
        {
            ENV_DATABASE: url,
            ENV_SECRETS: str(folder.resolve()),
            ENV_TOKEN_DAYS: repr(identity.token_lifetime.total_seconds() / 86400),
            ENV_ENROL_PER_ADDRESS: str(identity.enrol_per_address),
            ENV_ENROL_TOTAL: str(identity.enrol_total),
            ENV_ENROL_WINDOW: repr(identity.enrol_window.total_seconds()),
        }
    )
    uvicorn.run(
        "server.app:app_from_env",
        factory=True,
        workers=args.workers,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        # As with one worker: X-Forwarded-For only from the reverse proxy the operator names.
        proxy_headers=bool(args.forwarded_allow_ips),
        forwarded_allow_ips=args.forwarded_allow_ips or "",
    )
    return 0


# pg_advisory_lock key of schema migrations ("K3M1" as a number): any constant all servers of
# one database agree on.
MIGRATION_LOCK = 0x4B334D31


def _migrate_once(url: str, secrets_dir: str | None) -> Path:
    """Migrate and open the secrets folder (making the keys on a first start) before any
    worker exists. Under a PostgreSQL advisory lock: several hosts started together migrate
    one after the other, and the later ones find the schema current. Returns the folder."""
    from sqlalchemy import text

    from server.db import make_engine

    engine = make_engine(url)
    try:
        # Outside any transaction: the lock is the session's, and no open transaction of
        # ours may hold up what a migration waits for.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            try:
                db = Database(url, secrets_dir=secrets_dir)
                db.close()
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
    finally:
        engine.dispose()
    return db.secrets.folder


def announcing_server(uvicorn: Any, config: Any, database: str) -> Any:
    """A uvicorn server that says where it listens once its socket is bound (uvicorn's own
    line is at INFO, below the default log level)."""

    class AnnouncingServer(uvicorn.Server):  # type: ignore[misc]
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets=sockets)
            tls = self.config.ssl is not None
            for server in self.servers:
                for sock in server.sockets or ():
                    host, port = sock.getsockname()[:2]
                    log.info(
                        "listening on %s://%s:%s (%s); database %s",
                        "https" if tls else "http",
                        f"[{host}]" if ":" in host else host,
                        port,
                        "TLS" if tls else "no TLS: plain HTTP",
                        database,
                    )

    return AnnouncingServer(config)


def _shown_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _identity_settings(args: argparse.Namespace, base: Any) -> Any:
    """The environment's settings with the options given on the command line on top."""
    import dataclasses

    changes: dict[str, Any] = {}
    if args.token_lifetime_days is not None:
        changes["token_lifetime"] = dt.timedelta(days=args.token_lifetime_days)
    if args.enrol_limit_per_address is not None:
        changes["enrol_per_address"] = args.enrol_limit_per_address
    if args.enrol_limit_total is not None:
        changes["enrol_total"] = args.enrol_limit_total
    if args.enrol_window is not None:
        changes["enrol_window"] = dt.timedelta(seconds=args.enrol_window)
    for name, value in changes.items():
        if (value.total_seconds() if isinstance(value, dt.timedelta) else value) <= 0:
            raise ValueError(f"{name.replace('_', ' ')} must be positive")
    return dataclasses.replace(base, **changes)


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def tls_pin_command(args: argparse.Namespace) -> int:
    """The pin a kiosk can be given at enrolment (``kiosk enroll --pin``) for this certificate."""
    from kiosk.sync.transport import pin_of_certificate_pem

    try:
        pem = Path(args.file).read_bytes()
    except OSError as exc:
        return _fail(f"cannot read {args.file}: {exc.strerror}")
    try:
        print(pin_of_certificate_pem(pem))
    except ValueError as exc:
        return _fail(f"{args.file}: {exc}")
    return 0


def enrolment_code(args: argparse.Namespace) -> int:
    from server.accounts import new_enrolment_code, valid_site
    from server.audit import record

    if not valid_site(args.site):
        return _fail("a site code has 1-40 letters, digits, dots, dashes or underscores")
    db = _database(args, create=True)
    try:
        with db.transaction() as session:
            code = new_enrolment_code(session, args.site, utc_now())
            record(session, "enrolment_code", "done", site=args.site, detail={"via": "cli"})
    finally:
        db.close()
    print(f"site {args.site}: one-time code, valid for 24 hours")
    print(code)
    return 0


def stats_of(db: Database) -> dict[str, Any]:
    from server.models import (
        Attendance,
        AttendanceScan,
        Card,
        ClockSample,
        Device,
        Event,
        Person,
        ReferenceRecord,
    )

    with db.transaction() as session:

        def count(model: Any, *where: Any) -> int:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

        def kind(name: str) -> int:
            return count(ReferenceRecord, ReferenceRecord.kind == name)

        return {
            "devices": count(Device),
            "devices_revoked": count(Device, Device.revoked_at.is_not(None)),
            "events_received": count(Event),
            "events_clock_suspect": count(Event, Event.clock_suspect.is_(True)),
            "applicants": count(Person),
            "cards": count(Card),
            "cards_revoked": count(Card, Card.revoked_at.is_not(None)),
            "sessions": kind("training_session"),
            "enrolments": kind("enrolment"),
            "attendances": count(Attendance),
            "attendance_events": count(AttendanceScan),
            "clock_samples": count(ClockSample),
        }


def stats(args: argparse.Namespace) -> int:
    db = _database(args)
    try:
        data = stats_of(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        for key, value in data.items():
            print(f"{key:<22} {value}")
    return 0


def import_bundle_command(args: argparse.Namespace) -> int:
    from server.bundle import BundleRefused, import_bundle

    db = _database(args)
    try:
        report = import_bundle(db, Path(args.file), utc_now())
    except BundleRefused as exc:
        return _fail(f"bundle refused: {exc}")
    except FileNotFoundError:
        return _fail(f"no such file: {args.file}")
    finally:
        db.close()
    print(
        f"device {report.device_id}: {report.events} events, {report.accepted} accepted, "
        f"{report.duplicate} already known, {report.rejected} rejected"
    )
    return 0


def revoke_card_command(args: argparse.Namespace) -> int:
    from kiosk.domain.card import card_id_from_number, card_id_text
    from kiosk.i18n import UserError
    from server.audit import record
    from server.ingest import revoke_card
    from server.models import Card

    try:
        # The printed number (ABCD-EFGH-IJKL-MNOP) or the stored id (16 Base32 characters).
        card_id = card_id_text(card_id_from_number(args.card_id))
    except (ValueError, UserError):
        return _fail(
            f"{args.card_id!r} is not a card id: 16 Base32 characters, as printed on the card "
            "(ABCD-EFGH-IJKL-MNOP)"
        )
    db = _database(args)
    try:
        with db.transaction() as session:
            card = session.get(Card, card_id)
            if card is None and not args.force:
                return _fail(
                    f"no card {card_id} on this server: no kiosk has uploaded it yet. To revoke "
                    "a lost card before its kiosk syncs, run again with --force"
                )
            if card is not None and card.revoked_at is not None:
                print(f"card {card_id} was already revoked at {card.revoked_at.isoformat()}")
                return 0
            revoke_card(session, card_id, args.reason, utc_now())
            record(
                session,
                "revoke_card",
                "done",
                reason=args.reason,
                detail={"card_id": card_id, "via": "cli", "known": card is not None},
            )
    finally:
        db.close()
    if card is None:
        print(f"card {card_id} revoked before any kiosk uploaded it (--force)")
    else:
        print(f"card {card_id} revoked; kiosks refuse it after their next sync")
    return 0


def revoke_certificate_command(args: argparse.Namespace) -> int:
    from kiosk.domain.certificate_code import CertificateCodeError, id_from_code, id_text
    from server.audit import record
    from server.certificates import revoke_certificate
    from server.models import IssuedCertificate

    try:
        number = id_text(id_from_code(args.certificate_id))
    except CertificateCodeError as exc:
        return _fail(str(exc.message))
    db = _database(args)
    try:
        with db.transaction() as session:
            known = session.get(IssuedCertificate, number) is not None
            # Revoked even if no kiosk has uploaded it yet: a certificate must stop working.
            row, new = revoke_certificate(session, number, args.reason, utc_now())
            if new:
                record(
                    session,
                    "revoke_certificate",
                    "done",
                    reason=args.reason,
                    detail={"certificate_id": number, "number": row.number, "via": "cli"},
                )
    finally:
        db.close()
    if not new:
        print(f"certificate {number} was already revoked")
        return 0
    print(
        f"certificate {number} revoked (revocation {row.number})"
        + ("" if known else " (not yet uploaded by any kiosk)")
    )
    return 0


def export_trust_command(args: argparse.Namespace) -> int:
    from server.certificates import export_trust_file

    db = _database(args)
    try:
        with db.transaction() as session:
            count = export_trust_file(session, Path(args.file), utc_now())
    except OSError as exc:
        return _fail(f"cannot write {args.file}: {exc.strerror}")
    finally:
        db.close()
    print(f"trust file {args.file}: the trust list and {count} certificate revocations")
    return 0


def report_command(args: argparse.Namespace) -> int:
    from server.certificate_report import as_csv, certificate_figures, write_figures_xlsx

    if args.subject == "placement":
        from server.followup_cli import placement_report_command

        return placement_report_command(args)
    if args.json:
        args.format = "json"
    for flag, kind in ((args.csv, "csv"), (args.xlsx, "xlsx")):
        if flag:
            args.format, args.out = kind, flag

    if args.format == "xlsx" and not args.out:
        return _fail("--format xlsx needs --out FILE.xlsx (a workbook is not terminal text)")
    today = dt.date.fromisoformat(args.today) if args.today else utc_now().date()
    db = _database(args)
    try:
        with db.transaction() as session:
            figures = certificate_figures(session, today)
    finally:
        db.close()
    if args.format == "xlsx":
        try:
            write_figures_xlsx(figures, Path(args.out))
        except OSError as exc:
            return _fail(f"cannot write {args.out}: {exc.strerror}")
        print(f"{args.out}: {len(figures)} rows of certificate figures for {today.isoformat()}")
        return 0
    if args.format == "csv":
        text = as_csv(figures)
    else:
        text = json.dumps({"today": today.isoformat(), "rows": figures}, indent=2) + "\n"
    if not args.out:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.out).write_text(text, encoding="utf-8")
    except OSError as exc:
        return _fail(f"cannot write {args.out}: {exc.strerror}")
    return 0


def publish_scheme_command(args: argparse.Namespace) -> int:
    from kiosk.domain.assessment import AssessmentInvalid
    from server.assessments import publish_scheme
    from server.audit import record

    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return _fail(f"cannot read {args.file}: {exc}")
    db = _database(args)
    try:
        with db.transaction() as session:
            try:
                scheme, new = publish_scheme(session, data, utc_now())
            except AssessmentInvalid as exc:
                return _fail(f"not a scheme: {exc}")
            record(
                session,
                "publish_scheme",
                "done",
                detail={"scheme": scheme.number, "units": len(scheme.units), "new": new},
            )
    finally:
        db.close()
    print(
        f"scheme {scheme.number} ({len(scheme.units)} units) "
        + ("published" if new else "republished")
        + " to every kiosk"
    )
    return 0


def revoke_device_command(args: argparse.Namespace) -> int:
    from server.accounts import revoke_device
    from server.audit import record

    db = _database(args)
    try:
        with db.transaction() as session:
            found = revoke_device(session, args.device_id, utc_now())
            if found:
                record(session, "revoke_device", "done", device_id=args.device_id)
    finally:
        db.close()
    if not found:
        return _fail(f"no such device: {args.device_id}")
    print(f"device {args.device_id} revoked; its card-signing key is no longer trusted")
    return 0


def audit_command(args: argparse.Namespace) -> int:
    from server.audit import entries

    db = _database(args)
    try:
        with db.transaction() as session:
            rows = entries(session, limit=args.limit)
    finally:
        db.close()
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("the audit log is empty")
    for row in rows:
        who = row["device_id"] or row["client"] or "-"
        print(
            f"{row['at'][:19]}  {row['outcome']:<8} {row['action']:<22} {who:<36} "
            f"{row['reason'] or ''}"
        )
    return 0


def add_user_command(args: argparse.Namespace) -> int:
    """A console user (the first admin, typically): the password is asked for at a terminal,
    or read from standard input with --password-stdin (for scripts)."""
    from server.audit import record
    from server.console.users import UserInvalid, check_new_user, create_user
    from server.console.web import label

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        import getpass

        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            return _fail("the passwords differ")
    try:
        check_new_user(args.name, args.role, args.site or [], password)
    except UserInvalid as exc:
        return _fail(label(exc.code, "en"))
    db = _database(args)
    try:
        with db.transaction() as session:
            user = create_user(session, args.name, args.role, args.site or [], password, utc_now())
            record(
                session,
                "console_user_added",
                "done",
                detail={"via": "cli", "new_user": user.id, "role": user.role},
            )
    except UserInvalid as exc:
        return _fail(label(exc.code, "en"))
    finally:
        db.close()
    where = ", ".join(args.site) if args.site else "every site"
    print(f"console user {args.name} added: {args.role} of {where}")
    return 0


def _fail(text: str) -> int:
    sys.stderr.write(f"kiosk-server: {text}\n")
    return 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-server", description="Kios3in1 central server.")
    parser.add_argument("--version", action="version", version=f"kiosk-server {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> Any:
        sub = commands.add_parser(name, help=text)
        sub.add_argument(
            "--database",
            help=f"SQLAlchemy URL (default ${ENV_DATABASE}, else {DATABASE_FILE} in the user "
            f"data folder: ~/.local/share/{DATA_FOLDER_NAME}/ on Linux, "
            f"%%LOCALAPPDATA%%\\{DATA_FOLDER_NAME}\\ on Windows)",
        )
        sub.add_argument(
            "--secrets-dir",
            help=f"folder of the server's keys, kept apart from the database (default "
            f"${ENV_SECRETS}, else kiosk-server-secrets/ next to a SQLite file, else "
            f"$XDG_DATA_HOME/kios3in1-server/secrets)",
        )
        sub.set_defaults(handler=handler)
        return sub

    sub = command("serve", serve, "serve the sync API")
    sub.add_argument("--host", default="127.0.0.1")
    sub.add_argument("--port", type=int, default=8080)
    sub.add_argument("--log-level", default="warning")
    sub.add_argument("--tls-cert", metavar="FILE", help="serve HTTPS with this certificate (PEM)")
    sub.add_argument("--tls-key", metavar="FILE", help="the certificate's private key (PEM)")
    sub.add_argument(
        "--forwarded-allow-ips",
        metavar="ADDRESSES",
        help="comma-separated addresses of the reverse proxy whose X-Forwarded-For is trusted",
    )
    sub.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes on this host, PostgreSQL only (several hosts may serve one "
        "database too; docs/deploy.md)",
    )
    sub.add_argument(
        "--token-lifetime-days",
        type=float,
        help="days a bearer token works (default $KIOSK_SERVER_TOKEN_DAYS or 90)",
    )
    sub.add_argument(
        "--enrol-limit-per-address",
        type=int,
        help="failed enrolments per client address and window "
        "(default $KIOSK_SERVER_ENROL_LIMIT_PER_ADDRESS or 20)",
    )
    sub.add_argument(
        "--enrol-limit-total",
        type=int,
        help="failed enrolments in total per window (default $KIOSK_SERVER_ENROL_LIMIT_TOTAL or 200)",
    )
    sub.add_argument(
        "--enrol-window",
        type=float,
        metavar="SECONDS",
        help="length of the enrolment limit window (default $KIOSK_SERVER_ENROL_WINDOW_S or 900)",
    )
    sub = command("enrolment-code", enrolment_code, "print a one-time kiosk enrolment code")
    sub.add_argument("--site", required=True)
    sub = command("stats", stats, "counts of what the server holds")
    sub.add_argument("--json", action="store_true")
    sub = command("import-bundle", import_bundle_command, "import a kiosk's USB bundle")
    sub.add_argument("file")
    sub = command("revoke-card", revoke_card_command, "revoke a card everywhere")
    sub.add_argument("card_id", help="the card number as printed (ABCD-EFGH-IJKL-MNOP)")
    sub.add_argument("--reason", default="revoked")
    sub.add_argument(
        "--force",
        action="store_true",
        help="revoke a card no kiosk has uploaded yet (a lost card printed offline)",
    )
    sub = command(
        "revoke-certificate", revoke_certificate_command, "revoke a certificate everywhere"
    )
    sub.add_argument("certificate_id", help="the certificate number or short code")
    sub.add_argument("--reason", default="revoked")
    sub = command(
        "export-trust", export_trust_command, "write the certificate trust file for USB sticks"
    )
    sub.add_argument("file")
    sub = command("report", report_command, "figures per site and scheme, or site and month")
    sub.add_argument("subject", choices=["certificates", "placement"])
    sub.add_argument("--format", choices=["json", "csv", "xlsx"], default="json")
    sub.add_argument("--out", help="write to this file instead of the terminal (needed for xlsx)")
    sub.add_argument("--json", action="store_true", help="JSON on the terminal (the default)")
    sub.add_argument("--csv", metavar="FILE", help="write the figures as CSV to FILE")
    sub.add_argument("--xlsx", metavar="FILE", help="write the figures as XLSX to FILE")
    sub.add_argument("--today", help="count expiries from this day (YYYY-MM-DD)")
    sub = command(
        "publish-scheme", publish_scheme_command, "publish a certification scheme (skema) JSON"
    )
    sub.add_argument("file", help='{"number", "title", "lsp", "units": [{"code", "title"}]}')
    sub = command("revoke-device", revoke_device_command, "refuse a kiosk and distrust its key")
    sub.add_argument("device_id")
    sub = commands.add_parser(
        "tls-pin", help="print the public-key pin of a certificate, for `kiosk enroll --pin`"
    )
    sub.add_argument("file", help="the server certificate (PEM)")
    sub.set_defaults(handler=tls_pin_command)
    sub = command("add-user", add_user_command, "add a user of the web console (/console)")
    sub.add_argument("name")
    sub.add_argument("--role", required=True, choices=("admin", "manager", "viewer"))
    sub.add_argument(
        "--site",
        action="append",
        metavar="CODE",
        help="a site the user may see (repeat for several; required for a manager)",
    )
    sub.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    sub = command("audit", audit_command, "the newest entries of the audit log")
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--limit", type=int, default=200)
    from server.placement_cli import register as register_placement

    register_placement(command)
    from server.followup_cli import register as register_followup

    register_followup(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    log.setLevel(logging.INFO)  # this command's own lines (where it listens) at INFO
    # Everything the server writes (database, its -wal/-shm, keys) is for its owner alone.
    os.umask(0o077)
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except (SecretsError, NoDatabase) as exc:
        return _fail(str(exc))
    except Exception as exc:  # one line for the operator; the trace goes to the log
        logging.getLogger(__name__).debug("command failed", exc_info=exc)
        return _fail(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
    return code


if __name__ == "__main__":
    sys.exit(main())

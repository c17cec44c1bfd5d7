"""`kiosk-server` commands for placement: vacancy lists and bundles, site regions, stages."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.domain.clock import utc_now

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _database(args: argparse.Namespace) -> Any:
    from server.cli import _database as database

    return database(args)


def import_vacancies_command(args: argparse.Namespace) -> int:
    from server.audit import record
    from server.placement import ImportRefused, import_vacancy_file
    from server.vacancy_file import MAX_FILE_BYTES, SUFFIXES

    path = Path(args.file)
    if path.suffix.lower() not in SUFFIXES:
        print("error: only CSV (UTF-8) and XLSX files are read", file=sys.stderr)
        return 2
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            print(f"error: {path.name} is larger than {MAX_FILE_BYTES} bytes", file=sys.stderr)
            return 2
        data = path.read_bytes()
    except OSError as exc:
        print(f"error: cannot read {path.name}: {type(exc).__name__}", file=sys.stderr)
        return 2
    db = _database(args)
    try:
        with db.transaction() as session:
            result = import_vacancy_file(session, path.name, data, utc_now())
            record(
                session,
                "import_vacancies",
                "done",
                detail={"published": result.published, "already": result.already, "via": "cli"},
            )
    except ImportRefused as exc:
        print(f"error: {path.name} refused, nothing imported:", file=sys.stderr)
        for line in exc.lines[:50]:
            print(f"  {line}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"{result.published} vacancies published, {result.already} already imported")
    if result.sites_without_region:
        print(
            "warning: no site is in province "
            + ", ".join(result.sites_without_region)
            + " (kiosk-server site-region): no kiosk receives those vacancies yet"
        )
    return 0


def site_region_command(args: argparse.Namespace) -> int:
    from kiosk.domain.regions import province
    from server.accounts import valid_site
    from server.placement import set_site_region

    if not valid_site(args.site) or not re.fullmatch(r"[0-9]{2}", args.province):
        print("error: give a site code and a two-digit province code", file=sys.stderr)
        return 2
    if province(args.province) is None:
        print(f"error: unknown province {args.province}", file=sys.stderr)
        return 2
    db = _database(args)
    try:
        with db.transaction() as session:
            set_site_region(session, args.site, args.province)
    finally:
        db.close()
    print(f"site {args.site}: province {args.province}; its kiosks pull that province's vacancies")
    return 0


def application_command(args: argparse.Namespace) -> int:
    from server.audit import record
    from server.placement import StageRefused, set_stage

    db = _database(args)
    try:
        with db.transaction() as session:
            application = set_stage(session, args.id, args.stage, utc_now())
            record(
                session,
                "application_stage",
                "done",
                detail={"application_id": args.id, "stage": args.stage, "via": "cli"},
            )
            summary = {"id": application.id, "stage": application.stage}
    except StageRefused as exc:
        print(f"error: {exc.code}: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(json.dumps(summary))
    return 0


def close_applications_command(args: argparse.Namespace) -> int:
    from server.audit import record
    from server.outcomes import close_applications

    if not 0 <= args.grace_days <= 365:
        print("error: --grace-days must be 0 to 365", file=sys.stderr)
        return 2
    db = _database(args)
    try:
        with db.transaction() as session:
            closed = close_applications(session, utc_now(), args.grace_days)
            record(
                session,
                "close_applications",
                "done",
                detail={
                    "closed": len(closed),
                    "grace_days": args.grace_days,
                    "applications": [row.application_id for row in closed[:200]],
                    "via": "cli",
                },
            )
    finally:
        db.close()
    for row in closed:
        print(f"{row.application_id} {row.site}: not_selected (vacancy closed {row.closed_on})")
    print(f"{len(closed)} applications closed as not selected (vacancy_closed)")
    return 0


def vacancies_command(args: argparse.Namespace) -> int:
    from server.placement_export import vacancy_rows, write_csv, write_workbook

    if args.format == "xlsx" and not args.out:
        print("error: --format xlsx needs --out FILE.xlsx", file=sys.stderr)
        return 2
    if args.province is not None and not re.fullmatch(r"[0-9]{2}", args.province):
        print("error: give a two-digit province code", file=sys.stderr)
        return 2
    db = _database(args)
    try:
        with db.transaction() as session:
            rows = vacancy_rows(session, args.province)
    finally:
        db.close()
    out = Path(args.out) if args.out else None
    try:
        if args.format == "xlsx":
            assert out is not None
            write_workbook(rows, out)
        else:
            text = write_csv(rows, out)
            if out is None:
                sys.stdout.write(text)
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return 1
    if out is not None:
        print(f"{out}: {len(rows) - 1} vacancies")
    return 0


def export_vacancies_command(args: argparse.Namespace) -> int:
    from server.accounts import valid_site
    from server.placement_export import NoRegion, export_vacancy_bundle

    if not valid_site(args.site):
        print("error: give a site code", file=sys.stderr)
        return 2
    db = _database(args)
    try:
        with db.transaction() as session:
            count = export_vacancy_bundle(session, args.site, Path(args.file), utc_now())
    except NoRegion:
        print(
            f"error: site {args.site} has no province (kiosk-server site-region): no vacancies",
            file=sys.stderr,
        )
        return 1
    except OSError as exc:
        print(f"error: cannot write {args.file}: {exc.strerror}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"vacancy bundle {args.file}: {count} vacancies for site {args.site}")
    return 0


def register(command: Command) -> None:
    sub = command(
        "import-vacancies", import_vacancies_command, "publish the vacancies of a CSV or XLSX file"
    )
    sub.add_argument(
        "file", help="UTF-8 CSV or XLSX (first sheet), columns as docs/placement.md lists them"
    )
    sub = command("vacancies", vacancies_command, "list the published vacancies (CSV, XLSX)")
    sub.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    sub.add_argument("--out", help="the file to write (CSV to the terminal without it)")
    sub.add_argument("--province", help="only this two-digit province")
    sub = command(
        "export-vacancies",
        export_vacancies_command,
        "write a site's signed vacancy bundle for a USB stick",
    )
    sub.add_argument("--site", required=True)
    sub.add_argument("file", help="the bundle to write (kiosk import-vacancies FILE)")
    sub = command("site-region", site_region_command, "set the province a site lies in")
    sub.add_argument("--site", required=True)
    sub.add_argument("--province", required=True, help="two-digit province code, e.g. 32")
    sub = command(
        "close-applications",
        close_applications_command,
        "end open applications of closed vacancies as not selected",
    )
    sub.add_argument(
        "--grace-days",
        type=int,
        default=14,
        help="days after the vacancy closed that staff have to decide (default 14)",
    )
    sub = command("application", application_command, "move an application to a stage")
    sub.add_argument("id")
    sub.add_argument(
        "--stage",
        required=True,
        choices=["shortlisted", "interview", "hired", "not_selected", "withdrawn"],
    )

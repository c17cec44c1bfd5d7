"""`kiosk-server` commands for follow-up surveys and placement figures: `followup ID
--verified --by NAME` and `report placement`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kiosk.domain.clock import utc_now


def _database(args: argparse.Namespace) -> Any:
    from server.cli import _database as database

    return database(args)


def followup_command(args: argparse.Namespace) -> int:
    from server.followup import VerifyRefused, summary, verify
    from server.followup_models import FollowupRecord

    db = _database(args)
    try:
        with db.transaction() as session:
            if args.verified:
                record = verify(session, args.id, args.by or "", utc_now(), via="cli")
            else:
                found = session.get(FollowupRecord, args.id)
                if found is None:
                    raise VerifyRefused("unknown_answer", "no such follow-up answer")
                record = found
            shown = summary(record)
    except VerifyRefused as exc:
        print(f"error: {exc.code}: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(json.dumps(shown))
    return 0


def placement_report_command(args: argparse.Namespace) -> int:
    """`report placement`: JSON on the terminal (or --json), --csv FILE, --xlsx FILE."""
    from server.placement_report import as_csv, placement_figures, write_figures_xlsx

    db = _database(args)
    try:
        with db.transaction() as session:
            figures = placement_figures(session)
    finally:
        db.close()
    csv_file = args.csv or (args.out if args.format == "csv" else None)
    xlsx_file = args.xlsx or (args.out if args.format == "xlsx" else None)
    if args.format == "xlsx" and not xlsx_file:
        print("error: --format xlsx needs --out FILE.xlsx (or --xlsx FILE)", file=sys.stderr)
        return 2
    try:
        if csv_file:
            Path(csv_file).write_text(as_csv(figures), encoding="utf-8")
        if xlsx_file:
            write_figures_xlsx(figures, Path(xlsx_file))
    except OSError as exc:
        print(f"error: cannot write the report: {exc.strerror}", file=sys.stderr)
        return 2
    if args.json or not (csv_file or xlsx_file):
        text = json.dumps({"rows": figures}, indent=2) + "\n"
        if args.out and args.format == "json":
            Path(args.out).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    return 0


def register(command: Any) -> None:
    sub = command("followup", followup_command, "show or verify a follow-up survey answer")
    sub.add_argument("id", help="the answer's id")
    sub.add_argument(
        "--verified", action="store_true", help="the employer confirmed this person works there"
    )
    sub.add_argument("--by", help="who checked it with the employer (needed with --verified)")

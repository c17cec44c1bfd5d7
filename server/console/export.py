"""A list's rows as the CSV or XLSX file a user downloads: the same columns and rows as the
filtered view, headers in the user's language."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from fastapi.responses import Response

from kiosk.i18n import render
from kiosk.sync.xlsx import write_workbook
from server.console.lists import Table

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return render("console.yes" if value else "console.no", lang)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return str(value)


def _guarded(text: str) -> str:
    """A cell a spreadsheet would run as a formula (a label typed at a kiosk) stays text."""
    return "'" + text if text.startswith(_FORMULA) else text


def table_rows(table: Table, lang: str) -> list[list[str]]:
    header = [render(code, lang) for code in table.columns]
    body = [[cell(row.get(code), lang) for code in table.columns] for row in table.rows]
    return [header, *body]


def download(table: Table, fmt: str, name: str, lang: str) -> Response:
    rows = table_rows(table, lang)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M")
    filename = f"{name}-{stamp}.{fmt}"
    if fmt == "xlsx":
        buffer = io.BytesIO()
        write_workbook(buffer, rows, sheet_name=name)
        content = buffer.getvalue()
    else:
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerows([[_guarded(value) for value in row] for row in rows])
        content = ("\ufeff" + text.getvalue()).encode()  # the BOM: Excel reads it as UTF-8
    return Response(
        content,
        media_type=FORMATS[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )

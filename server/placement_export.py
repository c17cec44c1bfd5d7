"""The published vacancies leaving the server as files: a CSV or XLSX list for site staff
(`kiosk-server vacancies`), where cells a spreadsheet would run as a formula come out as
text, and a site's signed vacancy bundle for a USB stick (`kiosk-server export-vacancies`)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.sync.vacancy_bundle import write_bundle
from kiosk.sync.xlsx import write_xlsx
from server.placement_models import SiteRegion, VacancyRecord
from server.secrets import secrets_of

COLUMNS: Final = (
    "id", "employer", "title", "isco_code", "regency_code", "openings", "filled",
    "valid_from", "valid_until", "education_min", "skills", "source", "checked", "owner_site",
    "published_at",
)  # fmt: skip
# The same rule as the console's exports (server/console/export.py): a leading =, +, -, @,
# tab or carriage return makes a spreadsheet read the cell as a formula.
_FORMULA: Final = ("=", "+", "-", "@", "\t", "\r")


def guarded(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA) else text


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
    return str(value)


def vacancy_rows(session: Session, province: str | None = None) -> list[list[str]]:
    """The header, then one row per published vacancy (newest first), every cell text."""
    query = select(VacancyRecord).order_by(VacancyRecord.published_at.desc(), VacancyRecord.id)
    if province is not None:
        query = query.where(VacancyRecord.province_code == province)
    rows = [list(COLUMNS)]
    for record in session.scalars(query):
        values = {
            **record.data,
            "filled": record.filled,
            "owner_site": record.owner_site,
            "published_at": record.published_at,
        }
        rows.append([_cell(values.get(column)) for column in COLUMNS])
    return rows


def write_csv(rows: list[list[str]], path: Path | None) -> str:
    """CSV text (written to ``path`` with a BOM, so Excel reads UTF-8), formulas guarded."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([[guarded(v) for v in row] for row in rows])
    text = out.getvalue()
    if path is not None:
        path.write_text("\ufeff" + text, encoding="utf-8")
    return text


def write_workbook(rows: list[list[str]], path: Path) -> None:
    # Every cell is an inline string (kiosk.sync.xlsx), never a formula: shown as typed.
    write_xlsx(path, rows, sheet_name="Lowongan")


class NoRegion(ValueError):
    """The site has no province yet (`kiosk-server site-region`): it gets no vacancies."""


def export_vacancy_bundle(session: Session, site: str, path: Path, now: dt.datetime) -> int:
    """Write the signed vacancy bundle of ``site`` (kiosk.sync.vacancy_bundle): every vacancy
    of its province not yet past its last day, as kiosks pull it (with the openings filled
    so far, so a filled one disappears at the kiosk as after a pull). Returns how many."""
    region = session.get(SiteRegion, site)
    if region is None:
        raise NoRegion(site)
    # A day of grace: the kiosk drops a vacancy after its last day by its own clock anyway.
    since = (now - dt.timedelta(days=1)).date()
    records = session.scalars(
        select(VacancyRecord)
        .where(
            VacancyRecord.province_code == region.province_code,
            VacancyRecord.valid_until >= since,
        )
        .order_by(VacancyRecord.published_at, VacancyRecord.id)
    ).all()
    vacancies = [{**record.data, "filled": record.filled} for record in records]
    write_bundle(
        path,
        secrets_of(session).trust_key,
        site=site,
        province=region.province_code,
        issued_at=now.replace(microsecond=0),
        vacancies=vacancies,
    )
    return len(vacancies)

"""Vacancies and applications at the server: importing vacancy lists, publishing them to the
kiosks of their province, and moving applications through their stages."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.domain.ids import new_id
from kiosk.domain.placement import FINAL_STAGES, NEXT_STAGES, Stage, Vacancy, problems
from kiosk.sync.entities import PayloadInvalid, parse_change
from kiosk.sync.placement_entities import OutcomeReason
from server import authority, funnel
from server.changes import add_change
from server.placement_models import Application, Hire, SiteRegion, VacancyRecord
from server.vacancy_file import FileRefused, Row, csv_table, table_of

COLUMNS: Final = (
    "employer", "title", "isco_code", "openings", "valid_from", "valid_until", "regency_code",
    "education_min", "age_min", "age_max", "sex", "skills", "experience_years", "wage_min",
    "wage_max", "source", "checked",
)  # fmt: skip
REQUIRED: Final = frozenset(COLUMNS[:7])
MAX_ROWS: Final = 100_000


class ImportRefused(ValueError):
    """The file as a whole is refused; nothing was written. Lines say which rows and why."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("; ".join(lines[:5]))
        self.lines = lines


@dataclass(frozen=True)
class ImportResult:
    published: int
    already: int
    sites_without_region: list[str]


def _int(text: str) -> int | None:
    text = text.strip()
    return int(text) if text else None


def _row_data(row: dict[str, str], now: dt.datetime, lang: str = "en") -> dict[str, Any]:
    skills = [s.strip() for s in (row.get("skills") or "").split(";") if s.strip()]
    data: dict[str, Any] = {
        "employer": row["employer"].strip(),
        "title": row["title"].strip(),
        "isco_code": row["isco_code"].strip(),
        "openings": int(row["openings"]),
        "filled": 0,
        "valid_from": dt.date.fromisoformat(row["valid_from"].strip()),
        "valid_until": dt.date.fromisoformat(row["valid_until"].strip()),
        "regency_code": row["regency_code"].strip(),
        "education_min": (row.get("education_min") or "").strip() or "none",
        "age_min": _int(row.get("age_min") or ""),
        "age_max": _int(row.get("age_max") or ""),
        "sex": (row.get("sex") or "").strip().upper() or None,
        "skills": skills,
        "experience_years": _int(row.get("experience_years") or "") or 0,
        "wage_min": _int(row.get("wage_min") or ""),
        "wage_max": _int(row.get("wage_max") or ""),
        "source": (row.get("source") or "").strip() or "imported",
        "checked": (row.get("checked") or "").strip().lower() in {"1", "true", "ya", "yes"},
        "published_at": now,
    }
    domain = Vacancy(
        id="-", **{k: v for k, v in data.items() if k not in ("published_at", "skills")},
        skills=tuple(skills),
    )  # fmt: skip
    found = problems(domain)
    if found:
        raise ValueError("; ".join(m.render(lang) for m in found))
    return data


def _wire(data: dict[str, Any]) -> dict[str, Any]:
    """The JSON kiosks pull, checked against the very model they check it with."""
    wire = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()}
    parse_change("vacancy", wire)
    return wire


def read_csv(text: str, now: dt.datetime) -> list[tuple[str, dict[str, Any]]]:
    """(import key, vacancy data) per row; ImportRefused listing every bad row."""
    header, rows = csv_table(text)
    return read_table(header, rows, now)


def read_table(
    header: list[str], found: Iterable[Row], now: dt.datetime
) -> list[tuple[str, dict[str, Any]]]:
    """(import key, vacancy data) per row of a CSV or a sheet; ImportRefused listing every
    bad row (and nothing else is read past MAX_ROWS)."""
    missing = REQUIRED - set(header)
    if missing:
        raise ImportRefused([f"missing columns: {', '.join(sorted(missing))}"])
    rows: list[tuple[str, dict[str, Any]]] = []
    errors: list[str] = []
    try:
        for count, (number, cells) in enumerate(found, start=1):
            if count > MAX_ROWS:
                raise ImportRefused([f"more than {MAX_ROWS} rows"])
            if len(cells) > len(header):
                errors.append(f"row {number}: more fields than the header")
                continue
            row = dict(zip(header, cells, strict=False))
            if any(row.get(column) is None for column in REQUIRED):
                errors.append(f"row {number}: fewer fields than the header")
                continue
            try:
                data = _row_data(row, now)
                wire = _wire({"id": new_id(), **data})
            except (ValueError, TypeError, KeyError, AttributeError, PayloadInvalid) as exc:
                reason = exc.reason if isinstance(exc, PayloadInvalid) else str(exc)
                errors.append(f"row {number}: {reason[:200]}")
                continue
            key_text = "\x1f".join(str(row.get(c) or "").strip() for c in COLUMNS)
            rows.append((hashlib.sha256(key_text.encode()).hexdigest(), wire))
    except FileRefused as exc:
        raise ImportRefused([str(exc)]) from None
    if errors:
        raise ImportRefused(errors)
    return rows


def entered_vacancy(
    fields: dict[str, str], now: dt.datetime, lang: str
) -> tuple[dict[str, Any] | None, str]:
    """A vacancy typed in by site staff, checked by the import's very rules: (its data as
    kiosks pull it, "") or (None, why not, in ``lang``)."""
    try:
        data = _row_data({**fields, "source": "site"}, now, lang)
        return _wire({"id": new_id(), **data}), ""
    except PayloadInvalid as exc:
        return None, exc.reason[:300]
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        return None, str(exc)[:300]


def republish(session: Session, record: VacancyRecord, **changes: Any) -> None:
    """Change a published vacancy (checked, an earlier last day) and send it again."""
    wire = _wire({**record.data, **changes, "filled": record.filled})
    record.data = wire
    record.valid_until = dt.date.fromisoformat(wire["valid_until"])
    publish(session, wire)


def close_early(session: Session, record: VacancyRecord, today: dt.date) -> None:
    """End a vacancy yesterday: kiosks hide it after their next pull (a vacancy is open
    up to and including its last day)."""
    last = today - dt.timedelta(days=1)
    if record.valid_until <= last:
        return
    first = min(dt.date.fromisoformat(record.data["valid_from"]), last)
    republish(session, record, valid_until=last.isoformat(), valid_from=first.isoformat())


def publish(session: Session, wire: dict[str, Any]) -> None:
    add_change(
        session,
        "vacancy",
        wire["id"],
        wire,
        site=authority.province_site(wire["regency_code"][:2]),
    )


def import_vacancies(
    session: Session, text: str, now: dt.datetime, owner_site: str = ""
) -> ImportResult:
    """Publish every row of a vacancy CSV (all or nothing); a row imported before, from this
    or another file, is not published again."""
    return _publish_rows(session, read_csv(text, now), now, owner_site)


def import_vacancy_file(
    session: Session, name: str, data: bytes, now: dt.datetime, owner_site: str = ""
) -> ImportResult:
    """The same for an uploaded or given file, CSV or XLSX by its name (the CLI's
    `import-vacancies FILE` and the console's import): all or nothing."""
    try:
        header, found = table_of(name, data)
    except FileRefused as exc:
        raise ImportRefused([str(exc)]) from None
    return _publish_rows(session, read_table(header, found, now), now, owner_site)


def _publish_rows(
    session: Session, rows: list[tuple[str, dict[str, Any]]], now: dt.datetime, owner_site: str
) -> ImportResult:
    published = already = 0
    for key, wire in rows:
        if session.scalar(select(VacancyRecord.id).where(VacancyRecord.import_key == key)):
            already += 1
            continue
        add_vacancy(session, wire, now, owner_site, key)
        published += 1
    provinces = {wire["regency_code"][:2] for _key, wire in rows}
    covered = set(session.scalars(select(SiteRegion.province_code)))
    return ImportResult(published, already, sorted(provinces - covered))


def add_vacancy(
    session: Session, wire: dict[str, Any], now: dt.datetime, owner_site: str, key: str | None
) -> VacancyRecord:
    """Store a checked vacancy (``wire`` as kiosks pull it) and publish it to its province."""
    record = VacancyRecord(
        id=wire["id"],
        data=wire,
        province_code=wire["regency_code"][:2],
        openings=wire["openings"],
        filled=0,
        valid_until=dt.date.fromisoformat(wire["valid_until"]),
        owner_site=owner_site,
        import_key=key,
        published_at=now,
    )
    session.add(record)
    publish(session, wire)
    return record


def set_site_region(session: Session, site: str, province_code: str) -> None:
    row = session.get(SiteRegion, site)
    if row is None:
        session.add(SiteRegion(site=site, province_code=province_code))
    else:
        row.province_code = province_code


class StageRefused(ValueError):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code


def set_stage(
    session: Session,
    application_id: str,
    stage: str,
    now: dt.datetime,
    reason: OutcomeReason | None = None,
) -> Application:
    """Move an application on; hiring fills an opening, the last one closes the vacancy
    (its kiosks drop it at their next pull), and one person is hired once per vacancy.
    ``reason`` says why an outcome was set without a decision (server/outcomes.py)."""
    application = session.get(Application, application_id, with_for_update=True)
    if application is None:
        raise StageRefused("unknown_application", "no such application")
    try:
        target = Stage(stage)
    except ValueError:
        raise StageRefused("bad_stage", f"unknown stage {stage[:20]}") from None
    current = Stage(application.stage)
    if target not in NEXT_STAGES[current]:
        raise StageRefused("bad_stage", f"cannot go from {current.value} to {target.value}")
    if target is Stage.HIRED:
        _hire(session, application, now)
    application.stage = target.value
    application.stage_at = now
    add_change(
        session,
        "job_application",
        application.id,
        {
            "id": application.id,
            "vacancy_id": application.vacancy_id,
            "stage": target.value,
            "stage_at": now.isoformat(),
            **({"reason": reason} if reason else {}),
        },
        site=authority.pull_site("job_application", application.site),
    )
    return application


def _hire(session: Session, application: Application, now: dt.datetime) -> None:
    vacancy = session.get(VacancyRecord, application.vacancy_id, with_for_update=True)
    if vacancy is None:
        raise StageRefused("unknown_vacancy", "the vacancy is not published here")
    hired_before = session.scalar(
        select(func.count())
        .select_from(Hire)
        .where(Hire.vacancy_id == vacancy.id, Hire.applicant_id == application.applicant_id)
    )
    if hired_before:
        raise StageRefused("already_hired", "this person is already hired for this vacancy")
    if vacancy.filled >= vacancy.openings:
        raise StageRefused("vacancy_filled", "every opening of this vacancy is filled")
    session.add(
        Hire(
            application_id=application.id,
            vacancy_id=vacancy.id,
            applicant_id=application.applicant_id,
            at=now,
        )
    )
    funnel.touch(session, [application.applicant_id])
    vacancy.filled += 1
    vacancy.data = {**vacancy.data, "filled": vacancy.filled}
    publish(session, vacancy.data)


def open_applications(session: Session) -> Iterable[Application]:
    return session.scalars(
        select(Application).where(Application.stage.not_in([s.value for s in FINAL_STAGES]))
    )

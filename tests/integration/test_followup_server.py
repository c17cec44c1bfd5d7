"""Follow-up answers end to end: a kiosk syncs them to the real server, staff verify one with
`kiosk-server followup`, and `kiosk-server report placement` counts verified and
self-reported hires apart (JSON, CSV and XLSX)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

from sqlalchemy import select

from kiosk.domain.followup import Answer, Sector, Status, WageBand
from kiosk.domain.ids import new_id
from kiosk.services.kiosk import KioskServices
from server.db import Database
from server.followup_models import FollowupRecord
from server.placement_models import Application, Hire, JobSeekerRecord
from server.placement_report import COLUMNS, month_of, placement_figures
from tests.conftest import JAKARTA, SettableClock
from tests.followup_data import ended_class
from tests.servers import ServerProcess
from tests.synchelpers import enrol

SITE = "BLK-TEST"


def _working(employer: str) -> Answer:
    return Answer(Status.WORKING, employer, Sector.MANUFACTURING, WageBand.FROM_2M, True)


def _site_rows(server: ServerProcess, month: str) -> dict[str, int]:
    result = server.cli("report", "placement", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    [row] = [r for r in rows if (r["site"], r["month"]) == (SITE, month)]
    return {k: v for k, v in row.items() if k not in ("site", "month")}


def test_answers_sync_and_staff_verify_one(
    kiosk: KioskServices, server: ServerProcess, clock: SettableClock, tmp_path: Path
) -> None:
    ended = ended_class(kiosk, clock, ("Ani", "Budi", "Cici"), seed=900)
    answers = {}
    for name, answer in (
        ("Ani", _working("CV Jahit Rapi")),
        ("Budi", _working("Konveksi Maju")),
        ("Cici", Answer(Status.LOOKING)),
    ):
        survey = kiosk.followup.due_survey(ended.people[name])
        assert survey is not None
        answers[name] = kiosk.followup.answer(survey, answer)
    march = month_of(clock.moment)
    enrol(kiosk, server)
    before = _site_rows(server, march) if _has_rows(server, march) else None
    assert kiosk.sync.run().error is None

    db = server.database()
    try:
        with db.transaction() as session:
            stored = {
                r.id: r
                for r in session.scalars(
                    select(FollowupRecord).where(FollowupRecord.session_id == ended.session_id)
                )
            }
    finally:
        db.close()
    assert set(stored) == set(answers.values())
    assert stored[answers["Ani"]].site == SITE and stored[answers["Ani"]].verified_at is None

    after = _site_rows(server, march)
    base = before or dict.fromkeys(after, 0)
    assert after["hired_self_reported"] - base["hired_self_reported"] == 2
    assert after["hired_verified"] == base["hired_verified"]

    refused = server.cli("followup", answers["Cici"], "--verified", "--by", "Petugas Dinas")
    assert refused.returncode == 1 and "not_working" in refused.stderr
    nameless = server.cli("followup", answers["Ani"], "--verified")
    assert nameless.returncode == 1 and "bad_name" in nameless.stderr
    done = server.cli("followup", answers["Ani"], "--verified", "--by", "Petugas Dinas")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["verified_by"] == "Petugas Dinas"
    again = server.cli("followup", answers["Ani"], "--verified", "--by", "Petugas Dinas")
    assert again.returncode == 1 and "already_verified" in again.stderr

    verified = _site_rows(server, march)
    # Ani moved from self-reported to verified: never counted in both.
    assert verified["hired_verified"] - base["hired_verified"] == 1
    assert verified["hired_self_reported"] - base["hired_self_reported"] == 1

    csv_file, xlsx_file = tmp_path / "placement.csv", tmp_path / "placement.xlsx"
    written = server.cli("report", "placement", "--csv", str(csv_file), "--xlsx", str(xlsx_file))
    assert written.returncode == 0, written.stderr
    rows = list(csv.DictReader(io.StringIO(csv_file.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == COLUMNS
    [line] = [r for r in rows if (r["site"], r["month"]) == (SITE, march)]
    assert int(line["hired_verified"]) == verified["hired_verified"]
    with zipfile.ZipFile(xlsx_file) as workbook:
        sheet = workbook.read("xl/worksheets/sheet1.xml").decode()
    assert "hired_self_reported" in sheet and SITE in sheet


def _has_rows(server: ServerProcess, month: str) -> bool:
    result = server.cli("report", "placement", "--json")
    rows = json.loads(result.stdout)["rows"]
    return any((r["site"], r["month"]) == (SITE, month) for r in rows)


NOW = dt.datetime(2026, 3, 31, 18, 0, tzinfo=dt.UTC)  # 1 April 01:00 in WIB


def test_funnel_definitions(tmp_path: Path) -> None:
    """Which month each figure counts in, on a database of its own."""
    db = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    person, vacancy = new_id(), new_id()
    try:
        with db.transaction() as session:
            session.add(
                JobSeekerRecord(
                    applicant_id=person,
                    data={"registered_at": "2026-02-10T03:00:00+00:00"},
                    device_id=new_id(),
                    site="A",
                    valid_until=dt.date(2028, 2, 10),
                    last_report_at=NOW,
                    checked=False,
                )
            )
            app = Application(
                id=new_id(), vacancy_id=vacancy, applicant_id=person, card_id="A" * 16,
                device_id=new_id(), site="A", applied_at=NOW, stage="hired", stage_at=NOW,
            )  # fmt: skip
            session.add(app)
            session.add(
                Hire(application_id=app.id, vacancy_id=vacancy, applicant_id=person, at=NOW)
            )
            for month, status, verified in ((1, "working", None), (6, "working", NOW)):
                session.add(
                    FollowupRecord(
                        id=new_id(), person_id=person, applicant_id=person, session_id="s",
                        month=month, status=status, employer="CV X", sector="trade",
                        wage_band="1m_2m", related=True,
                        answered_at=dt.datetime(2026, 2 + month, 5, 3, tzinfo=JAKARTA),
                        channel="staff", device_id=new_id(), site="A", verified_at=verified,
                        verified_by="x" if verified else None,
                    )
                )  # fmt: skip
        with db.transaction() as session:
            rows = {(r["site"], r["month"]): r for r in placement_figures(session)}
            assert placement_figures(session, sites={"B"}) == []
    finally:
        db.close()
    assert rows[("A", "2026-02")]["job_seekers"] == 1
    # The application and its hire count in April (WIB), the first hire evidence verified.
    april = rows[("A", "2026-04")]
    assert (april["applications"], april["hired_verified"], april["hired_self_reported"]) == (
        1,
        1,
        0,
    )
    # The self-reported one-month answer (March) is not a second hire of a verified person.
    assert ("A", "2026-03") not in rows
    assert rows[("A", "2026-08")]["employed_6m_verified"] == 1


def test_a_server_at_0012_keeps_every_record_and_gains_follow_up(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from server.db import make_engine, script_location

    url, secrets = f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path / "secrets"
    Database(url, secrets_dir=secrets).close()
    engine = make_engine(url)
    with engine.connect() as connection:
        config = Config()
        config.set_main_option("script_location", script_location())
        config.attributes["connection"] = connection
        command.downgrade(config, "0012")  # a server as the previous release left it
        connection.execute(
            text(
                "INSERT INTO job_application (id, vacancy_id, applicant_id, card_id, device_id, "
                "site, applied_at, stage, stage_at) VALUES (:id, :v, :p, :c, :d, 'A', :at, "
                "'applied', :at)"
            ),
            {"id": new_id(), "v": new_id(), "p": new_id(), "c": "A" * 16, "d": new_id(), "at": NOW},
        )
        connection.commit()
        before = connection.execute(text("SELECT * FROM job_application")).fetchall()
    engine.dispose()
    db = Database(url, secrets_dir=secrets)
    try:
        with db.transaction() as session:
            after = session.execute(text("SELECT * FROM job_application")).fetchall()
            assert after == before
            rows = placement_figures(session)
            assert session.scalar(select(FollowupRecord.id).limit(1)) is None  # the new table
        assert [(r["site"], r["applications"]) for r in rows] == [("A", 1)]
    finally:
        db.close()

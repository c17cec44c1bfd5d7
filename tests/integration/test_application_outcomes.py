"""Every application ends with an outcome: applications still open when their vacancy
closed (past its last day, or filled) await staff, then `kiosk-server close-applications`
ends them as not selected, published to their site's kiosks with the reason."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from kiosk.domain.ids import new_id
from kiosk.sync.entities import parse_change
from server.changes import pull_page
from server.db import Database
from server.models import AuditEntry
from server.outcomes import awaiting_outcome, close_applications
from server.placement import import_vacancies, set_site_region, set_stage
from server.placement_models import Application, VacancyRecord
from tests.integration.test_placement_server import HEADER, _application

NOW = dt.datetime(2026, 6, 1, 3, tzinfo=dt.UTC)  # 10:00 in Jakarta
# Ended 2026-05-10 (closed 05-11: 21 days ago), ends 2026-05-25 (closed 05-26: 6 days ago),
# still open until 2026-12-31 with one opening (filled below).
EXPIRED = "PT Lama,Operator jahit,8153,2,2026-01-01,2026-05-10,32.73,,,,,,,,,imported,\n"
RECENT = "PT Baru,Operator jahit,8153,2,2026-01-01,2026-05-25,32.73,,,,,,,,,imported,\n"
OPEN = "PT Buka,Pengemudi,8322,1,2026-01-01,2026-12-31,32.73,,,,,,,,,imported,\n"


def _stages(db: Database, ids: list[str]) -> list[str]:
    with db.transaction() as session:
        return [session.get(Application, i).stage for i in ids]  # type: ignore[union-attr]


def _setup(db: Database) -> dict[str, list[str]]:
    with db.transaction() as session:
        set_site_region(session, "BLK-BDG", "32")
        import_vacancies(session, HEADER + EXPIRED + RECENT + OPEN, NOW - dt.timedelta(days=200))
        ids = {v.data["employer"]: v.id for v in session.scalars(select(VacancyRecord))}
        made = {
            name: [_application(session, ids[name], new_id()) for _ in range(2)] for name in ids
        }
    with db.transaction() as session:
        set_stage(session, made["PT Lama"][1], "interview", NOW - dt.timedelta(days=30))
        set_stage(session, made["PT Buka"][0], "hired", NOW - dt.timedelta(days=20))
    return made


def test_outcomes_after_the_grace_period(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        made = _setup(db)
        with db.transaction() as session:
            waiting = awaiting_outcome(session, NOW.date())
        # The filled vacancy's other applicant, both of the expired one, both of the recent.
        assert sorted(w.application_id for w in waiting) == sorted(
            [made["PT Buka"][1], *made["PT Lama"], *made["PT Baru"]]
        )
        with db.transaction() as session:
            closed = close_applications(session, NOW, grace_days=14)
        assert sorted(c.application_id for c in closed) == sorted(
            [made["PT Buka"][1], *made["PT Lama"]]
        )
        assert _stages(db, made["PT Lama"] + made["PT Baru"] + made["PT Buka"]) == [
            "not_selected", "not_selected", "applied", "applied", "hired", "not_selected",
        ]  # fmt: skip
        with db.transaction() as session:
            changes = [
                c
                for c in pull_page(session, 0, 1000, "BLK-BDG").changes
                if c.kind == "job_application" and c.data["stage"] == "not_selected"
            ]
            assert close_applications(session, NOW, grace_days=14) == []  # nothing twice
        assert len(changes) == 3
        for change in changes:  # what the kiosk reads, through its own strict model
            parsed = parse_change("job_application", change.data)
            assert parsed.reason == "vacancy_closed"  # type: ignore[attr-defined]
    finally:
        db.close()


def test_the_cli_closes_and_audits(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    db = Database(url)
    try:
        made = _setup(db)
        with db.transaction() as session:
            before = len(list(session.scalars(select(AuditEntry))))
    finally:
        db.close()
    done = subprocess.run(
        [sys.executable, "-m", "server.cli", "close-applications", "--database", url,
         "--grace-days", "0"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # Grace 0: the recent vacancy's applications end too; the open one's first hire stays.
    assert "5 applications closed" in done.stdout
    db = Database(url)
    try:
        assert set(_stages(db, made["PT Baru"])) == {"not_selected"}
        with db.transaction() as session:
            entries = list(session.scalars(select(AuditEntry)))
        assert len(entries) == before + 1 and entries[-1].action == "close_applications"
        assert entries[-1].detail["closed"] == 5
    finally:
        db.close()

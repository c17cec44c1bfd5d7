"""Attacks on placement at the real server over HTTP: a kiosk taking over another kiosk's
application or changing its stage, applying for a person it does not hold or with another
person's card, for an unknown or closed vacancy, publishing a vacancy of its own; and hostile
values in an imported vacancy list (formula injection, overlong fields, NUL, bad ISCO codes).
Each is refused with its exact code and nothing changes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from kiosk.domain.ids import new_id
from kiosk.services.kiosk import KioskServices
from kiosk.sync import state
from server.models import ChangeLog
from server.placement_models import Application, VacancyRecord
from tests.conftest import SettableClock
from tests.factories import applicant_form
from tests.servers import ServerProcess, open_second_kiosk

SITE = "BLK-LOKER"
HEADER = "employer,title,isco_code,openings,valid_from,valid_until,regency_code,education_min,skills,source\n"  # fmt: skip
FORMULA = "=cmd|' /C calc'!A0"
BAD_ISCO = "row 3: The ISCO occupation code must be a known 4-digit unit group."


@dataclass
class Pusher:
    """A kiosk's device as an attacker drives it: its own token, raw JSON over HTTP."""

    device_id: str
    token: str
    server: ServerProcess

    def push(
        self, entity: str, entity_id: str, payload: dict[str, Any], op: str = "create"
    ) -> dict[str, Any]:
        now = dt.datetime.now(dt.UTC).isoformat()
        event = {
            "id": new_id(),
            "seq": 1,
            "entity": entity,
            "entity_id": entity_id,
            "op": op,
            "created_at": now,
            "utc_offset_min": 0,
            "payload": payload,
        }
        answer = requests.post(
            self.server.url + "/api/v1/push",
            json={"device_id": self.device_id, "sent_at": now, "events": [event]},
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()["results"][0]
        return result


def _pusher(kiosk: KioskServices, server: ServerProcess) -> Pusher:
    token = state.read_token(kiosk.sync.token_path)
    assert token is not None
    return Pusher(kiosk.ctx.device_id, token, server)


@dataclass
class Placed:
    owner: Pusher
    people: dict[str, tuple[str, str]]  # name -> (applicant id, card id)
    open_id: str
    expired_id: str
    future_id: str  # valid only from 2099
    elsewhere_id: str  # open, in another province (Jakarta)
    application_id: str


def _import(server: ServerProcess, folder: Path, rows: list[str]) -> Any:
    path = folder / f"lowongan-{new_id()[-12:]}.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return server.cli("import-vacancies", str(path))


def _vacancy_id(server: ServerProcess, employer: str) -> str:
    db = server.database()
    try:
        with db.transaction() as session:
            rows = session.scalars(select(VacancyRecord)).all()
            (found,) = [row.id for row in rows if row.data["employer"] == employer]
            return found
    finally:
        db.close()


def _application(person: tuple[str, str], vacancy_id: str, **changes: Any) -> dict[str, Any]:
    payload = {
        "id": new_id(),
        "applicant_id": person[0],
        "vacancy_id": vacancy_id,
        "card_id": person[1],
        "applied_at": dt.datetime.now(dt.UTC).isoformat(),
    }
    payload.update(changes)
    return payload


def _state(server: ServerProcess) -> dict[str, Any]:
    """What an attack could change: applications, vacancies, and the change log kiosks pull."""
    db = server.database()
    try:
        with db.transaction() as session:
            applications = sorted(
                (a.id, a.vacancy_id, a.applicant_id, a.device_id, a.stage, a.card_id)
                for a in session.scalars(select(Application))
            )
            vacancies = sorted(
                (v.id, v.filled, v.openings, repr(sorted(v.data.items())))
                for v in session.scalars(select(VacancyRecord))
            )
            changes = sorted(
                (c.kind, c.record_id, c.site)
                for c in session.scalars(
                    select(ChangeLog).where(ChangeLog.kind.in_(["vacancy", "job_application"]))
                )
            )
            return {"applications": applications, "vacancies": vacancies, "changes": changes}
    finally:
        db.close()


@pytest.fixture
def placed(
    kiosk: KioskServices, server: ServerProcess, tmp_path: Path, clock: SettableClock
) -> Placed:
    assert server.cli("site-region", "--site", SITE, "--province", "32").returncode == 0
    tag = new_id()[-12:]
    done = _import(
        server,
        tmp_path,
        [
            f"PT Terbuka {tag},Operator jahit,8153,2,2026-01-01,2099-12-31,32.73,smp,Menjahit,employer\n",
            f"PT Tutup {tag},Kasir,5230,1,2026-01-01,2026-01-31,32.73,sma_smk,,imported\n",
            f"PT Nanti {tag},Kasir,5230,1,2099-01-01,2099-12-31,32.73,sma_smk,,imported\n",
            f"PT Jakarta {tag},Kasir,5230,1,2026-01-01,2099-12-31,31.71,sma_smk,,imported\n",
        ],
    )
    assert done.returncode == 0, done.stderr
    kiosk.sync.enroll(server.url, server.enrolment_code(SITE))
    people = {}
    for n, name in enumerate(("Ani", "Budi")):
        result = kiosk.registration.register(applicant_form(seed=900 + n, full_name=f"{name} Uji"))
        assert result.card_id is not None
        people[name] = (result.applicant_id, result.card_id)
    report = kiosk.sync.run()
    assert report.error is None and report.rejected == 0
    owner = _pusher(kiosk, server)
    open_id = _vacancy_id(server, f"PT Terbuka {tag}")
    genuine = _application(people["Ani"], open_id)
    assert owner.push("job_application", genuine["id"], genuine)["status"] == "accepted"
    return Placed(
        owner,
        people,
        open_id,
        _vacancy_id(server, f"PT Tutup {tag}"),
        _vacancy_id(server, f"PT Nanti {tag}"),
        _vacancy_id(server, f"PT Jakarta {tag}"),
        genuine["id"],
    )


@pytest.fixture
def attacker(
    server: ServerProcess, tmp_path: Path, template_store: Path, clock: SettableClock
) -> Iterator[Pusher]:
    with open_second_kiosk(tmp_path, template_store, "attacker", clock) as other:
        other.sync.enroll(server.url, server.enrolment_code(SITE))
        yield _pusher(other, server)


def _refused(pusher: Pusher, entity: str, payload: dict[str, Any], **kw: Any) -> str | None:
    result = pusher.push(entity, payload["id"], payload, **kw)
    assert result["status"] == "rejected", result
    reason: str | None = result["reason"]
    return reason


def test_another_kiosks_application_cannot_be_taken_or_moved(
    placed: Placed, attacker: Pusher, server: ServerProcess
) -> None:
    before = _state(server)
    # The same id pushed again by another kiosk, for a person of its own choosing.
    stolen = _application(placed.people["Budi"], placed.open_id, id=placed.application_id)
    assert _refused(attacker, "job_application", stolen) == "not_owner"
    # A stage is the server's: no kiosk pushes one, not even the application's own kiosk.
    for pusher in (attacker, placed.owner):
        hired = _application(placed.people["Ani"], placed.open_id, id=placed.application_id)
        reason = _refused(pusher, "job_application", {**hired, "stage": "hired"})
        assert reason == "stage: unknown field"
        moved = {"id": placed.application_id, "stage": "hired"}
        assert _refused(pusher, "job_application", moved, op="update") == "unsupported op update"
    assert _state(server) == before


def test_applying_for_a_person_not_held_or_with_another_card(
    placed: Placed, attacker: Pusher, server: ServerProcess
) -> None:
    before = _state(server)
    # The attacker's kiosk never registered Ani: not its person, with her card or without.
    assert _refused(attacker, "job_application", _application(placed.people["Ani"], placed.open_id)) == "not_owner"  # fmt: skip
    ani, budi = placed.people["Ani"], placed.people["Budi"]
    # Her own kiosk, with Budi's card.
    swapped = _application((ani[0], budi[1]), placed.open_id)
    assert _refused(placed.owner, "job_application", swapped) == "wrong_card"
    # A card number nobody holds.
    unknown_card = _application((ani[0], "Z" * 16), placed.open_id)
    assert _refused(placed.owner, "job_application", unknown_card) == "wrong_card"
    assert _state(server) == before


def test_applying_for_an_unknown_or_closed_vacancy(placed: Placed, server: ServerProcess) -> None:
    before = _state(server)
    ani = placed.people["Ani"]
    assert _refused(placed.owner, "job_application", _application(ani, new_id())) == "unknown_vacancy"  # fmt: skip
    expired = _application(ani, placed.expired_id)
    assert _refused(placed.owner, "job_application", expired) == "vacancy_closed"
    not_yet = _application(ani, placed.future_id)
    assert _refused(placed.owner, "job_application", not_yet) == "vacancy_closed"
    # Open, but published to another province: this kiosk's site was never sent it.
    elsewhere = _application(ani, placed.elsewhere_id)
    assert _refused(placed.owner, "job_application", elsewhere) == "unknown_vacancy"
    assert _state(server) == before
    # Every opening of the open one filled at the server: it is closed to new applications.
    hire = server.cli("application", placed.application_id, "--stage", "hired")
    assert hire.returncode == 0, hire.stderr
    budi = placed.people["Budi"]
    second = _application(budi, placed.open_id)
    assert placed.owner.push("job_application", second["id"], second)["status"] == "accepted"
    assert server.cli("application", second["id"], "--stage", "hired").returncode == 0
    after_filled = _state(server)
    late = _application(ani, placed.open_id)
    assert _refused(placed.owner, "job_application", late) == "vacancy_closed"
    assert _state(server) == after_filled


def test_a_kiosk_cannot_publish_or_change_a_vacancy(
    placed: Placed, attacker: Pusher, server: ServerProcess
) -> None:
    before = _state(server)
    forged = {
        "id": placed.open_id,
        "employer": "PT Palsu",
        "title": "Lowongan palsu",
        "isco_code": "8153",
        "openings": 99,
        "filled": 0,
        "valid_from": "2026-01-01",
        "valid_until": "2099-12-31",
        "regency_code": "32.73",
        "source": "site",
        "published_at": dt.datetime.now(dt.UTC).isoformat(),
    }
    for pusher in (attacker, placed.owner):
        for vacancy in (forged, {**forged, "id": new_id()}):
            for op in ("create", "update"):
                reason = _refused(pusher, "vacancy", vacancy, op=op)
                assert reason == "unknown entity vacancy"
    assert _state(server) == before


# --- hostile vacancy lists ----------------------------------------------------------------


def _vacancy_count(server: ServerProcess) -> int:
    return len(_state(server)["vacancies"])


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("PT {tag},{long},8153,1,2026-01-01,2099-12-31,32.73,smp,,employer\n", "row 3: title: too long"),
        ("PT {tag},Ope\x00rator,8153,1,2026-01-01,2099-12-31,32.73,smp,,employer\n", "row 3: title: must not contain NUL characters"),
        ("PT {tag},Operator,9999,1,2026-01-01,2099-12-31,32.73,smp,,employer\n", BAD_ISCO),
        ("PT {tag},Operator,81530,1,2026-01-01,2099-12-31,32.73,smp,,employer\n", BAD_ISCO),
        ("PT {tag},Operator,８１５３,1,2026-01-01,2099-12-31,32.73,smp,,employer\n", BAD_ISCO),
        ("PT {tag},Operator,8153,1,2026-01-01,2099-12-31,32.73,smp,{skill},employer\n", "row 3: skills.0: too long"),
        ("PT {tag},Operator,8153,1,2026-01-01,2099-12-31,32.73,smp,,employer,extra\n", "row 3: more fields than the header"),
        ("PT {tag},Operator,8153\n", "row 3: fewer fields than the header"),
    ],
    ids=["overlong-title", "nul", "unknown-isco", "five-digit-isco", "fullwidth-isco",
         "overlong-skill", "extra-column", "missing-columns"],
)  # fmt: skip
def test_hostile_vacancy_list_refused_whole(
    server: ServerProcess, tmp_path: Path, row: str, reason: str
) -> None:
    tag = new_id()[-12:]
    good = f"PT Baik {tag},Operator,8153,1,2026-01-01,2099-12-31,32.73,smp,,employer\n"
    hostile = row.format(tag=tag, long="x" * 161, skill="y" * 81)
    before = _state(server)
    done = _import(server, tmp_path, [good, hostile])
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "refused, nothing imported" in done.stderr
    assert "row 3" in done.stderr and reason in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert _state(server) == before


def test_formula_in_employer_and_title_comes_out_inert(
    server: ServerProcess, tmp_path: Path
) -> None:
    tag = new_id()[-12:]
    employer = f"{FORMULA} {tag}"
    row = f'"{employer}","+SUM(1;2)",8153,1,2026-01-01,2099-12-31,32.73,smp,"-1+1;@x",employer\n'
    done = _import(server, tmp_path, [row])
    assert done.returncode == 0, done.stderr
    out = tmp_path / "lowongan.csv"
    listed = server.cli("vacancies", "--format", "csv", "--out", str(out))
    assert listed.returncode == 0, listed.stderr
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    (mine,) = [r for r in rows if tag in " ".join(r)]
    # Every cell a spreadsheet would run as a formula starts with an apostrophe: text.
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)
    assert f"'{employer}" in mine and "'+SUM(1;2)" in mine
    xlsx = tmp_path / "lowongan.xlsx"
    assert server.cli("vacancies", "--format", "xlsx", "--out", str(xlsx)).returncode == 0
    with zipfile.ZipFile(xlsx) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    # Inline strings only: no cell of the workbook is a formula.
    assert "<f>" not in sheet and "<f " not in sheet
    assert 't="inlineStr"' in sheet and tag in sheet

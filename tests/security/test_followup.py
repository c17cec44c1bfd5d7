"""Attacks on follow-up survey answers: another kiosk's answer rewritten, an answer for a
person the kiosk does not hold or who is in no such class, and hostile values. Each is
refused and changes nothing (real server over HTTP, real kiosk stores)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from kiosk.domain.followup import Answer, Sector, Status, WageBand
from kiosk.domain.ids import new_id
from kiosk.services.kiosk import KioskServices
from kiosk.sync import state
from server.followup_models import FollowupRecord
from tests.conftest import SettableClock
from tests.factories import applicant_form
from tests.followup_data import EndedClass, ended_class
from tests.servers import ServerProcess, open_second_kiosk
from tests.synchelpers import enrol, server_count

ANSWERED_AT = "2026-03-02T02:30:00+00:00"  # inside the one-month window of a class ended 30 Jan


@dataclass
class Fleet:
    home: KioskServices
    other: KioskServices
    ended: EndedClass
    answer_id: str
    server: ServerProcess

    def token(self, kiosk: KioskServices) -> str:
        token = state.read_token(kiosk.sync.token_path)
        assert token is not None
        return token

    def push(self, kiosk: KioskServices, entity_id: str, payload: dict[str, Any]) -> dict[str, Any]:
        answer = self.send(kiosk, entity_id, payload)
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()["results"][0]
        return result

    def send(
        self, kiosk: KioskServices, entity_id: str, payload: dict[str, Any]
    ) -> requests.Response:
        now = dt.datetime.now(dt.UTC).isoformat()
        event = {
            "id": new_id(),
            "seq": 1,
            "entity": "followup_answer",
            "entity_id": entity_id,
            "op": "create",
            "created_at": now,
            "utc_offset_min": 0,
            "payload": payload,
        }
        return requests.post(
            self.server.url + "/api/v1/push",
            json={"device_id": kiosk.ctx.device_id, "sent_at": now, "events": [event]},
            headers={"Authorization": f"Bearer {self.token(kiosk)}"},
            timeout=30,
        )

    def payload(self, kiosk: KioskServices, **changes: object) -> dict[str, Any]:
        values: dict[str, Any] = {
            "id": new_id(),
            "applicant_id": self.ended.people["Budi"],
            "session_id": self.ended.session_id,
            "month": 1,
            "status": "looking",
            "employer": "",
            "sector": None,
            "wage_band": None,
            "related": None,
            "answered_at": ANSWERED_AT,
            "utc_offset_min": 420,
            "channel": "applicant",
            "staff_id": None,
            "device_id": kiosk.ctx.device_id,
        }
        values.update(changes)
        return values

    def stored(self) -> list[tuple[object, ...]]:
        db = self.server.database()
        try:
            with db.transaction() as session:
                rows = session.scalars(
                    select(FollowupRecord).where(FollowupRecord.session_id == self.ended.session_id)
                )
                return sorted(
                    (r.id, r.person_id, r.status, r.employer, r.device_id, r.verified_at)
                    for r in rows
                )
        finally:
            db.close()


@pytest.fixture
def fleet(
    kiosk: KioskServices,
    server: ServerProcess,
    clock: SettableClock,
    tmp_path: Path,
    template_store: Path,
) -> Iterator[Fleet]:
    ended = ended_class(kiosk, clock, ("Ani", "Budi", "Cici"), seed=800, absent=("Cici",))
    survey = kiosk.followup.due_survey(ended.people["Ani"])
    assert survey is not None
    working = Answer(Status.WORKING, "CV Jahit Rapi", Sector.MANUFACTURING, WageBand.FROM_2M, True)
    answer_id = kiosk.followup.answer(survey, working)
    # Dedi is registered at this kiosk but in no class at all.
    dedi = kiosk.registration.register(applicant_form(seed=830, full_name="Dedi Lestari"))
    ended.people["Dedi"] = dedi.applicant_id
    enrol(kiosk, server)
    assert kiosk.sync.run().error is None
    other = open_second_kiosk(tmp_path, template_store, "other", clock)
    try:
        other.sync.enroll(server.url, server.enrolment_code("LPK-LAIN"))
        fleet = Fleet(kiosk, other, ended, answer_id, server)
        assert [row[0] for row in fleet.stored()] == [answer_id]
        yield fleet
    finally:
        other.close()


def test_another_kiosk_cannot_rewrite_an_answer(fleet: Fleet) -> None:
    before = fleet.stored()
    forged = fleet.payload(
        fleet.other,
        id=fleet.answer_id,
        applicant_id=fleet.ended.people["Ani"],
        status="looking",
    )
    result = fleet.push(fleet.other, fleet.answer_id, forged)
    assert (result["status"], result["reason"]) == ("rejected", "not_owner")
    assert fleet.stored() == before


def test_another_kiosk_cannot_answer_for_a_person_it_does_not_hold(fleet: Fleet) -> None:
    before = fleet.stored()
    forged = fleet.payload(fleet.other)
    result = fleet.push(fleet.other, forged["id"], forged)
    assert (result["status"], result["reason"]) == ("rejected", "not_owner")
    assert fleet.stored() == before


def test_an_unknown_person_is_refused(fleet: Fleet) -> None:
    before = fleet.stored()
    forged = fleet.payload(fleet.home, applicant_id=new_id())
    result = fleet.push(fleet.home, forged["id"], forged)
    assert (result["status"], result["reason"]) == ("rejected", "not_owner")
    assert fleet.stored() == before


def test_no_answer_for_a_person_not_in_the_class_or_a_class_that_does_not_exist(
    fleet: Fleet,
) -> None:
    before = fleet.stored()
    outsider = fleet.payload(fleet.home, applicant_id=fleet.ended.people["Dedi"])
    result = fleet.push(fleet.home, outsider["id"], outsider)
    assert (result["status"], result["reason"]) == ("rejected", "not_trainee")
    nowhere = fleet.payload(fleet.home, session_id=new_id())
    result = fleet.push(fleet.home, nowhere["id"], nowhere)
    assert (result["status"], result["reason"]) == ("rejected", "unknown_class")
    assert fleet.stored() == before


def test_a_survey_that_is_not_open_is_refused(fleet: Fleet) -> None:
    before = fleet.stored()
    for changes in (
        {"month": 12},  # the twelve-month survey, ten months early
        {"answered_at": "2026-01-29T02:00:00+00:00"},  # before the class ended
        {"answered_at": "2026-03-02T02:00:00+00:00", "month": 3},
    ):
        forged = fleet.payload(fleet.home, **changes)
        result = fleet.push(fleet.home, forged["id"], forged)
        assert (result["status"], result["reason"]) == ("rejected", "survey_not_open"), changes
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=40)).isoformat()
    forged = fleet.payload(fleet.home, answered_at=future, month=12)
    assert fleet.push(fleet.home, forged["id"], forged)["status"] == "rejected"
    assert fleet.stored() == before


@pytest.mark.parametrize(
    "changes",
    [
        {"month": 2},
        {"month": "1"},
        {"status": "hired"},
        {
            "status": "working",
            "employer": "x" * 121,
            "sector": "trade",
            "wage_band": "1m_2m",
            "related": True,
        },
        {
            "status": "working",
            "employer": "CV\x00Maju",
            "sector": "trade",
            "wage_band": "1m_2m",
            "related": True,
        },
        {
            "status": "working",
            "employer": "CV Maju",
            "sector": "trade",
            "wage_band": "100m",
            "related": True,
        },
        {
            "status": "working",
            "employer": "CV Maju",
            "sector": "trade",
            "wage_band": "1m_2m",
            "related": "ya",
        },
        {"status": "working", "employer": "CV Maju"},  # incomplete
        {"status": "looking", "employer": "PT Rahasia"},  # work details without work
        {"answered_at": "2026-03-02T09:30:00"},  # no UTC offset
        {"utc_offset_min": 10_000},
        {"verified_at": "2026-03-02T02:30:00+00:00"},  # a kiosk cannot verify
        {"channel": "server"},
        {"id": "not-an-id"},
    ],
)
def test_hostile_values_are_refused(fleet: Fleet, changes: dict[str, Any]) -> None:
    before = fleet.stored()
    events = server_count(fleet.server, FollowupRecord)
    forged = fleet.payload(fleet.home, **changes)
    answer = fleet.send(fleet.home, new_id(), forged)
    # Refused as one event, or (a NUL anywhere) the whole request as malformed: never 5xx.
    if answer.status_code == 200:
        assert answer.json()["results"][0]["status"] == "rejected"
    else:
        assert answer.status_code == 400 and answer.json()["code"] == "invalid"
    assert fleet.stored() == before
    assert server_count(fleet.server, FollowupRecord) == events


def test_an_answer_pushed_as_another_device_is_refused(fleet: Fleet) -> None:
    before = fleet.stored()
    forged = fleet.payload(fleet.home, device_id=fleet.other.ctx.device_id)
    result = fleet.push(fleet.home, forged["id"], forged)
    assert (result["status"], result["reason"]) == ("rejected", "wrong_device")
    assert fleet.stored() == before

"""Attacks on job seekers and applications, as a kiosk with a token and plain `requests` would
try them against the real server: a person the kiosk does not hold, another person's card,
another kiosk's application id, hostile fields, a closed or unknown vacancy. Each is refused
with its exact code and changes nothing. On the kiosk side: the job-fair receipt slip shows a
first name and a short number, never more, and the booth takes nothing it should not."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from kiosk.domain.ids import new_id
from kiosk.domain.job_seeker import JobSeekerForm, Schooling
from kiosk.i18n import UserError
from kiosk.services.job_fair import JobFairRefused, Receipt
from kiosk.services.job_seekers import CardRefused
from kiosk.services.kiosk import KioskServices
from kiosk.store.models import OutboxEvent
from kiosk.store.placement_models import JobApplication
from kiosk.sync import state
from server.models import Event
from server.placement_models import Application, JobSeekerRecord
from tests.conftest import SettableClock
from tests.integration.test_job_seekers import _publish
from tests.servers import ServerProcess, open_second_kiosk
from tests.synchelpers import distinct_forms, enrol, fast_backoff

FORM = JobSeekerForm(
    education=(Schooling("sma_smk", "Tata Busana", 2015),),
    skills=("Menjahit",),
    desired_occupations=("8153",),
    desired_regions=("32",),
    wage_band="2-4jt",
)
SEWING = "Operator jahit,8153,3,2026-02-01,2026-04-30,32.73,smp,,,,Menjahit,0,,,employer,ya"


@dataclass
class Device:
    """An enrolled kiosk and what an attacker needs to speak for it over HTTP."""

    kiosk: KioskServices
    token: str
    server: ServerProcess
    person: Any = None  # a person of its own (RegistrationResult), where it has one

    def push(self, entity: str, entity_id: str, payload: dict[str, Any]) -> tuple[str, str]:
        now = dt.datetime.now(dt.UTC).isoformat()
        body = {
            "device_id": self.kiosk.ctx.device_id,
            "sent_at": now,
            "events": [
                {
                    "id": new_id(),
                    "seq": 1,
                    "entity": entity,
                    "entity_id": entity_id,
                    "op": "create",
                    "created_at": now,
                    "utc_offset_min": 420,
                    "payload": payload,
                }
            ],
        }
        answer = requests.post(
            self.server.url + "/api/v1/push",
            json=body,
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=30,
        )
        if answer.status_code != 200:  # refused whole, before any event is looked at
            assert 400 <= answer.status_code < 500, answer.text
            return f"http {answer.status_code}", str(answer.json()["code"])
        result: dict[str, Any] = answer.json()["results"][0]
        return result["status"], result.get("reason", "")


def _device(kiosk: KioskServices, server: ServerProcess) -> Device:
    token = state.read_token(kiosk.sync.token_path)
    assert token is not None
    return Device(kiosk, token, server)


@dataclass
class Site:
    """The genuine kiosk: two people with cards, one a job seeker who applied."""

    device: Device
    ani: Any  # RegistrationResult
    budi: Any
    vacancy_id: str
    application_id: str


@pytest.fixture
def site(kiosk: KioskServices, server: ServerProcess) -> Site:
    enrol(kiosk, server)
    ani, budi = (kiosk.registration.register(f, issue_card=True) for f in distinct_forms(2))
    [vacancy_id] = _publish(server, f"PT Contoh {uuid.uuid4().hex[:8]}", [SEWING])
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    kiosk.job_seekers.register(ani.card_id, FORM)
    made = kiosk.job_applications.apply(ani.card_id, vacancy_id)
    report = kiosk.sync.run(backoff=fast_backoff())
    assert report.complete and report.rejected == 0, report
    return Site(_device(kiosk, server), ani, budi, vacancy_id, made.id)


@pytest.fixture
def attacker(
    server: ServerProcess, tmp_path: Path, template_store: Path, clock: SettableClock
) -> Iterator[Device]:
    """Another site's enrolled kiosk, with a person (and card) of its own."""
    with open_second_kiosk(tmp_path, template_store, "attacker", clock) as other:
        other.sync.enroll(server.url, server.enrolment_code("BLK-ATTACKER"))
        [form] = distinct_forms(1, start=40)
        person = other.registration.register(form, issue_card=True)
        assert other.sync.run(backoff=fast_backoff()).complete
        device = _device(other, server)
        device.person = person
        yield device


def _placement(server: ServerProcess) -> tuple[list[tuple[str, str]], list[tuple[str, ...]]]:
    """Every job-seeker record and application on the server, to compare before and after."""
    db = server.database()
    try:
        with db.transaction() as session:
            seekers = sorted(
                (r.applicant_id, json.dumps(r.data, sort_keys=True) + r.device_id + r.site)
                for r in session.scalars(select(JobSeekerRecord))
            )
            applications = sorted(
                (a.id, a.applicant_id, a.card_id, a.vacancy_id, a.device_id, a.stage)
                for a in session.scalars(select(Application))
            )
            return seekers, applications
    finally:
        db.close()


def _seeker(person: Any, *, card_id: str | None = None, **changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "applicant_id": person.applicant_id,
        "card_id": card_id or person.card_id,
        "registered_at": "2026-03-02T02:30:00+00:00",
        "valid_until": "2028-03-02",
        "last_report_at": "2026-03-03T02:30:00+00:00",
        "education": [{"level": "sma_smk", "major": "Tata Busana", "year": 2015}],
        "skills": ["Menjahit"],
        "experience": [],
        "desired_occupations": ["8153"],
        "desired_regions": ["32"],
        "wage_band": "2-4jt",
    }
    payload.update(changes)
    return payload


def _application(person: Any, vacancy: str, **changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "id": new_id(),
        "applicant_id": person.applicant_id,
        "vacancy_id": vacancy,
        "card_id": person.card_id,
        "applied_at": "2026-03-02T02:30:00+00:00",
    }
    payload.update(changes)
    return payload


def test_a_kiosk_cannot_speak_for_a_person_it_does_not_hold(
    site: Site, attacker: Device, server: ServerProcess
) -> None:
    before = _placement(server)
    ani = site.ani
    # Another site's kiosk re-registers the genuine job seeker (newer report) with her card.
    assert attacker.push("job_seeker", ani.applicant_id, _seeker(ani)) == ("rejected", "not_owner")
    # ... and applies in her name, with her card.
    made = _application(ani, site.vacancy_id)
    assert attacker.push("job_application", made["id"], made) == ("rejected", "not_owner")
    assert _placement(server) == before


def test_another_persons_card_is_refused(site: Site, server: ServerProcess) -> None:
    before = _placement(server)
    ani, budi = site.ani, site.budi
    # The genuine kiosk itself, with the card of another person it holds.
    seeker = _seeker(ani, card_id=budi.card_id)
    assert site.device.push("job_seeker", ani.applicant_id, seeker) == ("rejected", "wrong_card")
    made = _application(ani, site.vacancy_id, card_id=budi.card_id)
    assert site.device.push("job_application", made["id"], made) == ("rejected", "wrong_card")
    # A card id that does not exist at all.
    made = _application(ani, site.vacancy_id, card_id="ABCDEFGHJKLMNPQR")
    assert site.device.push("job_application", made["id"], made) == ("rejected", "wrong_card")
    # A registration whose record id is not its person: it would land on someone else.
    seeker = _seeker(ani)
    assert site.device.push("job_seeker", site.budi.applicant_id, seeker) == (
        "rejected",
        "applicant_id does not match entity_id",
    )
    assert _placement(server) == before


def test_another_kiosks_application_id_is_not_taken_over(
    site: Site, attacker: Device, server: ServerProcess
) -> None:
    before = _placement(server)
    # The attacker's own person, under the genuine application's id: a takeover of its stage.
    made = _application(attacker.person, site.vacancy_id, id=site.application_id)
    assert attacker.push("job_application", made["id"], made) == ("rejected", "not_owner")
    assert _placement(server) == before


# Each hostile field, and the exact refusal: per event ("rejected", the strict model's
# reason), or the whole push (HTTP status, error code) when the envelope already refuses it.
HOSTILE: dict[str, tuple[dict[str, Any], tuple[str, str]]] = {
    "overlong skill": ({"skills": ["x" * 81]}, ("rejected", "skills.0: too long")),
    "too many skills": (
        {"skills": [f"skill {n}" for n in range(200)]},
        ("rejected", "skills: too many items"),
    ),
    "NUL in a major": (
        {"education": [{"level": "sma_smk", "major": "Tata\x00Busana"}]},
        ("http 400", "invalid"),
    ),
    "years as text": (
        {"experience": [{"isco_code": "8153", "years": "3"}]},
        ("rejected", "experience.0.years: must be an integer"),
    ),
    "skills as text": ({"skills": "Menjahit"}, ("rejected", "skills: must be a list")),
    "unknown occupation": (
        {"desired_occupations": ["9999"]},
        ("rejected", "desired_occupations.0: must be a known 4-digit ISCO-08 code"),
    ),
    "a region that is not one": (
        {"desired_regions": ["Bandung"]},
        ("rejected", "desired_regions.0: must be a province or regency code"),
    ),
    "an unknown education": (
        {"education": [{"level": "phd_plus"}]},
        ("rejected", "education.0.level: not an allowed value"),
    ),
    "a field the model does not have": (
        {"nik": "3273014505900001"},
        ("rejected", "nik: unknown field"),
    ),
    "a disability essay": ({"disability": "x" * 41}, ("rejected", "disability: too long")),
    "a time without a zone": (
        {"last_report_at": "2026-03-03T09:30:00"},
        ("rejected", "last_report_at: must be a time with its UTC offset"),
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_job_seeker_fields_are_refused(
    case: str, site: Site, server: ServerProcess
) -> None:
    before = _placement(server)
    changes, refusal = HOSTILE[case]
    pushed = site.device.push("job_seeker", site.ani.applicant_id, _seeker(site.ani, **changes))
    assert pushed == refusal
    assert _placement(server) == before


def test_hostile_application_fields_are_refused(site: Site, server: ServerProcess) -> None:
    before = _placement(server)
    cases = [
        ({"vacancy_id": "not-a-uuid"}, ("rejected", "vacancy_id: must be a lowercase UUID")),
        ({"applied_at": 20260302}, ("rejected", "applied_at: must be a time with its UTC offset")),
        ({"card_id": "ABC\x00DEFGHJKLMNPQ"}, ("http 400", "invalid")),
        ({"stage": "hired"}, ("rejected", "stage: unknown field")),  # stages are the server's
    ]
    for changes, refusal in cases:
        made = _application(site.ani, site.vacancy_id, **changes)
        assert site.device.push("job_application", made["id"], made) == refusal, changes
    assert _placement(server) == before


def test_an_application_for_an_unknown_or_closed_vacancy_is_refused(
    site: Site, server: ServerProcess
) -> None:
    before = _placement(server)
    ani = site.ani
    made = _application(ani, str(uuid.uuid4()))
    assert site.device.push("job_application", made["id"], made) == ("rejected", "unknown_vacancy")
    # Made after the vacancy's last day (30 April, WIB).
    made = _application(ani, site.vacancy_id, applied_at="2026-05-01T02:00:00+00:00")
    assert site.device.push("job_application", made["id"], made) == ("rejected", "vacancy_closed")
    assert _placement(server) == before


def test_a_disability_is_never_kept_in_clear(
    site: Site, kiosk: KioskServices, server: ServerProcess
) -> None:
    budi = site.budi
    kiosk.job_seekers.register(budi.card_id, dataclasses.replace(FORM, disability="intellectual"))
    report = kiosk.sync.run(backoff=fast_backoff())
    assert report.complete and report.rejected == 0, report
    db = server.database()
    try:
        with db.transaction() as session:
            record = session.get(JobSeekerRecord, budi.applicant_id)
            assert record is not None and "disability" not in record.data
            payloads = session.scalars(
                select(Event.payload).where(
                    Event.entity == "job_seeker", Event.entity_id == budi.applicant_id
                )
            ).all()
    finally:
        db.close()
    assert payloads and all("intellectual" not in json.dumps(p) for p in payloads)


# -- the kiosk side: the job-fair booth ---------------------------------------------------


def _outbox(kiosk: KioskServices) -> int:
    with kiosk.store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEvent)) or 0)


def _applications(kiosk: KioskServices) -> int:
    with kiosk.store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(JobApplication)) or 0)


@pytest.fixture
def booth(kiosk: KioskServices) -> tuple[KioskServices, dict[str, str]]:
    from kiosk.sync.apply import apply_changes
    from kiosk.sync.protocol import Change

    ids = {}
    for employer, title in (("PT Booth", "Kasir"), ("PT Lain", "Sopir")):
        data = {
            "id": new_id(), "employer": employer, "title": title, "isco_code": "5230",
            "openings": 2, "filled": 0, "valid_from": "2026-02-01", "valid_until": "2026-04-30",
            "regency_code": "32.73", "source": "employer", "checked": True,
            "published_at": "2026-02-01T00:00:00+00:00",
        }  # fmt: skip
        with kiosk.store.transaction() as session:
            apply_changes(
                session, [Change(kind="vacancy", id=data["id"], data=data)], kiosk.ctx.now()
            )
        ids[employer] = data["id"]
    kiosk.job_fair.start("PT Booth", staff_id="")
    return kiosk, ids


def test_the_receipt_shows_a_first_name_and_a_short_number_only(
    booth: tuple[KioskServices, dict[str, str]], qapp: Any
) -> None:
    from kiosk.ui.screens.jobs_fair import receipt_text

    kiosk, ids = booth
    [form] = distinct_forms(1, start=7)
    form = dataclasses.replace(form, full_name="Siti Nur Rahmawati", email="siti@contoh.co.id")
    person = kiosk.registration.register(form, issue_card=True)
    scan = kiosk.job_fair.scan(person.card_payload)
    receipt = kiosk.job_fair.apply(scan.holder, ids["PT Booth"])
    assert {f.name for f in dataclasses.fields(Receipt)} == {
        "first_name", "employer", "title", "number", "applied_at", "already"
    }  # fmt: skip
    assert receipt.first_name == "Siti" and re.fullmatch(r"[0-9A-F]{8}", receipt.number)
    secrets = [
        "Nur", "Rahmawati", form.nik, form.phone, form.kk_number, form.email, form.address,
        form.birth_place, str(form.birth_date), person.applicant_id, person.card_id,
    ]  # fmt: skip
    for lang in ("id", "en"):
        text = receipt_text(receipt, lang)
        assert "Siti" in text and receipt.number in text
        leaked = [s for s in secrets if s and s in text]
        assert not leaked, (lang, leaked)


def test_the_booth_takes_only_its_employer_and_real_cards(
    booth: tuple[KioskServices, dict[str, str]],
) -> None:
    kiosk, ids = booth
    person = kiosk.registration.register(distinct_forms(1, start=9)[0], issue_card=True)
    holder = kiosk.job_fair.scan(person.card_payload).holder
    before = (_applications(kiosk), _outbox(kiosk))
    # Another employer's vacancy, through the booth.
    with pytest.raises(JobFairRefused):
        kiosk.job_fair.apply(holder, ids["PT Lain"])
    # A made-up card number, a card payload with one character changed, and another holder's
    # applicant id with this card.
    with pytest.raises(UserError):  # a clear message, as for every refused card
        kiosk.job_fair.scan("ABCD-EFGH-JKLM-NPQR")
    payload = person.card_payload
    assert payload is not None
    with pytest.raises(CardRefused):
        kiosk.job_fair.scan(payload[:-2] + ("A" if payload[-2] != "A" else "B") + payload[-1])
    assert (_applications(kiosk), _outbox(kiosk)) == before

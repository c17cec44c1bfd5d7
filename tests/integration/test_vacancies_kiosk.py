"""Vacancies on the kiosk: pulled through apply_changes into a real store, open ones only."""

from __future__ import annotations

import datetime as dt

from kiosk.domain.matching import Proof, Seeker
from kiosk.services.vacancies import Browse, open_vacancies, ranked
from kiosk.store.db import Store
from kiosk.store.models import SyncQuarantine
from kiosk.store.paths import DataPaths
from kiosk.store.placement_models import Vacancy as VacancyRow
from kiosk.sync.apply import apply_changes
from tests.factories import vacancy_change

NOW = dt.datetime(2026, 3, 2, 3, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


def test_pulled_vacancies_open_expired_filled(data_paths: DataPaths) -> None:
    good = vacancy_change()
    expired = vacancy_change(valid_until="2026-03-01")
    filled = vacancy_change(filled=2)
    elsewhere = vacancy_change(regency_code="31.71", isco_code="2512")
    bad = vacancy_change(isco_code="9999")
    with Store.open(data_paths) as store:
        with store.transaction() as session:
            applied = apply_changes(session, [good, expired, filled, elsewhere, bad], NOW)
            assert applied == 4
            quarantined = session.query(SyncQuarantine).one()
            assert quarantined.record_id == bad.id
        with store.reading() as session:
            ids = {v.id for v in open_vacancies(session, TODAY)}
            assert ids == {good.id, elsewhere.id}
            assert [v.id for v in open_vacancies(session, TODAY, Browse(regions=("32",)))] == [
                good.id
            ]
            by_occupation = open_vacancies(session, TODAY, Browse(occupation_prefix="25"))
            assert [v.id for v in by_occupation] == [elsewhere.id]
            assert open_vacancies(session, TODAY, Browse(education="sd")) == []
            assert open_vacancies(session, dt.date(2026, 5, 1)) == []
        # The same vacancy filled at the server: it disappears here after the next pull.
        with store.transaction() as session:
            apply_changes(session, [vacancy_change(**{**good.data, "filled": 2})], NOW)
        with store.reading() as session:
            assert {v.id for v in open_vacancies(session, TODAY)} == {elsewhere.id}
            assert session.get(VacancyRow, good.id) is not None  # kept, only not shown


def test_ranked_from_store(data_paths: DataPaths) -> None:
    near = vacancy_change()
    far = vacancy_change(isco_code="2512", skills=[])
    seeker = Seeker(
        birth_date=dt.date(2000, 1, 1),
        sex="P",
        education="sma_smk",
        regency_code="32.73",
        occupations=("8153",),
        skills={"menjahit": Proof.TRAINED},
    )
    with Store.open(data_paths) as store:
        with store.transaction() as session:
            apply_changes(session, [far, near], NOW)
        with store.reading() as session:
            matches = ranked(session, seeker, TODAY)
    assert [m.vacancy.id for m in matches] == [near.id, far.id]
    assert matches[0].vacancy.skills == ("Menjahit",)

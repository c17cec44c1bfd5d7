"""The fast ranking (in-memory index of the open vacancies) gives exactly what the reference
gives, ``matching.rank`` over ``open_vacancies``, on random synthetic vacancies and seekers;
and the index follows every change of the table (pull, fill, delete) and of the day."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from sqlalchemy import delete

from kiosk.domain import occupations
from kiosk.domain.ids import new_id
from kiosk.domain.matching import Proof, Seeker, rank
from kiosk.services.vacancies import Browse, open_vacancies, ranked
from kiosk.services.vacancy_index import open_index
from kiosk.store.db import Store
from kiosk.store.paths import DataPaths
from kiosk.store.placement_models import Vacancy as VacancyRow
from kiosk.sync.apply import apply_changes
from kiosk.sync.protocol import Change

NOW = dt.datetime(2026, 3, 2, 3, 0, tzinfo=dt.UTC)
TODAY = NOW.date()
SKILLS = ["Menjahit", "menjahit ", "obras", "kasir", "excel", "las listrik", "memasak"]
EDUCATION = ["none", "sd", "smp", "sma_smk", "d1_d3", "d4_s1"]
REGENCIES = ["32.73", "32.04", "31.71", "33.74"]
# Few distinct codes and dates, so that scores and closing days tie often and the
# tie-break (soonest to close, then id) is really exercised.
UNITS = ["8153", "8152", "8141", "7531", "7533", "5120", "2512", "4311"]


def _vacancy(rng: random.Random, **changes: Any) -> Change:
    low = rng.choice([None, 18, 25])
    data: dict[str, Any] = {
        "id": new_id(),
        "employer": f"PT Sintetis {rng.randrange(50)}",
        "title": "Lowongan uji",
        "isco_code": rng.choice(UNITS),
        "openings": rng.randint(1, 3),
        "filled": rng.choice([0, 0, 0, 1, 3]) % 4,
        "valid_from": rng.choice(["2026-02-01", "2026-03-02", "2026-03-05"]),
        "valid_until": (TODAY + dt.timedelta(days=rng.randint(-2, 4))).isoformat(),
        "regency_code": rng.choice(REGENCIES),
        "education_min": rng.choice(EDUCATION),
        "age_min": low,
        "age_max": rng.choice([None, 30, 45]) if low is None else rng.choice([30, 45]),
        "sex": rng.choice([None, None, "L", "P"]),
        "skills": rng.sample(SKILLS, rng.randint(0, 3)),
        "experience_years": rng.randint(0, 4),
        "source": "imported",
        "checked": rng.random() < 0.5,
        "published_at": NOW.isoformat(),
    }
    data["filled"] = min(data["filled"], data["openings"])
    data["valid_until"] = max(data["valid_until"], data["valid_from"])
    data.update(changes)
    return Change(kind="vacancy", id=data["id"], data=data)


def _seeker(rng: random.Random) -> Seeker:
    return Seeker(
        birth_date=dt.date(rng.randint(1970, 2007), rng.randint(1, 12), rng.randint(1, 28)),
        sex=rng.choice(["L", "P"]),
        education=rng.choice(EDUCATION),
        regency_code=rng.choice(REGENCIES),
        desired_regions=tuple(rng.sample(["32", "31", "32.73", "33.74"], rng.randint(0, 2))),
        occupations=tuple(rng.sample(UNITS, rng.randint(0, 2))),
        skills={
            skill.strip().casefold(): rng.choice(list(Proof))
            for skill in rng.sample(SKILLS, rng.randint(0, 3))
        },
        experience_years=rng.randint(0, 3),
    )


def _browse(rng: random.Random) -> Browse:
    return Browse(
        regions=tuple(rng.sample(["32", "31.71", "33"], rng.randint(0, 2))),
        occupation_prefix=rng.choice(["", "", "8", "81", "8153", "2"]),
        education=rng.choice([None, None, *EDUCATION]),
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fast_ranking_equals_the_reference(data_paths: DataPaths, seed: int) -> None:
    rng = random.Random(seed)
    changes = [_vacancy(rng) for _ in range(600)]
    with Store.open(data_paths) as store:
        with store.transaction() as session:
            assert apply_changes(session, changes, NOW) == len(changes)
        compared, verdicts = 0, set()
        for _ in range(40):
            seeker, browse = _seeker(rng), _browse(rng)
            limit = rng.choice([1, 10, 50, 1000])
            day = TODAY + dt.timedelta(days=rng.choice([0, 0, 1, 3]))
            with store.reading() as session:
                fast = ranked(session, seeker, day, browse, limit)
                reference = rank(seeker, open_vacancies(session, day, browse), day, limit)
            assert fast == reference, (seeker, browse, limit, day)
            compared += len(fast)
            verdicts |= {m.fits for m in fast}
        # The browse choices left real lists to compare, with fitting and unfitting ones.
        assert compared > 500
        assert verdicts == {True, False}


def test_the_index_follows_pulls_fills_deletes_and_the_day(data_paths: DataPaths) -> None:
    rng = random.Random(9)
    seeker = Seeker(
        birth_date=dt.date(1999, 4, 1),
        sex="P",
        education="sma_smk",
        regency_code="32.73",
        occupations=("8153",),
        skills={"menjahit": Proof.CERTIFIED},
    )
    units = [o.code for o in occupations._index().by_code.values() if o.level == 4]
    base = dict(filled=0, valid_from="2026-02-01", valid_until="2026-03-03", sex=None, age_min=None)
    first = _vacancy(rng, **base, isco_code=units[0])
    with Store.open(data_paths) as store:
        with store.transaction() as session:
            apply_changes(session, [first], NOW)
        with store.reading() as session:
            held = open_index(session, TODAY)
            assert held.ids == [first.id]
            assert open_index(session, TODAY) is held  # nothing changed: kept in memory
        # A pull brings a better one: the next tap sees it first.
        best = _vacancy(rng, **{**base, "isco_code": "8153", "skills": ["Menjahit"]})
        best.data.update(regency_code="32.73", education_min="none", experience_years=0)
        with store.transaction() as session:
            apply_changes(session, [best], NOW)
        with store.reading() as session:
            top = ranked(session, seeker, TODAY)
            assert [m.vacancy.id for m in top] == [best.id, first.id]
            assert top[0].score == 100
        # Filled at the server: gone at the next tap.
        with store.transaction() as session:
            apply_changes(session, [Change(kind="vacancy", id=best.id, data={**best.data, "filled": best.data["openings"]})], NOW)  # fmt: skip
        with store.reading() as session:
            assert [m.vacancy.id for m in ranked(session, seeker, TODAY)] == [first.id]
        # Deleted (housekeeping): gone too; and after its last day nothing is left.
        with store.transaction() as session:
            session.execute(delete(VacancyRow).where(VacancyRow.id == best.id))
        with store.reading() as session:
            assert [m.vacancy.id for m in ranked(session, seeker, TODAY)] == [first.id]
            assert ranked(session, seeker, dt.date(2026, 3, 4)) == []


def test_a_second_process_writing_the_store_is_seen(data_paths: DataPaths) -> None:
    """The token lives in the database: a change made through another connection (a sync
    command beside the GUI, a bundle import) is seen by the next tap all the same."""
    import sqlite3

    rng = random.Random(4)
    seeker = Seeker(
        birth_date=dt.date(1990, 1, 1), sex="L", education="d4_s1", regency_code="32.73"
    )
    only = _vacancy(rng, filled=0, valid_from="2026-02-01", valid_until="2026-04-01")
    with Store.open(data_paths) as store:
        with store.transaction() as session:
            apply_changes(session, [only], NOW)
        with store.reading() as session:
            assert [m.vacancy.id for m in ranked(session, seeker, TODAY)] == [only.id]
        other = sqlite3.connect(data_paths.database)
        try:
            with other:
                other.execute(
                    "UPDATE vacancy SET valid_until = '2026-03-01' WHERE id = ?", (only.id,)
                )
        finally:
            other.close()
        with store.reading() as session:
            assert ranked(session, seeker, TODAY) == []

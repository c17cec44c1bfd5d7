"""The open vacancies' ranking columns, kept in memory between taps and renewed when the
vacancy table changes (a pull, a bundle), so that ranking 20,000 of them is a few list look-ups.

What stays the same from one applicant to the next is read once: the open vacancies in
tie-break order (soonest to close, then id) with their requirements grouped into the few
distinct values they take (age ranges, regencies, ISCO codes, skill sets, years). A tap then
judges each distinct value once for its applicant and adds up integers per vacancy. The
vacancy table's triggers renew a token at every change (kiosk migration 0011); the index is
used only while the token and the day it was built for are unchanged, so a pulled, filled or
expired vacancy is never ranked from a stale copy.
"""

from __future__ import annotations

import datetime as dt
import heapq
import threading
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kiosk.domain.matching import MAX_SCORE, OCCUPATION_POINTS, Ranker
from kiosk.store.db import Store

_SQL: Final = (
    "SELECT id, age_min, age_max, education_min, regency_code, sex, isco_code, skills,"
    " experience_years FROM vacancy"
    " WHERE valid_until >= ? AND valid_from <= ? AND filled < openings"
    " ORDER BY valid_until, id"
)
# One key per vacancy: (does not fit, MAX_SCORE - score, position) packed into one integer,
# which orders exactly as kiosk.domain.matching.order_key (the position is the tie-break).
_SCORES: Final = MAX_SCORE + 1

HardKey = tuple[int | None, int | None, str, str, str | None]


@dataclass(frozen=True)
class OpenVacancies:
    """The open vacancies of one day at one version of the table, ranking columns only."""

    token: int | None
    today: dt.date
    ids: list[str]  # in tie-break order: valid_until, then id
    hard: list[int]  # per vacancy: index into hard_keys
    hard_keys: list[HardKey]  # (age_min, age_max, education_min, regency_code, sex)
    isco: list[int]  # per vacancy: index into isco_codes
    isco_codes: list[str]
    skills: list[int]  # per vacancy: index into skill_sets
    skill_sets: list[tuple[str, ...]]  # sorted: the skill score does not depend on order
    years: list[int]  # per vacancy: index into year_values
    year_values: list[int]

    def __len__(self) -> int:
        return len(self.ids)


_cache: weakref.WeakKeyDictionary[Engine, OpenVacancies] = weakref.WeakKeyDictionary()
_cache_lock = threading.Lock()


def _token(session: Session) -> int | None:
    row = session.connection().exec_driver_sql("SELECT token FROM vacancy_version").first()
    return None if row is None else int(row[0])


def _build(session: Session, token: int | None, today: dt.date) -> OpenVacancies:
    day = today.isoformat()
    # Straight from the driver: the rows are plain text and numbers, and fetchall on the
    # sqlite3 cursor reads 20,000 of them several times faster than a result object.
    driver = session.connection().connection.driver_connection
    assert driver is not None
    rows = driver.execute(_SQL, (day, day)).fetchall()
    hard: dict[HardKey, int] = {}
    isco: dict[str, int] = {}
    texts: dict[str, int] = {}  # skills as stored -> index into sets
    sets: dict[tuple[str, ...], int] = {}
    years: dict[int, int] = {}
    ids, h, o, s, y = [], [], [], [], []
    # One plain loop with inline look-ups: the whole build is what a cold tap costs.
    for vid, age_min, age_max, edu, regency, sex, code, text, exp in rows:
        ids.append(vid)
        key = (age_min, age_max, edu, regency, sex)
        i = hard.get(key)
        if i is None:
            i = hard[key] = len(hard)
        h.append(i)
        i = isco.get(code)
        if i is None:
            i = isco[code] = len(isco)
        o.append(i)
        i = texts.get(text)
        if i is None:
            i = texts[text] = sets.setdefault(_skill_set(text), len(sets))
        s.append(i)
        i = years.get(exp)
        if i is None:
            i = years[exp] = len(years)
        y.append(i)
    return OpenVacancies(
        token, today, ids, h, list(hard), o, list(isco), s, list(sets), y, list(years)
    )


def _skill_set(text: str) -> tuple[str, ...]:
    return tuple(sorted(text.split("|"))) if text else ()


def open_index(session: Session, today: dt.date) -> OpenVacancies:
    """The index of the vacancies open on ``today``, from memory while the table has not
    changed since it was read (one small read to know), else read afresh."""
    token = _token(session)
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    kept = held(engine)
    if kept is not None and token is not None and kept.token == token and kept.today == today:
        return kept
    built = _build(session, token, today)
    if token is not None:
        with _cache_lock:
            _cache[engine] = built
    return built


def refresh(store: Store, today: dt.date) -> None:
    """Read the index now if the table changed (after a pull or a bundle, off the GUI
    thread), so that the next tap finds it ready; one small read when nothing changed."""
    with store.reading() as session:
        open_index(session, today)


def held(engine: Engine) -> OpenVacancies | None:
    """What is held in memory for this store (whether still current or not)."""
    with _cache_lock:
        return _cache.get(engine)


def is_current(session: Session, index: OpenVacancies | None, today: dt.date) -> bool:
    return index is not None and index.today == today and index.token == _token(session)


def forget(engine: Engine) -> None:
    """Drop what is held for this store (tests, or a store closed and replaced)."""
    with _cache_lock:
        _cache.pop(engine, None)


@dataclass(frozen=True)
class Picked:
    vacancy_id: str
    fits: bool
    score: int


def best(
    index: OpenVacancies,
    ranker: Ranker,
    limit: int,
    hard_allowed: Callable[[HardKey], bool] | None = None,
    isco_allowed: Callable[[str], bool] | None = None,
) -> list[Picked]:
    """The ``limit`` best vacancies of the index for the ranker's job seeker, in
    :func:`kiosk.domain.matching.order_key` order; the filters leave out whole groups
    (browse choices: region and education are part of the hard key, occupation the code)."""
    n = len(index.ids)
    if n == 0 or limit <= 0:
        return []
    misfit = _SCORES * n
    penalty = [0 if ranker.fits(*key) else misfit for key in index.hard_keys]
    occupation = [OCCUPATION_POINTS[ranker.occupation_level(c)] for c in index.isco_codes]
    # Points are stored as what is missing from full marks, times n, ready to add.
    skill_gap = [(MAX_SCORE - ranker.skill_points(skills)) * n for skills in index.skill_sets]
    occupation_gap = [points * n for points in occupation]
    year_gap = [ranker.experience_points(years) * n for years in index.year_values]
    if hard_allowed is not None:
        penalty = [
            p if hard_allowed(k) else -1 for p, k in zip(penalty, index.hard_keys, strict=True)
        ]
    if isco_allowed is not None:
        occupation_gap = [
            g if isco_allowed(c) else -1
            for g, c in zip(occupation_gap, index.isco_codes, strict=True)
        ]
    if hard_allowed is None and isco_allowed is None:
        keys: Sequence[int] = [
            penalty[h] + skill_gap[s] - occupation_gap[o] - year_gap[y] + i
            for i, h, o, s, y in zip(
                range(n), index.hard, index.isco, index.skills, index.years, strict=True
            )
        ]
    else:
        keys = [
            penalty[h] + skill_gap[s] - occupation_gap[o] - year_gap[y] + i
            for i, h, o, s, y in zip(
                range(n), index.hard, index.isco, index.skills, index.years, strict=True
            )
            if penalty[h] >= 0 and occupation_gap[o] >= 0
        ]
    picked = []
    for key in heapq.nsmallest(limit, keys):
        rest, position = divmod(key, n)
        picked.append(Picked(index.ids[position], rest < _SCORES, MAX_SCORE - rest % _SCORES))
    return picked

"""Vacancy rules and matching that explains itself."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.matching import Proof, Seeker, explain, rank, score
from kiosk.domain.placement import Vacancy, is_open, problems

TODAY = dt.date(2026, 3, 2)


def vacancy(**changes: object) -> Vacancy:
    base: dict[str, object] = {
        "id": "v1",
        "employer": "PT Contoh Garmen",
        "title": "Operator jahit",
        "isco_code": "8153",
        "openings": 3,
        "valid_from": dt.date(2026, 2, 1),
        "valid_until": dt.date(2026, 4, 30),
        "regency_code": "32.73",
        "education_min": "smp",
        "age_min": 18,
        "age_max": 35,
        "skills": ("Menjahit", "Obras"),
        "experience_years": 1,
    }
    base.update(changes)
    return Vacancy(**base)  # type: ignore[arg-type]


SEEKER = Seeker(
    birth_date=dt.date(2000, 5, 1),
    sex="P",
    education="sma_smk",
    regency_code="32.73",
    occupations=("8153",),
    skills={"menjahit": Proof.CERTIFIED},
    experience_years=2,
)


def texts(lines: list, lang: str = "en") -> str:
    return "\n".join(line.render(lang) for line in lines)


def test_open_only_within_period_and_with_openings() -> None:
    v = vacancy()
    assert is_open(v, TODAY)
    assert not is_open(v, dt.date(2026, 5, 1))
    assert not is_open(v, dt.date(2026, 1, 31))
    assert not is_open(vacancy(filled=3), TODAY)


def test_problems() -> None:
    assert problems(vacancy()) == []
    codes = {m.code for m in problems(vacancy(isco_code="815", openings=0, age_min=40))}
    assert codes == {"vacancy.bad_isco", "vacancy.bad_openings", "vacancy.bad_age"}


def test_hard_requirements_come_first() -> None:
    good = vacancy(id="a")
    too_old = vacancy(id="b", age_max=20, skills=("menjahit",))  # better skills, fails age
    ranked = rank(SEEKER, [too_old, good], TODAY)
    assert [m.vacancy.id for m in ranked] == ["a", "b"]
    assert ranked[0].fits and not ranked[1].fits
    assert "outside the required 18–20" in texts(explain(SEEKER, too_old, TODAY))


def test_each_hard_requirement_explained_in_both_languages() -> None:
    v = vacancy(education_min="d4_s1", regency_code="31.71", sex="L")
    assert not score(SEEKER, v, TODAY).fits
    en = texts(explain(SEEKER, v, TODAY))
    assert "minimum education is Bachelor's degree (D4/S1)" in en
    assert "outside the regions you chose" in en
    assert "requires the other sex" in en
    id_ = texts(explain(SEEKER, v, TODAY), "id")
    assert "Tidak cocok" in id_ and "di luar wilayah" in id_


def test_occupation_closeness_by_isco_hierarchy() -> None:
    scores = [
        score(SEEKER, vacancy(isco_code=code, skills=()), TODAY).score
        for code in ("8153", "8154", "8121", "8211", "2512")
    ]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 5
    assert "same minor group" in texts(explain(SEEKER, vacancy(isco_code="8154"), TODAY))


def test_proven_skills_count_more_than_claimed() -> None:
    v = vacancy(skills=("Menjahit",))
    claimed = Seeker(**{**SEEKER.__dict__, "skills": {"menjahit": Proof.CLAIMED}})
    trained = Seeker(**{**SEEKER.__dict__, "skills": {"menjahit": Proof.TRAINED}})
    s = [score(p, v, TODAY).score for p in (claimed, trained, SEEKER)]
    assert s[0] < s[1] < s[2]
    assert "not yet proven" in texts(explain(claimed, v, TODAY))
    assert "you hold a certificate" in texts(explain(SEEKER, v, TODAY))


def test_missing_skill_names_training() -> None:
    lines = explain(SEEKER, vacancy(), TODAY, {"obras": ["Menjahit Lanjutan (BLK Bandung)"]})
    en = texts(lines)
    assert "You do not have the skill “Obras” yet" in en
    assert "Training that teaches “Obras”: Menjahit Lanjutan (BLK Bandung)" in en
    assert "Pelatihan yang mengajarkan" in texts(lines, "id")


def test_desired_regions_by_province_or_regency() -> None:
    wide = Seeker(**{**SEEKER.__dict__, "desired_regions": ("31", "32.04")})
    assert score(wide, vacancy(regency_code="31.71"), TODAY).fits
    assert score(wide, vacancy(regency_code="32.04"), TODAY).fits
    assert not score(wide, vacancy(regency_code="32.73"), TODAY).fits


ages = st.integers(min_value=14, max_value=80)


@given(
    age_min=st.none() | ages,
    age_max=st.none() | ages,
    isco=st.sampled_from(["8153", "8154", "7531", "2512", "5120"]),
    education=st.sampled_from(["none", "sd", "smp", "sma_smk", "d1_d3", "d4_s1", "s2_s3"]),
    years=st.integers(min_value=0, max_value=30),
)
def test_score_bounded_and_explained(
    age_min: int | None, age_max: int | None, isco: str, education: str, years: int
) -> None:
    v = vacancy(
        age_min=age_min,
        age_max=age_max,
        isco_code=isco,
        education_min=education,
        experience_years=years,
    )
    m = score(SEEKER, v, TODAY)
    assert 0 <= m.score <= 100
    lines = explain(SEEKER, v, TODAY)
    assert f"score {m.score} of 100" in lines[0].render("en")
    assert lines[0].code == ("match.fits" if m.fits else "match.not_fits")
    for line in lines:
        assert line.render("id") != line.code and line.render("en") != line.code

"""Tests for the Kartu Prakerja eligibility rules."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.eligibility import (
    EXCLUDED_OCCUPATIONS,
    MAX_PER_KK,
    MIN_AGE,
    EducationLevel,
    EligibilityInput,
    EmploymentStatus,
    Occupation,
    age_on,
    assess,
    label,
    label_message,
)
from kiosk.i18n import catalogue

REGISTRATION = date(2025, 6, 15)
OK = EligibilityInput(
    citizen_wni=True,
    birth_date=date(1995, 3, 1),
    registration_date=REGISTRATION,
    in_formal_education=False,
    occupation=Occupation.UNEMPLOYED,
    kk_registered_count=0,
)


def codes(inp: EligibilityInput) -> list[str]:
    return [m.code for m in assess(inp).reasons]


def test_an_ordinary_applicant_is_eligible() -> None:
    verdict = assess(OK)
    assert verdict.eligible
    assert verdict.reasons == ()


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"citizen_wni": False}, "prakerja.not_citizen"),
        ({"birth_date": date(2010, 1, 1)}, "prakerja.too_young"),
        ({"birth_date": date(2026, 1, 1)}, "prakerja.birth_after_registration"),
        ({"in_formal_education": True}, "prakerja.in_formal_education"),
        ({"occupation": Occupation.POLICE}, "prakerja.excluded.police"),
        ({"kk_registered_count": MAX_PER_KK}, "prakerja.kk_limit"),
    ],
)
def test_each_rule_on_its_own(change: dict[str, object], code: str) -> None:
    verdict = assess(dataclasses.replace(OK, **change))  # type: ignore[arg-type]
    assert not verdict.eligible
    assert [m.code for m in verdict.reasons] == [code]


def test_every_failing_reason_is_listed_at_once() -> None:
    inp = EligibilityInput(
        citizen_wni=False,
        birth_date=date(2010, 1, 1),
        registration_date=REGISTRATION,
        in_formal_education=True,
        occupation=Occupation.CIVIL_SERVANT,
        kk_registered_count=5,
    )
    verdict = assess(inp)
    assert not verdict.eligible
    assert [m.code for m in verdict.reasons] == [
        "prakerja.not_citizen",
        "prakerja.too_young",
        "prakerja.in_formal_education",
        "prakerja.excluded.civil_servant",
        "prakerja.kk_limit",
    ]
    too_young = verdict.reasons[1]
    assert too_young.params == {"age": 15, "min_age": MIN_AGE}
    assert "15" in too_young.render("id")
    assert verdict.reasons[4].params == {"count": 5, "max": MAX_PER_KK}


@pytest.mark.parametrize("occupation", sorted(EXCLUDED_OCCUPATIONS))
def test_every_excluded_occupation_has_its_own_reason(occupation: Occupation) -> None:
    reasons = assess(dataclasses.replace(OK, occupation=occupation)).reasons
    assert [m.code for m in reasons] == [f"prakerja.excluded.{occupation.value}"]
    assert reasons[0].params == {"occupation": occupation.value}


@pytest.mark.parametrize("occupation", sorted(set(Occupation) - EXCLUDED_OCCUPATIONS))
def test_ordinary_occupations_are_allowed(occupation: Occupation) -> None:
    assert assess(dataclasses.replace(OK, occupation=occupation)).eligible


def test_excluded_set() -> None:
    assert {o.value for o in EXCLUDED_OCCUPATIONS} == {
        "civil_servant",
        "military",
        "police",
        "village_official",
        "legislator",
        "soe_executive",
    }


def test_family_card_limit() -> None:
    assert assess(dataclasses.replace(OK, kk_registered_count=MAX_PER_KK - 1)).eligible
    assert not assess(dataclasses.replace(OK, kk_registered_count=MAX_PER_KK)).eligible
    with pytest.raises(ValueError, match="negative"):
        dataclasses.replace(OK, kk_registered_count=-1)


def test_age_boundary_is_the_eighteenth_birthday() -> None:
    birth = date(2007, 6, 15)
    on_birthday = dataclasses.replace(OK, birth_date=birth)
    day_before = dataclasses.replace(on_birthday, registration_date=date(2025, 6, 14))
    assert assess(on_birthday).eligible
    verdict = assess(day_before)
    assert [m.code for m in verdict.reasons] == ["prakerja.too_young"]
    assert verdict.reasons[0].params["age"] == 17


def test_born_on_registration_day_is_too_young_not_an_error() -> None:
    assert codes(dataclasses.replace(OK, birth_date=REGISTRATION)) == ["prakerja.too_young"]


@pytest.mark.parametrize(
    ("day", "age"),
    [
        (date(2022, 2, 28), 17),
        (date(2022, 3, 1), 18),
        (date(2024, 2, 28), 19),
        (date(2024, 2, 29), 20),
        (date(2025, 2, 28), 20),
        (date(2025, 3, 1), 21),
    ],
)
def test_age_of_someone_born_on_29_february(day: date, age: int) -> None:
    assert age_on(date(2004, 2, 29), day) == age


def test_29_february_applicant_becomes_eligible_on_1_march() -> None:
    inp = dataclasses.replace(OK, birth_date=date(2004, 2, 29))
    assert not assess(dataclasses.replace(inp, registration_date=date(2022, 2, 28))).eligible
    assert assess(dataclasses.replace(inp, registration_date=date(2022, 3, 1))).eligible


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(0, 120),
    st.integers(0, 364),
)
def test_age_counts_completed_years(birth: date, years: int, extra_days: int) -> None:
    day = birth + timedelta(days=extra_days)
    try:
        anniversary = birth.replace(year=birth.year + years)
    except ValueError:  # 29 February in a common year
        anniversary = date(birth.year + years, 3, 1)
    later = anniversary + timedelta(days=extra_days)
    assert age_on(birth, later) == years + age_on(anniversary, later)
    assert age_on(birth, day) == 0
    assert age_on(birth, anniversary) == years
    assert age_on(birth, anniversary - timedelta(days=1)) == years - 1


@pytest.mark.parametrize("value", [*Occupation, *EducationLevel, *EmploymentStatus])
def test_every_value_has_labels_in_both_languages(
    value: Occupation | EducationLevel | EmploymentStatus,
) -> None:
    code = label_message(value).code
    assert code in catalogue("id")
    assert code in catalogue("en")
    assert label(value, "id") == catalogue("id")[code]
    assert label(value, "en") == catalogue("en")[code]
    assert label(value) == label(value, "id")


def test_enum_values_used_in_storage() -> None:
    assert [e.value for e in EducationLevel] == [
        "none", "sd", "smp", "sma_smk", "d1_d3", "d4_s1", "s2_s3",
    ]  # fmt: skip
    assert [e.value for e in EmploymentStatus] == [
        "unemployed", "employed", "self_employed", "laid_off",
    ]  # fmt: skip
    assert label(Occupation.CIVIL_SERVANT, "en") == "Civil servant (ASN/PNS)"

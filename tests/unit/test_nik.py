"""Tests for NIK parsing, warnings, masking and synthetic NIKs."""

from __future__ import annotations

import contextlib
import random
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain import regions
from kiosk.domain.nik import (
    Nik,
    NikError,
    Sex,
    mask_nik,
    nik_warnings,
    parse_nik,
    synthetic_nik,
)

TODAY = date(2025, 6, 15)
DISTRICTS = [d.code for p in regions.provinces() for r in regions.regencies(p.code)
             for d in regions.districts(r.code)]  # fmt: skip


def make(district: str = "320101", ddmmyy: str = "150890", serial: str = "9001") -> str:
    return district + ddmmyy + serial


def error_code(text: str, today: date = TODAY) -> str:
    with pytest.raises(NikError) as info:
        parse_nik(text, today)
    return info.value.message.code


def test_parse_a_male_nik() -> None:
    nik = parse_nik(make(), TODAY)
    assert nik == Nik(
        value="3201011508909001",
        province_code="32",
        regency_code="32.01",
        district_code="32.01.01",
        birth_date=date(1990, 8, 15),
        sex=Sex.MALE,
        serial="9001",
    )


def test_women_have_forty_added_to_the_day() -> None:
    nik = parse_nik(make(ddmmyy="550890"), TODAY)
    assert nik.sex is Sex.FEMALE
    assert nik.birth_date == date(1990, 8, 15)
    assert parse_nik(make(ddmmyy="410101"), TODAY).birth_date == date(2001, 1, 1)
    assert parse_nik(make(ddmmyy="710190"), TODAY).birth_date == date(1990, 1, 31)


@pytest.mark.parametrize(
    "text",
    [
        " 3201011508909001 ",
        "3201 0115 0890 9001",
        "32.01.01.150890.9001",
        "32-01-01-150890-9001",
        "\t3201011508909001\r\n",
        "320101 – 150890 – 9001".replace("–", "\u2013"),
    ],
)
def test_accepts_what_people_type(text: str) -> None:
    assert parse_nik(text, TODAY).value == "3201011508909001"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "nik.empty"),
        ("   ", "nik.empty"),
        ("320101150890900", "nik.length"),
        ("32010115089090011", "nik.length"),
        ("3201011508909O01", "nik.not_digits"),
        ("32010115/08909001", "nik.not_digits"),
        ("٣٢٠١٠١١٥٠٨٩٠٩٠٠١", "nik.not_digits"),
        ("3201011508909001x", "nik.not_digits"),
        ("9901011508909001", "nik.unknown_province"),
        ("0001011508909001", "nik.unknown_province"),
        ("2001011508909001", "nik.unknown_province"),
        (make(ddmmyy="000190"), "nik.birth_date"),
        (make(ddmmyy="320190"), "nik.birth_date"),
        (make(ddmmyy="400190"), "nik.birth_date"),
        (make(ddmmyy="720190"), "nik.birth_date"),
        (make(ddmmyy="990190"), "nik.birth_date"),
        (make(ddmmyy="010090"), "nik.birth_date"),
        (make(ddmmyy="011390"), "nik.birth_date"),
        (make(ddmmyy="300290"), "nik.birth_date"),
        (make(ddmmyy="290223"), "nik.birth_date"),
        (make(ddmmyy="310490"), "nik.birth_date"),
        (make(ddmmyy="690223"), "nik.birth_date"),
        (make(serial="0000"), "nik.serial_zero"),
    ],
)
def test_errors_have_distinct_codes(text: str, code: str) -> None:
    assert error_code(text) == code


def test_length_error_says_how_many_digits() -> None:
    with pytest.raises(NikError) as info:
        parse_nik("1234", TODAY)
    assert info.value.message.params == {"expected": 16, "length": 4}
    assert "4" in info.value.render("id")


@pytest.mark.parametrize("province", ["91", "92", "93", "94", "95", "96", "11", "31", "65"])
def test_every_official_province_is_accepted(province: str) -> None:
    assert parse_nik(make(district=province + "0101"), TODAY).province_code == province


def test_leap_day_birth() -> None:
    assert parse_nik(make(ddmmyy="290224"), TODAY).birth_date == date(2024, 2, 29)
    assert parse_nik(make(ddmmyy="690296"), TODAY).birth_date == date(1996, 2, 29)


def test_century_is_this_one_unless_that_is_in_the_future() -> None:
    assert parse_nik(make(ddmmyy="150625"), TODAY).birth_date == date(2025, 6, 15)
    assert parse_nik(make(ddmmyy="160625"), TODAY).birth_date == date(1925, 6, 16)
    assert parse_nik(make(ddmmyy="010100"), TODAY).birth_date == date(2000, 1, 1)
    assert parse_nik(make(ddmmyy="010199"), TODAY).birth_date == date(1999, 1, 1)


def test_29_february_2000_before_it_happened_is_impossible() -> None:
    # 2000 would be in the future and 1900 was not a leap year.
    assert error_code(make(ddmmyy="290200"), today=date(1999, 12, 31)) == "nik.birth_date"


@given(st.from_regex(r"[0-9]{16}", fullmatch=True))
def test_any_sixteen_digits_parse_or_raise_nik_error(text: str) -> None:
    try:
        nik = parse_nik(text, TODAY)
    except NikError as error:
        code = error.message.code
    else:
        assert nik.value == text
        assert nik.birth_date <= TODAY
        return
    assert code in {"nik.unknown_province", "nik.birth_date", "nik.serial_zero"}


@given(st.text(max_size=40))
def test_arbitrary_text_parses_or_raises_nik_error(text: str) -> None:
    with contextlib.suppress(NikError):
        parse_nik(text, TODAY)


@given(
    seed=st.integers(0, 2**32),
    birth=st.dates(min_value=TODAY - timedelta(days=99 * 365), max_value=TODAY),
    sex=st.sampled_from(Sex),
    district=st.sampled_from(DISTRICTS),
)
def test_synthetic_niks_round_trip(seed: int, birth: date, sex: Sex, district: str) -> None:
    text = synthetic_nik(random.Random(seed), birth, sex, district)
    nik = parse_nik(text, TODAY)
    assert (nik.birth_date, nik.sex, nik.district_code) == (birth, sex, district)
    assert 9000 <= int(nik.serial) <= 9999
    assert nik_warnings(nik, birth, sex) == []


def test_synthetic_nik_accepts_plain_district_codes_and_rejects_nonsense() -> None:
    rng = random.Random(1)
    assert synthetic_nik(rng, date(1990, 1, 2), Sex.MALE, "320101").startswith("320101020190")
    with pytest.raises(ValueError, match="district"):
        synthetic_nik(rng, date(1990, 1, 2), Sex.MALE, "3201")


def warning_codes(nik: Nik, birth: date | None, sex: Sex | None) -> list[str]:
    return [m.code for m in nik_warnings(nik, birth, sex)]


def test_no_warnings_when_everything_agrees() -> None:
    nik = parse_nik(make(), TODAY)
    assert warning_codes(nik, date(1990, 8, 15), Sex.MALE) == []
    assert warning_codes(nik, None, None) == []


def test_disagreements_are_warnings_not_errors() -> None:
    nik = parse_nik(make(ddmmyy="550890"), TODAY)
    warnings = nik_warnings(nik, date(1990, 8, 16), Sex.MALE)
    assert [w.code for w in warnings] == ["nik.warn.birth_date", "nik.warn.sex_nik_female"]
    assert warnings[0].params == {"nik_date": "15-08-1990", "entered_date": "16-08-1990"}
    male = parse_nik(make(), TODAY)
    assert warning_codes(male, None, Sex.FEMALE) == ["nik.warn.sex_nik_male"]


def test_a_centenarian_whose_nik_reads_as_this_century_is_consistent() -> None:
    nik = parse_nik(make(ddmmyy="010120"), TODAY)
    assert nik.birth_date == date(2020, 1, 1)
    assert warning_codes(nik, date(1920, 1, 1), Sex.MALE) == []


def test_unknown_regency_and_district_are_warnings() -> None:
    assert warning_codes(parse_nik(make(district="329901"), TODAY), None, None) == [
        "nik.warn.unknown_regency"
    ]
    assert warning_codes(parse_nik(make(district="320199"), TODAY), None, None) == [
        "nik.warn.unknown_district"
    ]


def test_masking() -> None:
    assert mask_nik("3201011508909001") == "3201••••••••9001"
    assert mask_nik("3201 0115 0890 9001") == "3201••••••••9001"
    assert mask_nik("12345") == "•••••"
    assert parse_nik(make(), TODAY).masked == "3201••••••••9001"


def test_sex_labels() -> None:
    assert Sex.FEMALE.label().render("id") == "Perempuan"
    assert Sex.MALE.label().render("en") == "Male"
    assert Sex("P") is Sex.FEMALE

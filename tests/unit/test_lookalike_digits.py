"""Look-alike digits (Arabic-Indic, full-width, superscript, ...) never make a second NIK, KK,
phone number, PIN or clock time: they are refused with the field's clear message."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.nik import NikError, Sex, is_ascii_digits, parse_nik, synthetic_nik
from kiosk.domain.phone import PhoneError, normalize_mobile
from kiosk.services.catalogue import CatalogueError, WeeklySchedule
from kiosk.services.opening import clock_time
from kiosk.services.registration import check_form
from kiosk.services.staff import StaffError, check_pin
from tests.factories import applicant_form

TODAY = date(2026, 3, 2)
ASCII_16 = re.compile(r"[0-9]{16}")

# Every character Unicode calls a decimal digit, except 0-9; plus "²"-like digits (No).
lookalike = st.characters(categories=["Nd", "No"]).filter(lambda c: not "0" <= c <= "9")
niks = st.builds(
    lambda seed: synthetic_nik(random.Random(seed), date(1990, 8, 15), Sex.MALE, "32.01.01"),
    st.integers(0, 10_000),
)


def _replace(text: str, position: int, char: str) -> str:
    index = position % len(text)
    return text[:index] + char + text[index + 1 :]


def test_the_findings_examples_are_refused_with_the_clear_message() -> None:
    arabic = "٣٢٠١٠١١٥٠٨٩٠٩٠٠١"  # 3201011508909001 in Arabic-Indic digits
    full_width = "３２０１０１１５０８９０９００１"
    for text in (arabic, full_width, "320101150890900²"):
        with pytest.raises(NikError) as caught:
            parse_nik(text, TODAY)
        assert caught.value.message.code == "nik.not_digits"


@given(nik=niks, position=st.integers(0, 15), char=lookalike)
def test_one_lookalike_digit_in_a_nik_is_refused(nik: str, position: int, char: str) -> None:
    assert parse_nik(nik, TODAY).value == nik
    with pytest.raises(NikError) as caught:
        parse_nik(_replace(nik, position, char), TODAY)
    assert caught.value.message.code == "nik.not_digits"


@given(text=st.text(alphabet=st.characters(categories=["Nd", "No", "Zs", "Cc", "Pd"])))
def test_whatever_parses_is_sixteen_ascii_digits(text: str) -> None:
    """Separators people type are dropped, but what is kept is exactly 16 ASCII digits: a
    trailing newline or a look-alike digit never survives into a stored NIK."""
    try:
        nik = parse_nik(text, TODAY)
    except NikError:
        return
    assert ASCII_16.fullmatch(nik.value)


@given(nik=niks)
def test_a_trailing_newline_gives_the_same_nik_not_a_new_one(nik: str) -> None:
    assert parse_nik(nik + "\n", TODAY).value == nik


@given(position=st.integers(0, 20), char=lookalike)
def test_one_lookalike_digit_in_a_phone_number_is_refused(position: int, char: str) -> None:
    number = "0812-3456-7890"
    if not number[position % len(number)].isdigit():
        position = 1
    with pytest.raises(PhoneError) as caught:
        normalize_mobile(_replace(number, position, char))
    assert caught.value.message.code == "phone.illegal_characters"


@given(text=st.text(alphabet=st.characters(categories=["Nd", "No", "Zs", "Cc", "Pd"])) | st.text())
def test_whatever_phone_parses_is_ascii(text: str) -> None:
    try:
        number = normalize_mobile(text)
    except PhoneError:
        return
    assert re.fullmatch(r"\+628[0-9]{8,11}", number)


@given(position=st.integers(0, 15), char=lookalike)
def test_one_lookalike_digit_in_a_family_card_number_is_refused(position: int, char: str) -> None:
    kk = "3273010101019999"
    assert is_ascii_digits(kk, 16)
    bad = _replace(kk, position, char)
    assert not is_ascii_digits(bad, 16)
    check = check_form(applicant_form(kk_number=bad), TODAY)
    assert check.errors["kk_number"].code == "form.kk_invalid"


def test_ascii_digits_refuses_a_trailing_newline_and_superscripts() -> None:
    assert not is_ascii_digits("327301010101999\n", 16)
    assert not is_ascii_digits("327301010101999²", 16)
    assert not is_ascii_digits("32730101010199999", 16)


@given(position=st.integers(0, 5), char=lookalike)
def test_a_pin_with_a_lookalike_digit_is_refused(position: int, char: str) -> None:
    with pytest.raises(StaffError) as caught:
        check_pin(_replace("482915", position, char))
    assert caught.value.message.code == "staff.pin_format"


def test_clock_times_are_ascii_and_whole() -> None:
    assert clock_time("08:00") == "08:00"
    assert clock_time("٠٨:٠٠") is None
    with pytest.raises(CatalogueError):
        WeeklySchedule((0,), "08:00\n", "12:00").validate()
    with pytest.raises(CatalogueError):
        WeeklySchedule((0,), "٠٨:٠٠", "12:00").validate()

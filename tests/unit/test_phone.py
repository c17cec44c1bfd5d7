"""Tests for Indonesian mobile number normalisation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.phone import PhoneError, display_mobile, normalize_mobile


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("0811-234-567", "+62811234567"),
        ("081234567890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("+62-812-3456-7890", "+6281234567890"),
        ("62 812 3456 7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("81234567890", "+6281234567890"),
        ("(0812) 3456.7890", "+6281234567890"),
        ("+62 (0)812 3456 7890", "+6281234567890"),
        ("0062 812 3456 7890", "+6281234567890"),
        ("+0812 3456 7890", "+6281234567890"),
        (" 0857 1234 5678\t", "+6285712345678"),
        ("0895-1234-56789", "+62895123456789"),
        ("0881 2345 6789", "+6288123456789"),
        ("0838-1234-5678", "+6283812345678"),
        ("0878 1234 5678", "+6287812345678"),
        ("0821 1234 5678", "+6282112345678"),
    ],
)
def test_valid_numbers(text: str, expected: str) -> None:
    assert normalize_mobile(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "phone.empty"),
        ("  - ", "phone.empty"),
        ("0812 3456 789O", "phone.illegal_characters"),
        ("0812/3456/7890", "phone.illegal_characters"),
        ("0812+3456", "phone.illegal_characters"),
        ("++62812345678", "phone.illegal_characters"),
        ("+1 555 123 4567", "phone.not_indonesian"),
        ("+60 12 345 6789", "phone.not_indonesian"),
        ("0060 12 345 6789", "phone.not_indonesian"),
        ("021 1234 5678", "phone.not_mobile"),
        ("(022) 123-4567", "phone.not_mobile"),
        ("0800 123 4567", "phone.not_mobile"),
        ("0810 1234 5678", "phone.not_mobile"),
        ("0840 1234 5678", "phone.not_mobile"),
        ("0861 1234 5678", "phone.not_mobile"),
        ("+", "phone.not_mobile"),
        ("0812 345", "phone.too_short"),
        ("0812-345-67", "phone.too_short"),
        ("0812 3456 7890 123", "phone.too_long"),
        ("+62 812 3456 7890 12", "phone.too_long"),
    ],
)
def test_rejections_say_why(text: str, code: str) -> None:
    with pytest.raises(PhoneError) as info:
        normalize_mobile(text)
    assert info.value.message.code == code


def test_other_country_code_is_named() -> None:
    with pytest.raises(PhoneError) as info:
        normalize_mobile("+44 7700 900123")
    assert info.value.message.params["country"] == "44"
    assert "+44" in info.value.render("id")


def test_length_limits() -> None:
    # NSN after the trunk 0 is 9..12 digits.
    assert normalize_mobile("08" + "1" * 8) == "+628" + "1" * 8
    assert normalize_mobile("08" + "1" * 11) == "+628" + "1" * 11
    for bad in ("08" + "1" * 7, "08" + "1" * 12):
        with pytest.raises(PhoneError):
            normalize_mobile(bad)


national_numbers = st.builds(
    lambda family, third, rest: f"8{family}{third}{rest}",
    st.sampled_from("1235789"),
    st.sampled_from("123456789"),
    st.from_regex(r"[0-9]{6,9}", fullmatch=True),
)


def _format(national: str, style: int, sep: str) -> str:
    prefix = ["0", "+62", "62", "", "+62 (0)", "0062"][style]
    parts = [national[i : i + 4] for i in range(0, len(national), 4)]
    return prefix + sep.join(parts)


@given(national_numbers, st.integers(0, 5), st.sampled_from(["", " ", "-", ".", " - "]))
def test_any_written_form_normalises_to_the_same_number(
    national: str, style: int, sep: str
) -> None:
    e164 = normalize_mobile(_format(national, style, sep))
    assert e164 == "+62" + national
    assert normalize_mobile(e164) == e164
    assert normalize_mobile(display_mobile(e164)) == e164


@given(st.text(max_size=30))
def test_normalisation_is_idempotent_and_only_raises_phone_error(text: str) -> None:
    try:
        e164 = normalize_mobile(text)
    except PhoneError:
        return
    assert normalize_mobile(e164) == e164


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+6281234567890", "0812-3456-7890"),
        ("+62811234567", "0811-234-567"),
        ("+628123456789", "0812-3456-789"),
        ("+62812345678901", "0812-3456-78901"),
    ],
)
def test_display(e164: str, shown: str) -> None:
    assert display_mobile(e164) == shown

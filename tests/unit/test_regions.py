"""Tests for the bundled Kemendagri region lists."""

from __future__ import annotations

import pytest

from kiosk.domain.regions import (
    Region,
    display_name,
    district,
    district_exists,
    districts,
    dotted_code,
    province,
    provinces,
    regencies,
    regency,
)


def test_provinces_include_the_new_papua_provinces() -> None:
    codes = [p.code for p in provinces()]
    assert len(codes) == 38
    assert codes == sorted(codes)
    for code in ("11", "31", "91", "92", "93", "94", "95", "96"):
        assert code in codes
    assert all(p.parent is None for p in provinces())


def test_regencies_of_a_province() -> None:
    found = regencies("32")
    assert found
    assert all(r.parent == "32" and r.code.startswith("32.") for r in found)
    assert [r.code for r in found] == sorted(r.code for r in found)
    assert regency("32.01") in found


@pytest.mark.parametrize("code", ["3201", "32.01", " 32.01 "])
def test_regency_accepts_plain_and_dotted_codes(code: str) -> None:
    assert regency(code) == Region("32.01", "KABUPATEN BOGOR", "32")


@pytest.mark.parametrize("code", ["", "32", "320", "32.1", "3299", "32.01.01", "3a01", "٣٢٠١"])
def test_regency_rejects_bad_or_unknown_codes(code: str) -> None:
    assert regency(code) is None


def test_province_lookup() -> None:
    assert province("31") == Region("31", "DKI JAKARTA", None)
    assert province("99") is None
    assert province("3") is None


def test_districts() -> None:
    assert district_exists("320101")
    assert district_exists("32.01.01")
    assert not district_exists("32.01.99")
    assert not district_exists("3201")
    assert not district_exists("")
    found = district("110101")
    assert found is not None
    assert found.parent == "11.01"
    assert all(d.parent == "32.01" for d in districts("3201"))
    assert districts("nonsense") == []
    assert regencies("xx") == []


def test_dotted_code() -> None:
    assert dotted_code("320101", 3) == "32.01.01"
    assert dotted_code("32.01.01", 3) == "32.01.01"
    assert dotted_code("32.01.1", 3) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("KABUPATEN BANDUNG", "Kabupaten Bandung"),
        ("DKI JAKARTA", "DKI Jakarta"),
        ("DAERAH ISTIMEWA YOGYAKARTA", "Daerah Istimewa Yogyakarta"),
        ("KABUPATEN PANGKAJENE DAN KEPULAUAN", "Kabupaten Pangkajene dan Kepulauan"),
        ("KOTA BAU-BAU", "Kota Bau-Bau"),
        ("Siborong-Borong", "Siborong-Borong"),
        ("Ma'u", "Ma'u"),
    ],
)
def test_display_name(name: str, expected: str) -> None:
    assert display_name(Region("00", name, None)) == expected


def test_every_official_name_displays_without_shouting() -> None:
    for prov in provinces():
        assert not display_name(prov).isupper()
        for reg in regencies(prov.code):
            assert not display_name(reg).isupper()

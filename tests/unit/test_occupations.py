"""The bundled ISCO-08 / KBJI 2014 tables and the occupation search."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain import occupations


def test_tables_complete() -> None:
    assert occupations.occupation("7531") is not None
    units = occupations.search("", limit=1000)
    assert units == []  # nothing typed, nothing offered
    counts = {level: 0 for level in (1, 2, 3, 4)}
    for code in [str(d) for d in range(10)]:
        assert occupations.occupation(code) is not None
    for occ in occupations._index().by_code.values():
        counts[occ.level] += 1
        assert len(occ.code) == occ.level
    assert counts == {1: 10, 2: 43, 3: 130, 4: 436}


def test_leading_zeros_kept() -> None:
    armed = occupations.occupation("0110")
    assert armed is not None and armed.level == 4 and armed.title_id == ""
    assert armed.title("id") == armed.title_en  # no KBJI title: English shown


def test_search_indonesian_by_a_few_letters() -> None:
    assert occupations.search("juru mas")[0].code == "5120"
    assert "8153" in [o.code for o in occupations.search("jahit")]
    assert "7531" in [o.code for o in occupations.search("pakaian")]


def test_search_english_case_and_accents_ignored() -> None:
    codes = [o.code for o in occupations.search("SÉWING mach")]
    assert "8153" in codes
    assert occupations.search("software dev")[0].code == "2512"


def test_search_by_code_prefix() -> None:
    codes = [o.code for o in occupations.search("753")]
    assert codes and all(code.startswith("753") for code in codes)


def test_search_nonsense_finds_nothing() -> None:
    assert occupations.search("zzqxv") == []


@given(st.text(max_size=30))
def test_search_never_fails_and_respects_limit(query: str) -> None:
    found = occupations.search(query, limit=5)
    assert len(found) <= 5
    assert all(o.level == 4 for o in found)

"""Official Kemendagri province, regency and district codes, loaded from the bundled CSVs."""

from __future__ import annotations

import csv
import functools
import importlib.resources
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class Region:
    """One administrative region; ``code`` is dotted ("32", "32.01", "32.01.01")."""

    code: str
    name: str
    parent: str | None


@dataclass(frozen=True)
class _Table:
    by_code: Mapping[str, Region]
    by_parent: Mapping[str | None, tuple[Region, ...]]


# Names kept exactly as written when title-casing upper-case official names.
_ACRONYMS = frozenset({"DKI", "DIY", "NTB", "NTT"})
_LOWER_WORDS = frozenset({"dan"})
_DIGITS_ONLY = re.compile(r"[0-9]+")


def _read(filename: str, columns: tuple[str, ...]) -> _Table:
    resource = importlib.resources.files("kiosk") / "resources" / "regions" / filename
    text = resource.read_text(encoding="utf-8-sig")
    by_code: dict[str, Region] = {}
    by_parent: dict[str | None, list[Region]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        code = row[columns[0]].strip()
        parent = row[columns[1]].strip() if len(columns) == 3 else None
        region = Region(code=code, name=row[columns[-1]].strip(), parent=parent)
        by_code[code] = region
        by_parent.setdefault(parent, []).append(region)
    return _Table(
        by_code=MappingProxyType(by_code),
        by_parent=MappingProxyType({k: tuple(v) for k, v in by_parent.items()}),
    )


@functools.cache
def _provinces() -> _Table:
    return _read("provinces.csv", ("code", "name"))


@functools.cache
def _regencies() -> _Table:
    return _read("regencies.csv", ("code", "province_code", "name"))


@functools.cache
def _districts() -> _Table:
    return _read("districts.csv", ("code", "regency_code", "name"))


@functools.lru_cache(maxsize=16384)  # every district fits: checks and demo data look up often
def dotted_code(code: str, levels: int) -> str | None:
    """Normalise "3201" / "32.01" / " 32.01 " to the dotted form with ``levels`` parts.

    Returns None when the text is not a code of that level.
    """
    text = code.strip()
    if "." in text:
        parts = text.split(".")
    else:
        if len(text) != 2 * levels:
            return None
        parts = [text[i : i + 2] for i in range(0, len(text), 2)]
    if len(parts) != levels:
        return None
    if not all(len(p) == 2 and _DIGITS_ONLY.fullmatch(p) for p in parts):
        return None
    return ".".join(parts)


def provinces() -> list[Region]:
    """All provinces, ordered by code."""
    return sorted(_provinces().by_code.values(), key=lambda r: r.code)


def regencies(province_code: str) -> list[Region]:
    """The regencies/cities of one province, ordered by code (empty if unknown)."""
    code = dotted_code(province_code, 1)
    if code is None:
        return []
    return sorted(_regencies().by_parent.get(code, ()), key=lambda r: r.code)


def districts(regency_code: str) -> list[Region]:
    """The districts (kecamatan) of one regency/city, ordered by code (empty if unknown)."""
    code = dotted_code(regency_code, 2)
    if code is None:
        return []
    return sorted(_districts().by_parent.get(code, ()), key=lambda r: r.code)


@functools.lru_cache(maxsize=8192)
def province(code: str) -> Region | None:
    dotted = dotted_code(code, 1)
    return None if dotted is None else _provinces().by_code.get(dotted)


@functools.lru_cache(maxsize=8192)
def regency(code: str) -> Region | None:
    """Look up a regency/city by "3201" or "32.01"."""
    dotted = dotted_code(code, 2)
    return None if dotted is None else _regencies().by_code.get(dotted)


@functools.lru_cache(maxsize=8192)
def district(code: str) -> Region | None:
    """Look up a district by "320101" or "32.01.01"."""
    dotted = dotted_code(code, 3)
    return None if dotted is None else _districts().by_code.get(dotted)


def district_exists(code6_or_dotted: str) -> bool:
    return district(code6_or_dotted) is not None


def _title_word(word: str, first: bool) -> str:
    if word in _ACRONYMS:
        return word
    lower = word.lower()
    if lower in _LOWER_WORDS and not first:
        return lower
    # Capitalise each hyphenated part by hand: str.title() would also capitalise after
    # apostrophes ("Ma'U").
    return "-".join(part[:1].upper() + part[1:] for part in lower.split("-"))


def display_name(region: Region) -> str:
    """A name fit for screens: "KABUPATEN BANDUNG" -> "Kabupaten Bandung", "DKI Jakarta"."""
    name = region.name
    # District names are already written in mixed case in the source data; keep them.
    if name != name.upper():
        return name
    words = name.split()
    return " ".join(_title_word(word, i == 0) for i, word in enumerate(words))

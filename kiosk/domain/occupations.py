"""ISCO-08 / KBJI 2014 occupations from the bundled tables, and search by a few letters."""

from __future__ import annotations

import csv
import functools
import importlib.resources
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

_WORD = re.compile(r"[0-9a-z]+")


@dataclass(frozen=True)
class Occupation:
    """One ISCO-08 group; ``level`` 1-4 is the code's length. ``title_id`` is the KBJI 2014
    title of the same code, or "" where KBJI has none (armed forces, police: see README)."""

    code: str
    level: int
    title_en: str
    title_id: str

    def title(self, language: str) -> str:
        return self.title_id if language == "id" and self.title_id else self.title_en


def fold(text: str) -> str:
    """Lower case without accents, so "é" finds "e" and "Ö" finds "o"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _read(filename: str) -> list[dict[str, str]]:
    resource = importlib.resources.files("kiosk") / "resources" / "occupations" / filename
    return list(csv.DictReader(io.StringIO(resource.read_text(encoding="utf-8"))))


@dataclass(frozen=True)
class _Index:
    by_code: Mapping[str, Occupation]
    # (occupation, its folded words) in code order, for prefix search.
    words: tuple[tuple[Occupation, tuple[str, ...], str], ...]


@functools.cache
def _index() -> _Index:
    indonesian = {row["code"]: row["title_id"] for row in _read("kbji2014.csv")}
    by_code: dict[str, Occupation] = {}
    words: list[tuple[Occupation, tuple[str, ...], str]] = []
    for row in _read("isco08.csv"):
        code = row["code"]
        occupation = Occupation(code, int(row["level"]), row["title_en"], indonesian.get(code, ""))
        by_code[code] = occupation
        folded = fold(f"{occupation.title_id} {occupation.title_en}")
        words.append((occupation, tuple(_WORD.findall(folded)), folded))
    return _Index(MappingProxyType(by_code), tuple(words))


def occupation(code: str) -> Occupation | None:
    return _index().by_code.get(code)


def is_unit_group(code: str) -> bool:
    """A four-digit ISCO-08 unit group, the level vacancies and job seekers use."""
    found = occupation(code)
    return found is not None and found.level == 4


def search(query: str, *, limit: int = 20, unit_groups_only: bool = True) -> list[Occupation]:
    """Occupations whose Indonesian or English title has a word starting with every word
    typed ("jah" finds "Penjahit", "sew mach" finds "Sewing Machine Operators"), case and
    accents ignored; a code typed ("7531") finds that code. Titles whose first word matches
    come first, then code order."""
    typed = _WORD.findall(fold(query))
    if not typed:
        return []
    first: list[Occupation] = []
    rest: list[Occupation] = []
    for occ, words, folded in _index().words:
        if unit_groups_only and occ.level != 4:
            continue
        if all(t.isdigit() and occ.code.startswith(t) for t in typed):
            first.append(occ)
            continue
        if not all(any(w.startswith(t) for w in words) or t in folded for t in typed):
            continue
        (first if words and words[0].startswith(typed[0]) else rest).append(occ)
        if len(first) >= limit:
            break
    return (first + rest)[:limit]

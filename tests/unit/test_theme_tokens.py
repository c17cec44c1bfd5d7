"""One stylesheet with named colour tokens: no colour written anywhere else in kiosk/ui, no
inline style, every token used, every dynamic look the code sets has a rule in the sheet."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from kiosk.ui import theme

UI = Path(__file__).resolve().parents[2] / "kiosk" / "ui"
HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")
RGB = re.compile(r"\brgba?\s*\(")
NAMED = re.compile(r"""QColor\(\s*["'][a-z]+["']\s*\)|Qt\.GlobalColor\.""")
INLINE = re.compile(r"\.setStyleSheet\(")
LOOK = re.compile(r"""set_look\(\s*[\w.]+,\s*"(\w+)",\s*"(\w+)\"""")


def _sources() -> list[Path]:
    return sorted(path for path in UI.rglob("*.py") if path.name != "theme.py")


def test_no_colour_is_written_outside_the_theme() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in _sources()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HEX.search(line) or RGB.search(line) or NAMED.search(line)
    ]
    assert not found, "colours belong in kiosk/ui/theme.py as named tokens:\n" + "\n".join(found)


def test_no_inline_stylesheet_outside_the_theme() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}"
        for path in _sources()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if INLINE.search(line)
    ]
    assert not found, "looks come from the one stylesheet (object names, properties):\n" + str(
        found
    )


def test_each_colour_value_is_named_once() -> None:
    source = (UI / "theme.py").read_text(encoding="utf-8")
    values = Counter(value.lower() for value in HEX.findall(source))
    assert values, "the theme names its colours"
    assert [value for value, count in values.items() if count > 1] == []


def test_the_stylesheet_is_built_from_the_tokens_only() -> None:
    sheet = theme.STYLESHEET
    assert "$" not in sheet, "every $TOKEN in the template has a value"
    colours = {value.lower() for value in HEX.findall(sheet)}
    named = {value.lower() for value in theme.tokens().values() if value.startswith("#")}
    assert colours <= named
    assert not re.search(r"\b(white|black)\b", sheet), "no colour names beside the tokens"


def test_every_colour_token_is_used() -> None:
    template = theme._SHEET.template
    source = (UI / "theme.py").read_text(encoding="utf-8")
    printed = {getattr(theme.PRINT, name) for name in theme.PrintPalette.__dataclass_fields__}
    unused = [
        name
        for name, value in theme.tokens().items()
        if f"${name}" not in template
        and value not in printed
        and source.count(f"= {name}") == 0  # another token is defined from it (WHITE)
    ]
    assert unused == []


def test_every_look_set_in_code_has_a_rule() -> None:
    sheet = theme.STYLESHEET
    looks = {
        (name, value)
        for path in _sources()
        for name, value in LOOK.findall(path.read_text(encoding="utf-8"))
    }
    scan = (UI / "screens" / "scan.py").read_text(encoding="utf-8")
    assert "set_look(" in scan
    # The scan banner's tone comes from the domain's Tone values: each one has its colour.
    from kiosk.domain.attendance import Tone
    from kiosk.ui.screens.certificate_verify import TONES

    looks |= {("tone", tone.value) for tone in Tone}
    looks |= {("tone", tone) for tone in TONES.values()}
    # "none" is the plain look: the rule without a property selector.
    missing = [
        f'[{name}="{value}"]'
        for name, value in looks
        if value != "none" and f'[{name}="{value}"]' not in sheet
    ]
    assert missing == []

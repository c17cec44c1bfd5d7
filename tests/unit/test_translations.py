"""The Qt translation sources: in sync with the catalogue, complete, placeholders kept."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.i18n import LANGUAGES, catalogue, placeholders, to_ts

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402

update_translations.load_catalogue()


def _messages(lang: str) -> dict[str, tuple[str, str]]:
    tree = ET.parse(update_translations.ts_path(lang))
    found: dict[str, tuple[str, str]] = {}
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, "unfinished or obsolete translation"
        found[message.findtext("source", "")] = (
            translation.text or "",
            message.findtext("comment", ""),
        )
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_committed_ts_files_match_the_catalogue(lang: str) -> None:
    committed = update_translations.ts_path(lang).read_text(encoding="utf-8")
    assert committed == to_ts(lang), "run: python scripts/update_translations.py"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    messages = _messages(lang)
    assert set(messages) == set(catalogue("en"))
    for code, (text, _) in messages.items():
        assert text.strip(), f"{lang}: {code} has no translation"


# The English file's comment is its own text: only the other languages can lose a placeholder.
@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_translations_keep_their_placeholders(lang: str) -> None:
    for code, (text, english) in _messages(lang).items():
        assert placeholders(text) == placeholders(english), f"{lang}: {code} placeholders"


def test_gui_texts_are_in_the_catalogue() -> None:
    for code in ("wizard.next", "consent.body", "home.register", "cardprint.footer"):
        assert code in catalogue("id")

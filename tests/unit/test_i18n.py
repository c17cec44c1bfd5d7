"""Every message in the catalogue exists in both languages with the same placeholders."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

from kiosk.i18n import LANGUAGES, Message, UserError, catalogue, define, msg, placeholders

# The layers below the UI declare their messages at import time; Qt code is left out so
# this runs without a display.
MESSAGE_PACKAGES = ("kiosk.domain", "kiosk.services", "kiosk.sync", "kiosk.store")


def _import_all() -> None:
    for name in MESSAGE_PACKAGES:
        try:
            package = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name == name:
                continue  # that layer has no package yet
            raise
        for info in pkgutil.walk_packages(package.__path__, prefix=name + "."):
            if ".migrations" not in info.name:
                importlib.import_module(info.name)


_import_all()
CODES = sorted(catalogue("en"))


def test_the_catalogue_is_populated() -> None:
    for code in ("nik.length", "phone.not_mobile", "prakerja.too_young", "card.status.valid"):
        assert code in CODES


def test_both_languages_define_the_same_codes() -> None:
    assert set(catalogue("id")) == set(catalogue("en"))


# English is what the others are compared with: comparing it with itself proves nothing.
TRANSLATIONS = [lang for lang in LANGUAGES if lang != "en"]


@pytest.mark.parametrize("code", CODES)
def test_same_placeholders_in_every_language(code: str) -> None:
    expected = placeholders(catalogue("en")[code])
    for lang in TRANSLATIONS:
        assert placeholders(catalogue(lang)[code]) == expected, (lang, code)


@pytest.mark.parametrize("code", CODES)
def test_every_message_renders(code: str) -> None:
    names = placeholders(catalogue("en")[code])
    message = msg(code, **{name: f"<{name}>" for name in names})
    for lang in LANGUAGES:
        text = message.render(lang)
        assert text
        assert text == text.strip()
        assert "{" not in text
        assert "}" not in text
        for name in names:
            assert f"<{name}>" in text


def test_user_error_carries_its_message() -> None:
    error = UserError(msg("nik.empty"))
    assert error.render("id") == "NIK belum diisi."
    assert str(error) == "The NIK is empty."
    assert isinstance(error.message, Message)


def test_redefinition_with_other_text_is_refused() -> None:
    with pytest.raises(ValueError, match="defined twice"):
        define("nik.empty", id="lain", en="other")
    assert define("nik.empty", id="NIK belum diisi.", en="The NIK is empty.") == "nik.empty"


def test_a_count_picks_the_singular_or_the_plural_in_english() -> None:
    code = define(
        "test.plural.issued",
        id="{count} sertifikat diterbitkan.",
        en="{count:# certificate|# certificates} issued.",
    )
    assert msg(code, count=1).render("en") == "1 certificate issued."
    assert msg(code, count=0).render("en") == "0 certificates issued."
    assert msg(code, count=12).render("en") == "12 certificates issued."
    assert msg(code, count=1).render("id") == "1 sertifikat diterbitkan."
    # Only a whole number is singular; anything else reads as the plural, never fails.
    assert msg(code, count="?").render("en") == "? certificates issued."
    assert msg(code, count=True).render("en") == "True certificates issued."
    assert placeholders(catalogue("en")[code]) == {"count"}


def test_a_plural_without_two_forms_is_a_catalogue_problem() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import check_translations

    define("test.plural.broken", id="{n} hari", en="{n:# day|# days|# dayz}")
    try:
        assert "test.plural.broken: en plural needs two forms, one|other" in (
            check_translations.catalogue_problems()
        )
    finally:
        from kiosk import i18n

        for lang in LANGUAGES:
            i18n._CATALOGUES[lang].pop("test.plural.broken")

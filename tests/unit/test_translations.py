"""The message catalogue is the one source of every text: complete in both languages,
placeholders kept, every code written out where it is used (never built at run time) and
defined, and no second translation layer (Qt .ts/.qm files) beside it."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from kiosk.domain.eligibility import (
    EDUCATION_TEXT,
    EMPLOYMENT_TEXT,
    OCCUPATION_TEXT,
    EducationLevel,
    EmploymentStatus,
    Occupation,
)
from kiosk.domain.nik import SEX_TEXT, Sex
from kiosk.i18n import LANGUAGES, catalogue, placeholders

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import check_translations  # noqa: E402

check_translations.load_catalogue()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_has_a_text_in_every_language(lang: str) -> None:
    assert set(catalogue(lang)) == set(catalogue("en"))
    empty = [code for code, text in catalogue(lang).items() if not text.strip()]
    assert empty == []


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_translations_keep_their_placeholders(lang: str) -> None:
    english = catalogue("en")
    for code, text in catalogue(lang).items():
        assert placeholders(text) == placeholders(english[code]), f"{lang}: {code}"


def test_the_catalogue_check_passes() -> None:
    assert check_translations.catalogue_problems() == []


def test_no_message_code_is_built_at_run_time() -> None:
    assert check_translations.built_codes() == []


def test_every_code_written_in_the_source_is_defined() -> None:
    assert check_translations.unknown_codes() == []


def _built_in(source: str) -> list[tuple[int, str]]:
    """What the checker says about one snippet (so the check itself is tested)."""
    return check_translations.built_in(ast.parse(source), frozenset(catalogue("en")))


@pytest.mark.parametrize(
    "snippet",
    [
        'tr(f"home.{name}", lang)',
        'render("roster.status." + status, lang)',
        'msg(f"{prefix}.{key}")',
        'code = f"card.status.{status}"',
        'code = "education.%s" % level',
        'code = "sex.{}".format(value)',
    ],
)
def test_the_scan_finds_codes_built_from_pieces(snippet: str) -> None:
    assert _built_in(snippet)


@pytest.mark.parametrize(
    "snippet",
    ['tr("home.register", lang)', "tr(TEXT[name], lang)", 'path = f"{name}.svg"'],
)
def test_the_scan_accepts_codes_written_out(snippet: str) -> None:
    assert _built_in(snippet) == []


def test_the_template_scan_finds_jinja_concatenation() -> None:
    assert check_translations.TEMPLATE_BUILT.search('{{ t("console.role." ~ u.role) }}')
    assert not check_translations.TEMPLATE_BUILT.search("{{ t(codes.role[u.role]) }}")


@pytest.mark.parametrize(
    ("codes", "values"),
    [
        (EDUCATION_TEXT, EducationLevel),
        (EMPLOYMENT_TEXT, EmploymentStatus),
        (OCCUPATION_TEXT, Occupation),
        (SEX_TEXT, Sex),
    ],
)
def test_each_value_has_its_message(codes: dict[str, str], values: type) -> None:
    assert set(codes) == {value.value for value in values}
    assert all(code in catalogue("en") for code in codes.values())


def test_maps_in_the_gui_and_console_name_defined_codes() -> None:
    from kiosk.services.certificates import STATUS_TEXT as CANDIDATE_TEXT
    from kiosk.services.certificates import CandidateStatus
    from kiosk.services.roster import COLUMN_TEXT, STATUS_TEXT, PresenceStatus
    from kiosk.services.staff import Role
    from kiosk.ui.texts_staff_tools import DAY_TEXT, ROLE_TEXT
    from server.console.texts import CODES

    assert set(STATUS_TEXT) == set(PresenceStatus)
    assert set(CANDIDATE_TEXT) == set(CandidateStatus)
    assert set(ROLE_TEXT) == {role.value for role in Role}
    assert len(DAY_TEXT) == 7
    every = [*STATUS_TEXT.values(), *CANDIDATE_TEXT.values(), *COLUMN_TEXT.values()]
    every += [*ROLE_TEXT.values(), *DAY_TEXT]
    every += [code for table in CODES.values() for code in table.values()]
    assert [code for code in every if code not in catalogue("en")] == []


def test_there_is_no_second_translation_layer() -> None:
    assert not list(ROOT.glob("resources/**/*.ts"))
    assert not list((ROOT / "kiosk").rglob("*.qm"))
    gui = (ROOT / "kiosk" / "ui").rglob("*.py")
    assert not [p for p in gui if "installTranslator" in p.read_text(encoding="utf-8")]


def test_gui_texts_are_in_the_catalogue() -> None:
    for code in ("wizard.next", "consent.body", "home.register", "cardprint.footer"):
        assert code in catalogue("id")

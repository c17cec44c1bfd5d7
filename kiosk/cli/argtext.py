"""argparse's own texts (usage, headings, errors) in the chosen language, from the catalogue.

argparse looks every text of its own up through the module-level ``_`` and ``ngettext``
(gettext's hooks for translating it). While the command line is parsed they point at the
catalogue; an English text argparse adds in a later Python version stays English.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from kiosk.i18n import DEFAULT_LANGUAGE, LANGUAGES, define, render

# argparse's English text (its gettext message id) -> our message code. The translations keep
# argparse's %-placeholders, which argparse fills in itself.
_TEXTS = {
    "usage: ": define("argparse.usage", id="penggunaan:", en="usage:"),
    "positional arguments": define(
        "argparse.positionals", id="argumen posisi", en="positional arguments"
    ),
    "options": define("argparse.options", id="opsi", en="options"),
    "show this help message and exit": define(
        "argparse.help",
        id="tampilkan bantuan ini lalu keluar",
        en="show this help message and exit",
    ),
    "show program's version number and exit": define(
        "argparse.version",
        id="tampilkan nomor versi program lalu keluar",
        en="show program's version number and exit",
    ),
    "argument %(argument_name)s: %(message)s": define(
        "argparse.argument",
        id="argumen %(argument_name)s: %(message)s",
        en="argument %(argument_name)s: %(message)s",
    ),
    "unrecognized arguments: %s": define(
        "argparse.unrecognized", id="argumen tidak dikenal: %s", en="unrecognized arguments: %s"
    ),
    "the following arguments are required: %s": define(
        "argparse.required",
        id="argumen berikut wajib diberikan: %s",
        en="the following arguments are required: %s",
    ),
    "one of the arguments %s is required": define(
        "argparse.one_required",
        id="salah satu argumen %s wajib diberikan",
        en="one of the arguments %s is required",
    ),
    "not allowed with argument %s": define(
        "argparse.not_allowed",
        id="tidak boleh bersama argumen %s",
        en="not allowed with argument %s",
    ),
    "expected one argument": define(
        "argparse.expected_one", id="perlu satu nilai", en="expected one argument"
    ),
    "expected at most one argument": define(
        "argparse.expected_at_most_one",
        id="paling banyak satu nilai",
        en="expected at most one argument",
    ),
    "expected at least one argument": define(
        "argparse.expected_at_least_one",
        id="perlu sedikitnya satu nilai",
        en="expected at least one argument",
    ),
    "invalid %(type)s value: %(value)r": define(
        "argparse.invalid_value",
        id="nilai %(type)s tidak valid: %(value)r",
        en="invalid %(type)s value: %(value)r",
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": define(
        "argparse.invalid_choice",
        id="pilihan tidak valid: %(value)r (pilih dari %(choices)s)",
        en="invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "ambiguous option: %(option)s could match %(matches)s": define(
        "argparse.ambiguous",
        id="opsi ambigu: %(option)s dapat berarti %(matches)s",
        en="ambiguous option: %(option)s could match %(matches)s",
    ),
    "ignored explicit argument %r": define(
        "argparse.ignored", id="nilai %r diabaikan", en="ignored explicit argument %r"
    ),
    "expected %s argument": define(
        "argparse.expected_n", id="perlu %s nilai", en="expected %s argument"
    ),
    "expected %s arguments": define(
        "argparse.expected_n_plural", id="perlu %s nilai", en="expected %s arguments"
    ),
}


def chosen_language(tokens: Sequence[str]) -> str:
    """The --lang of a command line, read before it is parsed (so that --help and the
    parser's own errors are in that language too)."""
    lang = DEFAULT_LANGUAGE
    for n, token in enumerate(tokens):
        if token == "--":
            break
        if token == "--lang" and n + 1 < len(tokens):
            lang = tokens[n + 1]
        elif token.startswith("--lang="):
            lang = token.partition("=")[2]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


@contextmanager
def argparse_texts(lang: str) -> Iterator[None]:
    """argparse's texts in ``lang`` while the parser is built and used."""

    def gettext(text: str) -> str:
        code = _TEXTS.get(text)
        if code is None:
            return text
        # Catalogue texts carry no outer spaces; argparse's "usage: " needs its own back.
        return render(code, lang) + text[len(text.rstrip()) :]

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    module: Any = argparse
    saved = module._, module.ngettext
    module._, module.ngettext = gettext, ngettext
    try:
        yield
    finally:
        module._, module.ngettext = saved


def translated_type(convert: Callable[[str], Any], code: str, lang: str) -> Callable[[str], Any]:
    """An argparse ``type`` whose refusal is the catalogue's message ``code`` (with the value
    as ``{value}``) instead of argparse's "invalid <function name> value"."""

    def parse(text: str) -> Any:
        try:
            return convert(text)
        except (ValueError, TypeError, OverflowError):
            raise argparse.ArgumentTypeError(render(code, lang, value=text)) from None

    return parse

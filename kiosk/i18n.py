"""Translatable messages shared by every layer: a code, parameters and a catalogue per language.

Rules in ``kiosk.domain`` and ``kiosk.services`` return :class:`Message` values, never
finished sentences, so the same verdict can be shown in Bahasa Indonesia or English by
the GUI and by the command line.

This catalogue is the only source of every user-visible text (kiosk GUI, command line, the
server's console): each text is one ``define(code, id=..., en=...)`` call, and a code is
always written out where it is used, never built at run time, so grep finds both ends.
``scripts/check_translations.py`` (and tests/unit/test_translations.py) check it.

A count that needs a singular and a plural word names both in its placeholder's format spec,
``{count:# certificate|# certificates}``: the first form when the value is 1, the second
otherwise, ``#`` standing for the number. Indonesian has no plural form and writes
``{count} sertifikat``. So the code stays one written-out code whatever the number.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

LANGUAGES: Final = ("id", "en")
DEFAULT_LANGUAGE: Final = "id"

_CATALOGUES: dict[str, dict[str, str]] = {"id": {}, "en": {}}


def define(code: str, *, id: str, en: str) -> str:
    """Register the Indonesian and English text of a message code; returns the code."""
    if code in _CATALOGUES["id"] and (_CATALOGUES["id"][code], _CATALOGUES["en"][code]) != (id, en):
        raise ValueError(f"message {code!r} defined twice with different texts")
    _CATALOGUES["id"][code] = id
    _CATALOGUES["en"][code] = en
    return code


@dataclass(frozen=True)
class Message:
    """A user-facing message: a catalogue code plus the values for its placeholders.
    A value may itself be a Message (a reason inside a sentence): it is rendered in the same
    language, so the whole text follows a language switch."""

    code: str
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.render("en")


def msg(code: str, **params: object) -> Message:
    if code not in _CATALOGUES["en"]:
        raise KeyError(f"unknown message code {code!r}")
    return Message(code, MappingProxyType(dict(params)))


def render(code: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    catalogue = _CATALOGUES.get(lang) or _CATALOGUES[DEFAULT_LANGUAGE]
    text = catalogue.get(code)
    if text is None:
        return code
    return fill(
        text, {k: v.render(lang) if isinstance(v, Message) else v for k, v in params.items()}
    )


class _Formatter(string.Formatter):
    """``str.format`` plus the plural spec ``{name:one|other}`` (``#`` is the number)."""

    def format_field(self, value: object, format_spec: str) -> str:
        forms = plural_forms(format_spec)
        if forms is None:
            return str(super().format_field(value, format_spec))
        one = isinstance(value, int) and not isinstance(value, bool) and value == 1
        return (forms[0] if one else forms[1]).replace("#", str(value))


_FORMATTER: Final = _Formatter()


def plural_forms(format_spec: str) -> tuple[str, str] | None:
    """The singular and plural forms of a plural spec; None for any other format spec."""
    if "|" not in format_spec:
        return None
    one, _, other = format_spec.partition("|")
    return one, other


def fill(text: str, params: Mapping[str, object]) -> str:
    """Put the values into a translated text; a broken translation shows unfilled, never fails."""
    try:
        return _FORMATTER.vformat(text, (), params)
    except (KeyError, IndexError, ValueError, TypeError):
        return text


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def plural_specs(text: str) -> list[str]:
    """The plural specs of a text (``one|other``), so a check can see each has two forms."""
    return [
        spec
        for _, name, spec, _ in string.Formatter().parse(text)
        if name and spec and plural_forms(spec) is not None
    ]


def catalogue(lang: str) -> Mapping[str, str]:
    return MappingProxyType(_CATALOGUES[lang])


class UserError(Exception):
    """An error the person at the kiosk can act on; carries a translatable message."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.message = message

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.message.render(lang)

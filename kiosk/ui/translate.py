"""The GUI's texts: every widget gets its words from the one message catalogue (kiosk.i18n).

There is no second translation layer (no Qt ``.ts``/``.qm`` files, no ``QTranslator``): the
catalogue's ``define(code, id=..., en=...)`` calls are the only place a text lives, for the
GUI, the command line, the domain's verdicts and the server's console alike. README,
"Translations", says why and how a translator works.
"""

from __future__ import annotations

from kiosk.i18n import Message, catalogue, fill


def tr(code: str, lang: str, /, **params: object) -> str:
    """The text of a message code in ``lang``, with its placeholders filled."""
    return fill(catalogue(lang).get(code, code), params)


def tr_msg(message: Message, lang: str) -> str:
    params = {
        key: tr_msg(value, lang) if isinstance(value, Message) else value
        for key, value in message.params.items()
    }
    return tr(message.code, lang, **params)

"""Qt's translation system over the message catalogue: one QTranslator per chosen language.

The ``.qm`` files are compiled by the build (``pyside6-lrelease``) from the ``.ts`` files that
``scripts/update_translations.py`` generates from :mod:`kiosk.i18n`. Widgets get every text
through :func:`tr` (``QCoreApplication.translate`` with the message code as source); when no
``.qm`` is installed (running from a source checkout) the catalogue answers directly, so the
two can never disagree. That is also why the main window can paint its first frame from the
catalogue and install the translator with its other screens, just after (see MainWindow).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from kiosk.i18n import TS_CONTEXT, Message, catalogue, fill

log = logging.getLogger(__name__)


def default_qm_dir() -> Path:
    import importlib.resources  # when a translator is first installed, not at start-up

    return Path(str(importlib.resources.files("kiosk") / "resources" / "i18n"))


class Translations(QObject):
    """Installs the QTranslator of the current language into the application."""

    def __init__(self, qm_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qm_dir = qm_dir
        self._current: QTranslator | None = None
        self.lang = ""

    def use(self, lang: str) -> bool:
        """Switch language; True when a compiled ``.qm`` was found and installed."""
        app = QCoreApplication.instance()
        if self._current is not None and app is not None:
            QCoreApplication.removeTranslator(self._current)
        self._current = None
        self.lang = lang
        if self._qm_dir is None:
            self._qm_dir = default_qm_dir()
        translator = QTranslator(self)
        if app is None or not translator.load(f"kios3in1_{lang}", str(self._qm_dir)):
            return False
        QCoreApplication.installTranslator(translator)
        self._current = translator
        return True

    def close(self) -> None:
        if self._current is not None:
            QCoreApplication.removeTranslator(self._current)
            self._current = None


def tr(code: str, lang: str, /, **params: object) -> str:
    """The text of a message code in the current language, with its placeholders filled."""
    text = QCoreApplication.translate(TS_CONTEXT, code)
    if text == code:  # no .qm installed, or an older one without this message
        text = catalogue(lang).get(code, code)
    return fill(text, params)


def tr_msg(message: Message, lang: str) -> str:
    params = {
        key: tr_msg(value, lang) if isinstance(value, Message) else value
        for key, value in message.params.items()
    }
    return tr(message.code, lang, **params)

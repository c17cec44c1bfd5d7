"""The applicant's "show your card or type its number" page: one widget for every screen that
starts with a card (my card, jobs, the job-fair booth)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.i18n import Message
from kiosk.ui import texts_admin  # noqa: F401 - registers the card texts (mycard.*)
from kiosk.ui.scanner import ScannerInput
from kiosk.ui.touch import Field, line_edit
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, wrapped


class CardEntry(QWidget):
    """A prompt, the card-number field (the window's keyboard opens under it) with its check
    button, and a keyboard-wedge scanner that listens while ``host`` (the screen) is shown,
    whatever page of it is up: a card shown to the scanner works wherever the focus is.

    ``submitted`` carries a scanner's payload or a typed number, as it came; the screen looks
    it up, shows it busy meanwhile (:meth:`set_busy`) and a refusal under the field
    (:meth:`set_error`, kept as a message so a language switch re-words it)."""

    submitted = Signal(str)
    back_requested = Signal()

    def __init__(
        self,
        host: QWidget,
        number_name: str,
        prompt_code: str,
        *,
        prompt_look: str = "StepNote",
        back: bool = True,
    ) -> None:
        super().__init__()
        self.lang = "id"
        self._prompt_code = prompt_code
        self._error: Message | None = None
        self._busy = False
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.submitted)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.prompt = wrapped(prompt_look)
        self.number = line_edit(number_name, max_length=24)
        self.number.setPlaceholderText("ABCD-EFGH-IJKL-MNOP")
        self.number_field = Field("card_number", self.number)
        self.number.returnPressed.connect(self._typed)
        self.submit = named_button("Primary")
        self.submit.clicked.connect(self._typed)
        row = QHBoxLayout()
        row.addWidget(self.number_field, 1)
        row.addWidget(self.submit)
        column.addWidget(self.prompt)
        column.addLayout(row)
        column.addStretch(1)
        self.back = named_button("Secondary")
        self.back.clicked.connect(self.back_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        column.addLayout(bottom)
        if not back:
            self.back.hide()  # the booth has its own way out (a staff PIN)
        host.installEventFilter(self)

    def _typed(self) -> None:
        text = self.number.text()
        if text.strip():
            self.submitted.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The host screen shown: the scanner listens and, once the window has switched to it,
        the number takes the focus (its keyboard opens); hidden: the scanner stops."""
        if event.type() == QEvent.Type.Show:
            self.scanner.start()
            QTimer.singleShot(0, self.focus)
        elif event.type() == QEvent.Type.Hide:
            self.scanner.stop()
        return False

    def focus(self) -> None:
        """The number takes the focus, if this page is the one on screen."""
        if self.isVisible():
            self.number.setFocus()

    @property
    def error(self) -> Message | None:
        return self._error

    def set_error(self, error: Message | None) -> None:
        self._error = error
        self.number_field.set_error(None if error is None else tr_msg(error, self.lang))

    def set_busy(self, busy: bool) -> None:
        """While a card is looked up its button says so and takes no second tap."""
        self._busy = busy
        self.submit.setEnabled(not busy)
        self.submit.setText(tr("mycard.checking" if busy else "mycard.check", self.lang))

    def reset(self) -> None:
        """Empty, no error, ready for the next card."""
        self.number.clear()
        self.set_error(None)
        self.set_busy(False)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.prompt.setText(tr(self._prompt_code, lang))
        self.number_field.retranslate(tr("mycard.number", lang))
        self.back.setText("‹ " + tr("common.back", lang))
        self.set_busy(self._busy)
        self.set_error(self._error)

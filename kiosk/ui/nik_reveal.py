"""A revealed NIK on screen for a short while: shown after the audited reveal, masked again
after ~10 s or as soon as its screen is left."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

REVEAL_MS = 10_000


class NikReveal(QObject):
    changed = Signal()  # a NIK was revealed or hidden again: repaint the masked/full value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.applicant_id = ""
        self._nik = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REVEAL_MS)
        self._timer.timeout.connect(self.hide)

    def show(self, applicant_id: str, nik: str) -> None:
        self.applicant_id, self._nik = applicant_id, nik
        self._timer.start()
        self.changed.emit()

    def nik_of(self, applicant_id: str) -> str | None:
        """The full NIK while it is revealed for this person, else None."""
        return self._nik if applicant_id and applicant_id == self.applicant_id else None

    def hide(self) -> None:
        self._timer.stop()
        was_shown = bool(self.applicant_id)
        self.applicant_id, self._nik = "", ""
        if was_shown:
            self.changed.emit()

    @property
    def active(self) -> bool:
        return bool(self.applicant_id)

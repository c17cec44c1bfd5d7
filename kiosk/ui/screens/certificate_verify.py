"""Checking a certificate by scanning its QR code: valid, invalid or cannot tell, big and clear."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.domain import certificate_text
from kiosk.domain.certificate import Outcome, Verdict
from kiosk.i18n import Message, render
from kiosk.services.certificate_verify import TrustStatus
from kiosk.ui import texts_certificates  # noqa: F401 - registers the texts
from kiosk.ui.scanner import ScannerInput
from kiosk.ui.widgets import named_label, set_look

# Outcome -> the banner's tone in the stylesheet: green, red, and amber for "cannot tell".
TONES = {
    None: "none",
    Outcome.VALID: "green",
    Outcome.INVALID: "red",
    Outcome.CANNOT_TELL: "amber",
}


class VerifyCertificateScreen(QWidget):
    back_requested = Signal()
    verify_requested = Signal(str)  # the scanned or pasted QR text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VerifyCertificateScreen")
        self._lang = "id"
        self._verdict: Verdict | None = None
        self._notice: Message | None = None  # re-said in the new language on a switch
        self._status: TrustStatus | None = None
        self._now_days: dict[str, int | None] = {}
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.verify_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        header = QHBoxLayout()
        self.back = QPushButton()
        self.back.setMinimumHeight(56)
        self.back.clicked.connect(self.back_requested)
        self.title = named_label("ScreenTitle")
        header.addWidget(self.back)
        header.addSpacing(12)
        header.addWidget(self.title, 1)
        layout.addLayout(header)
        self.banner = QFrame()
        self.banner.setObjectName("CertificateVerdict")
        self.banner.setMinimumHeight(260)
        inside = QVBoxLayout(self.banner)
        inside.setContentsMargins(32, 24, 32, 24)
        self.headline = named_label("VerdictName")
        self.reason = named_label("VerdictReason")
        self.certifies = named_label("VerdictReason")
        for label in (self.headline, self.reason, self.certifies):
            label.setWordWrap(True)
            inside.addWidget(label)
        inside.addStretch(1)
        layout.addWidget(self.banner, 1)
        row = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setMinimumHeight(56)
        self.text.returnPressed.connect(self._submit)
        self.check = QPushButton()
        self.check.setObjectName("PrimaryButton")
        self.check.setMinimumSize(160, 56)
        self.check.clicked.connect(self._submit)
        row.addWidget(self.text, 1)
        row.addWidget(self.check)
        layout.addLayout(row)
        self.lists = named_label("SessionMeta")
        self.lists.setWordWrap(True)
        layout.addWidget(self.lists)
        self.reset()

    def _submit(self) -> None:
        text = self.text.text().strip()
        if text:
            self.verify_requested.emit(text)

    def _paint(self, outcome: Outcome | None) -> None:
        set_look(self.banner, "tone", TONES[outcome], self.headline, self.reason, self.certifies)

    def show_verdict(self, verdict: Verdict) -> None:
        self._verdict = verdict
        self._notice = None
        self.text.clear()
        self._fill()

    def set_status(self, status: TrustStatus, days: tuple[int | None, int | None]) -> None:
        self._status = status
        self._now_days = {"trust": days[0], "revocations": days[1]}
        self._fill()

    def _fill(self) -> None:
        lang, verdict = self._lang, self._verdict
        self._paint(None if verdict is None else verdict.outcome)
        if verdict is None:
            self.headline.setText(render("certverify.title", lang))
            notice = self._notice
            self.reason.setText(
                render("certverify.hint", lang) if notice is None else notice.render(lang)
            )
            self.certifies.setText("")
        else:
            self.headline.setText(certificate_text.headline(verdict).render(lang))
            self.reason.setText(certificate_text.reason(verdict).render(lang))
            shown = verdict.certificate
            self.certifies.setText(
                ""
                if shown is None
                else f"{certificate_text.summary(shown).render(lang)}\n{shown.code}"
            )
        if self._status is not None:

            def age(days: int | None) -> str:
                if days is None:
                    return render("certverify.never", lang)
                return render("certverify.age", lang, days=days)

            self.lists.setText(
                render(
                    "certverify.lists",
                    lang,
                    trust=age(self._now_days.get("trust")),
                    revocations=age(self._now_days.get("revocations")),
                    count=self._status.revocations,
                )
            )

    def show_notice(self, notice: Message) -> None:
        """A problem staff can act on (the check could not run), in the banner's place."""
        self._verdict = None
        self._notice = notice
        self._fill()

    def reset(self) -> None:
        self._verdict = None
        self._notice = None
        self.text.clear()
        self._fill()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + render("common.back", lang))
        self.title.setText(render("certverify.title", lang))
        self.check.setText(render("certverify.check", lang))
        self.text.setPlaceholderText(render("certverify.placeholder", lang))
        self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scanner.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.stop()
        super().hideEvent(event)

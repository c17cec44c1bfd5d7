"""Admin page: pair this kiosk with the central server (address + one-time enrolment code)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.i18n import UserError
from kiosk.services.kiosk import KioskServices
from kiosk.ui.ops import Operations, Topic
from kiosk.ui.screens.admin_common import AdminPage
from kiosk.ui.touch import Field, line_edit
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_button, wrapped


class PairingPage(AdminPage):
    title_code = "admin.menu.pairing"
    paired = Signal(str)  # the site the kiosk now belongs to

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.services: KioskServices | None = None
        self.intro = wrapped("StepNote")
        self.current = wrapped("AdminMeta")
        self.url = line_edit("ServerUrl", max_length=200)
        self.url.setPlaceholderText("https://")
        self.code = line_edit("EnrolmentCode", max_length=20)
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        self.url_field = Field("server_url", self.url)
        self.code_field = Field("enrolment_code", self.code)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.url_field, 3)
        row.addWidget(self.code_field, 2)
        # The window's letter keyboard opens under whichever of the two fields is tapped.
        self.submit = named_button("Primary")
        self.submit.clicked.connect(self._submit)
        self.code.returnPressed.connect(self._submit)
        keys = QHBoxLayout()
        keys.addStretch(1)
        keys.addWidget(self.submit)
        for widget in (self.intro, self.current):
            self.body.addWidget(widget)
        self.body.addLayout(row)
        self.body.addLayout(keys)
        self.body.addStretch(1)
        QWidget.setTabOrder(self.url, self.code)
        QWidget.setTabOrder(self.code, self.submit)

    def attach(self, services: KioskServices) -> None:
        self.services = services

    def shown(self) -> None:
        services = self.services
        if services is not None:
            self.ops.read(lambda: services.sync.health().server_url, self._show_current)
        self.url.setFocus()

    def _show_current(self, server: str | None) -> None:
        if server:
            self.current.setText(tr("admin.pair.current", self.lang, server=server))
            if not self.url.text():
                self.url.setText(server)
        else:
            self.current.setText(tr("admin.pair.none", self.lang))

    def _submit(self) -> None:
        services = self.services
        if services is None or not self.submit.isEnabled():
            return
        url, code = self.url.text().strip(), self.code.text()
        self.submit.setEnabled(False)
        self.say(tr("admin.pair.working", self.lang))
        self.ops.write(
            lambda: services.sync.enroll(url, code), Topic.SYNC, self._done, failure=self._failed
        )

    def _done(self, site: str) -> None:
        self.submit.setEnabled(True)
        self.code.clear()  # one-time: it is used up now
        self.say(tr("admin.pair.done", self.lang, site=str(site)))
        self.shown()
        self.paired.emit(str(site))

    def _failed(self, error: UserError) -> None:
        self.submit.setEnabled(True)
        self.say_error(error)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.intro.setText(tr("admin.pair.intro", lang))
        self.url_field.retranslate(tr("admin.pair.url", lang))
        self.code_field.retranslate(tr("admin.pair.code", lang))
        self.submit.setText(tr("admin.pair.submit", lang))

    def reset(self) -> None:
        super().reset()
        self.url.clear()
        self.code.clear()
        self.current.clear()
        self.submit.setEnabled(True)

"""Shown instead of the kiosk when its store cannot be used: damaged, missing or emptied,
or sealed with another key. Offers the newest intact backup where one helps."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.i18n import UserError, define, render
from kiosk.ui.widgets import named_button, named_label

define("recovery.title", id="Data kios perlu dipulihkan", en="The kiosk's data needs recovery")
define(
    "recovery.body",
    id="Basis data kios rusak, misalnya karena listrik padam. Kios dapat memakai cadangan "
    "terakhir yang utuh dari {when}. Berkas yang rusak tetap disimpan untuk diperiksa.",
    en="The kiosk's database is damaged, for example by a power cut. The kiosk can use the "
    "newest intact backup, from {when}. The damaged file is kept for inspection.",
)
define(
    "recovery.no_backup",
    id="Basis data kios rusak dan tidak ada cadangan yang utuh. Hubungi admin situs.",
    en="The kiosk's database is damaged and no intact backup exists. Call the site admin.",
)
define("recovery.restore", id="Pulihkan dari cadangan", en="Restore from the backup")
define("recovery.working", id="Memulihkan…", en="Restoring…")


class RecoveryScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomeScreen")
        self._backup: Path | None = None
        # Set when the store was refused for a reason of its own (kiosk.store.guard); its
        # message says what to do, in the kiosk's language.
        self._problem: UserError | None = None
        self._on_restore: Callable[[Path], None] | None = None
        self._when = ""
        self._lang = "id"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 60)
        layout.setSpacing(24)
        self.title = named_label("Welcome")
        self.body = named_label("TileHint")
        self.body.setWordWrap(True)
        self.restore = named_button("Tile")
        self.restore.setMinimumHeight(80)
        self.restore.clicked.connect(self._restore)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        row = QHBoxLayout()
        row.addWidget(self.restore)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def offer(self, backup: Path | None, when: str, on_restore: Callable[[Path], None]) -> None:
        self._backup, self._when, self._on_restore = backup, when, on_restore
        self._problem = None
        self.restore.setEnabled(True)
        self.retranslate(self._lang)

    def explain(
        self,
        problem: UserError,
        backup: Path | None,
        when: str,
        on_restore: Callable[[Path], None],
    ) -> None:
        """A refusal with its own recovery text (a wrong key, a missing store); the restore
        button only where a backup is what helps."""
        self.offer(backup, when, on_restore)
        self._problem = problem
        self.retranslate(self._lang)

    def _restore(self) -> None:
        if self._backup is not None and self._on_restore is not None:
            self.restore.setEnabled(False)
            self.restore.setText(render("recovery.working", self._lang))
            self._on_restore(self._backup)

    def reset(self) -> None:
        """Nothing typed here to forget: it says what the store said until it opens."""

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.title.setText(render("recovery.title", lang))
        if self._problem is not None:
            self.body.setText(self._problem.render(lang))
            self.restore.setVisible(self._backup is not None)
            if self._backup is not None and self.restore.isEnabled():
                self.restore.setText(render("recovery.restore", lang))
        elif self._backup is None:
            self.body.setText(render("recovery.no_backup", lang))
            self.restore.hide()
        else:
            self.body.setText(render("recovery.body", lang, when=self._when))
            self.restore.show()
            if self.restore.isEnabled():
                self.restore.setText(render("recovery.restore", lang))

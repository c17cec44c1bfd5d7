"""Admin page: write every record the server has not acknowledged to a USB drive (a bundle)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from kiosk.i18n import UserError, msg
from kiosk.services.drives import Drive, bundle_filename, removable_drives
from kiosk.services.kiosk import KioskServices
from kiosk.sync.bundle import BundleSummary
from kiosk.ui.ops import Operations, Topic
from kiosk.ui.screens.admin_common import AdminPage
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_button, wrapped

FindDrives = Callable[[], list[Drive]]


class ExportPage(AdminPage):
    title_code = "admin.menu.export"

    def __init__(
        self,
        ops: Operations,
        find_drives: FindDrives = removable_drives,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.find_drives = find_drives
        self.services: KioskServices | None = None
        self.drives: list[Drive] = []
        self.intro = wrapped("StepNote")
        self.empty = wrapped("Warnings")
        self.list = QListWidget()
        self.list.setObjectName("TouchList")
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.refresh = named_button("Secondary")
        self.folder = named_button("Secondary")
        self.write = named_button("Primary")
        self.refresh.clicked.connect(self.shown)
        self.folder.clicked.connect(self._choose_folder)
        self.write.clicked.connect(self._write_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh)
        buttons.addWidget(self.folder)
        buttons.addStretch(1)
        buttons.addWidget(self.write)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.list, 1)
        self.body.addLayout(buttons)

    def attach(self, services: KioskServices) -> None:
        self.services = services

    def shown(self) -> None:
        # Reading a slow USB drive's free space must not hold up the GUI thread.
        self.ops.read(self.find_drives, self._listed)

    def _listed(self, drives: list[Drive]) -> None:
        self.drives = drives
        self._fill()

    def _fill(self) -> None:
        chosen = self.list.currentRow()
        self.list.clear()
        for drive in self.drives:
            text = tr("admin.export.drive", self.lang, label=drive.label, free=drive.free_mb)
            item = QListWidgetItem(f"{text}\n{drive.path}")
            item.setData(Qt.ItemDataRole.UserRole, str(drive.path))
            self.list.addItem(item)
        if self.drives:
            self.list.setCurrentRow(chosen if 0 <= chosen < len(self.drives) else 0)
        self.empty.setText(tr("admin.export.none", self.lang))
        self.empty.setVisible(not self.drives)
        self.list.setVisible(bool(self.drives))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.write.setEnabled(self.services is not None and self.list.currentItem() is not None)

    def _write_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.write_to(Path(str(item.data(Qt.ItemDataRole.UserRole))))

    def _choose_folder(self) -> None:
        # The fallback where no drive shows up (another system, an unusual mount point).
        folder = QFileDialog.getExistingDirectory(self, tr("admin.export.folder", self.lang))
        if folder:
            self.write_to(Path(folder))

    def write_to(self, folder: Path) -> None:
        services = self.services
        if services is None:
            return
        self.write.setEnabled(False)
        self.folder.setEnabled(False)
        self.say(tr("admin.export.working", self.lang, path=str(folder)))

        def export() -> BundleSummary:
            moment = services.ctx.now().strftime("%Y%m%d-%H%M%S")
            target = folder / bundle_filename(services.ctx.device_id, moment)
            try:
                return services.sync.export_bundle(target)
            except OSError as error:  # full, read-only or pulled-out drive: the admin can act
                reason = error.strerror or type(error).__name__
                raise UserError(
                    msg("admin.export.failed", path=str(folder), error=reason)
                ) from error

        # A write: exporting marks what the bundle carried (the sync page shows it).
        self.ops.write(export, Topic.SYNC, self._written, failure=self._failed)

    def _written(self, summary: BundleSummary) -> None:
        self.folder.setEnabled(True)
        self._update_buttons()
        kb = max(1, round(summary.bytes / 1000))
        self.say(
            tr("admin.export.done", self.lang, events=summary.events, path=str(summary.path), kb=kb)
        )

    def _failed(self, error: UserError) -> None:
        self.folder.setEnabled(True)
        self._update_buttons()
        self.say_error(error)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.intro.setText(tr("admin.export.intro", lang))
        self.refresh.setText(tr("admin.export.refresh", lang))
        self.folder.setText(tr("admin.export.folder", lang))
        self.write.setText(tr("admin.export.write", lang))
        self._fill()

    def reset(self) -> None:
        super().reset()
        self.drives = []
        self._fill()
        self.folder.setEnabled(True)

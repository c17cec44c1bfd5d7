"""Admin page: the idle timeout, stale-upload warning and retention period, with large +/-."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from kiosk.services.kiosk import KioskServices
from kiosk.services.settings import IDLE_TIMEOUT, RETENTION_DAYS, STALE_PENDING_DAYS, Setting
from kiosk.ui.ops import Operations, Topic
from kiosk.ui.screens.admin_common import AdminPage
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_button, named_label, wrapped

EDITABLE: tuple[Setting[int], ...] = (IDLE_TIMEOUT, STALE_PENDING_DAYS, RETENTION_DAYS)
UNITS = {IDLE_TIMEOUT.key: "admin.settings.seconds"}  # the others count days
HINTS = {RETENTION_DAYS.key: "admin.settings.retention_days.hint"}
CAPTIONS = {
    IDLE_TIMEOUT.key: "admin.settings.idle_timeout_s",
    STALE_PENDING_DAYS.key: "admin.settings.stale_pending_days",
    RETENTION_DAYS.key: "admin.settings.retention_days",
}


class SettingRow:
    """Caption, [-] value [+], and an optional hint, in three rows of the page's grid."""

    def __init__(self, setting: Setting[int], grid: QGridLayout, row: int) -> None:
        self.setting = setting
        self.value = setting.default
        self.caption = wrapped("FieldCaption")
        self.less = named_button("Stepper", "−")
        self.more = named_button("Stepper", "+")
        for button in (self.less, self.more):
            button.setMinimumSize(64, 56)  # a finger's size even without the stylesheet
        self.shown = named_label("SettingValue")
        self.shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint: QLabel | None = None
        grid.addWidget(self.caption, row, 0)
        grid.addWidget(self.less, row, 1)
        grid.addWidget(self.shown, row, 2)
        grid.addWidget(self.more, row, 3)
        if setting.key in HINTS:
            self.hint = wrapped("AdminMeta")
            grid.addWidget(self.hint, row + 1, 0, 1, 4)

    def show_value(self, value: int, lang: str) -> None:
        self.value = value
        unit = UNITS.get(self.setting.key, "admin.settings.days")
        self.shown.setText(tr(unit, lang, n=value))
        self.less.setEnabled(self.setting.clamp(value - self.setting.step) != value)
        self.more.setEnabled(self.setting.clamp(value + self.setting.step) != value)

    def retranslate(self, lang: str) -> None:
        caption = tr(CAPTIONS[self.setting.key], lang)
        self.caption.setText(caption)
        self.less.setAccessibleName(f"{tr('admin.settings.less', lang)}: {caption}")
        self.more.setAccessibleName(f"{tr('admin.settings.more', lang)}: {caption}")
        if self.hint is not None:
            self.hint.setText(tr(HINTS[self.setting.key], lang))
        self.show_value(self.value, lang)


class SettingsPage(AdminPage):
    title_code = "admin.menu.settings"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.services: KioskServices | None = None
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(14)
        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(2, 150)
        self.rows: dict[str, SettingRow] = {}
        for index, setting in enumerate(EDITABLE):
            row = SettingRow(setting, grid, index * 2)
            row.less.clicked.connect(lambda _=False, r=row: self._step(r, -1))
            row.more.clicked.connect(lambda _=False, r=row: self._step(r, +1))
            self.rows[setting.key] = row
        self.body.addLayout(grid)
        self.body.addStretch(1)

    def attach(self, services: KioskServices) -> None:
        self.services = services

    def shown(self) -> None:
        services = self.services
        if services is not None:
            settings = services.settings
            self.ops.read(lambda: {s.key: settings.get(s) for s in EDITABLE}, self._loaded)

    def _loaded(self, values: dict[str, int]) -> None:
        for key, value in values.items():
            self.rows[key].show_value(value, self.lang)

    def _step(self, row: SettingRow, direction: int) -> None:
        services = self.services
        if services is None:
            return
        setting = row.setting
        value = setting.clamp(row.value + direction * setting.step)
        row.show_value(value, self.lang)
        # The window applies a new idle timeout at once: it listens for Topic.SETTINGS.
        self.ops.write(
            lambda: services.settings.set(setting, value),
            Topic.SETTINGS,
            self._saved,
            failure=self.say_error,
        )

    def _saved(self, _result: object) -> None:
        self.say(tr("admin.settings.saved", self.lang))

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        for row in self.rows.values():
            row.retranslate(lang)

    @property
    def buttons(self) -> list[QPushButton]:
        return [b for row in self.rows.values() for b in (row.less, row.more)]

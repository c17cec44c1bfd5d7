"""Kiosk settings, declared once each (key, type, default, bounds, description), kept in the store.

Values live in the ``kiosk_setting`` table as text under ``setting.<key>`` so they travel
with the data folder and survive upgrades; a missing or unreadable value falls back to
the declared default rather than stopping the kiosk.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Generic, TypeVar

from kiosk.i18n import UserError, define, msg
from kiosk.services.context import ServiceContext
from kiosk.store.models import KioskSetting

log = logging.getLogger(__name__)

T = TypeVar("T", int, str, bool)

define(
    "settings.out_of_range",
    id="Nilai harus antara {min} dan {max}.",
    en="The value must be between {min} and {max}.",
)
define("settings.unknown", id="Pengaturan tidak dikenal: {key}", en="Unknown setting: {key}")


class SettingError(UserError):
    pass


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key, Python type, default, optional bounds and what it is for."""

    key: str
    kind: type[T]
    default: T
    description: str
    minimum: int | None = None
    maximum: int | None = None
    step: int = 1  # how far one tap of an admin's +/- button moves a number

    def clamp(self, value: int) -> int:
        """The nearest allowed value (for +/- controls that must not leave the bounds)."""
        low = self.minimum if self.minimum is not None else value
        high = self.maximum if self.maximum is not None else value
        return max(low, min(high, value))

    def parse(self, text: str) -> T:
        value: object = text
        if self.kind is bool:
            value = text.strip().lower() in ("1", "true", "yes", "on")
        elif self.kind is int:
            value = int(text.strip())
        if not isinstance(value, self.kind):
            raise ValueError(f"setting {self.key}: not a {self.kind.__name__}")
        self.validate(value)
        return value

    def validate(self, value: T) -> None:
        if isinstance(value, int) and not isinstance(value, bool):
            low = self.minimum if self.minimum is not None else value
            high = self.maximum if self.maximum is not None else value
            if not low <= value <= high:
                raise SettingError(msg("settings.out_of_range", min=low, max=high))

    def format(self, value: T) -> str:
        return str(value).lower() if isinstance(value, bool) else str(value)


IDLE_TIMEOUT = Setting(
    "idle_timeout_s",
    int,
    90,
    "Seconds without a touch or key press before the kiosk returns home and forgets the form.",
    minimum=15,
    maximum=3600,
    step=15,
)
IDLE_WARNING = Setting(
    "idle_warning_s",
    int,
    15,
    "Seconds of visible countdown before the idle reset (part of the idle timeout).",
    minimum=3,
    maximum=120,
)
STALE_PENDING_DAYS = Setting(
    "stale_pending_days",
    int,
    3,
    "Days a record may wait for upload before the status strip warns that it is stale.",
    minimum=1,
    maximum=60,
)
RETENTION_DAYS = Setting(
    "retention_days",
    int,
    365,
    "Days after registration when personal data of people with no current or future session "
    "is removed (once the server has the registration); cards and attendance stay.",
    minimum=30,
    maximum=3650,
    step=30,
)
CARD_PRINTER = Setting(
    "card_printer",
    str,
    "",
    "Name of the printer staff chose for cards; empty means ask once, or save a PDF.",
)

ALL_SETTINGS: tuple[Setting[int] | Setting[str] | Setting[bool], ...] = (
    IDLE_TIMEOUT,
    IDLE_WARNING,
    STALE_PENDING_DAYS,
    RETENTION_DAYS,
    CARD_PRINTER,
)
_PREFIX = "setting."


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self, setting: Setting[T]) -> T:
        with self._ctx.store.reading() as session:
            row = session.get(KioskSetting, _PREFIX + setting.key)
            text = None if row is None else row.value
        if text is None:
            return setting.default
        try:
            return setting.parse(text)
        except (ValueError, SettingError):
            log.warning("setting %s has an unusable stored value; using the default", setting.key)
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        setting.validate(value)
        with self._ctx.store.transaction() as session:
            row = session.get(KioskSetting, _PREFIX + setting.key)
            if row is None:
                session.add(KioskSetting(key=_PREFIX + setting.key, value=setting.format(value)))
            else:
                row.value = setting.format(value)

    @staticmethod
    def find(key: str) -> Setting[int] | Setting[str] | Setting[bool]:
        for setting in ALL_SETTINGS:
            if setting.key == key:
                return setting
        raise SettingError(msg("settings.unknown", key=key))

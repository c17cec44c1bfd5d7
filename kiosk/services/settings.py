"""Kiosk settings, declared once each (key, type, default, bounds, description), kept in the store.

Values live in the ``kiosk_setting`` table as text under ``setting.<key>`` so they travel
with the data folder and survive upgrades; a missing or unreadable value falls back to
the declared default rather than stopping the kiosk.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.i18n import UserError, define, msg
from kiosk.services.context import ServiceContext
from kiosk.store.models import KioskSetting, StaffAccount
from kiosk.sync import state

log = logging.getLogger(__name__)

T = TypeVar("T", int, str, bool)

define(
    "settings.out_of_range",
    id="Nilai harus antara {min} dan {max}.",
    en="The value must be between {min} and {max}.",
)
define("settings.unknown", id="Pengaturan tidak dikenal: {key}", en="Unknown setting: {key}")
define(
    "demo.cannot_pair",
    id="Kios ini berisi data demo (orang sintetis) dan tidak dapat dipasangkan dengan server: "
    "orang demo akan tercampur dengan data sungguhan. Untuk memulai bersih: tutup kios, "
    "pindahkan folder data {folder} ke tempat lain (atau pakai --data-dir dengan folder baru "
    "yang kosong), jalankan kios tanpa --demo, lalu buat admin pertama: "
    'kiosk add-staff NAMA --name "Nama Lengkap" --role admin',
    en="This kiosk holds demo data (synthetic people) and cannot be paired with a server: the "
    "demo people would mix with real ones. To start clean: close the kiosk, move the data "
    "folder {folder} elsewhere (or use --data-dir with a new, empty folder), start the kiosk "
    'without --demo, then create the first admin: kiosk add-staff NAME --name "Full Name" '
    "--role admin",
)
define(
    "demo.paired",
    id="Kios ini sudah dipasangkan dengan server {server}: data demo akan diunggah sebagai "
    "orang sungguhan. Tidak ada yang ditulis. Coba demo di folder data lain (--data-dir).",
    en="This kiosk is paired with the server {server}: demo data would be uploaded as real "
    "people. Nothing was written. Try the demo in another data folder (--data-dir).",
)


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

# Not among ALL_SETTINGS: it records what the store holds, it is not an operator's choice.
DEMO_DATA = Setting(
    "demo_data",
    bool,
    False,
    "The store holds synthetic demo data (kiosk demo, or the GUI's --demo): it is never paired "
    "with a server.",
)
# The accounts every demo made (kiosk.services.demo.DEMO_STAFF): a store filled by a version
# that seeded demo data unasked, before DEMO_DATA existed, is recognised by them.
_DEMO_STAFF_NAMES = {("admin", "Admin Demo"), ("petugas", "Petugas Demo")}

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
        with self._ctx.store.transaction() as session:
            self.set_in(session, setting, value)

    @staticmethod
    def set_in(session: Session, setting: Setting[T], value: T) -> None:
        """Write a setting in the caller's transaction (with the audit event that records
        who changed it, for instance)."""
        setting.validate(value)
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


def holds_demo_data(ctx: ServiceContext) -> bool:
    """Whether the store holds demo data: marked so, or made by an older version's unasked
    demo (recognised by its demo accounts)."""
    if SettingsService(ctx).get(DEMO_DATA):
        return True
    with ctx.store.reading() as session:
        accounts = session.execute(
            select(StaffAccount.username, StaffAccount.display_name).where(
                StaffAccount.username.in_([name for name, _ in _DEMO_STAFF_NAMES])
            )
        ).all()
    return any((row.username, row.display_name) in _DEMO_STAFF_NAMES for row in accounts)


def refuse_pairing_with_demo_data(ctx: ServiceContext) -> None:
    """A store holding demo data is never paired: its synthetic people would reach the fleet
    (every demo kiosk has the same ones, merged on the server as one person each)."""
    if holds_demo_data(ctx):
        raise SettingError(msg("demo.cannot_pair", folder=str(ctx.store.paths.root)))


def mark_demo_data(ctx: ServiceContext) -> None:
    """Before any demo data is written: refused in a store paired with a server, else the
    store is marked as holding demo data for good."""
    server = state.get(ctx.store, state.SERVER_URL)
    if server:
        raise SettingError(msg("demo.paired", server=server))
    SettingsService(ctx).set(DEMO_DATA, True)

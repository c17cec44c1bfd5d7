"""Settings an admin changes on the kiosk: stale-pending warning and personal-data retention."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import update

from kiosk.i18n import msg
from kiosk.services.kiosk import KioskServices
from kiosk.services.settings import RETENTION_DAYS, STALE_PENDING_DAYS, SettingError
from kiosk.store.models import OutboxEvent
from tests.conftest import SettableClock
from tests.factories import applicant_form


def test_new_settings_have_their_defaults_bounds_and_steps(kiosk: KioskServices) -> None:
    assert kiosk.settings.get(STALE_PENDING_DAYS) == 3
    assert kiosk.settings.get(RETENTION_DAYS) == 365
    with pytest.raises(SettingError):
        kiosk.settings.set(RETENTION_DAYS, 5)
    assert RETENTION_DAYS.clamp(5) == RETENTION_DAYS.minimum
    assert STALE_PENDING_DAYS.clamp(1000) == STALE_PENDING_DAYS.maximum


def test_sync_health_warns_after_the_configured_days(
    kiosk: KioskServices, clock: SettableClock
) -> None:
    kiosk.registration.register(applicant_form())
    clock.advance(days=2)
    health = kiosk.sync.health()
    assert health.stale_days == 3 and not health.stale
    kiosk.settings.set(STALE_PENDING_DAYS, 1)
    health = kiosk.sync.health()
    assert health.stale_days == 1 and health.stale
    assert health.as_json()["stale"] is True
    failed = dataclasses.replace(health, last_error=msg("store.disk_full"))
    assert failed.as_json("en")["last_error"].startswith("The disk is full")
    assert failed.as_json("id")["stale"] is True


def test_daily_maintenance_uses_the_retention_setting(
    kiosk: KioskServices, clock: SettableClock
) -> None:
    registered = kiosk.registration.register(applicant_form())
    with kiosk.store.transaction() as session:
        session.execute(update(OutboxEvent).values(status="accepted"))
    clock.advance(days=100)
    assert kiosk.maintenance.run_daily().purged == 0  # 365 days by default
    kiosk.settings.set(RETENTION_DAYS, 90)
    clock.advance(days=1)  # a new day: the daily backup may be taken again
    assert kiosk.maintenance.run_daily().purged == 1
    assert kiosk.people.get(registered.applicant_id).full_name == ""  # type: ignore[union-attr]

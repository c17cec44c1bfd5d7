"""Daily housekeeping: an online backup with rotation and the retention rule."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk.services.card_files import purge_card_pdfs
from kiosk.services.context import ServiceContext
from kiosk.services.privacy import PrivacyService
from kiosk.services.settings import RETENTION_DAYS, SettingsService
from kiosk.store.backup import daily_backup

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MaintenanceResult:
    backup: Path | None
    purged: int
    card_pdfs: int = 0  # card PDFs (names on them) deleted after their retention time


class MaintenanceService:
    def __init__(self, ctx: ServiceContext, privacy: PrivacyService) -> None:
        self._ctx = ctx
        self._privacy = privacy

    def run_daily(self, retention_days: int | None = None) -> MaintenanceResult:
        """Back up and purge; the retention period is the admin's setting unless given."""
        if retention_days is None:
            retention_days = SettingsService(self._ctx).get(RETENTION_DAYS)
        backup = daily_backup(self._ctx.store.paths, self._ctx.now().date())
        purged = self._privacy.purge_expired(retention_days).purged
        card_pdfs = purge_card_pdfs(self._ctx.store.paths, self._ctx.now())
        return MaintenanceResult(backup=backup, purged=purged, card_pdfs=card_pdfs)

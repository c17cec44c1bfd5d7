"""What is in the store and what is waiting for upload, for the status strip and `kiosk status`."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kiosk.services.context import ServiceContext
from kiosk.services.settings import holds_demo_data
from kiosk.store.models import (
    Applicant,
    AttendanceEvent,
    Card,
    Enrolment,
    KioskSetting,
    OutboxEvent,
    SyncQuarantine,
    TrainingSession,
)

LAST_SYNC_AT = "last_sync_at"
# Below this the kiosk warns: SQLite needs room for its WAL and for the daily backup.
LOW_DISK_MB = 300


@dataclass(frozen=True)
class KioskStatus:
    device_id: str
    applicants: int
    cards: int
    sessions: int
    enrolments: int
    attendance_events: int
    outbox_total: int
    outbox_pending: int
    oldest_pending_at: str | None
    last_sync_at: str | None
    free_disk_mb: int
    disk_low: bool
    last_backup_at: str | None
    # The data folder cannot be written: everything can be read, nothing saved.
    read_only: bool = False
    sync_set_aside: int = 0  # pulled changes set aside by sync (kiosk.sync.apply)
    demo_data: bool = False  # synthetic demo data: never paired with a server
    # Read beside the running GUI, which holds the data folder (kiosk.store.db.Store.open).
    in_use: bool = False

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _last_backup(folder: Path) -> str | None:
    if not folder.exists():
        return None
    times = [p.stat().st_mtime for p in folder.glob("*.sqlite3")]
    if not times:
        return None
    return dt.datetime.fromtimestamp(max(times), dt.UTC).isoformat()


class StatusService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def status(self) -> KioskStatus:
        def count(model: Any) -> Any:
            return select(func.count()).select_from(model)

        free_mb = shutil.disk_usage(self._ctx.store.paths.root).free // 1_000_000
        demo = holds_demo_data(self._ctx)
        with self._ctx.store.reading() as session:
            pending = select(OutboxEvent).where(OutboxEvent.status == "pending").subquery()
            oldest = session.scalar(select(func.min(pending.c.created_at)))
            last_sync = session.get(KioskSetting, LAST_SYNC_AT)
            return KioskStatus(
                device_id=self._ctx.device_id,
                applicants=session.scalar(count(Applicant)) or 0,
                cards=session.scalar(count(Card)) or 0,
                sessions=session.scalar(count(TrainingSession)) or 0,
                enrolments=session.scalar(count(Enrolment)) or 0,
                attendance_events=session.scalar(count(AttendanceEvent)) or 0,
                outbox_total=session.scalar(count(OutboxEvent)) or 0,
                outbox_pending=session.scalar(select(func.count()).select_from(pending)) or 0,
                oldest_pending_at=None if oldest is None else oldest.isoformat(),
                last_sync_at=None if last_sync is None else last_sync.value,
                free_disk_mb=free_mb,
                disk_low=free_mb < LOW_DISK_MB,
                last_backup_at=_last_backup(self._ctx.store.paths.backups),
                read_only=self._ctx.store.read_only,
                sync_set_aside=session.scalar(count(SyncQuarantine)) or 0,
                demo_data=demo,
                in_use=self._ctx.store.beside_writer,
            )

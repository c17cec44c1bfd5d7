"""Sync use-cases for the CLI and the GUI: enrol, run one sync, export a bundle, sync health."""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kiosk.i18n import Message, UserError, define, msg
from kiosk.services import pairing, vacancy_index
from kiosk.services.context import ServiceContext
from kiosk.services.settings import STALE_PENDING_DAYS, SettingsService
from kiosk.store.models import OutboxEvent, SyncQuarantine
from kiosk.sync import state
from kiosk.sync.bundle import BundleSummary, export_bundle
from kiosk.sync.client import RefusedError, TransportError
from kiosk.sync.engine import Backoff, Listener, SyncEngine, SyncReport, refusal_message
from kiosk.sync.transport import ServerKeyMismatch, UrlRefused

TOKEN_FILENAME = "sync-token"

define(
    "sync.bundle_needs_pairing",
    id="Bundel USB dienkripsi untuk server: pasangkan kios dengan server sekali terlebih dahulu.",
    en="USB bundles are encrypted for the server: pair this kiosk with the server once first.",
)


class SyncError(UserError):
    pass


@dataclass(frozen=True)
class RejectedEvent:
    id: str
    entity: str
    reason: str
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class SetAsideChange:
    """A pulled change this kiosk could not apply (kiosk.sync.apply): kept, not applied."""

    id: str
    kind: str
    record_id: str
    reason: str
    received_at: dt.datetime
    reported: bool  # the server has acknowledged the report


@dataclass(frozen=True)
class SyncHealth:
    enrolled: bool
    server_url: str | None
    pending: int
    oldest_pending_at: str | None
    rejected: int
    last_sync_at: str | None
    last_attempt_at: str | None
    last_error: Message | None
    stale_days: int = 0  # the admin's limit for waiting records ...
    stale: bool = False  # ... and whether the oldest pending record is past it
    set_aside: int = 0  # pulled changes this kiosk could not apply (kept, reported)

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        # Not asdict(): it deep-copies the Message, whose read-only params cannot be copied.
        data: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        data["last_error"] = None if self.last_error is None else self.last_error.render(lang)
        return data


class SyncService:
    """Wraps the Qt-free engine with this kiosk's identity, clock and credentials."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._lock = threading.Lock()  # one sync at a time, whoever asks
        self._engine: SyncEngine | None = None

    @property
    def token_path(self) -> Path:
        return self._ctx.store.paths.keys / TOKEN_FILENAME

    def enroll(
        self,
        server_url: str,
        code: str,
        *,
        label: str = "",
        allow_plain_http: bool = False,
        ca_file: Path | None = None,
        pins: tuple[str, ...] = (),
    ) -> str:
        """Exchange a one-time code for a token; returns the site the kiosk now belongs to.
        https only (plain http to this machine itself, or with ``allow_plain_http``); the
        server's key is pinned (``ca_file`` / ``pins`` for a server no public CA vouches
        for). See kiosk.services.pairing."""
        with self._lock:
            try:
                response = pairing.enrol(
                    self._ctx,
                    self.token_path,
                    server_url,
                    code,
                    label=label,
                    allow_plain_http=allow_plain_http,
                    ca_file=ca_file,
                    pins=pins,
                )
            except pairing.PairingError as exc:
                raise SyncError(exc.message) from exc
        return response.site

    def rotate_token(self) -> dt.datetime:
        """Renew the bearer token now (`kiosk enroll --rotate`); returns when it expires."""
        server = state.get(self._ctx.store, state.SERVER_URL)
        token = state.read_token(self.token_path)
        if server is None or token is None:
            raise SyncError(msg("sync.not_enrolled"))
        with self._lock:
            try:
                client = pairing.Pairing.load(self._ctx.store, server).client(token)
            except UrlRefused as exc:
                raise SyncError(msg("sync.plain_http_refused")) from exc
            try:
                return pairing.rotate(self._ctx.store, self.token_path, client, self._ctx.now())
            except RefusedError as exc:
                raise SyncError(refusal_message(exc)) from exc
            except ServerKeyMismatch as exc:
                raise SyncError(msg("sync.server_key_changed")) from exc
            except TransportError as exc:
                raise SyncError(msg("sync.rotate_failed", detail=str(exc))) from exc
            finally:
                client.close()

    def run(
        self,
        listener: Listener | None = None,
        *,
        backoff: Backoff | None = None,
        timeout_s: float | None = None,
    ) -> SyncReport:
        """One sync: renew the token when due, push everything pending, then pull. Blocks;
        call it off the GUI thread."""
        server = state.get(self._ctx.store, state.SERVER_URL)
        token = state.read_token(self.token_path)
        if server is None or token is None:
            report = SyncReport(error=msg("sync.not_enrolled"))
            report.pending = self.health().pending
            return report
        with self._lock:
            settings = pairing.Pairing.load(self._ctx.store, server)
            try:
                client = settings.client(token)
            except UrlRefused:
                report = SyncReport(error=msg("sync.plain_http_refused"))
                report.pending = self.health().pending
                return report
            if timeout_s is not None:
                client.read_timeout = timeout_s
            engine = SyncEngine(
                self._ctx.store,
                self._ctx.device_id,
                client,
                clock=self._ctx.now,
                listener=listener,
                backoff=backoff,
            )
            self._engine = engine
            try:
                pairing.rotate_if_due(self._ctx.store, self.token_path, client, self._ctx.now())
                report = engine.run()
                pairing.remember_seen_pin(self._ctx.store, settings, client)
                if report.pulled:
                    # Here, off the GUI thread, rather than at the next tap on a vacancy list.
                    vacancy_index.refresh(self._ctx.store, self._ctx.now().date())
                return report
            finally:
                self._engine = None
                client.close()

    def cancel(self) -> None:
        engine = self._engine
        if engine is not None:
            engine.cancel()

    def export_bundle(self, target: Path) -> BundleSummary:
        """Every pending event in one file for a USB drive, encrypted to the server (so the
        kiosk must have been paired once: the server's bundle key comes with the pairing)."""
        ctx = self._ctx
        bundle_key = state.get(ctx.store, state.BUNDLE_KEY)
        if not bundle_key:
            raise SyncError(msg("sync.bundle_needs_pairing"))
        return export_bundle(
            ctx.store,
            ctx.device_id,
            ctx.signer.private_bytes(),
            target,
            ctx.now(),
            server_key=bundle_key,
        )

    def health(self) -> SyncHealth:
        store = self._ctx.store
        with store.reading() as session:
            pending = select(OutboxEvent).where(OutboxEvent.status == "pending").subquery()
            count = session.scalar(select(func.count()).select_from(pending)) or 0
            oldest = session.scalar(select(func.min(pending.c.created_at)))
            rejected = session.scalar(select(func.count()).where(OutboxEvent.status == "rejected"))
            set_aside = session.scalar(select(func.count()).select_from(SyncQuarantine))
        raw_error = state.get(store, state.LAST_ERROR)
        error: Message | None = None
        if raw_error:
            data = json.loads(raw_error)
            error = msg(data["code"], **data.get("params", {}))
        stale_days = SettingsService(self._ctx).get(STALE_PENDING_DAYS)
        oldest_at = None if oldest is None else oldest.isoformat()
        return SyncHealth(
            enrolled=state.read_token(self.token_path) is not None,
            server_url=state.get(store, state.SERVER_URL),
            pending=int(count),
            oldest_pending_at=oldest_at,
            rejected=int(rejected or 0),
            last_sync_at=state.get(store, state.LAST_SYNC_AT),
            last_attempt_at=state.get(store, state.LAST_ATTEMPT_AT),
            last_error=error,
            stale_days=stale_days,
            stale=self._older_than(oldest_at, stale_days),
            set_aside=int(set_aside or 0),
        )

    def rejected_events(self, limit: int = 500) -> list[RejectedEvent]:
        """What the server refused, for the admin: kept, never dropped."""
        with self._ctx.store.reading() as session:
            rows = session.execute(
                select(
                    OutboxEvent.id,
                    OutboxEvent.entity,
                    OutboxEvent.last_error,
                    OutboxEvent.created_at,
                )
                .where(OutboxEvent.status == "rejected")
                .order_by(OutboxEvent.seq)
                .limit(limit)
            ).all()
        return [
            RejectedEvent(row.id, row.entity, row.last_error or "", row.created_at) for row in rows
        ]

    def set_aside_changes(self, limit: int = 200) -> list[SetAsideChange]:
        """Pulled changes set aside, newest first, for the admin: kept, never dropped."""
        with self._ctx.store.reading() as session:
            rows = session.execute(
                select(
                    SyncQuarantine.id,
                    SyncQuarantine.kind,
                    SyncQuarantine.record_id,
                    SyncQuarantine.reason,
                    SyncQuarantine.received_at,
                    OutboxEvent.status,
                )
                .outerjoin(OutboxEvent, OutboxEvent.id == SyncQuarantine.report_event_id)
                .order_by(SyncQuarantine.received_at.desc(), SyncQuarantine.id.desc())
                .limit(limit)
            ).all()
        return [
            SetAsideChange(
                row.id,
                row.kind,
                row.record_id,
                row.reason,
                row.received_at,
                reported=row.status in ("accepted", "duplicate"),
            )
            for row in rows
        ]

    def _older_than(self, moment: str | None, days: int) -> bool:
        if moment is None:
            return False
        age = self._ctx.now() - dt.datetime.fromisoformat(moment)
        return age > dt.timedelta(days=days)

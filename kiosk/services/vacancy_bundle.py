"""Bringing a site's vacancies in from a USB stick where no network reaches: a vacancy bundle
written by ``kiosk-server export-vacancies`` (kiosk.sync.vacancy_bundle), checked under the
server key this kiosk already holds, for this kiosk's site, newer than the last one taken."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from kiosk.i18n import UserError, define, msg
from kiosk.services import vacancy_index
from kiosk.services.context import ServiceContext
from kiosk.store.models import KioskSetting
from kiosk.sync import state
from kiosk.sync.apply import apply_changes
from kiosk.sync.certificate_trust import TRUST_KEY
from kiosk.sync.protocol import Change
from kiosk.sync.vacancy_bundle import BundleRefused, read_bundle

# When the newest bundle taken was issued: an older one (a stick carried around for weeks)
# would bring back openings filled since, so it is refused.
BUNDLE_ISSUED_AT: Final = "placement.vacancy_bundle_issued_at"

define(
    "vacancies.bundle_refused",
    id="Berkas lowongan ditolak, tidak ada yang diubah: {detail}",
    en="The vacancy bundle is refused; nothing was changed: {detail}",
)
define(
    "vacancies.bundle_no_key",
    id="Kios ini belum memegang kunci server: sinkronkan sekali dulu, lalu impor lagi.",
    en="This kiosk does not hold the server's key yet: synchronise once, then import again.",
)
define(
    "vacancies.bundle_other_site",
    id="Berkas lowongan ini untuk lokasi {theirs}, bukan lokasi kios ini ({ours}).",
    en="This vacancy bundle is for site {theirs}, not this kiosk's site ({ours}).",
)
define(
    "vacancies.bundle_older",
    id="Berkas lowongan ini ({issued}) lebih lama dari yang sudah diimpor ({held}).",
    en="This vacancy bundle ({issued}) is older than the one already imported ({held}).",
)


class VacancyBundleError(UserError):
    """A vacancy bundle that is not taken; nothing of it was written."""


@dataclass(frozen=True)
class VacancyBundleReport:
    site: str
    province: str
    issued_at: dt.datetime
    vacancies: int
    applied: int  # the others were set aside (sync_quarantine), as a bad pulled change


def import_vacancy_bundle(ctx: ServiceContext, path: Path) -> VacancyBundleReport:
    """Apply every vacancy of the bundle in one transaction, exactly as pulled ones are
    applied (the same strict model, the same upsert), or refuse it whole and write nothing."""
    store = ctx.store
    trusted = state.get(store, TRUST_KEY)
    if trusted is None:
        raise VacancyBundleError(msg("vacancies.bundle_no_key"))
    try:
        bundle = read_bundle(path, trusted)
    except BundleRefused as exc:
        raise VacancyBundleError(msg("vacancies.bundle_refused", detail=str(exc))) from None
    ours = state.get(store, state.SITE)
    if bundle.site != ours:
        raise VacancyBundleError(
            msg("vacancies.bundle_other_site", theirs=bundle.site, ours=ours or "-")
        )
    changes = [Change(kind="vacancy", id=data["id"], data=data) for data in bundle.vacancies]
    with store.transaction() as session:
        row = session.get(KioskSetting, BUNDLE_ISSUED_AT)
        held = None if row is None else row.value
        if held is not None and bundle.issued_at < dt.datetime.fromisoformat(held):
            raise VacancyBundleError(
                msg("vacancies.bundle_older", issued=bundle.issued_at.isoformat(), held=held)
            )
        applied = apply_changes(session, changes, ctx.now(), via_sync=False)
        state.put(session, BUNDLE_ISSUED_AT, bundle.issued_at.isoformat())
    vacancy_index.refresh(store, ctx.now().date())
    return VacancyBundleReport(
        bundle.site, bundle.province, bundle.issued_at, len(changes), applied
    )

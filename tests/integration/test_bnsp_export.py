"""The desk's BNSP export into a folder: both files from one read and one audit entry; a
folder that cannot be written leaves no file and no audit entry; nobody checked in writes
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.i18n import UserError
from kiosk.services.assessment_export import export_bnsp_files
from kiosk.services.kiosk import KioskServices
from kiosk.store import models as m
from tests.integration.test_assessments import Assessment, held  # noqa: F401


def _exports(kiosk: KioskServices) -> int:
    with kiosk.store.reading() as session:
        query = select(func.count()).select_from(m.AuditEvent)
        query = query.where(m.AuditEvent.action == "personal_data_exported")
        return int(session.scalar(query) or 0)


def test_nobody_checked_in_or_a_folder_gone_writes_nothing(
    kiosk: KioskServices,
    held: Assessment,  # noqa: F811
    tmp_path: Path,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    before = _exports(kiosk)
    with pytest.raises(UserError) as nobody:
        export_bnsp_files(kiosk.ctx, held.event_id, usb, staff=held.staff)
    assert "Nobody is checked in" in nobody.value.render("en")
    kiosk.assessments.check_in(held.event_id, held.cards["Ani"], staff=held.staff)
    gone = usb / "pulled-out-drive"
    with pytest.raises(UserError) as failed:
        export_bnsp_files(kiosk.ctx, held.event_id, gone, staff=held.staff)
    assert "Nothing was exported" in failed.value.render("en")
    assert list(usb.iterdir()) == [] and _exports(kiosk) == before

    done = export_bnsp_files(kiosk.ctx, held.event_id, usb, staff=held.staff)
    assert done.candidates == 1
    assert sorted(p.suffix for p in usb.iterdir()) == [".csv", ".xlsx"]
    assert set(done.files) == set(usb.iterdir())
    assert _exports(kiosk) == before + 1

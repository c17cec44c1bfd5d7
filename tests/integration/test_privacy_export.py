"""The right-of-access export file: complete JSON, or nothing and a clear message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.services.kiosk import KioskServices
from kiosk.services.privacy import PrivacyError
from tests.factories import applicant_form


def test_export_file_is_whole_or_absent(kiosk: KioskServices, tmp_path: Path) -> None:
    staff = kiosk.staff.create("rina", "Rina", "482915")
    person = kiosk.registration.register(applicant_form(seed=3))
    target = tmp_path / "orang.json"
    kiosk.privacy.export_applicant_to(person.applicant_id, staff, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["applicant"]["id"] == person.applicant_id
    assert not list(tmp_path.glob("*.partial"))
    missing = tmp_path / "no-such-drive" / "orang.json"
    with pytest.raises(PrivacyError) as caught:
        kiosk.privacy.export_applicant_to(person.applicant_id, staff, missing)
    assert caught.value.message.code == "privacy.export_failed"
    assert not missing.parent.exists()

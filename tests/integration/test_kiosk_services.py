"""Services added for the self-service kiosk: settings, verdict preview, printable cards."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kiosk.domain.card import card_id_from_number, card_id_text
from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.kiosk import KioskServices
from kiosk.services.settings import (
    ALL_SETTINGS,
    CARD_PRINTER,
    IDLE_TIMEOUT,
    SettingError,
    SettingsService,
)
from kiosk.store.models import KioskSetting
from tests.factories import applicant_form


def test_settings_have_defaults_and_round_trip(kiosk: KioskServices) -> None:
    assert kiosk.settings.get(IDLE_TIMEOUT) == 90
    kiosk.settings.set(IDLE_TIMEOUT, 120)
    kiosk.settings.set(CARD_PRINTER, "Zebra ZC300")
    assert kiosk.settings.get(IDLE_TIMEOUT) == 120
    assert kiosk.settings.get(CARD_PRINTER) == "Zebra ZC300"
    with pytest.raises(SettingError):
        kiosk.settings.set(IDLE_TIMEOUT, 2)
    assert kiosk.settings.get(IDLE_TIMEOUT) == 120


def test_a_garbled_stored_setting_falls_back_to_its_default(kiosk: KioskServices) -> None:
    with kiosk.store.transaction() as session:
        session.add(KioskSetting(key="setting.idle_timeout_s", value="soon"))
    assert kiosk.settings.get(IDLE_TIMEOUT) == 90


def test_every_setting_is_declared_once_with_a_description() -> None:
    keys = [s.key for s in ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    for setting in ALL_SETTINGS:
        assert setting.description
        assert SettingsService.find(setting.key) is setting
        setting.validate(setting.default)  # type: ignore[arg-type]


def test_assess_previews_the_verdict_without_writing(kiosk: KioskServices) -> None:
    young = applicant_form(birth_date=dt.date(2010, 1, 1))
    verdict = kiosk.registration.assess(young)
    assert verdict is not None and not verdict.eligible
    assert [r.code for r in verdict.reasons] == ["prakerja.too_young"]
    assert kiosk.status.status().applicants == 0
    assert kiosk.registration.assess(dataclasses.replace(young, full_name="")) is None


def test_assess_counts_the_family_card(kiosk: KioskServices) -> None:
    kk = "3273010101010001"
    kiosk.registration.register(applicant_form(kk_number=kk))
    kiosk.registration.register(applicant_form(kk_number=kk))
    verdict = kiosk.registration.assess(applicant_form(kk_number=kk))
    assert verdict is not None
    assert [r.code for r in verdict.reasons] == ["prakerja.kk_limit"]


def test_printable_cards_give_the_current_card_with_name_and_number(
    kiosk: KioskServices,
) -> None:
    result = kiosk.registration.register(applicant_form(full_name="Dewi Lestari"))
    staff = kiosk.staff.create("petugas", "Petugas", "402913")
    new = kiosk.cards.reissue(result.applicant_id, staff_id=staff.id)
    [card] = kiosk.people.printable_cards(applicant_id=result.applicant_id)
    assert card.card_id == new.id != result.card_id
    assert card.holder_name == "Dewi Lestari"
    assert card_id_text(card_id_from_number(card.card_number)) == new.id
    assert kiosk.cards.verify(card.payload).valid


def test_printable_cards_of_a_session_and_nik_lookup(kiosk: KioskServices) -> None:
    provider = kiosk.catalogue.create_provider("LPK Cahaya", "LPK", "32.73")
    program = kiosk.catalogue.create_program("Barista", "kuliner", 40)
    today = kiosk.ctx.now().date()
    training = kiosk.catalogue.create_session(
        program_id=program.id,
        provider_id=provider.id,
        location="Ruang 1",
        start_date=today,
        end_date=today,
        schedule=WeeklySchedule((0,), "08:00", "10:00"),
        capacity=1,
    )
    form = applicant_form(full_name="Agus Salim")
    first = kiosk.registration.register(form)
    kiosk.registration.register(applicant_form(full_name="Bayu Aji"))
    kiosk.catalogue.enrol(training.id, first.applicant_id)
    cards = kiosk.people.printable_cards(session_id=training.id)
    assert [c.holder_name for c in cards] == ["Agus Salim"]
    assert kiosk.people.applicant_id_for_nik(form.nik) == first.applicant_id
    assert kiosk.people.applicant_id_for_nik("12") is None
    [summary] = kiosk.catalogue.sessions()
    assert summary.full
    assert summary.refusal(True) is not None
    assert summary.refusal(True).code == "catalogue.session_full"  # type: ignore[union-attr]


def test_refusal_of_prakerja_sessions_for_ineligible_applicants(kiosk: KioskServices) -> None:
    provider = kiosk.catalogue.create_provider("BLK Bandung", "BLK", "32.73")
    funded = kiosk.catalogue.create_program("Las", "teknik", 40)
    open_ = kiosk.catalogue.create_program("Kewirausahaan", "bisnis", 8, prakerja_funded=False)
    today = kiosk.ctx.now().date()
    for program in (funded, open_):
        kiosk.catalogue.create_session(
            program_id=program.id,
            provider_id=provider.id,
            location="Bengkel",
            start_date=today,
            end_date=today,
            schedule=WeeklySchedule((1,), "08:00", "10:00"),
            capacity=5,
        )
    by_title = {s.program_title: s for s in kiosk.catalogue.sessions()}
    assert by_title["Las"].refusal(False).code == "catalogue.not_eligible"  # type: ignore[union-attr]
    assert by_title["Kewirausahaan"].refusal(False) is None
    assert by_title["Las"].refusal(True) is None

"""Pure attendance rules: scan decisions, lateness, keyboard layouts, the XLSX writer."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.attendance import (
    REPEAT_WINDOW,
    EventKind,
    PriorEvent,
    ScanOutcome,
    Tone,
    decide_scan,
    is_late,
    layout_variants,
)
from kiosk.domain.card import CardSigner, CardVerification, Keyring, VerifyStatus, verify_card
from kiosk.sync.xlsx import column_name, write_xlsx

WIB = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 3, 2, 8, 0, tzinfo=WIB)
VALID = CardVerification(VerifyStatus.VALID, card_id="A" * 16, key_id="k")


def decide(**overrides: object):  # type: ignore[no-untyped-def]
    args: dict[str, object] = {
        "verification": VALID,
        "card_known": True,
        "session_open": True,
        "enrolled": True,
        "admit": False,
        "uses_checkout": True,
        "prior": [],
        "now": NOW,
    }
    args.update(overrides)
    return decide_scan(**args)  # type: ignore[arg-type]


def test_first_scan_of_the_day_checks_in_green() -> None:
    decision = decide()
    assert decision.outcome is ScanOutcome.CHECKED_IN
    assert decision.kind is EventKind.CHECK_IN
    assert decision.tone is Tone.GREEN


def test_same_card_within_the_window_is_already_recorded_and_writes_nothing() -> None:
    earlier = NOW - REPEAT_WINDOW + dt.timedelta(seconds=1)
    decision = decide(prior=[PriorEvent(EventKind.CHECK_IN, earlier)])
    assert decision.outcome is ScanOutcome.ALREADY_RECORDED
    assert decision.previous_at == earlier
    assert not decision.writes
    assert decision.tone is Tone.AMBER


def test_later_scan_checks_out_blue_when_the_session_uses_check_out() -> None:
    decision = decide(prior=[PriorEvent(EventKind.CHECK_IN, NOW - dt.timedelta(hours=3))])
    assert decision.outcome is ScanOutcome.CHECKED_OUT
    assert decision.kind is EventKind.CHECK_OUT
    assert decision.tone is Tone.BLUE


def test_back_after_check_out_checks_in_again() -> None:
    prior = [
        PriorEvent(EventKind.CHECK_IN, NOW - dt.timedelta(hours=3)),
        PriorEvent(EventKind.CHECK_OUT, NOW - dt.timedelta(hours=1)),
    ]
    assert decide(prior=prior).kind is EventKind.CHECK_IN


def test_later_scan_without_check_out_is_already_recorded_at_the_first_time() -> None:
    first = NOW - dt.timedelta(hours=3)
    decision = decide(uses_checkout=False, prior=[PriorEvent(EventKind.CHECK_IN, first)])
    assert decision.outcome is ScanOutcome.ALREADY_RECORDED
    assert decision.previous_at == first


def test_not_enrolled_is_amber_until_admitted() -> None:
    assert decide(enrolled=False).outcome is ScanOutcome.NOT_ENROLLED
    assert decide(enrolled=False).tone is Tone.AMBER
    assert decide(enrolled=False, admit=True).kind is EventKind.CHECK_IN


@pytest.mark.parametrize("status", [s for s in VerifyStatus if s is not VerifyStatus.VALID])
def test_every_invalid_card_is_red_and_writes_nothing(status: VerifyStatus) -> None:
    decision = decide(verification=CardVerification(status), admit=True)
    assert decision.outcome is ScanOutcome.REJECTED
    assert decision.tone is Tone.RED
    assert not decision.writes


def test_unknown_card_and_closed_session_write_nothing() -> None:
    assert decide(card_known=False).outcome is ScanOutcome.UNKNOWN_CARD
    assert not decide(card_known=False).writes
    assert decide(session_open=False).outcome is ScanOutcome.SESSION_CLOSED
    assert not decide(session_open=False).writes


def test_late_after_the_grace_period() -> None:
    assert not is_late(dt.datetime(2026, 3, 2, 8, 15, tzinfo=WIB), "08:00")
    assert is_late(dt.datetime(2026, 3, 2, 8, 16, tzinfo=WIB), "08:00")
    assert not is_late(dt.datetime(2026, 3, 2, 9, 0, tzinfo=WIB), "not a time")


SIGNER = CardSigner(bytes(range(32)))
KEYRING = Keyring(public_keys={SIGNER.key_id: SIGNER.public_bytes()})
TODAY = dt.date(2026, 3, 2)


def _payload_with(letters: str) -> str:
    for n in range(200):
        payload = SIGNER.issue(n.to_bytes(10, "big"), TODAY, TODAY + dt.timedelta(days=30))
        if any(ch in payload for ch in letters):
            return payload
    raise AssertionError("no payload with those letters")


@pytest.mark.parametrize(
    ("letters", "typed"),
    [("YZ", str.maketrans("YZ", "ZY")), ("AQWZ2", str.maketrans("AQWZ2", "QAZWé"))],
)
def test_a_payload_typed_through_another_layout_is_recovered(
    letters: str, typed: dict[int, str]
) -> None:
    payload = _payload_with(letters)
    garbled = payload.translate(typed)
    assert not verify_card(garbled, KEYRING, TODAY).valid
    assert any(verify_card(v, KEYRING, TODAY).valid for v in layout_variants(garbled))


@given(st.text(max_size=300))
def test_arbitrary_text_never_checks_anyone_in(text: str) -> None:
    verification = verify_card(text, KEYRING, TODAY)
    for variant in layout_variants(text):
        assert isinstance(variant, str)
    decision = decide(verification=verification, admit=True)
    assert verification.valid or not decision.writes


def test_column_names() -> None:
    assert [column_name(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


def test_xlsx_is_a_valid_workbook_with_the_cells(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    rows = [["Nama", "Status"], ["Siti <&> \x01Rahma", "Hadir"]]
    write_xlsx(path, rows, sheet_name="Absensi")
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        ET.fromstring(archive.read("[Content_Types].xml"))
        ET.fromstring(archive.read("xl/workbook.xml"))
        sheet = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    texts = [t.text for t in sheet.iterfind(".//m:t", ns)]
    assert texts == ["Nama", "Status", "Siti <&> Rahma", "Hadir"]

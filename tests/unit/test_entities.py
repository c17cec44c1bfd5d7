"""Property tests of the strict payload models (kiosk.sync.entities): valid payloads round-trip;
hostile values always give PayloadInvalid, never another exception."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from kiosk.sync.entities import (
    CHANGE_MODELS,
    PUSH_MODELS,
    PayloadInvalid,
    parse_change,
    parse_push_payload,
)

# A real Ed25519 public key (of the private key 00 01 .. 1f): the models check the point.
PUBLIC_KEY = "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"
DEVICE = "01900000-0000-7000-8000-00000000d001"
ID = "0190abcd-0000-7000-8000-0000000000a1"
OTHER = "01900000-0000-7000-8000-000000000002"
TIME = "2026-03-02T09:30:00+07:00"
CARD = "ABCDEFGHIJKLMNOP"

# What today's kiosk writes (kiosk/services/*), one payload per entity and op.
PUSHED: dict[tuple[str, str], dict[str, Any]] = {
    ("applicant", "create"): {
        "id": ID,
        "nik": "3273015708909001",
        "full_name": "Siti Rahmawati",
        "birth_place": "Bandung",
        "birth_date": "1990-08-17",
        "sex": "P",
        "citizen_wni": True,
        "address": "Jl. Merdeka No. 10",
        "province_code": "32",
        "regency_code": "32.73",
        "phone": "+6281234567890",
        "email": None,
        "education_level": "sma_smk",
        "employment_status": "unemployed",
        "occupation": "unemployed",
        "in_formal_education": False,
        "kk_number": "3273010101019999",
        "consent_at": TIME,
        "consent_version": "2024-01",
        "eligible": False,
        "ineligible_reasons": ["eligibility.too_young"],
        "registered_at": TIME,
        "utc_offset_min": 420,
        "device_id": DEVICE,
        "personal_data_removed_at": None,
    },
    ("applicant", "erase"): {"id": ID, "device_id": DEVICE},
    ("card", "create"): {
        "id": CARD,
        "applicant_id": ID,
        "key_id": "0011223344556677",
        "issued_at": TIME,
        "valid_until": "2029-03-02",
        "payload": "K1ABCDEF",
        "revoked_at": None,
        "revoked_reason": None,
        "replaced_by": None,
        "device_id": DEVICE,
    },
    ("card", "revoke"): {
        "card_id": CARD,
        "reason": "reprint",
        "replaced_by": "QRSTUVWXYZ234567",
        "staff_id": OTHER,
        "device_id": DEVICE,
    },
    ("attendance_event", "create"): {
        "id": ID,
        "session_id": OTHER,
        "card_id": CARD,
        "applicant_id": ID,
        "kind": "check_in",
        "admitted_by": None,
        "local_day": "2026-03-02",
        "recorded_at": TIME,
        "utc_offset_min": 420,
        "device_id": DEVICE,
        "staff_id": None,
    },
    ("enrolment", "create"): {
        "id": ID,
        "session_id": OTHER,
        "applicant_id": ID,
        "enrolled_at": TIME,
        "enrolled_by": None,
        "device_id": DEVICE,
    },
    ("training_provider", "create"): {
        "id": ID,
        "name": "LPK Cahaya",
        "kind": "LPK",
        "regency_code": "32.73",
        "address": "",
        "created_at": TIME,
        "device_id": DEVICE,
    },
    ("training_program", "create"): {
        "id": ID,
        "title": "Barista Kopi",
        "category": "kuliner",
        "hours": 40,
        "prakerja_funded": True,
        "created_at": TIME,
        "device_id": DEVICE,
    },
    ("training_session", "create"): {
        "id": ID,
        "program_id": OTHER,
        "provider_id": OTHER,
        "location": "Ruang 2",
        "start_date": "2026-03-02",
        "end_date": "2026-04-01",
        "weekly_schedule": {"days": [0, 2], "start": "08:00", "end": "12:00"},
        "capacity": 20,
        "uses_checkout": False,
        "created_at": TIME,
        "device_id": DEVICE,
    },
    ("staff_account", "create"): {
        "id": ID,
        "username": "kepala",
        "display_name": "Kepala BLK",
        "role": "admin",
        "pin_hash": "scrypt$16384$8$1$c2FsdA==$ZGlnZXN0",
        "active": True,
        "created_at": TIME,
        "device_id": DEVICE,
    },
    ("staff_account", "disable"): {"id": ID, "active": False, "by": OTHER, "device_id": DEVICE},
    ("audit_event", "create"): {
        "id": ID,
        "at": TIME,
        "utc_offset_min": 420,
        "device_id": DEVICE,
        "staff_id": OTHER,
        "action": "personal_data_erased",
        "subject_type": "applicant",
        "subject_id": ID,
        "detail": {"approved_by": OTHER},
    },
    ("device_key", "create"): {"key_id": "0011223344556677", "public_key": PUBLIC_KEY},
    ("sync_rejected_change", "create"): {
        "kind": "training_session",
        "record_id": ID,
        "reason": "uses_checkout: must be a boolean",
        "received_at": TIME,
    },
    ("certificate", "create"): {
        "id": CARD,
        "kind": "completion",
        "applicant_id": ID,
        "session_id": OTHER,
        "key_id": "0011223344556677",
        "credential": "K3C1:NCFOXN%TSMAHN-H",
        "issued_at": TIME,
        "staff_id": OTHER,
        "device_id": DEVICE,
    },
    ("assessment_record", "create"): {
        "id": ID,
        "key_id": "0011223344556677",
        "signed_text": "{}",
        "signature": "ab" * 64,
        "recorded_at": TIME,
        "device_id": DEVICE,
    },
    ("certificate_annotation", "create"): {
        "certificate_id": CARD,
        "bnsp_number": "62093 2412 1 0001234 2026",
        "staff_id": OTHER,
        "at": TIME,
        "device_id": DEVICE,
    },
}
PUSHED[("attendance", "create")] = PUSHED[("attendance_event", "create")]  # the older name
PULLED: dict[str, dict[str, Any]] = {
    "training_provider": PUSHED[("training_provider", "create")],
    "training_program": PUSHED[("training_program", "create")],
    "training_session": PUSHED[("training_session", "create")],
    "enrolment": PUSHED[("enrolment", "create")],
    "staff_account": PUSHED[("staff_account", "create")],
    "device_key": {"key_id": "0011223344556677", "public_key": PUBLIC_KEY, "device_id": DEVICE},
    "key_revocation": {"key_id": "0011223344556677", "revoked_at": TIME},
    "card_revocation": {"card_id": CARD, "revoked_at": TIME, "reason": "lost"},
    "card_binding": {"card_id": CARD, "key_id": "0123456789abcdef"},
    "applicant_alias": {"applicant_id": ID, "canonical_id": OTHER},
    "certificate_trust": {"statement": "{}", "signature": "ab" * 64, "public_key": PUBLIC_KEY},
    "certificate_revocation": {
        "certificate_id": CARD,
        "entry": "{}",
        "signature": "ab" * 64,
        "public_key": PUBLIC_KEY,
    },
    "assessment_scheme": {
        "number": "SKM-BAR-01",
        "title": "Barista Muda",
        "lsp": "LSP Pariwisata",
        "units": [{"code": "PAR.BAR.001.01", "title": "Menyiapkan peralatan"}],
        "published_at": TIME,
    },
}

# Placement (kiosk/sync/placement_entities.py).
PUSHED[("job_seeker", "create")] = {
    "applicant_id": ID,
    "card_id": CARD,
    "registered_at": TIME,
    "valid_until": "2028-03-02",
    "last_report_at": TIME,
    "education": [{"level": "sma_smk", "major": "Tata Boga", "year": 2019, "formal": True}],
    "skills": ["menyeduh kopi"],
    "experience": [{"isco_code": "5131", "employer": "Kafe Sejahtera", "years": 2}],
    "desired_occupations": ["5131"],
    "desired_regions": ["32.73"],
    "wage_band": "3-4jt",
    "device_id": DEVICE,
}
PUSHED[("job_application", "create")] = {
    "id": ID,
    "applicant_id": OTHER,
    "vacancy_id": ID,
    "card_id": CARD,
    "applied_at": TIME,
    "device_id": DEVICE,
}
# Follow-up surveys (kiosk/sync/followup_entities.py).
PUSHED[("followup_answer", "create")] = {
    "id": ID,
    "applicant_id": OTHER,
    "session_id": ID,
    "month": 6,
    "status": "working",
    "employer": "Kafe Sejahtera",
    "sector": "hospitality",
    "wage_band": "2m_3m",
    "related": True,
    "answered_at": TIME,
    "utc_offset_min": 420,
    "channel": "staff",
    "staff_id": ID,
    "device_id": DEVICE,
}
PULLED["vacancy"] = {
    "id": ID,
    "employer": "PT Kopi Nusantara",
    "title": "Barista",
    "isco_code": "5131",
    "openings": 3,
    "filled": 0,
    "valid_from": "2026-03-01",
    "valid_until": "2026-04-30",
    "regency_code": "32.73",
    "education_min": "sma_smk",
    "skills": ["menyeduh kopi"],
    "source": "employer",
    "checked": True,
    "published_at": TIME,
}
PULLED["job_application"] = {
    "id": ID,
    "vacancy_id": OTHER,
    "stage": "shortlisted",
    "stage_at": TIME,
}

push_cases = st.sampled_from(sorted(PUSHED))
change_cases = st.sampled_from(sorted(PULLED))


def _dumped(model: BaseModel) -> dict[str, Any]:
    return json.loads(model.model_dump_json(exclude_unset=True))


def test_every_entity_and_change_kind_has_a_case() -> None:
    assert set(PUSHED) == set(PUSH_MODELS)
    assert set(PULLED) == set(CHANGE_MODELS)


@given(case=push_cases)
def test_what_a_kiosk_pushes_round_trips(case: tuple[str, str]) -> None:
    entity, op = case
    parsed = parse_push_payload(entity, op, PUSHED[case])
    again = parse_push_payload(entity, op, _dumped(parsed))
    assert again == parsed


@given(kind=change_cases)
def test_what_a_kiosk_pulls_round_trips(kind: str) -> None:
    parsed = parse_change(kind, PULLED[kind])
    assert parse_change(kind, _dumped(parsed)) == parsed


# Values no field of any model accepts in place of a valid one of another type.
hostile = st.one_of(
    st.just(float("nan")),
    st.just(float("inf")),
    st.just("x\x00"),
    st.just("5"),
    st.just("yes"),
    st.just("2026-03-02T09:30:00"),  # no offset
    st.just("0001-01-01T00:00:00+14:00"),
    st.just("9999-12-31T23:59:59+00:00"),
    st.just("9999-12-31"),
    st.just("٣٢٧٣٠١٥٧٠٨٩٠٩٠٠١"),
    st.just("3273015708909001\n"),
    st.just(ID.upper()),
    st.just(ID + "\n"),
    st.just([]),
    st.just({}),
    st.just(2**70),
    st.text(max_size=3),
)


def _replaced(payload: dict[str, Any], key: str, value: object) -> dict[str, Any]:
    changed = dict(payload)
    changed[key] = value
    return changed


@given(case=push_cases, data=st.data(), value=hostile)
def test_a_hostile_value_is_payload_invalid_never_another_exception(
    case: tuple[str, str], data: st.DataObject, value: object
) -> None:
    entity, op = case
    payload = PUSHED[case]
    key = data.draw(st.sampled_from(sorted(payload)))
    changed = _replaced(payload, key, value)
    try:
        parse_push_payload(entity, op, changed)
    except PayloadInvalid as exc:
        reason = exc.reason
    else:
        return  # a value that happens to be valid there (e.g. "" for an address)
    assert reason and len(reason) <= 200
    assert "\x00" not in reason


@given(case=push_cases, data=st.data())
def test_each_field_refuses_the_wrong_type(case: tuple[str, str], data: st.DataObject) -> None:
    entity, op = case
    payload = PUSHED[case]
    key = data.draw(st.sampled_from(sorted(payload)))
    good = payload[key]
    if isinstance(good, bool):
        wrong: object = "yes"
    elif isinstance(good, int):
        wrong = str(good)
    elif isinstance(good, str):
        wrong = 5
    elif good is None:
        wrong = float("nan")
    else:
        wrong = "x"
    with pytest.raises(PayloadInvalid):
        parse_push_payload(entity, op, _replaced(payload, key, wrong))


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("uses_checkout", "yes", "uses_checkout: must be a boolean"),
        ("capacity", "5", "capacity: must be an integer"),
        ("capacity", 5.0, "capacity: must be an integer"),
        ("capacity", float("nan"), "capacity: must be a finite number"),
        ("location", "Ruang\x00 2", "location: must not contain NUL characters"),
        ("start_date", "9999-12-31", "start_date: must be between 2000-01-01 and 2100-12-31"),
        ("created_at", "0001-01-01T00:00:00+14:00", "created_at: must be between 1970 and 2100"),
        ("created_at", "9999-12-31T23:59:59+00:00", "created_at: must be between 1970 and 2100"),
        ("created_at", "2026-03-02T09:30:00", "created_at: must be a time with its UTC offset"),
        ("id", ID.upper(), "id: must be a lowercase UUID"),
        ("id", ID + "\n", "id: too long"),
        ("colour", "blue", "colour: unknown field"),
    ],
)
def test_reasons_are_short_and_say_what(key: str, value: object, reason: str) -> None:
    payload = _replaced(PUSHED[("training_session", "create")], key, value)
    with pytest.raises(PayloadInvalid) as caught:
        parse_push_payload("training_session", "create", payload)
    assert reason in caught.value.reason


@pytest.mark.parametrize(
    "nik",
    [
        "٣٢٧٣٠١٥٧٠٨٩٠٩٠٠١",
        "３２７３０１５７０８９０９００１",
        "3273015708909001\n",
        "327301570890900²",
    ],
)
def test_lookalike_niks_are_refused_at_the_server(nik: str) -> None:
    payload = _replaced(PUSHED[("applicant", "create")], "nik", nik)
    with pytest.raises(PayloadInvalid) as caught:
        parse_push_payload("applicant", "create", payload)
    assert caught.value.reason.startswith("nik:")
    assert nik not in caught.value.reason  # the value itself is never echoed


@given(payload=st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3))
def test_unknown_entities_ops_and_kinds_are_payload_invalid(payload: dict[str, Any]) -> None:
    for entity, op in (("hologram", "create"), ("card", "delete")):
        with pytest.raises(PayloadInvalid):
            parse_push_payload(entity, op, payload)
    with pytest.raises(PayloadInvalid):
        parse_change("hologram", payload)


@given(value=st.recursive(st.none() | st.booleans() | st.floats() | st.text(), st.lists))
def test_a_payload_that_is_not_an_object_is_payload_invalid(value: object) -> None:
    with pytest.raises(PayloadInvalid):
        parse_change("card_revocation", value)  # type: ignore[arg-type]


def test_staff_login_keeps_free_fields_but_no_nul_or_nan() -> None:
    assert parse_push_payload("staff_login", "ok", {"anything": 1})
    for bad in ({"x": "a\x00"}, {"x": float("nan")}, {"x\x00": 1}, {"x": [float("inf")]}):
        with pytest.raises(PayloadInvalid):
            parse_push_payload("staff_login", "ok", bad)


def test_a_pulled_change_ignores_fields_a_newer_server_adds() -> None:
    data = {**PULLED["training_session"], "owner_site": "BLK-BANDUNG"}
    assert parse_change("training_session", data) == parse_change(
        "training_session", PULLED["training_session"]
    )
    disabled = parse_change("staff_account", {"id": ID, "active": False, "by": OTHER})
    assert type(disabled).__name__ == "StaffAccountDisableChange"

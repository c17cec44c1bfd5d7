"""One typed, strict model per entity payload a kiosk pushes and per change kind it pulls;
shared by the server (checking pushes) and the kiosk (checking pulls)."""

from __future__ import annotations

from typing import Annotated, Any, Final, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from kiosk.domain.assessment import AssessmentInvalid, scheme_from
from kiosk.domain.certificate import PREFIX as CREDENTIAL_PREFIX
from kiosk.domain.certificate_code import BASE45_ALPHABET
from kiosk.domain.eligibility import EducationLevel, EmploymentStatus, Occupation
from kiosk.sync.fields import (
    Ascii200,
    BirthDate,
    CardId,
    ClockTime,
    Day,
    Digits16,
    Email,
    KeyId,
    MessageCode,
    Phone,
    ProvinceCode,
    PublicKeyHex,
    RegencyCode,
    Slug,
    Text16,
    Text32,
    Text40,
    Text64,
    Text80,
    Text120,
    Text160,
    Text200,
    Text250,
    Time,
    Username,
    UtcOffsetMin,
    Uuid,
    check_json_value,
)


class PayloadInvalid(ValueError):
    """A payload or a pulled change that does not fit its model; ``reason`` is short English
    fit for a per-event ``rejected`` reason (never the offending value: it may be personal)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Payload(BaseModel):
    """A payload from the network: strict types (no "5" for 5, no "yes" for true), no
    unknown fields, finite numbers only."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, allow_inf_nan=False)


class Pulled(BaseModel):
    """A pulled change: strict types, but fields a newer server adds are ignored, not fatal."""

    model_config = ConfigDict(strict=True, extra="ignore", frozen=True, allow_inf_nan=False)


def _one_of(values: frozenset[str], what: str) -> Any:
    def check(value: str) -> str:
        if value not in values:
            raise ValueError(f"must be a known {what}")
        return value

    return check


_BASE45: Final = frozenset(BASE45_ALPHABET)


def _credential_text(value: str) -> str:
    if (
        not value.startswith(CREDENTIAL_PREFIX)
        or not set(value[len(CREDENTIAL_PREFIX) :]) <= _BASE45
    ):
        raise ValueError("must be a certificate credential")
    return value


_EDUCATION: Final = frozenset(e.value for e in EducationLevel)
_EMPLOYMENT: Final = frozenset(e.value for e in EmploymentStatus)
_OCCUPATION: Final = frozenset(e.value for e in Occupation)


# -- pushed by a kiosk -----------------------------------------------------------------------


class ApplicantCreate(Payload):
    id: Uuid
    nik: Digits16
    full_name: Text120
    birth_place: Text80
    birth_date: BirthDate
    sex: Literal["L", "P"]
    citizen_wni: bool
    address: Text250
    province_code: ProvinceCode
    regency_code: RegencyCode
    phone: Phone
    email: Email | None = None
    education_level: Text16
    employment_status: Text16
    occupation: Text32
    in_formal_education: bool
    kk_number: Digits16
    consent_at: Time
    consent_version: Text16
    eligible: bool
    ineligible_reasons: list[MessageCode] = Field(max_length=20)
    registered_at: Time
    utc_offset_min: UtcOffsetMin
    device_id: Uuid | None = None
    personal_data_removed_at: Time | None = None

    _education = field_validator("education_level")(_one_of(_EDUCATION, "education level"))
    _employment = field_validator("employment_status")(_one_of(_EMPLOYMENT, "employment status"))
    _occupation = field_validator("occupation")(_one_of(_OCCUPATION, "occupation"))


class ApplicantErase(Payload):
    id: Uuid
    device_id: Uuid | None = None


class CardCreate(Payload):
    id: CardId
    applicant_id: Uuid
    key_id: KeyId
    issued_at: Time
    valid_until: Day
    payload: Ascii200
    revoked_at: Time | None = None
    revoked_reason: Text40 | None = None
    replaced_by: CardId | None = None
    device_id: Uuid | None = None


class CardRevoke(Payload):
    card_id: CardId
    reason: Text40 = "revoked"
    replaced_by: CardId | None = None
    staff_id: Uuid | None = None
    device_id: Uuid | None = None


class AttendanceCreate(Payload):
    id: Uuid
    session_id: Uuid
    card_id: CardId
    applicant_id: Uuid | None = None
    kind: Literal["check_in", "check_out"]
    admitted_by: Uuid | None = None
    local_day: Day
    recorded_at: Time
    utc_offset_min: UtcOffsetMin
    device_id: Uuid | None = None
    staff_id: Uuid | None = None


class EnrolmentCreate(Payload):
    id: Uuid
    session_id: Uuid
    applicant_id: Uuid
    enrolled_at: Time
    enrolled_by: Uuid | None = None
    device_id: Uuid | None = None


class ProviderCreate(Payload):
    id: Uuid
    name: Text120
    kind: Literal["LPK", "BLK"]
    regency_code: RegencyCode
    address: Text250 = ""
    created_at: Time
    device_id: Uuid | None = None


class ProgramCreate(Payload):
    id: Uuid
    title: Text120
    category: Text40
    hours: int = Field(ge=1, le=10_000)
    prakerja_funded: bool = True
    created_at: Time
    device_id: Uuid | None = None


class WeeklySchedule(Payload):
    days: list[int] = Field(min_length=1, max_length=7)
    start: ClockTime
    end: ClockTime

    @field_validator("days")
    @classmethod
    def _weekdays(cls, days: list[int]) -> list[int]:
        if any(not 0 <= day <= 6 for day in days) or len(set(days)) != len(days):
            raise ValueError("must be distinct weekdays 0-6")
        return days


class SessionCreate(Payload):
    id: Uuid
    program_id: Uuid
    provider_id: Uuid
    location: Text160
    start_date: Day
    end_date: Day
    weekly_schedule: WeeklySchedule
    capacity: int = Field(ge=1, le=10_000)
    uses_checkout: bool = False
    created_at: Time
    device_id: Uuid | None = None


class StaffAccountCreate(Payload):
    id: Uuid
    username: Username
    display_name: Text120
    role: Literal["staff", "admin", "assessor"]
    pin_hash: Ascii200
    active: bool = True
    created_at: Time
    device_id: Uuid | None = None
    # The site admin who made the account (server/authority.py checks it); None for the
    # first admin of a site, made with `kiosk add-staff`.
    by: Uuid | None = None


class StaffAccountDisable(Payload):
    id: Uuid
    active: Literal[False]
    by: Uuid | None = None
    device_id: Uuid | None = None


class StaffLogin(Payload):
    """Kept as an event only; its fields are free but still bounded by the protocol."""

    model_config = ConfigDict(extra="allow")

    device_id: Uuid | None = None


class AuditEventCreate(Payload):
    id: Uuid
    at: Time
    utc_offset_min: UtcOffsetMin
    device_id: Uuid | None = None
    staff_id: Uuid | None = None
    action: Slug
    subject_type: Text32 | None = None
    subject_id: Text40 | None = None
    # Ids and counts only (kiosk.services.audit).
    detail: dict[Text40, Text200 | int | bool | list[Text40] | None] = Field(
        default_factory=dict, max_length=20
    )


class DeviceKeyCreate(Payload):
    key_id: KeyId
    public_key: PublicKeyHex
    device_id: Uuid | None = None


# The QR text of a certificate (kiosk.domain.certificate): "K3C1:" and Base45 characters.
Credential = Annotated[
    str,
    StringConstraints(min_length=6, max_length=2000),
    AfterValidator(_credential_text),
]
# The canonical JSON of a server-signed trust list or revocation entry (ASCII only).
SignedText = Annotated[str, StringConstraints(min_length=2, max_length=4 * 1024 * 1024)]
SignatureHex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{128}$")]


class CertificateCreate(Payload):
    """A certificate a kiosk issued: its number, who and what for (ids only), and the signed
    credential, from which the server reads everything else (server/ingest/certificate.py)."""

    id: CardId
    kind: Literal["completion", "competency"]
    applicant_id: Uuid
    session_id: Uuid | None = None
    key_id: KeyId
    credential: Credential
    issued_at: Time
    staff_id: Uuid | None = None
    device_id: Uuid | None = None


class AssessmentRecordCreate(Payload):
    """A signed assessment record (kiosk.domain.assessment): the server reads everything
    from the signed text and checks it under the pushing kiosk's key."""

    id: Uuid
    key_id: KeyId
    signed_text: Annotated[str, StringConstraints(min_length=2, max_length=8000)]
    signature: SignatureHex
    recorded_at: Time
    device_id: Uuid | None = None


class CertificateAnnotationCreate(Payload):
    """The BNSP number staff entered for a competency certificate (not in the credential)."""

    certificate_id: CardId
    bnsp_number: Annotated[
        str, StringConstraints(min_length=4, max_length=64, pattern=r"^[A-Za-z0-9./\- ]+$")
    ]
    staff_id: Uuid | None = None
    at: Time
    device_id: Uuid | None = None


class RejectedChangeReport(Payload):
    """A pulled change this kiosk set aside (kiosk.sync.apply): what and why, no data."""

    kind: Text32
    record_id: Text64
    reason: Text200
    received_at: Time
    device_id: Uuid | None = None


# -- pulled by a kiosk -----------------------------------------------------------------------


class ProviderChange(ProviderCreate):
    model_config = ConfigDict(extra="ignore")


class ProgramChange(ProgramCreate):
    model_config = ConfigDict(extra="ignore")


class SessionChange(SessionCreate):
    model_config = ConfigDict(extra="ignore")


class EnrolmentChange(EnrolmentCreate):
    model_config = ConfigDict(extra="ignore")


class StaffAccountChange(StaffAccountCreate):
    model_config = ConfigDict(extra="ignore")


class StaffAccountDisableChange(StaffAccountDisable):
    """A staff account switched off at a kiosk: only the changed fields travel."""

    model_config = ConfigDict(extra="ignore")


class DeviceKeyChange(Pulled):
    key_id: KeyId
    public_key: PublicKeyHex
    device_id: Uuid | None = None


class KeyRevocation(Pulled):
    key_id: KeyId
    revoked_at: Time


class CardRevocation(Pulled):
    card_id: CardId
    revoked_at: Time
    # The server's operator may write a longer reason; the kiosk keeps the first 40 chars.
    reason: Text200 = "revoked"


class CardBindingChange(Pulled):
    """The issuing key of a card printed before card ids named it (docs/sync-protocol.md,
    "Cards and their issuer")."""

    card_id: CardId
    key_id: KeyId


class CertificateTrustChange(Pulled):
    """The server-signed trust list (kiosk.domain.certificate_trust); checked for its
    signature when applied."""

    statement: SignedText
    signature: SignatureHex
    public_key: PublicKeyHex


class CertificateRevocationChange(Pulled):
    certificate_id: CardId
    entry: Annotated[str, StringConstraints(min_length=2, max_length=400)]
    signature: SignatureHex
    public_key: PublicKeyHex


class SchemeUnit(Pulled):
    code: Text40
    title: Text200


class AssessmentSchemeChange(Pulled):
    """A certification scheme (skema) the server published; every kiosk receives it."""

    number: Text64
    title: Text200
    lsp: Text200
    units: list[SchemeUnit] = Field(min_length=1, max_length=40)
    published_at: Time

    @model_validator(mode="after")
    def _a_scheme(self) -> AssessmentSchemeChange:
        try:
            scheme_from(self.model_dump(include={"number", "title", "lsp", "units"}))
        except AssessmentInvalid as exc:
            raise ValueError(str(exc)) from None
        return self


class ApplicantAliasChange(Pulled):
    applicant_id: Uuid
    canonical_id: Uuid


# -- entry points ----------------------------------------------------------------------------

PUSH_MODELS: Final[dict[tuple[str, str], type[BaseModel]]] = {
    ("applicant", "create"): ApplicantCreate,
    ("applicant", "erase"): ApplicantErase,
    ("card", "create"): CardCreate,
    ("card", "revoke"): CardRevoke,
    ("attendance_event", "create"): AttendanceCreate,
    ("attendance", "create"): AttendanceCreate,
    ("enrolment", "create"): EnrolmentCreate,
    ("training_provider", "create"): ProviderCreate,
    ("training_program", "create"): ProgramCreate,
    ("training_session", "create"): SessionCreate,
    ("staff_account", "create"): StaffAccountCreate,
    ("staff_account", "disable"): StaffAccountDisable,
    ("audit_event", "create"): AuditEventCreate,
    ("device_key", "create"): DeviceKeyCreate,
    ("sync_rejected_change", "create"): RejectedChangeReport,
    ("certificate", "create"): CertificateCreate,
    ("assessment_record", "create"): AssessmentRecordCreate,
    ("certificate_annotation", "create"): CertificateAnnotationCreate,
}
# Kept as events only, whatever the op says.
ANY_OP: Final[dict[str, type[BaseModel]]] = {"staff_login": StaffLogin}


def _placement() -> None:
    # Placement models live in their own module (it imports Payload from here).
    from kiosk.sync import followup_entities, placement_entities

    PUSH_MODELS.update(placement_entities.PUSH)
    CHANGE_MODELS.update(placement_entities.CHANGES)
    PUSH_MODELS.update(followup_entities.PUSH)


CHANGE_MODELS: Final[dict[str, type[BaseModel]]] = {
    "training_provider": ProviderChange,
    "training_program": ProgramChange,
    "training_session": SessionChange,
    "enrolment": EnrolmentChange,
    "staff_account": StaffAccountChange,
    "device_key": DeviceKeyChange,
    "key_revocation": KeyRevocation,
    "card_revocation": CardRevocation,
    "card_binding": CardBindingChange,
    "applicant_alias": ApplicantAliasChange,
    "certificate_trust": CertificateTrustChange,
    "certificate_revocation": CertificateRevocationChange,
    "assessment_scheme": AssessmentSchemeChange,
}

_placement()

_MESSAGES: Final = {
    "bool_type": "must be a boolean",
    "int_type": "must be an integer",
    "float_type": "must be a number",
    "finite_number": "must be a finite number",
    "string_type": "must be text",
    "list_type": "must be a list",
    "dict_type": "must be an object",
    "model_type": "must be an object",
    "missing": "missing",
    "extra_forbidden": "unknown field",
    "string_too_long": "too long",
    "string_too_short": "too short",
    "too_long": "too many items",
    "too_short": "too few items",
    "literal_error": "not an allowed value",
    "none_required": "must be null",
    "greater_than_equal": "too small",
    "less_than_equal": "too large",
    "date_type": "must be a date YYYY-MM-DD",
    "datetime_type": "must be a time with its UTC offset",
}


def _reason(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False, include_input=False)
    if not errors:
        return "invalid"
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ()))[:60]
    kind = first.get("type", "")
    if kind == "value_error":
        # Our own validators' messages; pydantic prefixes them with "Value error, ".
        text = str(first.get("msg", "invalid")).removeprefix("Value error, ")
    else:
        text = _MESSAGES.get(kind, "invalid")
    return (f"{where}: {text}" if where else text)[:200]


def _validate(model: type[BaseModel], data: object) -> BaseModel:
    if not isinstance(data, dict):
        raise PayloadInvalid("payload must be an object")
    try:
        check_json_value(data)
        return model.model_validate(data, strict=True)
    except ValidationError as exc:
        raise PayloadInvalid(_reason(exc)) from None
    except (ValueError, TypeError, RecursionError) as exc:
        raise PayloadInvalid(str(exc)[:200] or "invalid") from None


def parse_push_payload(entity: str, op: str, payload: dict[str, Any]) -> BaseModel:
    """The typed payload of one pushed event; PayloadInvalid with a short reason."""
    model = ANY_OP.get(entity) or PUSH_MODELS.get((entity, op))
    if model is None:
        if any(known == entity for known, _op in PUSH_MODELS):
            raise PayloadInvalid(f"unsupported op {op[:32]}")
        raise PayloadInvalid(f"unknown entity {entity[:32]}")
    return _validate(model, payload)


def parse_change(kind: str, data: dict[str, Any]) -> BaseModel:
    """The typed data of one pulled change; PayloadInvalid with a short reason."""
    model = CHANGE_MODELS.get(kind)
    if model is None:
        raise PayloadInvalid(f"unknown change kind {kind[:32]}")
    if model is StaffAccountChange and isinstance(data, dict) and "username" not in data:
        model = StaffAccountDisableChange
    return _validate(model, data)

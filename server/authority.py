"""Who may create or change which record, and which kiosks pull it (docs/sync-protocol.md)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.sync.protocol import is_uuid
from server.models import (
    ApplicantAlias,
    AssessmentRecord,
    Card,
    Device,
    IssuedCertificate,
    Person,
    ReferenceRecord,
    TrustedKey,
)

# Reasons a pushed event is refused for lack of authority (per-event `rejected`, audited).
NOT_OWNER: Final = "not_owner"
NOT_SITE_ADMIN: Final = "not_site_admin"
NOT_OWN_KEY: Final = "not_own_key"
UNKNOWN_CARD: Final = "unknown_card"
WRONG_DEVICE: Final = "wrong_device"

# A site no device can have (site codes have at least one character): a change whose owner
# cannot be told is pulled by nobody rather than by everybody.
NOBODY: Final = ""


class Policy(StrEnum):
    """Who may push an event; the text is what the documented table says."""

    ANY_DEVICE = "any enrolled device"
    APPLICANT_ID = (
        "any device; an applicant id, once used, only by the device that used it "
        "(the same NIK from another device becomes an alias)"
    )
    REGISTRANT = "only the device that registered the person under that id (canonical or alias)"
    OWN_KEY = "only for a card signed by a trusted, unrevoked key of the pushing device"
    ISSUER_SITE = "a device of the site whose device's key signed the card"
    OWNER_DEVICE = "any device for a new id; afterwards only the device that created it"
    OWNER_SITE = "any device for a new id (its site owns it); afterwards only that site"
    SITE_ADMIN = (
        "a device of the owner site (its own site for a new id); `by`, when given, must be an "
        "active admin of that site (a change without it is audited)"
    )
    ITSELF = "only the key the pushing device enrolled with"
    OWN_CERTIFICATE = (
        "only a certificate signed by the pushing device's own trusted key, for its own site, "
        "numbered for that key"
    )
    OWN_ASSESSMENT = (
        "only a record signed by the pushing device's own trusted key, for its own site; never "
        "changed: a correction supersedes a record of its own site, once"
    )
    CERTIFICATE_SITE = "a device of the site that issued the certificate"

    JOB_SEEKER = (
        "only a device that holds the person (its own applicant id or an alias it used); "
        "the newest registration wins"
    )
    APPLICATION = (
        "any device for a new id, for an open published vacancy; afterwards only the device "
        "that created it"
    )
    FOLLOWUP = (
        "only a device that holds the person, for a class the person was enrolled in or "
        "checked in to, while the survey is open; an answer id, once stored, only by the "
        "device that created it (never changed)"
    )


class Scope(StrEnum):
    """Which kiosks receive a change on pull."""

    EVERY_KIOSK = "every kiosk"
    OWNER_SITE = "kiosks of the owner site only"
    NOT_PULLED = "nobody (kept on the server)"
    PROVINCE = "kiosks of sites in the vacancy's province (`kiosk-server site-region`)"


@dataclass(frozen=True)
class Rule:
    entity: str
    op: str
    policy: Policy
    pulled_as: str  # the change kind kiosks receive, "" for none
    scope: Scope


# The authority table. An entity and op not listed is refused (`unsupported op`). Every
# payload's `device_id`, where it has one, must be the pushing device (`wrong_device`).
RULES: Final[tuple[Rule, ...]] = (
    Rule("applicant", "create", Policy.APPLICANT_ID, "applicant_alias", Scope.OWNER_SITE),
    Rule("applicant", "erase", Policy.REGISTRANT, "", Scope.NOT_PULLED),
    Rule("card", "create", Policy.OWN_KEY, "", Scope.NOT_PULLED),
    Rule("card", "revoke", Policy.ISSUER_SITE, "card_revocation", Scope.EVERY_KIOSK),
    Rule("attendance_event", "create", Policy.ANY_DEVICE, "", Scope.NOT_PULLED),
    Rule("attendance", "create", Policy.ANY_DEVICE, "", Scope.NOT_PULLED),
    Rule("enrolment", "create", Policy.OWNER_DEVICE, "enrolment", Scope.OWNER_SITE),
    Rule("training_provider", "create", Policy.OWNER_SITE, "training_provider", Scope.EVERY_KIOSK),
    Rule("training_program", "create", Policy.OWNER_SITE, "training_program", Scope.EVERY_KIOSK),
    Rule("training_session", "create", Policy.OWNER_SITE, "training_session", Scope.EVERY_KIOSK),
    Rule("staff_account", "create", Policy.SITE_ADMIN, "staff_account", Scope.OWNER_SITE),
    Rule("staff_account", "disable", Policy.SITE_ADMIN, "staff_account", Scope.OWNER_SITE),
    Rule("device_key", "create", Policy.ITSELF, "device_key", Scope.EVERY_KIOSK),
    # Kept as events only (the audit trail), whatever their op.
    Rule("staff_login", "*", Policy.ANY_DEVICE, "", Scope.NOT_PULLED),
    Rule("audit_event", "*", Policy.ANY_DEVICE, "", Scope.NOT_PULLED),
    Rule("sync_rejected_change", "create", Policy.ANY_DEVICE, "", Scope.NOT_PULLED),
    Rule("certificate", "create", Policy.OWN_CERTIFICATE, "", Scope.NOT_PULLED),
    Rule("assessment_record", "create", Policy.OWN_ASSESSMENT, "", Scope.NOT_PULLED),
    Rule("certificate_annotation", "create", Policy.CERTIFICATE_SITE, "", Scope.NOT_PULLED),
    # Placement (docs/placement.md): stages are set at the server and go back to the site.
    Rule("job_seeker", "create", Policy.JOB_SEEKER, "", Scope.NOT_PULLED),
    Rule("job_application", "create", Policy.APPLICATION, "job_application", Scope.OWNER_SITE),
    # Follow-up surveys after training; verified at the server (`kiosk-server followup`).
    Rule("followup_answer", "create", Policy.FOLLOWUP, "", Scope.NOT_PULLED),
)
_RULES: Final = {(rule.entity, rule.op): rule for rule in RULES}

# Changes the server itself publishes (operator actions, enrolment), not from one event.
SERVER_CHANGES: Final[dict[str, Scope]] = {
    "device_key": Scope.EVERY_KIOSK,  # also written at enrolment
    "key_revocation": Scope.EVERY_KIOSK,  # so that any kiosk still checks any card
    "card_revocation": Scope.EVERY_KIOSK,  # also `kiosk-server revoke-card`
    # The issuer of a card printed before card ids named their key (server/cards.py).
    "card_binding": Scope.EVERY_KIOSK,
    # Signed by the server's trust key, so that any kiosk checks any certificate offline
    # (server/certificates.py, docs/certificates.md).
    "certificate_trust": Scope.EVERY_KIOSK,
    "certificate_revocation": Scope.EVERY_KIOSK,
    # Certification schemes (`kiosk-server publish-scheme`, server/assessments.py).
    "assessment_scheme": Scope.EVERY_KIOSK,
    # Vacancies: published by the operator (`kiosk-server import-vacancies`) or staff.
    "vacancy": Scope.PROVINCE,
}


class NotAuthorized(Exception):
    """The pushing device may not do this; ``reason`` goes back to the kiosk."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Actor:
    """The authenticated device an event comes from."""

    device_id: str
    site: str
    key_id: str

    @classmethod
    def of(cls, device: Device) -> Actor:
        return cls(device_id=device.id, site=device.site, key_id=device.key_id)


def rule_for(entity: str, op: str) -> Rule | None:
    return _RULES.get((entity, op)) or _RULES.get((entity, "*"))


def check_itself(actor: Actor, payload: dict[str, Any]) -> None:
    """A device pushes only as itself, also inside the payload."""
    if payload.get("device_id", actor.device_id) != actor.device_id:
        raise NotAuthorized(WRONG_DEVICE)


def pull_site(kind: str, owner_site: str | None) -> str | None:
    """The `change_log.site` of a change: None reaches every kiosk."""
    scope = SERVER_CHANGES.get(kind)
    if scope is None:
        scope = next(rule.scope for rule in RULES if rule.pulled_as == kind)
    if scope is Scope.EVERY_KIOSK:
        return None
    return owner_site or NOBODY


# The `change_log.site` of a change for the kiosks of one province's sites. Site codes never
# contain ":", so no site can be mistaken for a province.
PROVINCE_PREFIX: Final = "province:"


def province_site(province_code: str) -> str:
    return PROVINCE_PREFIX + province_code


def check_registrant(session: Session, actor: Actor, applicant_id: str) -> None:
    """An applicant id is this device's own: it registered the person under it, or nobody
    has used the id yet (an erasure of an id never uploaded changes nothing)."""
    person_device = session.scalar(select(Person.device_id).where(Person.id == applicant_id))
    if person_device is not None:
        if person_device != actor.device_id:
            raise NotAuthorized(NOT_OWNER)
        return
    alias = session.get(ApplicantAlias, applicant_id)
    if alias is not None and alias.device_id != actor.device_id:
        raise NotAuthorized(NOT_OWNER)


def check_card_create(session: Session, actor: Actor, card_id: str, key_id: str) -> None:
    key = session.get(TrustedKey, key_id)
    if key is None or key.device_id != actor.device_id or key.revoked_at is not None:
        raise NotAuthorized(NOT_OWN_KEY)
    stored_key = session.scalar(select(Card.key_id).where(Card.id == card_id))
    if stored_key is not None and stored_key != key_id:
        raise NotAuthorized(NOT_OWNER)


def check_card_revoke(session: Session, actor: Actor, card_id: str) -> None:
    key_id = session.scalar(select(Card.key_id).where(Card.id == card_id))
    if key_id is None:
        # Revoking a card no kiosk uploaded would revoke it everywhere unchecked.
        raise NotAuthorized(UNKNOWN_CARD)
    issuer_site = session.scalar(
        select(Device.site)
        .join(TrustedKey, TrustedKey.device_id == Device.id)
        .where(TrustedKey.key_id == key_id)
    )
    if issuer_site != actor.site:
        raise NotAuthorized(NOT_OWNER)


def check_reference(
    session: Session, actor: Actor, rule: Rule, record_id: str
) -> ReferenceRecord | None:
    """The stored record when this device may change it, None for a new id; a record id
    first created by one site (or device) is never overwritten by another."""
    existing = session.get(ReferenceRecord, (rule.entity, record_id))
    if existing is None:
        return None
    if rule.policy is Policy.OWNER_DEVICE:
        if existing.device_id != actor.device_id:
            raise NotAuthorized(NOT_OWNER)
    elif existing.site != actor.site:
        raise NotAuthorized(NOT_OWNER)
    return existing


def check_site_admin(session: Session, actor: Actor, acting: object) -> bool:
    """A staff account changes only at a device of its own site (checked before this). When
    the payload names the acting admin in ``by``, that must be an active admin of the
    device's site; True means the change named none.

    Kiosks before 0.2 and `kiosk add-staff` name no admin. Refusing those would strand
    accounts made before the upgrade, and would not stop an insider either: every device of
    a site holds its admins' ids. So such a change is accepted from the site's own device
    and written to the audit log for a person to look at."""
    if acting is None:
        return True
    if not is_uuid(acting):
        raise NotAuthorized(NOT_SITE_ADMIN)
    record = session.get(ReferenceRecord, ("staff_account", acting))
    if record is None or record.site != actor.site or not _active_admin(record.data):
        raise NotAuthorized(NOT_SITE_ADMIN)
    return False


def _site_admins(session: Session, site: str) -> list[str]:
    rows = session.execute(
        select(ReferenceRecord.id, ReferenceRecord.data).where(
            ReferenceRecord.kind == "staff_account", ReferenceRecord.site == site
        )
    )
    return [row.id for row in rows if _active_admin(row.data)]


def _active_admin(data: dict[str, Any]) -> bool:
    return data.get("role") == "admin" and data.get("active", True) is True


WRONG_ISSUER: Final = "wrong_issuer"
WRONG_SITE: Final = "wrong_site"


def check_certificate_create(
    session: Session, actor: Actor, key_id: str, number_binds: bool, site: str, number: str
) -> None:
    """A kiosk issues certificates only under its own trusted, unrevoked key, for its own
    site, with a number made for that key; a number once stored stays with its device."""
    key = session.get(TrustedKey, key_id)
    if (
        key_id != actor.key_id
        or key is None
        or key.device_id != actor.device_id
        or key.revoked_at is not None
    ):
        raise NotAuthorized(NOT_OWN_KEY)
    if not number_binds:
        raise NotAuthorized(WRONG_ISSUER)
    if site != actor.site:
        raise NotAuthorized(WRONG_SITE)
    stored = session.scalar(
        select(IssuedCertificate.device_id).where(IssuedCertificate.id == number)
    )
    if stored is not None and stored != actor.device_id:
        raise NotAuthorized(NOT_OWNER)


ALREADY_SUPERSEDED: Final = "already_superseded"
UNKNOWN_RECORD: Final = "unknown_record"


def check_assessment_create(
    session: Session, actor: Actor, key_id: str, site: str, supersedes: str | None
) -> None:
    """A kiosk signs assessment records only with its own trusted, unrevoked key, for its own
    site; a correction supersedes a record of the same site that nothing superseded yet."""
    key = session.get(TrustedKey, key_id)
    if (
        key_id != actor.key_id
        or key is None
        or key.device_id != actor.device_id
        or key.revoked_at is not None
    ):
        raise NotAuthorized(NOT_OWN_KEY)
    if site != actor.site:
        raise NotAuthorized(WRONG_SITE)
    if supersedes is None:
        return
    old = session.get(AssessmentRecord, supersedes)
    if old is None:
        raise NotAuthorized(UNKNOWN_RECORD)
    if old.site != actor.site:
        raise NotAuthorized(NOT_OWNER)
    taken = session.scalar(
        select(AssessmentRecord.id).where(AssessmentRecord.supersedes == supersedes)
    )
    if taken is not None:
        raise NotAuthorized(ALREADY_SUPERSEDED)


def check_certificate_site(session: Session, actor: Actor, certificate_id: str) -> None:
    site = session.scalar(
        select(IssuedCertificate.site).where(IssuedCertificate.id == certificate_id)
    )
    if site is None:
        raise NotAuthorized(UNKNOWN_RECORD)
    if site != actor.site:
        raise NotAuthorized(NOT_OWNER)


def check_own_key(actor: Actor, key_id: str) -> None:
    if key_id != actor.key_id:
        raise NotAuthorized(NOT_OWNER)


def markdown_table() -> str:
    """The authority table as docs/sync-protocol.md shows it (a test keeps them equal)."""
    lines = [
        "| entity | op | who may push it | pulled as | received by |",
        "|---|---|---|---|---|",
    ]
    for rule in RULES:
        pulled = f"`{rule.pulled_as}`" if rule.pulled_as else "—"
        lines.append(
            f"| `{rule.entity}` | `{rule.op}` | {rule.policy.value} | {pulled} | {rule.scope.value} |"
        )
    for kind, scope in SERVER_CHANGES.items():
        lines.append(
            f"| (server) | — | the central operator or enrolment | `{kind}` | {scope.value} |"
        )
    return "\n".join(lines)

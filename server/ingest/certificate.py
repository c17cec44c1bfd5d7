"""Certificates a kiosk issued: checked against the signed credential itself, then stored
with the credential sealed (it holds the holder's name) and the figures readable."""

from __future__ import annotations

from kiosk.domain.certificate import KIND_COMPETENCY, parse, signature_ok
from kiosk.domain.certificate_code import id_binds
from kiosk.sync.protocol import WireEvent
from server import authority
from server.db import insert_ignoring_conflicts
from server.ingest.base import ACCEPTED, Context, Outcome, Rejected
from server.models import IssuedCertificate, TrustedKey
from server.secrets import secrets_of


def handle(ctx: Context, event: WireEvent) -> Outcome:
    payload = event.payload
    signed = parse(payload["credential"])
    if signed is None:
        raise Rejected("credential: not a certificate credential")
    certificate = signed.certificate
    if signed.key_id != payload["key_id"] or certificate.number != payload["id"]:
        raise Rejected("credential: does not match the event")
    if certificate.kind != payload["kind"]:
        raise Rejected("credential: kind does not match the event")
    session = ctx.session
    authority.check_certificate_create(
        session,
        ctx.actor,
        signed.key_id,
        id_binds(certificate.certificate_id, signed.key_id),
        certificate.site,
        certificate.number,
    )
    key = session.get(TrustedKey, signed.key_id)
    assert key is not None  # checked above
    if not signature_ok(bytes.fromhex(key.public_key), signed.signature, signed.signed_message):
        raise Rejected("credential: signature does not verify")
    claims = dict(certificate.claims)
    competency = certificate.kind == KIND_COMPETENCY
    sealed = secrets_of(session).personal.seal(
        {"credential": payload["credential"]}, where=f"certificate/{certificate.number}"
    )
    insert_ignoring_conflicts(
        session,
        IssuedCertificate.__table__,  # type: ignore[arg-type]
        [
            {
                "id": certificate.number,
                "kind": certificate.kind,
                "site": certificate.site,
                "device_id": ctx.actor.device_id,
                "key_id": signed.key_id,
                "applicant_id": payload["applicant_id"],
                "session_id": payload.get("session_id"),
                "scheme": str(claims.get("scheme"))[:64] if competency else None,
                "result": str(claims.get("result"))[:4] if competency else None,
                "issued_on": certificate.issued,
                "valid_until": certificate.valid_until,
                "sealed": sealed,
                "received_at": ctx.batch.received_at,
            }
        ],
    )
    ctx.touched.add(payload["applicant_id"])
    return ACCEPTED

"""The words of a certificate verdict, in Bahasa Indonesia and English (kiosk.i18n)."""

from __future__ import annotations

from typing import Final

from kiosk.domain.certificate import (
    KIND_COMPLETION,
    Certificate,
    Outcome,
    Reason,
    Verdict,
)
from kiosk.i18n import Message, define, msg

define("certificate.outcome.valid", id="SERTIFIKAT SAH", en="VALID CERTIFICATE")
define("certificate.outcome.invalid", id="SERTIFIKAT TIDAK SAH", en="INVALID CERTIFICATE")
define("certificate.outcome.cannot_tell", id="TIDAK DAPAT DIPASTIKAN", en="CANNOT TELL")
define(
    "certificate.reason.valid",
    id="Diterbitkan oleh penerbit tepercaya dan tidak dicabut.",
    en="Issued by a trusted issuer and not revoked.",
)
define(
    "certificate.reason.malformed",
    id="Kode ini bukan sertifikat Kios3in1 atau terbaca tidak lengkap. Coba pindai lagi.",
    en="This code is not a Kios3in1 certificate or was read incompletely. Try scanning again.",
)
define(
    "certificate.reason.bad_signature",
    id="Tanda tangan tidak cocok: isi sertifikat telah diubah atau palsu.",
    en="The signature does not match: the certificate was altered or forged.",
)
define(
    "certificate.reason.unknown_issuer",
    id="Penerbit sertifikat ini tidak ada dalam daftar penerbit tepercaya.",
    en="The certificate's issuer is not on the list of trusted issuers.",
)
define(
    "certificate.reason.issuer_revoked",
    id="Kunci penerbit sertifikat ini sudah dicabut; minta sertifikat baru dari penyelenggara.",
    en="The issuer's key has been revoked; ask the provider for a new certificate.",
)
define(
    "certificate.reason.wrong_issuer",
    id="Sertifikat ini ditandatangani oleh kios yang tidak menerbitkannya: palsu.",
    en="This certificate was signed by a kiosk that did not issue it: forged.",
)
define(
    "certificate.reason.revoked",
    id="Sertifikat ini sudah dicabut.",
    en="This certificate has been revoked.",
)
define(
    "certificate.reason.expired",
    id="Sertifikat ini sudah tidak berlaku sejak {valid_until}.",
    en="This certificate expired on {valid_until}.",
)
define(
    "certificate.reason.stale",
    id=(
        "Daftar penerbit berumur {trust_days} hari dan daftar pencabutan {revocation_days} hari:"
        " terlalu lama untuk memastikan. Sinkronkan kios lalu periksa lagi."
    ),
    en=(
        "The issuer list is {trust_days:# day|# days} old and the revocation list"
        " {revocation_days:# day|# days}: too old to be sure. Synchronise the kiosk and check again."
    ),
)
define(
    "certificate.reason.no_trust_list",
    id="Kios ini belum menerima daftar penerbit tepercaya. Sinkronkan kios lalu periksa lagi.",
    en="This kiosk has not received the trusted issuer list yet. Synchronise and check again.",
)
define("certificate.kind.completion", id="Sertifikat pelatihan", en="Training certificate")
define("certificate.kind.competency", id="Sertifikat kompetensi", en="Competency certificate")
define(
    "certificate.summary.completion",
    id="{holder} telah menyelesaikan {programme} ({hours} jam) di {provider}, {start}–{end};"
    " kehadiran {attendance_pct}%.",
    en="{holder} completed {programme} ({hours:# hour|# hours}) at {provider}, {start}–{end};"
    " attendance {attendance_pct}%.",
)
define(
    "certificate.summary.competency",
    id="{holder}: {result} pada skema {scheme} {scheme_title}; {lsp}, {tuk}.",
    en="{holder}: {result} in scheme {scheme} {scheme_title}; {lsp}, {tuk}.",
)

_HEADLINES: Final = {
    Outcome.VALID: "certificate.outcome.valid",
    Outcome.INVALID: "certificate.outcome.invalid",
    Outcome.CANNOT_TELL: "certificate.outcome.cannot_tell",
}
_REASONS: Final = {
    Reason.VALID: "certificate.reason.valid",
    Reason.MALFORMED: "certificate.reason.malformed",
    Reason.BAD_SIGNATURE: "certificate.reason.bad_signature",
    Reason.UNKNOWN_ISSUER: "certificate.reason.unknown_issuer",
    Reason.ISSUER_REVOKED: "certificate.reason.issuer_revoked",
    Reason.WRONG_ISSUER: "certificate.reason.wrong_issuer",
    Reason.REVOKED: "certificate.reason.revoked",
    Reason.EXPIRED: "certificate.reason.expired",
    Reason.STALE: "certificate.reason.stale",
    Reason.NO_TRUST_LIST: "certificate.reason.no_trust_list",
}
_UNKNOWN_AGE: Final = "?"


def headline(verdict: Verdict) -> Message:
    return msg(_HEADLINES[verdict.outcome])


def reason(verdict: Verdict) -> Message:
    code = _REASONS[verdict.reason]
    if verdict.reason is Reason.EXPIRED and verdict.certificate is not None:
        until = verdict.certificate.valid_until
        return msg(code, valid_until="" if until is None else until.strftime("%d-%m-%Y"))
    if verdict.reason is Reason.STALE:
        return msg(
            code,
            trust_days=_days(verdict.trust_age_days),
            revocation_days=_days(verdict.revocation_age_days),
        )
    return msg(code)


def _days(value: int | None) -> int | str:
    # An int, so that the English text picks "1 day" or "N days".
    return _UNKNOWN_AGE if value is None else value


def summary(certificate: Certificate) -> Message:
    """One sentence of what the certificate certifies (shown only after its signature held)."""
    claims = dict(certificate.claims)
    if certificate.kind == KIND_COMPLETION:
        return msg(
            "certificate.summary.completion",
            holder=certificate.holder,
            provider=certificate.provider,
            **{key: claims.get(key, "") for key in ("programme", "hours", "attendance_pct")},
            start=_date(claims.get("start")),
            end=_date(claims.get("end")),
        )
    return msg(
        "certificate.summary.competency",
        holder=certificate.holder,
        **{key: claims.get(key, "") for key in ("result", "scheme", "scheme_title")},
        lsp=labelled("LSP", claims.get("lsp")),
        tuk=labelled("TUK", claims.get("tuk")),
    )


def labelled(label: str, name: object) -> str:
    """``LSP Pariwisata`` for the LSP named "Pariwisata", but never "LSP LSP Pariwisata":
    most LSP and TUK names already start with their label."""
    text = " ".join(str(name or "").split())
    first = text.split(" ", 1)[0].rstrip(".:,").upper()
    return text if first == label else f"{label} {text}".strip()


def _date(value: object) -> str:
    if isinstance(value, str) and len(value) == 10:
        return f"{value[8:10]}-{value[5:7]}-{value[:4]}"
    return str(value or "")

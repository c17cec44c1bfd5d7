"""Certificate figures in the console: per site, kind and scheme (assessed, competent, not yet
competent, issued, revoked, expiring within 90 days) from the server's report code, filtered by
site and kind, limited to the viewer's sites, exported as exactly that view; and the
revocation of a certificate (admins only, CSRF, audited) through server.certificates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from kiosk.domain.certificate import KIND_COMPETENCY, KIND_COMPLETION
from kiosk.domain.certificate_code import CertificateCodeError, id_from_code, id_text
from kiosk.i18n import define
from server.audit import record
from server.certificate_report import COLUMNS, certificate_figures
from server.certificates import revoke_certificate
from server.console import lists
from server.console.export import FORMATS, download
from server.console.lists import Table
from server.console.scope import ConsoleRefused, Viewer
from server.console.web import CurrentViewer, check_csrf, language, now, page
from server.deps import SessionDep
from server.models import IssuedCertificate

define("console.nav.certificates", id="Sertifikat", en="Certificates")
define(
    "console.cert.title", id="Sertifikat per lokasi dan skema", en="Certificates by site and scheme"
)
define("console.cert.kind", id="Jenis", en="Kind")
define("console.cert.any_kind", id="semua jenis", en="every kind")
define("console.cert.kind.completion", id="pelatihan", en="completion")
define("console.cert.kind.competency", id="kompetensi", en="competency")
define("console.cert.col.site", id="Lokasi", en="Site")
define("console.cert.col.kind", id="Jenis", en="Kind")
define("console.cert.col.scheme", id="Skema", en="Scheme")
define("console.cert.col.assessed", id="Diases", en="Assessed")
define("console.cert.col.issued", id="Diterbitkan", en="Issued")
define("console.cert.col.competent", id="Kompeten", en="Competent")
define("console.cert.col.not_yet_competent", id="Belum kompeten", en="Not yet competent")
define("console.cert.col.revoked", id="Dicabut", en="Revoked")
define("console.cert.col.expiring_90_days", id="Habis ≤ 90 hari", en="Expiring ≤ 90 days")
define(
    "console.cert.note",
    id="Diases, kompeten dan belum kompeten: menurut catatan asesmen terbaru tiap peserta.",
    en="Assessed, competent and not yet competent: by each candidate's newest assessment record.",
)
define("console.cert.revoke.title", id="Cabut sertifikat", en="Revoke a certificate")
define(
    "console.cert.revoke.code",
    id="Kode atau nomor sertifikat",
    en="Certificate code or number",
)
define("console.cert.revoke.reason", id="Alasan (3–200 huruf)", en="Reason (3–200 characters)")
define("console.cert.revoke.submit", id="Cabut", en="Revoke")
define(
    "console.cert.revoke.hint",
    id="Kios menerima pencabutan pada sinkronisasi atau bundel USB berikutnya.",
    en="Kiosks receive the revocation on their next sync or USB bundle.",
)
define(
    "console.cert.revoke.done",
    id="Sertifikat {number} dicabut (pencabutan ke-{entry}).",
    en="Certificate {number} revoked (revocation {entry}).",
)
define(
    "console.cert.revoke.already",
    id="Sertifikat {number} sudah dicabut sebelumnya.",
    en="Certificate {number} was already revoked.",
)
define(
    "console.cert.revoke.unknown",
    id="Tidak ada sertifikat dengan kode itu di server.",
    en="No certificate with that code on the server.",
)
define(
    "console.cert.revoke.bad_reason",
    id="Tulis alasan (3–200 huruf).",
    en="Write a reason (3–200 characters).",
)

router = APIRouter()
KINDS = (KIND_COMPLETION, KIND_COMPETENCY)
# The report's column -> its heading's code (spelled out, so grep finds each code).
COLUMN_TEXT: dict[str, str] = {
    "site": "console.cert.col.site",
    "kind": "console.cert.col.kind",
    "scheme": "console.cert.col.scheme",
    "assessed": "console.cert.col.assessed",
    "issued": "console.cert.col.issued",
    "competent": "console.cert.col.competent",
    "not_yet_competent": "console.cert.col.not_yet_competent",
    "revoked": "console.cert.col.revoked",
    "expiring_90_days": "console.cert.col.expiring_90_days",
}
KIND_TEXT: dict[str, str] = {
    KIND_COMPLETION: "console.cert.kind.completion",
    KIND_COMPETENCY: "console.cert.kind.competency",
}
TABLE_COLUMNS = [COLUMN_TEXT[column] for column in COLUMNS]


@dataclass(frozen=True)
class CertificateFilter:
    """The page's filters from the query string; unknown values are ignored."""

    site: str = ""
    kind: str = ""

    @classmethod
    def of(cls, query: Mapping[str, str]) -> CertificateFilter:
        kind = query.get("kind", "")
        return cls(site=query.get("site", "").strip()[:40], kind=kind if kind in KINDS else "")

    def query(self, **changes: Any) -> dict[str, str]:
        values = {"site": self.site, "kind": self.kind}
        values.update({k: str(v) for k, v in changes.items()})
        return {k: v for k, v in values.items() if v}


def figures_table(session: Session, viewer: Viewer, wanted: CertificateFilter) -> Table:
    """The report's rows for this viewer's sites (narrowed to the filter's site; another
    site is refused) and kind, as the console's table."""
    rows = certificate_figures(
        session, now().date(), lambda column: viewer.narrowed(column, wanted.site)
    )
    shown = [
        {COLUMN_TEXT[column]: row[column] for column in COLUMNS}
        for row in rows
        if not wanted.kind or row["kind"] == wanted.kind
    ]
    return Table(TABLE_COLUMNS, shown, more=False)


def _page(
    request: Request, session: Session, viewer: Viewer, *, status: int = 200, **extra: Any
) -> Response:
    wanted = CertificateFilter.of(request.query_params)
    return page(
        request,
        "certificates.html",
        viewer,
        status=status,
        table=figures_table(session, viewer, wanted),
        query=wanted,
        kinds=KINDS,
        kind_text=KIND_TEXT,
        sites=lists.sites_in_scope(session, viewer),
        **extra,
    )


@router.get("/certificates")
def certificates_page(request: Request, session: SessionDep, viewer: CurrentViewer) -> Response:
    return _page(request, session, viewer)


@router.get("/certificates/export.{fmt}")
def certificates_export(
    request: Request, session: SessionDep, viewer: CurrentViewer, fmt: str
) -> Response:
    if fmt not in FORMATS:
        raise ConsoleRefused(404, "no_format")
    wanted = CertificateFilter.of(request.query_params)
    table = figures_table(session, viewer, wanted)
    record(
        session,
        "console_export",
        "done",
        site=wanted.site or None,
        detail={
            "user": viewer.user_id,
            "list": "certificates",
            "format": fmt,
            "rows": len(table.rows),
        },
    )
    return download(table, fmt, "certificates", language(request))


@router.post("/certificates/revoke")
def revoke(
    request: Request,
    session: SessionDep,
    viewer: CurrentViewer,
    code: Annotated[str, Form(max_length=60)] = "",
    reason: Annotated[str, Form(max_length=400)] = "",
    csrf: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Revoke one certificate everywhere (admins only): the signed entry and a new trust list
    reach every kiosk on its next pull or bundle. A code no kiosk uploaded is refused here
    (the command line can revoke ahead of the upload)."""
    check_csrf(viewer, csrf)
    # Refusals are audited by the console's handler, in a transaction of their own.
    if not viewer.is_admin:
        raise ConsoleRefused(403, "role")
    why = " ".join(reason.split())
    try:
        number = id_text(id_from_code(code))
    except CertificateCodeError:
        return _page(request, session, viewer, status=400, error="console.cert.revoke.unknown")
    if not 3 <= len(why) <= 200:
        return _page(request, session, viewer, status=400, error="console.cert.revoke.bad_reason")
    if session.get(IssuedCertificate, number) is None:
        return _page(request, session, viewer, status=404, error="console.cert.revoke.unknown")
    row, new = revoke_certificate(session, number, why, now())
    if new:
        record(
            session,
            "revoke_certificate",
            "done",
            reason=why,
            detail={
                "certificate_id": number,
                "number": row.number,
                "via": "console",
                "user": viewer.user_id,
            },
        )
    done = "console.cert.revoke.done" if new else "console.cert.revoke.already"
    return _page(request, session, viewer, notice=(done, {"number": number, "entry": row.number}))

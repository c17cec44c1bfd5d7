"""Public certificate verification, no login: the /verify page (type the short code or paste
the QR text) and the same verdict as JSON for employers' systems (docs/certificates.md)."""

from __future__ import annotations

import html
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict, Field

from kiosk.domain import certificate_text
from kiosk.domain.certificate_code import CertificateCodeError
from kiosk.domain.clock import utc_now
from kiosk.i18n import LANGUAGES
from server.accounts import ApiError
from server.certificates import PublicVerdict, certificate_json, check
from server.deps import SessionDep
from server.errors import ERROR_RESPONSES, BadRequest

api = APIRouter(tags=["certificates"])
page = APIRouter(tags=["certificates"])

_MAX_TEXT = 2000


class NotFound(ApiError):
    def __init__(self, detail: str) -> None:
        super().__init__(404, "not_found", detail)


class VerifyRequest(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")

    text: str = Field(min_length=1, max_length=_MAX_TEXT, description="short code or QR text")


class VerifyReply(BaseModel):
    outcome: str  # valid, invalid, cannot_tell
    reason: str
    message: dict[str, str]  # the reason in Bahasa Indonesia and English
    certificate: dict[str, Any] | None = None


def _verdict(session: SessionDep, text: str) -> PublicVerdict:
    try:
        return check(session, text, utc_now())
    except CertificateCodeError as exc:
        raise BadRequest("bad_code", exc.render("en")) from None


def _reply(result: PublicVerdict) -> VerifyReply:
    verdict = result.verdict
    if verdict is None:
        raise NotFound("no certificate has this code; check the code on the paper")
    return VerifyReply(
        outcome=verdict.outcome.value,
        reason=verdict.reason.value,
        message={lang: certificate_text.reason(verdict).render(lang) for lang in LANGUAGES},
        certificate=None if verdict.certificate is None else certificate_json(verdict.certificate),
    )


_RESPONSES: dict[int | str, dict[str, Any]] = {**ERROR_RESPONSES, 404: ERROR_RESPONSES[400]}


@api.get("/certificates/verify", responses=_RESPONSES)
def verify_code(
    session: SessionDep, code: Annotated[str, Query(min_length=1, max_length=_MAX_TEXT)]
) -> VerifyReply:
    """The verdict on a certificate's short code (or its QR text)."""
    return _reply(_verdict(session, code))


@api.post("/certificates/verify", responses=_RESPONSES)
def verify_text(session: SessionDep, body: VerifyRequest) -> VerifyReply:
    return _reply(_verdict(session, body.text))


_STYLE = """
body{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;font-size:1.15rem}
input[type=text]{width:100%;font-size:1.3rem;padding:.6rem;box-sizing:border-box}
button{font-size:1.3rem;padding:.6rem 1.4rem;margin-top:.6rem}
.verdict{padding:1rem;border-radius:.5rem;margin-top:1.2rem;color:#fff}
.valid{background:#1b7f3b}.invalid{background:#b3261e}.cannot_tell{background:#8a5a00}
.verdict h2{margin:0 0 .4rem 0;font-size:1.8rem}
"""

_LABELS = {
    "id": {
        "title": "Periksa sertifikat",
        "prompt": "Ketik kode di bawah kode QR, atau tempel teks kode QR:",
        "check": "Periksa",
        "not_found": "Tidak ada sertifikat dengan kode ini. Periksa kode pada kertas.",
        "other": "English",
    },
    "en": {
        "title": "Check a certificate",
        "prompt": "Type the code printed under the QR code, or paste the QR code's text:",
        "check": "Check",
        "not_found": "No certificate has this code. Check the code on the paper.",
        "other": "Bahasa Indonesia",
    },
}


@page.get("/verify", response_class=HTMLResponse, include_in_schema=False)
def verify_page(
    session: SessionDep,
    code: Annotated[str | None, Query(max_length=_MAX_TEXT)] = None,
    lang: Annotated[str, Query(pattern="^(id|en)$")] = "id",
) -> HTMLResponse:
    labels = _LABELS[lang]
    other = "en" if lang == "id" else "id"
    body = [
        f"<h1>{labels['title']}</h1>",
        '<form method="get" action="/verify">',
        f'<label for="code">{labels["prompt"]}</label>',
        f'<input type="text" id="code" name="code" autocomplete="off" value="{html.escape(code or "")}">',
        f'<input type="hidden" name="lang" value="{lang}">',
        f'<button type="submit">{labels["check"]}</button>',
        "</form>",
        f'<p><a href="/verify?lang={other}">{labels["other"]}</a></p>',
    ]
    status = 200
    if code and code.strip():
        try:
            result = check(session, code, utc_now())
        except CertificateCodeError as exc:
            body.append(
                f'<div class="verdict invalid"><p>{html.escape(exc.render(lang))}</p></div>'
            )
            status = 400
        else:
            body.append(_verdict_html(result, lang, labels))
            status = 200 if result.verdict is not None else 404
    document = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{labels['title']}</title><style>{_STYLE}</style></head>"
        f"<body>{''.join(body)}</body></html>"
    )
    return HTMLResponse(document, status_code=status)


def _verdict_html(result: PublicVerdict, lang: str, labels: dict[str, str]) -> str:
    verdict = result.verdict
    if verdict is None:
        return f'<div class="verdict invalid"><p>{labels["not_found"]}</p></div>'
    parts = [
        f'<div class="verdict {verdict.outcome.value}">',
        f"<h2>{html.escape(certificate_text.headline(verdict).render(lang))}</h2>",
        f"<p>{html.escape(certificate_text.reason(verdict).render(lang))}</p>",
    ]
    if verdict.certificate is not None:
        summary = certificate_text.summary(verdict.certificate).render(lang)
        parts.append(f"<p><strong>{html.escape(summary)}</strong></p>")
        parts.append(f"<p>{html.escape(verdict.certificate.code)}</p>")
    parts.append("</div>")
    return "".join(parts)

"""Public certificate verification, no login: the /verify page (type the short code, paste
the QR text or upload a photo of the QR code) and the same verdict as JSON for employers'
systems (docs/certificates.md)."""

from __future__ import annotations

import html
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from kiosk.domain import certificate_text
from kiosk.domain.certificate_code import CertificateCodeError
from kiosk.domain.clock import utc_now
from kiosk.i18n import LANGUAGES
from server.accounts import ApiError
from server.certificates import PublicVerdict, certificate_json, check
from server.deps import SessionDep
from server.errors import ERROR_RESPONSES, BadRequest
from server.qr_photo import MAX_UPLOAD_BYTES, PhotoError, photo_supported, read_qr_text

api = APIRouter(tags=["certificates"])
page = APIRouter(tags=["certificates"])

_MAX_TEXT = 2000
_FORM_OVERHEAD = 16 * 1024  # multipart boundaries, headers and the lang field


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


async def _uploaded_photo(request: Request) -> bytes:
    """The `photo` field of a multipart upload, read only when the declared length is within
    the limit (the HTTP server never delivers more body than Content-Length declares)."""
    declared = request.headers.get("content-length", "")
    if not declared.isdigit():
        raise ApiError(411, "length_required", "send the photo with a Content-Length")
    if int(declared) > MAX_UPLOAD_BYTES + _FORM_OVERHEAD:
        raise ApiError(413, "too_large", f"a photo may have at most {MAX_UPLOAD_BYTES} bytes")
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type != "multipart/form-data":
        raise ApiError(415, "not_multipart", "send the photo as multipart/form-data, field photo")
    try:
        form = await request.form(max_files=1, max_fields=2)
    except HTTPException as exc:
        raise BadRequest("bad_form", str(exc.detail)) from None
    try:
        photo = form.get("photo")
        if not isinstance(photo, UploadFile):
            raise BadRequest("no_photo", "the form has no file in the field photo")
        return await photo.read(MAX_UPLOAD_BYTES + 1)
    finally:
        await form.close()


async def _photo_text(request: Request) -> str:
    data = await _uploaded_photo(request)
    try:
        return await run_in_threadpool(read_qr_text, data)
    except PhotoError as exc:
        raise ApiError(exc.status, exc.code, exc.detail) from None


@api.post(
    "/certificates/verify-photo",
    responses=_RESPONSES,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {"photo": {"type": "string", "format": "binary"}},
                        "required": ["photo"],
                    }
                }
            },
            "description": f"a PNG or JPEG photo of the QR code, at most {MAX_UPLOAD_BYTES} bytes",
        }
    },
)
async def verify_photo(session: SessionDep, request: Request) -> VerifyReply:
    """The verdict on the QR code in a photo (multipart field `photo`, PNG or JPEG)."""
    text = await _photo_text(request)
    return _reply(await run_in_threadpool(_verdict, session, text))


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
        "photo": "Atau unggah foto kode QR (PNG atau JPEG):",
        "send_photo": "Periksa foto",
        "photo_refused": "Foto tidak dapat dibaca",
        "no_qr_code": "Tidak ada kode QR pada foto. Foto lagi lebih dekat, tajam dan terang, "
        "atau ketik kode di bawah kode QR.",
    },
    "en": {
        "title": "Check a certificate",
        "prompt": "Type the code printed under the QR code, or paste the QR code's text:",
        "check": "Check",
        "not_found": "No certificate has this code. Check the code on the paper.",
        "other": "Bahasa Indonesia",
        "photo": "Or upload a photo of the QR code (PNG or JPEG):",
        "send_photo": "Check the photo",
        "photo_refused": "The photo cannot be read",
        "no_qr_code": "No QR code found in the photo. Take it again closer, sharp and well lit, "
        "or type the code printed under the QR code.",
    },
}


def _page(lang: str, code: str, outcome_html: str | None, status: int) -> HTMLResponse:
    labels = _LABELS[lang]
    other = "en" if lang == "id" else "id"
    body = [
        f"<h1>{labels['title']}</h1>",
        '<form method="get" action="/verify">',
        f'<label for="code">{labels["prompt"]}</label>',
        f'<input type="text" id="code" name="code" autocomplete="off" value="{html.escape(code)}">',
        f'<input type="hidden" name="lang" value="{lang}">',
        f'<button type="submit">{labels["check"]}</button>',
        "</form>",
    ]
    if photo_supported():
        body += [
            f'<form method="post" action="/verify?lang={lang}" enctype="multipart/form-data">',
            f'<p><label for="photo">{labels["photo"]}</label></p>',
            '<input type="file" id="photo" name="photo" accept="image/png,image/jpeg">',
            f'<br><button type="submit">{labels["send_photo"]}</button>',
            "</form>",
        ]
    body.append(f'<p><a href="/verify?lang={other}">{labels["other"]}</a></p>')
    if outcome_html:
        body.append(outcome_html)
    document = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{labels['title']}</title><style>{_STYLE}</style></head>"
        f"<body>{''.join(body)}</body></html>"
    )
    return HTMLResponse(document, status_code=status)


def _checked_html(session: SessionDep, text: str, lang: str) -> tuple[str, int]:
    try:
        result = check(session, text, utc_now())
    except CertificateCodeError as exc:
        return f'<div class="verdict invalid"><p>{html.escape(exc.render(lang))}</p></div>', 400
    return _verdict_html(result, lang, _LABELS[lang]), 200 if result.verdict else 404


@page.get("/verify", response_class=HTMLResponse, include_in_schema=False)
def verify_page(
    session: SessionDep,
    code: Annotated[str | None, Query(max_length=_MAX_TEXT)] = None,
    lang: Annotated[str, Query(pattern="^(id|en)$")] = "id",
) -> HTMLResponse:
    if code and code.strip():
        outcome, status = _checked_html(session, code, lang)
        return _page(lang, code, outcome, status)
    return _page(lang, code or "", None, 200)


@page.post("/verify", response_class=HTMLResponse, include_in_schema=False)
async def verify_page_photo(session: SessionDep, request: Request) -> HTMLResponse:
    """The page's photo form: the verdict on the QR code in the photo, or why it was refused
    (the status stays the API's, 4xx, so a script sees the same as a person)."""
    lang = "en" if request.query_params.get("lang") == "en" else "id"
    try:
        data = await _uploaded_photo(request)
        text = await run_in_threadpool(read_qr_text, data)
    except (ApiError, PhotoError) as exc:
        labels = _LABELS[lang]
        message = labels["no_qr_code"] if exc.code == "no_qr_code" else exc.detail
        refused = (
            f'<div class="verdict invalid"><h2>{labels["photo_refused"]}</h2>'
            f"<p>{html.escape(message)}</p></div>"
        )
        return _page(lang, "", refused, exc.status)
    outcome, status = await run_in_threadpool(_checked_html, session, text, lang)
    return _page(lang, "", outcome, status)


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

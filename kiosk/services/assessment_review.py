"""What the staff screens of an assessment event show: who was judged what, whose competency
certificate is issued (with its BNSP number), the pages to print, and a certificate found by
its scanned QR code or typed short code."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from sqlalchemy import select

from kiosk.domain import assessment as a
from kiosk.domain.certificate import KIND_COMPETENCY, parse
from kiosk.domain.certificate_code import CertificateCodeError, id_from_code, id_text, short_code
from kiosk.i18n import msg
from kiosk.services.assessments import AssessmentError, AssessmentService, EventSummary, scheme_of
from kiosk.services.context import ServiceContext
from kiosk.store import models as m
from kiosk.sync import state


@dataclass(frozen=True)
class CompetencyRow:
    """A checked-in candidate: their current result (None: not judged) and certificate."""

    applicant_id: str
    full_name: str
    result: str | None
    certificate_id: str | None
    code: str  # the short code printed under the QR code, "" without a certificate
    bnsp_number: str

    @property
    def to_issue(self) -> bool:
        return self.result == a.COMPETENT and self.certificate_id is None


@dataclass(frozen=True)
class EventReview:
    event: EventSummary
    scheme: a.Scheme
    assessor_name: str
    rows: list[CompetencyRow]

    @property
    def to_issue(self) -> int:
        return sum(row.to_issue for row in self.rows)

    @property
    def issued(self) -> int:
        return sum(row.certificate_id is not None for row in self.rows)


@dataclass(frozen=True)
class PrintableCompetency:
    """A competency certificate's printed page: the credential and the same facts in words."""

    number: str
    code: str
    holder_name: str
    scheme: str
    scheme_title: str
    units: tuple[tuple[str, str, str], ...]  # (SKKNI code, title, K/BK)
    lsp: str
    tuk: str
    assessor: str
    assessed: str
    issued: str
    valid_until: str
    site: str
    credential: str
    verify_url: str


def event_review(ctx: ServiceContext, service: AssessmentService, event_id: str) -> EventReview:
    """Every checked-in candidate of the event by name, with their current result and
    competency certificate (issued at this event) and its BNSP number once entered."""
    with ctx.store.reading() as session:
        event = session.get(m.AssessmentEvent, event_id)
        if event is None:
            raise AssessmentError(msg("assess.event_unknown"))
        scheme_row = session.get(m.AssessmentScheme, event.scheme)
        if scheme_row is None:
            raise AssessmentError(msg("assess.scheme_unknown"))
        assessor = session.get(m.StaffAccount, event.assessor_id)
        certificates = {
            row.applicant_id: row
            for row in session.scalars(
                select(m.Certificate).where(
                    m.Certificate.session_id == event_id, m.Certificate.kind == KIND_COMPETENCY
                )
            )
        }
        people = session.execute(
            select(m.Applicant.id, m.Applicant.full_name)
            .join(m.AssessmentCandidate, m.AssessmentCandidate.applicant_id == m.Applicant.id)
            .where(m.AssessmentCandidate.event_id == event_id)
            .order_by(m.Applicant.full_name)
        ).all()
        rows = []
        for applicant_id, name in people:
            current = service.current(session, event_id, applicant_id)
            certificate = certificates.get(applicant_id)
            bnsp = (
                None
                if certificate is None
                else session.get(m.CertificateBnspNumber, certificate.id)
            )
            rows.append(
                CompetencyRow(
                    applicant_id=applicant_id,
                    full_name=name,
                    result=None if current is None else current.result,
                    certificate_id=None if certificate is None else certificate.id,
                    code=""
                    if certificate is None
                    else short_code(base64.b32decode(certificate.id)),
                    bnsp_number="" if bnsp is None else bnsp.bnsp_number,
                )
            )
        summary = EventSummary(event.id, event.scheme, event.day, event.tuk, event.assessor_id)
        name = "" if assessor is None else assessor.display_name
        return EventReview(summary, scheme_of(scheme_row), name, rows)


def printable_competency(ctx: ServiceContext, event_id: str) -> list[PrintableCompetency]:
    """The event's competency certificates ready to print, by holder name."""
    with ctx.store.reading() as session:
        url = session.get(m.KioskSetting, state.SERVER_URL)
        verify_url = f"{url.value.rstrip('/')}/verify" if url is not None and url.value else ""
        rows = session.scalars(
            select(m.Certificate)
            .where(m.Certificate.session_id == event_id, m.Certificate.kind == KIND_COMPETENCY)
            .order_by(m.Certificate.holder_name)
        ).all()
        titles: dict[str, dict[str, str]] = {}
        pages = []
        for row in rows:
            claims = row.claims
            scheme = str(claims.get("scheme", ""))
            if scheme not in titles:
                scheme_row = session.get(m.AssessmentScheme, scheme)
                titles[scheme] = (
                    {}
                    if scheme_row is None
                    else {u.code: u.title for u in scheme_of(scheme_row).units}
                )
            units = tuple(
                (str(code), titles[scheme].get(str(code), ""), str(mark))
                for code, mark in claims.get("units", [])
            )
            pages.append(
                PrintableCompetency(
                    number=row.id,
                    code=short_code(base64.b32decode(row.id)),
                    holder_name=row.holder_name,
                    scheme=scheme,
                    scheme_title=str(claims.get("scheme_title", row.title)),
                    units=units,
                    lsp=str(claims.get("lsp", row.provider)),
                    tuk=str(claims.get("tuk", "")),
                    assessor=str(claims.get("assessor", "")),
                    assessed=str(claims.get("assessed", "")),
                    issued=row.issued_on.isoformat(),
                    valid_until="" if row.valid_until is None else row.valid_until.isoformat(),
                    site=row.site,
                    credential=row.credential,
                    verify_url=verify_url,
                )
            )
        return pages


@dataclass(frozen=True)
class FoundCertificate:
    certificate_id: str
    event_id: str


def find_competency(ctx: ServiceContext, text: str) -> FoundCertificate:
    """A competency certificate of this kiosk by its scanned QR text, short code or number.
    Only finds it: whether the credential is genuine is the verdict's business."""
    signed = parse(text)
    try:
        raw = signed.certificate.certificate_id if signed is not None else id_from_code(text)
    except CertificateCodeError:
        raise AssessmentError(msg("assess.certificate_unknown")) from None
    number = id_text(raw)
    with ctx.store.reading() as session:
        row = session.get(m.Certificate, number)
        if row is None or row.kind != KIND_COMPETENCY or row.session_id is None:
            raise AssessmentError(msg("assess.certificate_unknown"))
        return FoundCertificate(row.id, row.session_id)

"""The candidate list of an assessment in the layout an LSP sends to BNSP, as CSV or XLSX
(columns in docs/certificates.md, "BNSP candidate list")."""

from __future__ import annotations

import contextlib
import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy import select

from kiosk.domain import assessment as a
from kiosk.domain.certificate import KIND_COMPETENCY
from kiosk.i18n import define, msg
from kiosk.services.assessments import AssessmentError, AssessmentService
from kiosk.services.audit import AuditAction, audit
from kiosk.services.context import ServiceContext
from kiosk.services.staff import Action, StaffUser, authorize
from kiosk.store import models as m
from kiosk.sync.xlsx import write_xlsx

# Indonesian headers, as the LSP's template; one row per candidate checked in.
COLUMNS: Final = (
    "No",
    "Nama Lengkap",
    "NIK",
    "Tempat Lahir",
    "Tanggal Lahir",
    "Jenis Kelamin",
    "No HP",
    "Email",
    "Pendidikan Terakhir",
    "Kode Skema",
    "Judul Skema",
    "LSP",
    "TUK",
    "Tanggal Uji",
    "Asesor",
    "Unit K",
    "Unit BK",
    "Rekomendasi",
    "Catatan",
    "Nomor Sertifikat Kios",
    "Berlaku Sampai",
    "Nomor Sertifikat BNSP",
)
_RESULT_WORDS: Final = {a.COMPETENT: "K", a.NOT_YET_COMPETENT: "BK"}
# A scheme number may hold "/" and spaces (docs/certificates.md): not in a file name.
_SAFE: Final = re.compile(r"[^A-Za-z0-9.-]+")

define(
    "assess.export_nobody",
    id="Belum ada peserta yang hadir di asesmen ini: tidak ada yang diekspor.",
    en="Nobody is checked in at this assessment yet: nothing was exported.",
)
define(
    "assess.export_failed",
    id="Tidak dapat menulis ke folder yang dipilih (apakah flashdisk masih terpasang?)."
    " Tidak ada yang diekspor.",
    en="Could not write to the chosen folder (is the USB drive still plugged in?)."
    " Nothing was exported.",
)


def bnsp_rows(ctx: ServiceContext, event_id: str, *, staff: StaffUser) -> list[list[str]]:
    """Header and one row per checked-in candidate (the newest record counts; a candidate
    not yet judged has empty result columns). Holds personal data: audited."""
    authorize(staff, Action.RUN_ASSESSMENT)
    rows = _rows(ctx, event_id)
    _audit(ctx, event_id, staff, len(rows) - 1)
    return rows


def _rows(ctx: ServiceContext, event_id: str) -> list[list[str]]:
    records = {r.applicant_id: r for r in AssessmentService(ctx).current_records(event_id)}
    cipher = ctx.store.cipher
    rows: list[list[str]] = [list(COLUMNS)]
    with ctx.store.transaction() as session:
        event = session.get(m.AssessmentEvent, event_id)
        if event is None:
            raise AssessmentError(msg("assess.event_unknown"))
        scheme = session.get(m.AssessmentScheme, event.scheme)
        assessor = session.get(m.StaffAccount, event.assessor_id)
        people = session.scalars(
            select(m.Applicant)
            .join(m.AssessmentCandidate, m.AssessmentCandidate.applicant_id == m.Applicant.id)
            .where(m.AssessmentCandidate.event_id == event_id)
            .order_by(m.Applicant.full_name)
        ).all()
        for index, person in enumerate(people, start=1):

            def opened(field: str, sealed: str | None, person_id: str = person.id) -> str:
                return cipher.open_optional(sealed, row=person_id, field=field) or ""

            record = records.get(person.id)
            certificate = session.scalar(
                select(m.Certificate).where(
                    m.Certificate.session_id == event_id,
                    m.Certificate.applicant_id == person.id,
                    m.Certificate.kind == KIND_COMPETENCY,
                )
            )
            bnsp = (
                None
                if certificate is None
                else session.get(m.CertificateBnspNumber, certificate.id)
            )
            units = record.units if record else ()
            rows.append(
                [
                    str(index),
                    person.full_name,
                    opened("nik", person.nik_sealed),
                    person.birth_place,
                    person.birth_date.strftime("%d-%m-%Y"),
                    person.sex,
                    opened("phone", person.phone_sealed),
                    opened("email", person.email_sealed),
                    person.education_level,
                    event.scheme,
                    scheme.title if scheme else "",
                    scheme.lsp if scheme else "",
                    event.tuk,
                    event.day.strftime("%d-%m-%Y"),
                    assessor.display_name if assessor else "",
                    "; ".join(code for code, mark in units if mark == a.COMPETENT),
                    "; ".join(code for code, mark in units if mark == a.NOT_YET_COMPETENT),
                    _RESULT_WORDS.get(record.result, "") if record else "",
                    record.note if record else "",
                    certificate.id if certificate else "",
                    certificate.valid_until.strftime("%d-%m-%Y")
                    if certificate and certificate.valid_until
                    else "",
                    bnsp.bnsp_number if bnsp else "",
                ]
            )
    return rows


def _audit(ctx: ServiceContext, event_id: str, staff: StaffUser, count: int) -> None:
    with ctx.store.transaction() as session:
        audit(
            ctx,
            session,
            AuditAction.PERSONAL_DATA_EXPORTED,
            staff_id=staff.id,
            subject_type="assessment_event",
            subject_id=event_id,
            detail={"count": count, "what": "bnsp_candidate_list"},
        )


def write_csv(path: Path, rows: list[list[str]]) -> None:
    """UTF-8 with a byte-order mark, so that spreadsheet programs read the names right."""
    partial = path.with_name(path.name + ".partial")
    with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(path)


def export_bnsp(ctx: ServiceContext, event_id: str, path: Path, *, staff: StaffUser) -> Path:
    """Write the list as ``.csv`` or ``.xlsx`` (by the file's suffix)."""
    rows = bnsp_rows(ctx, event_id, staff=staff)
    if path.suffix.lower() == ".xlsx":
        write_xlsx(path, rows, sheet_name="Peserta")
    else:
        write_csv(path, rows)
    return path


@dataclass(frozen=True)
class BnspExport:
    """What the desk wrote: how many candidates, and the files (XLSX and CSV)."""

    candidates: int
    files: tuple[Path, ...]


def export_bnsp_files(
    ctx: ServiceContext, event_id: str, folder: Path, *, staff: StaffUser
) -> BnspExport:
    """Write the list as XLSX and CSV into a folder staff chose (a USB drive, most often),
    named by scheme, day and event. Nobody checked in: a clear refusal, nothing written. The
    export is audited once both files are whole; a failed write leaves no file and no audit."""
    authorize(staff, Action.RUN_ASSESSMENT)
    rows = _rows(ctx, event_id)
    if len(rows) < 2:
        raise AssessmentError(msg("assess.export_nobody"))
    with ctx.store.reading() as session:
        event = session.get(m.AssessmentEvent, event_id)
        assert event is not None  # _rows found it
        scheme = _SAFE.sub("-", event.scheme).strip("-")
        stem = f"bnsp-{scheme}-{event.day:%Y-%m-%d}-{event_id[-6:]}"
    files = (folder / f"{stem}.xlsx", folder / f"{stem}.csv")
    try:
        write_xlsx(files[0], rows, sheet_name="Peserta")
        write_csv(files[1], rows)
        _audit(ctx, event_id, staff, len(rows) - 1)
    except BaseException as error:
        for path in files:
            with contextlib.suppress(OSError):  # a drive pulled out takes the files with it
                path.unlink(missing_ok=True)  # half a list must not pass for the list
        if isinstance(error, OSError):
            raise AssessmentError(msg("assess.export_failed")) from error
        raise
    return BnspExport(len(rows) - 1, files)

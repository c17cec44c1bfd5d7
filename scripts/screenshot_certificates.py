"""The certificate screens' states for scripts/screenshots.py: checking a certificate (each
outcome), a class's certificates, the assessor's sheet and the assessment desk (plan, check-in,
issue, BNSP number). Synthetic people and a throwaway server key; nothing real."""

from __future__ import annotations

import tempfile
from typing import Any

from kiosk.domain.certificate import Issuer
from kiosk.domain.certificate_trust import TrustStatement, public_key_of, sign_trust_statement
from kiosk.i18n import msg
from kiosk.services import assessment_review as review
from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import Role
from kiosk.sync import state
from kiosk.sync.apply import apply_changes
from kiosk.sync.protocol import Change
from kiosk.ui.main_window import MainWindow

SITE = "BLK-BDG"
SERVER_KEY = bytes(range(40, 72))  # a throwaway key: these pictures only
SCHEME = {
    "number": "SKM-BAR-01",
    "title": "Barista Muda",
    "lsp": "LSP Pariwisata Nusantara",
    "units": [
        {"code": "PAR.BAR.001.01", "title": "Menyiapkan peralatan espresso"},
        {"code": "PAR.BAR.002.01", "title": "Membuat minuman espresso"},
        {"code": "PAR.BAR.003.01", "title": "Menjaga kebersihan area kerja"},
    ],
    "published_at": "2026-02-01T00:00:00+00:00",
}


def _prepare(services: KioskServices) -> dict[str, Any]:
    """The site, a scheme, an assessor and an event with three candidates checked in."""
    now = services.ctx.now()
    with services.store.transaction() as session:
        state.put(session, state.SITE, SITE)
        apply_changes(
            session, [Change(kind="assessment_scheme", id="SKM-BAR-01", data=SCHEME)], now
        )
    services.staff.create("dewi.asesor", "Dewi Kartika", "639172", Role.ASSESSOR)
    assessor = services.staff.login("dewi.asesor", "639172")
    admin = services.staff.login("adi.admin", "730518")
    event = services.assessments.create_event(
        "SKM-BAR-01", now.date(), "TUK Sewaktu BLK Bandung", assessor.id, staff=admin
    )
    return {"assessor": assessor, "admin": admin, "event": event}


def _trust(services: KioskServices) -> None:
    ctx = services.ctx
    issuer = Issuer(ctx.signer.key_id, ctx.signer.public_bytes(), SITE)
    text, signature = sign_trust_statement(SERVER_KEY, TrustStatement(ctx.now(), (issuer,), 0))
    data = {
        "statement": text,
        "signature": signature,
        "public_key": public_key_of(SERVER_KEY).hex(),
    }
    with services.store.transaction() as session:
        apply_changes(session, [Change(kind="certificate_trust", id="trust", data=data)], ctx.now())


def certificates(
    window: MainWindow, services: KioskServices, shoot: Any, settle: Any, data: dict[str, Any]
) -> None:
    people = data["people"]
    held = _prepare(services)
    area = window.staff_area
    desk = area.desk
    window.go_home()
    window._tile_chosen("staff")
    area._logged_in(held["admin"])
    settle()
    shoot("staff-home-certificates")

    # The assessment desk: the events, the plan form (errors, the keyboard), check-in.
    desk.show_desk()
    settle()
    shoot("desk-events")
    desk._plan()
    settle()
    shoot("desk-plan")
    desk.desk.day.clear()
    desk.desk._save()
    shoot("desk-plan-errors")
    desk.desk.day.setText("16-03-2026")
    desk.desk._save()
    shoot("desk-plan-keyboard", lambda: desk.desk.tuk.setFocus())
    window.keyboard.close_keys() if window.keyboard else None
    desk.show_desk()
    settle()
    desk.desk.events.setCurrentRow(0)
    shoot("desk-event-chosen")
    exports = tempfile.TemporaryDirectory(prefix="kiosk-shots-bnsp-")
    desk.choose_folder = lambda _parent: exports.name  # no file dialog in the pictures
    desk._export(held["event"])  # nobody checked in yet: said, nothing written
    settle()
    shoot("desk-export-nobody")
    desk.show_check_in(held["event"])
    settle()
    shoot("checkin-ready")
    for person in people[:3]:
        desk._check_in(person.card_payload)
        settle()
    desk.check_in.banner._clear.stop()
    shoot("checkin-green")
    desk._check_in("KNOTACARDATALLXXXXXX")
    settle()
    desk.check_in.banner._clear.stop()
    shoot("checkin-refused")

    # The assessor's sheet (the existing screen), then the certificates of the event.
    codes = [unit["code"] for unit in SCHEME["units"]]
    marks = dict.fromkeys(codes, "K")
    rows = services.assessments.candidates(held["event"])
    services.assessments.record(
        held["event"], rows[0].applicant_id, marks, "K", "Baik", assessor=held["assessor"]
    )
    bk = {**marks, codes[1]: "BK"}
    services.assessments.record(
        held["event"], rows[1].applicant_id, bk, "BK", "", assessor=held["assessor"]
    )
    area._logged_in(held["assessor"])
    area.assessments.show()
    settle()
    shoot("assessment-events")
    area.assessments._show_sheet(held["event"])
    settle()
    shoot("assessment-candidates")
    sheet = area.assessments.screen
    if sheet.sheet is not None:
        sheet.candidate = sheet.sheet.rows[1]
        sheet._load(sheet.candidate)
        sheet._fill()
    shoot("assessment-correction")
    area._logged_in(held["admin"])
    desk.show_desk()
    settle()
    desk.show_certificates(held["event"])
    settle()
    shoot("competency-review")
    desk._issue(held["event"])
    settle()
    shoot("competency-issued")
    desk._issue(held["event"])  # again: nobody is ready, and the screen says why
    settle()
    shoot("competency-nobody-ready")
    desk.certificates.table.selectRow(0)
    desk.certificates.show_bnsp_error(msg("assess.bnsp_invalid"))
    shoot("competency-bnsp-error")
    rows = desk.certificates.review.rows if desk.certificates.review else []
    services.assessments.set_bnsp_number(
        rows[0].certificate_id or "", "62100 2345 0000001 2026", staff=held["admin"]
    )
    desk.show_certificates(held["event"], msg("compcert.bnsp_saved", name=rows[0].full_name))
    settle()
    shoot("competency-bnsp-saved")
    desk.show_desk()
    settle()
    desk.desk.events.setCurrentRow(0)
    desk._export(held["event"])
    settle()
    shoot("desk-exported")
    exports.cleanup()

    # Checking a certificate: nothing yet, cannot tell (no trust list), valid, invalid.
    [page] = review.printable_competency(services.ctx, held["event"])
    area.verification.show()
    settle()
    shoot("verify-ready")
    area.verification._verify(page.credential)
    settle()
    shoot("verify-cannot-tell")
    _trust(services)
    area.verification.show()
    area.verification._verify(page.credential)
    settle()
    shoot("verify-valid")
    area.verification._verify("K3C1:" + "A" * 60)
    settle()
    shoot("verify-invalid")

    # A class's completion certificates: the classes, then one that has not ended.
    area.completion.show()
    settle()
    shoot("completion-classes")
    sessions = {s.id: s for s in services.catalogue.sessions(include_past=True)}
    area.completion.show_review(sessions[data["monday"]])
    settle()
    shoot("completion-review")
    area.logout()

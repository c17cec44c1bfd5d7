"""Certificates on a real server for the console's certificate tests: two kiosks at sites of
their own (so the shared server's other data never changes the figures of these sites) each
hold an assessment offline, issue competency certificates and sync them over HTTP."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from kiosk.services.kiosk import KioskServices, open_kiosk
from kiosk.store.paths import DataPaths
from tests.conftest import SettableClock
from tests.console.fleet import add_user
from tests.integration.test_assessments import ALL_K, CODES, SCHEME, hold_assessment
from tests.servers import ServerProcess

JAKARTA = dt.timezone(dt.timedelta(hours=7))


@dataclass
class CertSites:
    server: ServerProcess
    site_a: str
    site_b: str
    admin: str  # console user names
    manager_a: str
    viewer: str
    certificate_a: str  # a competency certificate issued at site A (its number)
    kiosk_a: KioskServices


def _kiosk(root: Path, template_store: Path, clock: SettableClock) -> KioskServices:
    paths = DataPaths(root)
    paths.root.mkdir(parents=True)
    shutil.copyfile(template_store, paths.database)
    return open_kiosk(paths, clock=clock)


def build(server: ServerProcess, root: Path, template_store: Path) -> CertSites:
    """Site A: Ani and Budi competent (two certificates), Cici not yet competent. Site B:
    Ani competent (one certificate). Three console users: admin, manager of A, viewer."""
    tag = uuid.uuid4().hex[:6].upper()
    site_a, site_b = f"LSP-A{tag}", f"LSP-B{tag}"
    root.mkdir(parents=True, exist_ok=True)
    (root / "skema.json").write_text(json.dumps(SCHEME), encoding="utf-8")
    published = server.cli("publish-scheme", str(root / "skema.json"))
    assert published.returncode == 0, published.stderr
    clock = SettableClock(dt.datetime(2026, 3, 2, 9, 30, tzinfo=JAKARTA))
    kiosks = {}
    numbers = {}
    for site, competent in ((site_a, ("Ani", "Budi")), (site_b, ("Ani",))):
        kiosk = _kiosk(root / site, template_store, clock)
        kiosk.sync.enroll(server.url, server.enrolment_code(site))
        assert kiosk.sync.run().error is None  # the scheme arrives
        held = hold_assessment(kiosk, clock)
        svc = kiosk.assessments
        for name in ("Ani", "Budi", "Cici"):
            svc.check_in(held.event_id, held.cards[name], staff=held.staff)
            if name in competent:
                marks, result = ALL_K, "K"
            else:
                marks, result = {**ALL_K, CODES[1]: "BK"}, "BK"
            svc.record(held.event_id, held.people[name], marks, result, "", assessor=held.assessor)
        issued = svc.issue_certificates(held.event_id, staff=held.staff)
        numbers[site] = sorted(row.id for row in issued)
        report = kiosk.sync.run()
        assert report.error is None and report.rejected == 0
        kiosks[site] = kiosk
    kiosks[site_b].close()
    names = {role: f"{role}-{tag.lower()}" for role in ("admin", "manager", "viewer")}
    add_user(server, names["admin"], "admin")
    add_user(server, names["manager"], "manager", site_a)
    add_user(server, names["viewer"], "viewer")
    return CertSites(
        server,
        site_a,
        site_b,
        names["admin"],
        names["manager"],
        names["viewer"],
        numbers[site_a][0],
        kiosks[site_a],
    )

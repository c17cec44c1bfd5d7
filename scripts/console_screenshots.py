"""Screenshots of every console page at 1366×768 and 390×844, in Bahasa Indonesia and
English, against a throwaway server seeded with the test fleet (real kiosks, synced).

    .venv/bin/python scripts/console_screenshots.py OUT_DIR

Needs Debian's chromium (/usr/bin/chromium, or $KIOSK_TEST_CHROMIUM). PNGs stay out of git.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.store.db import Store  # noqa: E402
from kiosk.store.paths import DataPaths  # noqa: E402
from tests.console.browser import chromium  # noqa: E402
from tests.console.certdata import build  # noqa: E402
from tests.console.fleet import PASSWORD, Fleet, add_user, seed_fleet  # noqa: E402
from tests.console.placementdata import HEADER, Placement, seed_placement  # noqa: E402
from tests.servers import ServerProcess  # noqa: E402

VIEWPORTS = {"laptop": (1366, 768), "phone": (390, 844)}


def pages(fleet: Fleet, placed: Placement) -> list[tuple[str, str]]:
    return [
        ("attention", "/console/"),
        ("kiosks", "/console/kiosks"),
        ("kiosk", f"/console/kiosks/{fleet.raw}"),
        ("programme", "/console/programme"),
        ("applicants", "/console/applicants"),
        ("classes", "/console/classes"),
        ("class", f"/console/classes/{fleet.session_a}"),
        ("attendance", "/console/attendance"),
        ("placement", "/console/placement"),
        ("vacancies", "/console/vacancies"),
        ("vacancy", f"/console/vacancies/{placed.vacancies['PT Contoh Garmen']}"),
        ("vacancy-closed", f"/console/vacancies/{placed.vacancies['PT Contoh Logistik']}"),
        ("certificates", "/console/certificates"),
        ("users", "/console/users"),
        ("not-found", "/console/kiosks/00000000-0000-0000-0000-000000000000"),
    ]


def shoot(
    browser: Any, fleet: Fleet, placed: Placement, out: Path, viewport: str, lang: str
) -> list[Path]:
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    url = fleet.server.url
    page.goto(f"{url}/console/lang/{lang}?next=/console/login")
    made: list[Path] = []

    def save(name: str) -> None:
        path = out / f"{name}-{viewport}-{lang}.png"
        page.screenshot(path=str(path), full_page=True)
        made.append(path)

    save("login")
    page.fill("input[name=name]", "admin1")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/console/")
    for name, path in pages(fleet, placed):
        page.goto(url + path)
        if name == "programme":
            page.wait_for_function("() => window.Chart && Object.keys(Chart.instances).length")
        save(name)
    page.goto(f"{url}/console/kiosks")
    page.fill("input[name=site]", "BLK-A")
    page.click("form[action='/console/kiosks/code'] button")
    save("code")
    page.goto(f"{url}/console/applicants")
    page.locator("form[action$='/reveal'] button").first.click()
    save("applicant-revealed")
    page.goto(f"{url}/console/vacancies")
    bad = HEADER + "PT Contoh Salah,Kasir,9999,1,2026-01-01,2026-01-31,32.73,phd,,,,,,,,,\n"
    page.set_input_files(
        "input[name=file]",
        {"name": "lowongan.csv", "mimeType": "text/csv", "buffer": bad.encode()},
    )
    page.click("form[action='/console/vacancies/import'] button")
    save("vacancies-import-refused")
    context.close()
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="console-shots-") as temp:
        root = Path(temp)
        template = DataPaths(root / "template")
        template.root.mkdir()
        with Store.open(template):
            pass
        server = ServerProcess(f"sqlite:///{root / 'server.sqlite3'}", root / "server.log")
        server.start()
        try:
            fleet = seed_fleet(server, root / "kiosks", template.database)
            placed = seed_placement(fleet)
            # Competency certificates at two more sites, for the certificates page.
            build(server, root / "certificates", template.database).kiosk_a.close()
            add_user(server, "admin1", "admin")
            made: list[Path] = []
            with chromium() as browser:
                for viewport in VIEWPORTS:
                    for lang in ("id", "en"):
                        made += shoot(browser, fleet, placed, args.out, viewport, lang)
        finally:
            server.stop()
    print(f"{len(made)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

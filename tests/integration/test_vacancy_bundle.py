"""Vacancies on a USB stick: a bundle written by the real server command, imported into a
real kiosk store, browseable and ranked there; a later bundle carries fills; an altered
bundle, one signed by another key, an older one, another site's and one for a kiosk that
holds no server key are refused and write nothing."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from kiosk.domain.ids import new_id
from kiosk.domain.matching import Seeker
from kiosk.services import vacancy_index
from kiosk.services.kiosk import KioskServices
from kiosk.services.vacancies import Browse, open_vacancies, ranked
from kiosk.services.vacancy_bundle import VacancyBundleError, import_vacancy_bundle
from kiosk.store.paths import DataPaths
from kiosk.sync.vacancy_bundle import write_bundle
from server.placement_models import Application, VacancyRecord
from tests.conftest import SettableClock
from tests.servers import ServerProcess, open_second_kiosk

SITE = "BLK-USB"
HEADER = "employer,title,isco_code,openings,valid_from,valid_until,regency_code,education_min,skills,source\n"  # fmt: skip


def _kiosk_rows(paths: DataPaths) -> dict[str, list[tuple[Any, ...]]]:
    db = sqlite3.connect(paths.database)
    try:
        return {
            table: sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in ("vacancy", "sync_quarantine", "kiosk_setting")
        }
    finally:
        db.close()


def _export(server: ServerProcess, path: Path, site: str = SITE) -> Path:
    done = server.cli("export-vacancies", "--site", site, str(path))
    assert done.returncode == 0, done.stderr
    return path


def _mine(kiosk: KioskServices, tag: str, today: dt.date) -> dict[str, int]:
    with kiosk.store.reading() as session:
        return {v.employer: v.filled for v in open_vacancies(session, today) if tag in v.employer}


@pytest.fixture
def tag(kiosk: KioskServices, server: ServerProcess, tmp_path: Path) -> str:
    """The kiosk, enrolled and synced once (it holds the server's key), then vacancies
    published that it has not pulled: only a USB stick brings them."""
    assert server.cli("site-region", "--site", SITE, "--province", "33").returncode == 0
    kiosk.sync.enroll(server.url, server.enrolment_code(SITE))
    assert kiosk.sync.run().error is None
    tag = new_id()[-12:]
    rows = [
        f"PT Jahit {tag},Operator jahit,8153,2,2026-01-01,2099-12-31,33.74,smp,Menjahit,employer\n",
        f"PT Kasir {tag},Kasir,5230,1,2026-01-01,2099-12-31,33.01,sma_smk,,imported\n",
        f"PT Jakarta {tag},Kasir,5230,1,2026-01-01,2099-12-31,31.71,sma_smk,,imported\n",
    ]
    path = tmp_path / "lowongan.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    done = server.cli("import-vacancies", str(path))
    assert done.returncode == 0, done.stderr
    return tag


def _hire_at_server(server: ServerProcess, employer: str) -> None:
    db = server.database()
    try:
        with db.transaction() as session:
            vacancy = next(
                v for v in session.scalars(select(VacancyRecord)) if v.data["employer"] == employer
            )
            application = Application(
                id=new_id(),
                vacancy_id=vacancy.id,
                applicant_id=new_id(),
                card_id="A" * 16,
                device_id=new_id(),
                site=SITE,
                applied_at=dt.datetime.now(dt.UTC),
                stage="applied",
                stage_at=dt.datetime.now(dt.UTC),
            )
            session.add(application)
    finally:
        db.close()
    assert server.cli("application", application.id, "--stage", "hired").returncode == 0


def test_a_bundle_from_the_server_brings_the_provinces_vacancies_and_their_fills(
    kiosk: KioskServices,
    server: ServerProcess,
    tag: str,
    tmp_path: Path,
    data_paths: DataPaths,
    clock: SettableClock,
) -> None:
    today = clock.moment.date()
    assert _mine(kiosk, tag, today) == {}
    first = _export(server, tmp_path / "lowongan-1.k3v")
    report = import_vacancy_bundle(kiosk.ctx, first)
    _assert_index_ready(kiosk, tag, today)
    assert (report.site, report.province) == (SITE, "33")
    assert report.applied == report.vacancies >= 2
    # The province's vacancies, not Jakarta's; browseable and ranked like pulled ones.
    assert _mine(kiosk, tag, today) == {f"PT Jahit {tag}": 0, f"PT Kasir {tag}": 0}
    with kiosk.store.reading() as session:
        sewing = open_vacancies(session, today, Browse(regions=("33.74",), occupation_prefix="81"))
        assert f"PT Jahit {tag}" in {v.employer for v in sewing}
        seeker = Seeker(birth_date=dt.date(1998, 1, 1), sex="P", education="sma_smk",
                        regency_code="33.74", occupations=("8153",))  # fmt: skip
        top = ranked(session, seeker, today, limit=500)
        assert any(m.vacancy.employer == f"PT Jahit {tag}" and m.fits for m in top)
    # The only opening of the cashier's job is filled at the server: the next bundle
    # closes it here, as a pull would.
    _hire_at_server(server, f"PT Kasir {tag}")
    second = _export(server, tmp_path / "lowongan-2.k3v")
    import_vacancy_bundle(kiosk.ctx, second)
    assert _mine(kiosk, tag, today) == {f"PT Jahit {tag}": 0}
    # The first bundle again (an old stick) would reopen it: refused, nothing changed.
    before = _kiosk_rows(data_paths)
    with pytest.raises(VacancyBundleError) as older:
        import_vacancy_bundle(kiosk.ctx, first)
    assert older.value.message.code == "vacancies.bundle_older"
    assert _kiosk_rows(data_paths) == before


def _assert_index_ready(kiosk: KioskServices, tag: str, today: dt.date) -> None:
    """The ranking index was read ahead (off the GUI thread): the next tap finds it current."""
    index = vacancy_index.held(kiosk.store.engine)
    with kiosk.store.reading() as session:
        assert vacancy_index.is_current(session, index, today)
        assert index is not None
        mine = {v.id for v in open_vacancies(session, today) if tag in v.employer}
    assert mine and mine <= set(index.ids)


def test_a_pull_leaves_the_ranking_index_ready(
    kiosk: KioskServices, tag: str, clock: SettableClock
) -> None:
    report = kiosk.sync.run()
    assert report.error is None and report.pulled > 0
    _assert_index_ready(kiosk, tag, clock.moment.date())


def _envelope(path: Path) -> dict[str, Any]:
    with gzip.open(path, "rt", encoding="ascii") as stream:
        envelope: dict[str, Any] = json.load(stream)
    return envelope


def _write(path: Path, envelope: dict[str, Any]) -> Path:
    with gzip.open(path, "wt", encoding="ascii") as stream:
        json.dump(envelope, stream)
    return path


def test_altered_foreign_or_misdirected_bundles_are_refused_and_write_nothing(
    kiosk: KioskServices,
    server: ServerProcess,
    tag: str,
    tmp_path: Path,
    data_paths: DataPaths,
    template_store: Path,
    clock: SettableClock,
) -> None:
    genuine = _export(server, tmp_path / "asli.k3v")
    assert server.cli("site-region", "--site", "BLK-USB-LAIN", "--province", "33").returncode == 0
    envelope = _envelope(genuine)
    content = json.loads(envelope["text"])
    altered = json.loads(envelope["text"])
    mine = next(v for v in altered["vacancies"] if v["employer"] == f"PT Kasir {tag}")
    mine["openings"] = 50  # one vacancy changed, the signature kept
    forged_key = Ed25519PrivateKey.generate().private_bytes_raw()
    cases = {
        "altered": _write(
            tmp_path / "ubah.k3v",
            {**envelope, "text": json.dumps(altered, sort_keys=True, separators=(",", ":"))},
        ),
        "dropped": _write(
            tmp_path / "kurang.k3v",
            {**envelope, "text": envelope["text"].replace(f"PT Jahit {tag}", f"PT Jahat {tag}")},
        ),
        "other-key": tmp_path / "lain.k3v",
        "other-key-claiming-ours": tmp_path / "lain-ngaku.k3v",
        "other-site": _export(server, tmp_path / "situs-lain.k3v", site="BLK-USB-LAIN"),
        "not-a-bundle": tmp_path / "bukan.k3v",
    }
    server_key = envelope["public_key"]
    write_bundle(cases["other-key"], forged_key, site=SITE, province="33",
                 issued_at=dt.datetime.now(dt.UTC), vacancies=content["vacancies"])  # fmt: skip
    forged = _envelope(cases["other-key"])
    _write(cases["other-key-claiming-ours"], {**forged, "public_key": server_key})
    cases["not-a-bundle"].write_bytes(b"PK\x03\x04 not a bundle")
    expected = {
        "altered": "vacancies.bundle_refused",
        "dropped": "vacancies.bundle_refused",
        "other-key": "vacancies.bundle_refused",
        "other-key-claiming-ours": "vacancies.bundle_refused",
        "other-site": "vacancies.bundle_other_site",
        "not-a-bundle": "vacancies.bundle_refused",
    }
    details = {
        "altered": "the signature does not verify",
        "dropped": "the signature does not verify",
        "other-key": "signed by another key",
        "other-key-claiming-ours": "the signature does not verify",
        "not-a-bundle": "not a gzip file",
    }
    before = _kiosk_rows(data_paths)
    for name, path in cases.items():
        with pytest.raises(VacancyBundleError) as refused:
            import_vacancy_bundle(kiosk.ctx, path)
        assert refused.value.message.code == expected[name], name
        if name in details:
            assert details[name] in refused.value.message.render("en"), name
        assert _kiosk_rows(data_paths) == before, name
    assert _mine(kiosk, tag, clock.moment.date()) == {}
    # A kiosk that never synchronised holds no server key: even the genuine bundle waits.
    with open_second_kiosk(tmp_path, template_store, "never-online", clock) as fresh:
        with pytest.raises(VacancyBundleError) as no_key:
            import_vacancy_bundle(fresh.ctx, genuine)
        assert no_key.value.message.code == "vacancies.bundle_no_key"
        assert _kiosk_rows(fresh.store.paths)["vacancy"] == []


def test_the_command_line_imports_a_bundle(
    kiosk: KioskServices, server: ServerProcess, tag: str, tmp_path: Path, data_paths: DataPaths
) -> None:
    bundle = _export(server, tmp_path / "lowongan.k3v")
    kiosk.close()  # the command opens the data folder itself, as on a kiosk PC
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data_paths.root), "--lang", "en",
         "import-vacancies", str(bundle)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "KIOSK_KEYRING": "0"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"Vacancy bundle of {SITE}" in done.stdout
    employers = {row[1] for row in _kiosk_rows(data_paths)["vacancy"]}
    assert {f"PT Jahit {tag}", f"PT Kasir {tag}"} <= employers
    assert f"PT Jakarta {tag}" not in employers

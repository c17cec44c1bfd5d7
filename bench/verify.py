"""Benchmark: certificate QR text -> verdict on a kiosk whose store holds N revoked certificates.

The store is filled with raw executemany on the real schema (set-up only): N server-signed
revocation entries as a kiosk keeps them, the trust list's issuers and its dates. Every
measured verdict goes through CertificateVerifier.verify, as the scan screen calls it: parse
(Base45, CBOR, COSE), the issuer look-up, the Ed25519 check, the revocation look-up among the
N entries, and a fresh read of the lists' dates. Half the certificates checked are revoked.
The last line printed is one JSON object.

    python bench/verify.py [--revoked 1000000] [--checks 2000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.domain.certificate import Certificate, CertificateSigner, Outcome, Reason
from kiosk.domain.certificate_code import new_certificate_id
from kiosk.services.kiosk import open_kiosk
from kiosk.store.paths import DataPaths
from kiosk.sync.certificate_trust import REVOCATIONS_AT, TRUST_AT, TRUST_REVOCATIONS

BATCH = 50_000
SITE = "BLK-BENCH"
CERTIFICATES = 200  # distinct credentials, checked in random order


def _fill(
    database: Path,
    signer: CertificateSigner,
    public: bytes,
    revoked: int,
    extra: list[str],
    now: dt.datetime,
) -> None:
    db = sqlite3.connect(database)
    try:
        db.execute("PRAGMA synchronous = OFF")
        at = now.replace(tzinfo=None).isoformat(" ")
        number = 0
        while number < revoked:
            rows = []
            for _ in range(min(BATCH, revoked - number)):
                number += 1
                certificate = (
                    extra[number - 1]
                    if number <= len(extra)
                    else base64.b32encode(new_certificate_id(signer.key_id)).decode()
                )
                rows.append((certificate, number, at, "revoked"))
            db.executemany(
                "INSERT INTO certificate_revocation (certificate_id, number, revoked_at, reason)"
                " VALUES (?, ?, ?, ?)",
                rows,
            )
            db.commit()
        db.execute(
            "INSERT INTO certificate_issuer (key_id, public_key, site, revoked_at)"
            " VALUES (?, ?, ?, NULL)",
            (signer.key_id, public, SITE),
        )
        for key, value in (
            (TRUST_AT, now.isoformat()),
            (REVOCATIONS_AT, now.isoformat()),
            (TRUST_REVOCATIONS, str(revoked)),
        ):
            db.execute(
                "INSERT OR REPLACE INTO kiosk_setting (key, value) VALUES (?, ?)", (key, value)
            )
        db.commit()
    finally:
        db.close()


def _credentials(signer: CertificateSigner, today: dt.date) -> list[Certificate]:
    return [
        Certificate(
            certificate_id=signer.new_id(),
            kind="competency",
            holder=f"Peserta Uji {n}",
            issued=today,
            valid_until=today + dt.timedelta(days=3 * 365),
            site=SITE,
            provider="BLK Bench",
            claims={
                "scheme": "SKM-BAR-01",
                "scheme_title": "Barista",
                "units": [[f"C.10BAR00.00{u}.1", "K"] for u in range(1, 6)],
                "result": "K",
                "lsp": "LSP Bench",
                "tuk": "TUK Bench",
            },
        )
        for n in range(CERTIFICATES)
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--revoked", type=int, default=1_000_000)
    parser.add_argument("--checks", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="build the store in this folder and keep it")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-verify-"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = DataPaths(folder)
    kiosk = open_kiosk(paths)
    now = kiosk.ctx.now()
    signer = CertificateSigner(kiosk.ctx.signer.private_bytes())
    certificates = _credentials(signer, now.date())
    revoked_numbers = [c.number for c in certificates[: CERTIFICATES // 2]]
    kiosk.close()
    started = time.perf_counter()
    _fill(
        paths.database,
        signer,
        kiosk.ctx.signer.public_bytes(),
        max(args.revoked, len(revoked_numbers)),
        revoked_numbers,
        now,
    )
    fill_s = time.perf_counter() - started

    kiosk = open_kiosk(paths)
    try:
        texts = [signer.sign(c) for c in certificates]
        expected = {
            text: c.number in revoked_numbers for text, c in zip(texts, certificates, strict=True)
        }
        rng = random.Random(7)
        timings = []
        wrong = 0
        for _ in range(args.checks):
            text = rng.choice(texts)
            began = time.perf_counter()
            verdict = kiosk.certificates.verify(text)
            timings.append((time.perf_counter() - began) * 1000)
            want = Reason.REVOKED if expected[text] else Reason.VALID
            if verdict.reason is not want or (verdict.outcome is Outcome.VALID) == expected[text]:
                wrong += 1
    finally:
        kiosk.close()
    timings.sort()
    result = {
        "benchmark": "certificate_verify",
        "revoked": max(args.revoked, len(revoked_numbers)),
        "checks": args.checks,
        "wrong_verdicts": wrong,
        "fill_s": round(fill_s, 1),
        "p50_ms": round(statistics.median(timings), 3),
        "p99_ms": round(timings[int(len(timings) * 0.99) - 1], 3),
        "max_ms": round(timings[-1], 3),
        "target_p99_ms": 20,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()

"""Demo-data benchmark: `kiosk demo` into a fresh store, through the real services.

    python bench/demo.py [--applicants 100000] [--sessions 20]

Last line: {"applicants": N, "sessions": S, "seconds": T, "per_applicant_ms": ...}
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--applicants", type=int, default=100_000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-demo-") as folder:
        env = {k: v for k, v in os.environ.items() if k != "KIOSK_DATA_DIR"}
        started = time.perf_counter()
        subprocess.run(
            [
                args.python,
                "-m",
                "kiosk",
                "--data-dir",
                str(Path(folder) / "data"),
                "demo",
                "--applicants",
                str(args.applicants),
                "--sessions",
                str(args.sessions),
            ],
            check=True,
            env=env,
            stderr=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "applicants": args.applicants,
                "sessions": args.sessions,
                "seconds": round(seconds, 2),
                "per_applicant_ms": round(1000 * seconds / max(args.applicants, 1), 3),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

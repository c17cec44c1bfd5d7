"""Schemathesis against the live server: start `kiosk-server serve` on a free loopback port
against a database, enrol one device directly in that database (so that push and pull bodies
reach the ingest code, not only the 401 path), walk /openapi.json with a fixed seed, a fixed
number of examples and a time bound, and exit non-zero on any 5xx or server traceback.

    python scripts/fuzz_server.py                          # a throwaway SQLite file
    python scripts/fuzz_server.py --database postgresql+psycopg://...

Talks only to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat  # noqa: E402

from kiosk.domain.ids import new_id  # noqa: E402
from kiosk.sync.protocol import EnrolRequest  # noqa: E402
from server.accounts import IdentitySettings, enrol_device, new_enrolment_code  # noqa: E402
from server.db import Database  # noqa: E402
from tests.pgtools import create_database  # noqa: E402

HOST = "127.0.0.1"
# What a traceback in the server's log looks like (uvicorn's "Exception in ASGI application").
TRACEBACK_MARKERS = ("Traceback (most recent call last)", "Exception in ASGI application")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def enrolled_token(database_url: str, secrets_dir: Path) -> str:
    """Migrate the database and enrol one fuzzing device directly in it; its bearer token."""
    db = Database(database_url, secrets_dir=secrets_dir)
    try:
        now = dt.datetime.now(dt.UTC)
        public = (
            Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        )
        with db.transaction() as session:
            code = new_enrolment_code(session, "FUZZ", now)
        request = EnrolRequest(
            code=code,
            device_id=new_id(),
            key_id=hashlib.sha256(public).digest()[:8].hex(),
            public_key=public.hex(),
            device_time=now,
            label="schemathesis",
        )
        with db.transaction() as session:
            _device, token = enrol_device(
                session,
                request,
                now,
                client="127.0.0.1",
                authorization=None,
                settings=IdentitySettings(),
            )
        return token
    finally:
        db.close()


def _wait_healthy(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("kiosk-server exited before it was ready")
        try:
            with urllib.request.urlopen(url + "/api/v1/health", timeout=1) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("kiosk-server did not become ready")


def _hoist_defs(node: object, defs: dict[str, object]) -> object:
    """Move the ``$defs`` of schemas embedded by hand (the server reads gzip bodies itself,
    so it declares their schemas explicitly) into ``components``, where references resolve."""
    if isinstance(node, list):
        return [_hoist_defs(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, object] = {}
    for key, value in node.items():
        if key == "$defs" and isinstance(value, dict):
            for name, schema in value.items():
                defs[name] = _hoist_defs(schema, defs)
        elif key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
            out[key] = "#/components/schemas/" + value.removeprefix("#/$defs/")
        else:
            out[key] = _hoist_defs(value, defs)
    return out


def fetch_schema(url: str, target: Path) -> None:
    with urllib.request.urlopen(url + "/openapi.json", timeout=10) as reply:
        schema = json.load(reply)
    defs: dict[str, object] = {}
    fixed = _hoist_defs(schema, defs)
    assert isinstance(fixed, dict)
    schemas = fixed.setdefault("components", {}).setdefault("schemas", {})
    for name, value in defs.items():
        schemas.setdefault(name, value)
    target.write_text(json.dumps(fixed), "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="database URL (default: a throwaway SQLite file)")
    parser.add_argument("--max-examples", type=int, default=60)
    parser.add_argument("--max-time", type=int, default=75, help="seconds for the whole run")
    parser.add_argument("--seed", type=int, default=20260302)
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="fuzz-server-"))
    database = args.database or f"sqlite:///{folder / 'server.sqlite3'}"
    if database.startswith("postgresql"):
        database = create_database(database, prefix="fuzz_")
    secrets_dir = folder / "secrets"
    token = enrolled_token(database, secrets_dir)
    port = _free_port()
    url = f"http://{HOST}:{port}"
    log_path = folder / "server.log"
    schemathesis = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    if schemathesis is None:
        raise SystemExit("schemathesis is not installed (pip install -e '.[dev]')")
    with open(log_path, "wb") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "server.cli",
                "serve",
                "--database",
                database,
                "--secrets-dir",
                str(secrets_dir),
                "--host",
                HOST,
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
    try:
        _wait_healthy(url, server)
        schema = folder / "openapi.json"
        fetch_schema(url, schema)
        command = [
            schemathesis,
            "run",
            str(schema),
            "--url",
            url,
            "--checks",
            "not_a_server_error",
            "--header",
            f"Authorization: Bearer {token}",
            "--max-examples",
            str(args.max_examples),
            "--seed",
            str(args.seed),
            "--max-time",
            str(args.max_time),
            "--workers",
            "1",
            "--request-timeout",
            "20",
            "--generation-database",
            "none",
            "--generation-allow-x00",
            "true",
            "--continue-on-failure",
            "--no-color",
        ]
        print(
            "$", " ".join(c if "Bearer" not in c else "Authorization: Bearer ***" for c in command)
        )
        env = {**os.environ, "SCHEMATHESIS_TELEMETRY": "false"}
        result = subprocess.run(command, cwd=folder, env=env, check=False)
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(30)
    server_log = log_path.read_text("utf-8", "replace")
    tracebacks = [marker for marker in TRACEBACK_MARKERS if marker in server_log]
    if tracebacks:
        print("the server logged a traceback:\n" + server_log[-6000:], file=sys.stderr)
    if result.returncode != 0 or tracebacks:
        print(f"fuzz run failed; the server's log is in {log_path}", file=sys.stderr)
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    print("fuzz run: no server errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

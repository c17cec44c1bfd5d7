"""`kiosk-server serve` with options (TLS certificates, enrolment limits) for the attacks on
device identity and transport, plus plain-HTTP helpers an attacker would use."""

from __future__ import annotations

import datetime as dt
import http.client
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import select

from server.models import AuditEntry
from tests.netproxy import wait_until
from tests.servers import ServerProcess


class ConfiguredServer(ServerProcess):
    """A server started with extra `serve` options; https when given a certificate."""

    def __init__(
        self,
        database_url: str,
        log: Path,
        *,
        options: Sequence[str] = (),
        ca_file: Path | None = None,
        port: int | None = None,
    ) -> None:
        super().__init__(database_url, log)
        if port is not None:
            self.port = port
        self.options = list(options)
        self.ca_file = ca_file
        self.log_path = log

    @property
    def url(self) -> str:
        scheme = "https" if "--tls-cert" in self.options else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def start(self) -> None:
        command = [
            sys.executable,
            "-m",
            "server.cli",
            "serve",
            "--database",
            self.database_url,
            "--port",
            str(self.port),
            "--secrets-dir",
            str(self.secrets_dir),
            *self.options,
        ]
        with open(self.log_path, "ab") as log:
            self._process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        wait_until(self._healthy, timeout=60)

    def _healthy(self) -> bool:
        assert self._process is not None
        if self._process.poll() is not None:
            raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
        verify: bool | str = str(self.ca_file) if self.ca_file else True
        try:
            answer = requests.get(self.url + "/api/v1/health", timeout=1, verify=verify)
        except requests.RequestException:
            return False
        return answer.status_code == 200

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")


def audit_rows(server: ServerProcess, action: str) -> list[AuditEntry]:
    db = server.database()
    try:
        with db.transaction() as session:
            return list(
                session.scalars(
                    select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
                )
            )
    finally:
        db.close()


def post_json(
    url: str,
    body: dict[str, Any],
    *,
    headers: dict[str, str] | None = None,
    source: str = "127.0.0.1",
) -> tuple[int, dict[str, str], dict[str, Any]]:
    """One POST from a chosen loopback source address (127.0.0.0/8 all reach this machine),
    as a client at another address would send it: (status, headers, JSON body)."""
    host, _, port = url.removeprefix("http://").partition(":")
    port, _, path = port.partition("/")
    connection = http.client.HTTPConnection(host, int(port), timeout=30, source_address=(source, 0))
    try:
        raw = json.dumps(body).encode()
        connection.request(
            "POST",
            "/" + path,
            body=raw,
            headers={"Content-Type": "application/json", **(headers or {})},
        )
        response = connection.getresponse()
        data = response.read()
        return (
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            json.loads(data or b"{}"),
        )
    finally:
        connection.close()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)

"""Part of finding 9: the server speaks TLS, the kiosk refuses plain http to other machines,
and a network attacker with some other certificate (another CA's, or even one from the same
CA) cannot take the server's place after enrolment: the kiosk pins the server's key and
sends nothing to anyone else."""

from __future__ import annotations

import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import trustme

from kiosk.services import pairing
from kiosk.services.kiosk import KioskServices
from kiosk.services.sync import SyncError
from kiosk.store.paths import DataPaths
from kiosk.sync import state
from kiosk.sync.client import SyncClient
from kiosk.sync.transport import (
    ServerKeyMismatch,
    UrlRefused,
    check_server_url,
    parse_pin,
    pin_of_certificate_pem,
)
from server.models import Event
from tests.conftest import SettableClock
from tests.factories import applicant_form
from tests.netproxy import free_port
from tests.security.servers import ConfiguredServer, audit_rows
from tests.servers import make_database_url
from tests.synchelpers import fast_backoff, outbox_ids, server_count


@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path
    ca: Path
    pin: str
    issuer: trustme.CA

    def serve_options(self) -> list[str]:
        return ["--tls-cert", str(self.cert), "--tls-key", str(self.key)]


@pytest.fixture
def issue(tmp_path: Path) -> Callable[[trustme.CA, str], Certificate]:
    """A certificate for 127.0.0.1 from ``ca``, its key, the CA file and the key's pin."""

    def make(ca: trustme.CA, name: str) -> Certificate:
        folder = tmp_path / "tls" / name
        folder.mkdir(parents=True)
        leaf = ca.issue_cert("127.0.0.1", "localhost")
        cert, key, ca_file = folder / "cert.pem", folder / "key.pem", folder / "ca.pem"
        leaf.cert_chain_pems[0].write_to_path(str(cert))
        leaf.private_key_pem.write_to_path(str(key))
        ca.cert_pem.write_to_path(str(ca_file))
        return Certificate(cert, key, ca_file, pin_of_certificate_pem(cert.read_bytes()), ca)

    return make


@pytest.fixture
def live_kiosk(kiosk: KioskServices, clock: SettableClock) -> KioskServices:
    import datetime as dt

    clock.moment = dt.datetime.now(dt.UTC).astimezone(clock.moment.tzinfo)
    return kiosk


@pytest.fixture
def tls_server(
    tmp_path: Path, issue: Callable[[trustme.CA, str], Certificate]
) -> Iterator[tuple[ConfiguredServer, Certificate]]:
    """`kiosk-server serve --tls-cert --tls-key` with a trustme certificate."""
    certificate = issue(trustme.CA(), "real")
    (tmp_path / "real").mkdir()
    server = ConfiguredServer(
        make_database_url("sqlite", tmp_path / "real"),
        tmp_path / "real" / "server.log",
        options=certificate.serve_options(),
        ca_file=certificate.ca,
    )
    server.start()
    try:
        yield server, certificate
    finally:
        server.stop()


def test_a_server_with_another_key_cannot_take_the_pinned_servers_place(
    live_kiosk: KioskServices,
    tls_server: tuple[ConfiguredServer, Certificate],
    issue: Callable[[trustme.CA, str], Certificate],
    tmp_path: Path,
) -> None:
    kiosk = live_kiosk
    server, real = tls_server
    assert server.url.startswith("https://")
    kiosk.sync.enroll(server.url, server.enrolment_code(), ca_file=real.ca)
    assert state.get(kiosk.store, pairing.PINS) == real.pin
    kiosk.registration.register(applicant_form())
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    server.stop()

    # Later, on the same address: one impostor with its own CA (which the attacker could
    # get the kiosk's CA file to trust) and one with a certificate from the very CA the
    # kiosk enrolled with, but another key.
    impostors = [issue(trustme.CA(), "other-ca"), issue(real.issuer, "same-ca")]
    kiosk.registration.register(applicant_form())
    pending = outbox_ids(kiosk)
    for n, impostor in enumerate(impostors):
        folder = tmp_path / f"impostor{n}"
        folder.mkdir()
        fake = ConfiguredServer(
            make_database_url("sqlite", folder),
            folder / "server.log",
            options=impostor.serve_options(),
            ca_file=impostor.ca,
            port=server.port,
        )
        fake.start()
        try:
            report = kiosk.sync.run(backoff=fast_backoff())
            assert report.error is not None and report.error.code == "sync.server_key_changed"
            assert "Nothing was sent" in report.error.render("en")
            assert report.requests == 1 and report.accepted == 0
            assert server_count(fake, Event) == 0
            assert audit_rows(fake, "enrol") == []
        finally:
            fake.stop()
        assert outbox_ids(kiosk) == pending
        assert kiosk.sync.health().pending == report.pending > 0

    server.start()  # the real server is back: the pin still matches, nothing was lost
    assert kiosk.sync.run(backoff=fast_backoff()).complete


def test_not_a_byte_of_the_request_reaches_an_impostor(
    issue: Callable[[trustme.CA, str], Certificate],
) -> None:
    real = issue(trustme.CA(), "real")
    impostor = issue(trustme.CA(), "impostor")
    port = free_port()
    received = bytearray()
    listening = socket.create_server(("127.0.0.1", port))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(impostor.cert, impostor.key)

    def serve_once() -> None:
        conn, _ = listening.accept()
        conn.settimeout(20)
        try:
            with context.wrap_socket(conn, server_side=True) as tls:
                while chunk := tls.recv(65536):
                    received.extend(chunk)
        except (OSError, ssl.SSLError):
            pass  # the kiosk hangs up right after the handshake

    thread = threading.Thread(target=serve_once)
    thread.start()
    client = SyncClient(f"https://127.0.0.1:{port}", "k3t_secret", pins={real.pin}, verify=False)
    try:
        with pytest.raises(ServerKeyMismatch) as mismatch:
            client.pull(None)
    finally:
        client.close()
        thread.join(30)
        listening.close()
    assert not thread.is_alive()
    assert mismatch.value.presented == impostor.pin
    assert bytes(received) == b""  # no request line, no token


def test_enrolment_needs_a_certificate_the_kiosk_can_verify(
    live_kiosk: KioskServices, tls_server: tuple[ConfiguredServer, Certificate]
) -> None:
    server, real = tls_server
    code = server.enrolment_code()
    with pytest.raises(SyncError) as refused:
        live_kiosk.sync.enroll(server.url, code)  # trustme's CA is nobody's system CA
    assert refused.value.message.code == "sync.enrol_tls_failed"
    assert "--ca-file" in refused.value.render("en")
    with pytest.raises(SyncError) as wrong_pin:
        live_kiosk.sync.enroll(server.url, code, pins=(parse_pin("sha256:" + "A" * 43 + "="),))
    assert wrong_pin.value.message.code == "sync.enrol_pin_mismatch"
    assert audit_rows(server, "enrol") == []  # the code was never sent
    assert live_kiosk.sync.health().enrolled is False
    # The operator's pin (kiosk-server tls-pin) is enough for a self-signed server.
    live_kiosk.sync.enroll(server.url, code, pins=(real.pin,))
    live_kiosk.registration.register(applicant_form())
    assert live_kiosk.sync.run(backoff=fast_backoff()).complete


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://sync.example.go.id", True),
        ("https://10.1.2.3:8443/", True),
        ("http://127.0.0.1:8080", True),
        ("http://127.8.9.10", True),
        ("http://localhost:8080", True),
        ("http://[::1]:8080", True),
        ("http://sync.example.go.id", False),
        ("http://10.1.2.3:8080", False),
        ("http://127.0.0.1.example.com", False),
        ("http://[::ffff:10.0.0.1]", False),
        ("ftp://127.0.0.1", False),
        ("127.0.0.1:8080", False),
    ],
)
def test_plain_http_only_to_this_machine(url: str, allowed: bool) -> None:
    if allowed:
        assert check_server_url(url) == url.rstrip("/")
    else:
        with pytest.raises(UrlRefused):
            check_server_url(url)
    if url.startswith("http://"):
        assert check_server_url(url, allow_plain_http=True) == url  # the loud flag


def kiosk_cmd(data: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kiosk", "--lang", lang, "--data-dir", str(data), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def test_the_enroll_command_over_tls_and_its_refusals(
    data_paths: DataPaths, tls_server: tuple[ConfiguredServer, Certificate]
) -> None:
    server, real = tls_server
    folder = data_paths.root
    # Plain http to another machine: refused before any connection is made.
    refused = kiosk_cmd(
        folder, "enroll", "--server", "http://kiosk-server.invalid:8080", "--code", "X"
    )
    assert refused.returncode == 2
    assert "--insecure-plain-http" in refused.stderr
    assert (
        "tanpa enkripsi"
        in kiosk_cmd(
            folder, "enroll", "--server", "http://kiosk-server.invalid", "--code", "X", lang="id"
        ).stderr
    )
    done = kiosk_cmd(
        folder,
        "enroll",
        "--server",
        server.url,
        "--code",
        server.enrolment_code(),
        "--ca-file",
        str(real.ca),
    )
    assert done.returncode == 0, done.stderr
    rotated = kiosk_cmd(folder, "enroll", "--rotate")
    assert rotated.returncode == 0, rotated.stderr
    assert "renewed" in rotated.stdout
    synced = kiosk_cmd(folder, "sync", "--json")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert [row.action for row in audit_rows(server, "rotate_token")] == ["rotate_token"]


def test_a_kiosk_enrolled_over_plain_http_elsewhere_stops_syncing(kiosk: KioskServices) -> None:
    """A kiosk paired over http:// with another machine before this check existed."""
    with kiosk.store.transaction() as session:
        state.put(session, state.SERVER_URL, "http://kiosk-server.invalid:8080")
    state.write_token(kiosk.sync.token_path, "k3t_old")
    report = kiosk.sync.run(backoff=fast_backoff())
    assert report.error is not None and report.error.code == "sync.plain_http_refused"
    assert report.requests == 0


def test_serve_tls_options_and_the_pin_command(
    tmp_path: Path, issue: Callable[[trustme.CA, str], Certificate]
) -> None:
    certificate = issue(trustme.CA(), "cli")
    database = make_database_url("sqlite", tmp_path)

    def server_cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "server.cli", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    alone = server_cli("serve", "--database", database, "--tls-cert", str(certificate.cert))
    assert alone.returncode == 2 and "--tls-key" in alone.stderr
    missing = server_cli(
        "serve", "--database", database, "--tls-cert", str(tmp_path / "no.pem"), "--tls-key", "x"
    )
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    pin = server_cli("tls-pin", str(certificate.cert))
    assert pin.returncode == 0 and pin.stdout.strip() == certificate.pin
    assert parse_pin(certificate.pin) == certificate.pin

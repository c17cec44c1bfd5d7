"""Pairing, syncing and the central server's commands as an operator runs them: a demo kiosk
is never paired, `kiosk sync` says what it does and what the server took, and `kiosk-server`
says where it listens and keeps its data in a known place."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.i18n import UserError
from kiosk.services.kiosk import open_kiosk
from kiosk.store.paths import DataPaths
from tests.factories import applicant_form
from tests.integration.test_cli_operator import kiosk
from tests.servers import ServerProcess
from tests.synchelpers import enrol


def test_a_demo_kiosk_refuses_to_pair_and_sends_nothing(
    server: ServerProcess, tmp_path: Path
) -> None:
    folder = tmp_path / "demo"
    assert kiosk("demo", "--applicants", "5", "--sessions", "1", data=folder).returncode == 0
    code = server.enrolment_code()
    refused = kiosk("enroll", "--server", server.url, "--code", code, data=folder)
    assert refused.returncode == 2
    assert refused.stderr.startswith("This kiosk holds demo data (synthetic people)")
    assert f"move the data folder {folder.resolve()} elsewhere" in refused.stderr
    assert "start the kiosk without --demo" in refused.stderr
    with open_kiosk(DataPaths(folder)) as services:
        health = services.sync.health()
        assert not health.enrolled and health.server_url is None
        # The GUI's pairing screen calls the same service: the same refusal.
        with pytest.raises(UserError) as refusal:
            services.sync.enroll(server.url, code)
        assert refusal.value.message.code == "demo.cannot_pair"
    # Nothing reached the server: the one-time code still pairs a clean kiosk.
    clean = tmp_path / "clean"
    paired = kiosk("enroll", "--server", server.url, "--code", code, data=clean)
    assert paired.returncode == 0, paired.stderr


def test_sync_shows_its_progress_and_counts_only_what_the_server_took(
    own_server: ServerProcess, data_paths: DataPaths
) -> None:
    with open_kiosk(data_paths) as services:
        services.registration.register(applicant_form())
        enrol(services, own_server)
        pending = services.sync.health().pending
    root = data_paths.root
    done = kiosk("sync", data=root)
    assert done.returncode == 0, done.stderr
    assert f"Uploading {pending} records to the server" in done.stderr
    assert f"Upload: the server answered {pending} of {pending} records." in done.stderr
    assert done.stdout.startswith(
        f"The server took {pending} new records (0 it had already, 0 refused);"
    )
    assert done.stdout.rstrip().endswith("0 records still wait for upload.")

    own_server.stop()
    with open_kiosk(data_paths) as services:
        services.registration.register(applicant_form())
        waiting = services.sync.health().pending
    down = kiosk("sync", "--json", "--max-wait", "1", data=root)
    assert down.returncode == 1
    figures = json.loads(down.stdout)
    assert figures["accepted"] == figures["duplicate"] == figures["bytes_up"] == 0
    assert figures["pending"] == waiting and figures["complete"] is False
    assert figures["error"].startswith("The server cannot be reached")
    retries = [line for line in down.stderr.splitlines() if "trying again in" in line]
    assert retries and "giving up after 1 seconds without an answer" in retries[0]

    plain = kiosk("sync", "--max-wait", "0", data=root, lang="id")
    assert plain.returncode == 1
    assert plain.stdout.startswith("Server menerima 0 data baru")
    assert plain.stderr.splitlines()[-1].startswith(f"Masih ada {waiting} data menunggu unggahan")

    # No network: the waiting records go on a USB stick instead.
    bundle = root.parent / "records.bundle"
    carried = kiosk("export-bundle", str(bundle), data=root)
    assert carried.returncode == 0, carried.stderr
    assert carried.stdout.startswith(f"{waiting} records written to {bundle}")
    imported = own_server.cli("import-bundle", str(bundle))
    assert imported.returncode == 0, imported.stderr
    assert f"{waiting} events, {waiting} accepted" in imported.stdout


def test_serve_says_where_it_listens(own_server: ServerProcess, tmp_path: Path) -> None:
    log = (tmp_path / "server.log").read_text()
    assert f"listening on http://127.0.0.1:{own_server.port} (no TLS: plain HTTP)" in log


def _server_cli(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="the XDG data folder is Linux's")
def test_server_commands_keep_their_data_in_the_user_data_folder(tmp_path: Path) -> None:
    here = tmp_path / "here"
    here.mkdir()
    data_home = tmp_path / "data-home"
    env = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(data_home),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    for name in ("KIOSK_SERVER_DATABASE", "KIOSK_SERVER_SECRETS"):
        env.pop(name, None)
    folder = data_home / "kios3in1-server"

    stats = _server_cli("stats", env=env, cwd=here)
    assert stats.returncode == 2
    assert stats.stderr.strip() == (
        f"kiosk-server: no server database at {folder / 'server.sqlite3'}: start the server "
        "once (kiosk-server serve) or pass --database"
    )
    assert not folder.exists()

    code = _server_cli("enrolment-code", "--site", "BLK-1", env=env, cwd=here)
    assert code.returncode == 0, code.stderr
    assert (folder / "server.sqlite3").is_file()
    assert (folder / "kiosk-server-secrets" / "personal-data.key").is_file()
    assert json.loads(_server_cli("stats", "--json", env=env, cwd=here).stdout)["devices"] == 0

    # Unknown ids are errors, and nothing is written for them.
    for card in ("NOPE", "ABCD-EFGH-IJKL-MNOP"):
        refused = _server_cli("revoke-card", card, env=env, cwd=here)
        assert refused.returncode == 2 and "revoked" not in refused.stdout, card
    unknown = _server_cli(
        "revoke-device", "01234567-89ab-7cde-8f01-23456789abcd", env=env, cwd=here
    )
    assert unknown.returncode == 2 and "no such device" in unknown.stderr
    audit = json.loads(_server_cli("audit", "--json", env=env, cwd=here).stdout)
    assert [row["action"] for row in audit] == ["enrolment_code"]
    assert list(here.iterdir()) == []  # never a stray file where the command was started

"""SIGKILL at random moments: after each restart the database is intact and every record the
user was told about is there with its outbox event."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.services.kiosk import open_kiosk
from kiosk.store.backup import integrity_problems
from kiosk.store.models import Applicant, Card, OutboxEvent
from kiosk.store.paths import DataPaths

ROUNDS = 8


@pytest.mark.slow
def test_registration_storm_killed_at_random_moments(data_paths: DataPaths) -> None:
    rng = random.Random(20261129)
    confirmed: list[str] = []
    repo = Path(__file__).resolve().parents[2]
    for round_number in range(ROUNDS):
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.crash_worker",
                str(data_paths.root),
                str(round_number * 100_000),
            ],
            cwd=repo,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        # Let it write for a random while, then cut the power (SIGKILL: no clean-up at all).
        deadline = time.monotonic() + rng.uniform(0.05, 0.6)
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line:
                confirmed.append(line.strip())
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        # Lines the child printed before dying were confirmed too.
        confirmed.extend(line.strip() for line in child.stdout.read().splitlines() if line.strip())
        child.stdout.close()
        assert integrity_problems(data_paths.database) == [], f"round {round_number}"
    assert len(confirmed) > ROUNDS  # the storm did write

    with open_kiosk(data_paths) as kiosk:
        with kiosk.store.reading() as session:
            stored = set(session.scalars(select(Applicant.id)))
            events = set(
                session.scalars(
                    select(OutboxEvent.entity_id).where(OutboxEvent.entity == "applicant")
                )
            )
            cards = set(session.scalars(select(Card.applicant_id)))
        missing = [a for a in confirmed if a not in stored]
        assert not missing, f"{len(missing)} confirmed registrations lost"
        assert set(confirmed) <= events
        assert set(confirmed) <= cards
        # Nothing half-written either: every stored applicant has its event and its card.
        assert stored == events == cards

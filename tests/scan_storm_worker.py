"""Child process for the crash test: scans cards as fast as it can while a background thread
syncs with the server, as the GUI does. It prints the event id of each scan only after
record_scan returned it (what the station shows as recorded)."""

from __future__ import annotations

import random
import sys
import threading
from pathlib import Path

from kiosk.services.kiosk import open_kiosk
from kiosk.store.paths import DataPaths


def main() -> None:
    folder, seed = Path(sys.argv[1]), int(sys.argv[2])
    plan = [line.split() for line in Path(sys.argv[3]).read_text().splitlines() if line]
    random.Random(seed).shuffle(plan)
    with open_kiosk(DataPaths(folder)) as kiosk:
        staff_id = sys.argv[4]

        def sync_forever() -> None:
            while True:
                kiosk.sync.run()

        threading.Thread(target=sync_forever, daemon=True).start()
        print("ready", flush=True)
        for session_id, payload in plan:
            verdict = kiosk.attendance.record_scan(
                session_id, payload, staff_id=staff_id, admit=True
            )
            if verdict.event_id:
                print(verdict.event_id, flush=True)
        print("done", flush=True)
        threading.Event().wait()  # keep syncing until killed


if __name__ == "__main__":
    main()

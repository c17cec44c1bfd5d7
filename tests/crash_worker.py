"""Child process for the crash test: registers people as fast as it can and prints the id of
each one only after its transaction committed (what the kiosk would show as "saved")."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.services.kiosk import open_kiosk
from kiosk.store.paths import DataPaths
from tests.factories import applicant_form


def main() -> None:
    folder, first_seed = Path(sys.argv[1]), int(sys.argv[2])
    with open_kiosk(DataPaths(folder)) as kiosk:
        print("ready", flush=True)
        seed = first_seed
        while True:
            result = kiosk.registration.register(applicant_form(seed=seed))
            print(result.applicant_id, flush=True)
            seed += 1


if __name__ == "__main__":
    main()

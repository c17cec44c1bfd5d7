"""PyInstaller entry point of the frozen `kiosk` executable (see build.spec)."""

import multiprocessing
import sys

# A worker process of `kiosk demo` starts this same executable: let it become the worker
# instead of a second kiosk (a no-op when not frozen).
multiprocessing.freeze_support()

from kiosk.main import main  # noqa: E402

sys.exit(main())

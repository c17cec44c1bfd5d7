"""PyInstaller entry point of the frozen `kiosk` executable (see build.spec)."""

import sys

from kiosk.main import main

sys.exit(main())

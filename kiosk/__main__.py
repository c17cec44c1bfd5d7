"""`python -m kiosk` runs the same entry point as the `kiosk` command."""

import sys

from kiosk.main import main

sys.exit(main())

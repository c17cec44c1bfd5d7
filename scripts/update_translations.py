"""Regenerate resources/i18n/kios3in1_<lang>.ts from the message catalogue (kiosk.i18n).

Run after adding or changing a message: `python scripts/update_translations.py`.
`--check` exits 1 when the committed files are out of date (the tests check the same).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.i18n import LANGUAGES, to_ts  # noqa: E402

# Every package that defines messages. Importing the GUI's modules needs PySide6 but no display.
# The server (its web console) shares the one catalogue, so its texts are translated here too.
MESSAGE_PACKAGES = (
    "kiosk.domain",
    "kiosk.services",
    "kiosk.sync",
    "kiosk.cli",
    "kiosk.ui",
    "server",
)


def load_catalogue() -> None:
    for name in MESSAGE_PACKAGES:
        package = importlib.import_module(name)
        for info in pkgutil.walk_packages(package.__path__, prefix=name + "."):
            importlib.import_module(info.name)


def ts_path(lang: str) -> Path:
    return ROOT / "resources" / "i18n" / f"kios3in1_{lang}.ts"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args()
    load_catalogue()
    stale = []
    for lang in LANGUAGES:
        path = ts_path(lang)
        text = to_ts(lang)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    for path in stale:
        print(("out of date: " if args.check else "written: ") + str(path.relative_to(ROOT)))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())

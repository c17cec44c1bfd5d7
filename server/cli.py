"""The `kiosk-server` command. Only its help exists until the sync protocol and server land."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-server",
        description=(
            "Kios3in1 reference central server. Not implemented in this version: "
            "it arrives with the sync protocol."
        ),
    )
    parser.add_argument("--version", action="version", version="kiosk-server 0.1.0")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    parser.parse_args(argv)
    parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Removable drives a USB bundle can be written to (Linux mount points; elsewhere none).

On Linux, desktop auto-mounters put USB sticks under /media/USER/LABEL or
/run/media/USER/LABEL, and technicians mount them under /mnt; only mount points there that
this user may write to are offered. Other systems get an empty list and the admin screen
falls back to choosing a folder.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REMOVABLE_ROOTS = (Path("/media"), Path("/run/media"), Path("/mnt"))
MOUNT_TABLE = Path("/proc/self/mounts")


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str
    free_mb: int


def _unescape(field: str) -> str:
    # The mount table writes spaces, tabs and backslashes in paths as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def removable_drives(
    roots: Sequence[Path] = REMOVABLE_ROOTS, mount_table: Path = MOUNT_TABLE
) -> list[Drive]:
    """Writable mounted filesystems below the removable-media folders, by label."""
    if not sys.platform.startswith("linux"):
        return []
    try:
        lines = mount_table.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found: dict[Path, Drive] = {}
    for line in lines:
        fields = line.split()
        if len(fields) < 4 or "ro" in fields[3].split(","):
            continue
        mount = Path(_unescape(fields[1]))
        if not any(root in mount.parents for root in roots):
            continue
        if not mount.is_dir() or not os.access(mount, os.W_OK | os.X_OK):
            continue
        try:
            free_mb = shutil.disk_usage(mount).free // 1_000_000
        except OSError:
            continue
        found[mount] = Drive(path=mount, label=mount.name, free_mb=int(free_mb))
    return sorted(found.values(), key=lambda drive: (drive.label.lower(), str(drive.path)))


def bundle_filename(device_id: str, moment_text: str) -> str:
    """A file name that says which kiosk wrote the bundle and when (no personal data)."""
    return f"kios3in1-{device_id[-8:]}-{moment_text}.k3b"

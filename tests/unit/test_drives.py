"""Finding removable drives from the mount table (Linux)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kiosk.services.drives import bundle_filename, removable_drives

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux mounts")


def test_only_writable_mounts_below_the_removable_roots_are_listed(tmp_path: Path) -> None:
    media = tmp_path / "media"
    stick = media / "budi" / "KINGSTON 8GB"
    locked = media / "budi" / "CDROM"
    for folder in (stick, locked):
        folder.mkdir(parents=True)
    escaped = str(stick).replace(" ", "\\040")
    table = tmp_path / "mounts"
    table.write_text(
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        f"/dev/sdb1 {escaped} vfat rw,nosuid 0 0\n"
        f"/dev/sr0 {locked} iso9660 ro,nosuid 0 0\n"
        f"tmpfs {tmp_path} tmpfs rw 0 0\n"
        "garbage\n"
    )
    [drive] = removable_drives([media], table)
    assert drive.path == stick and drive.label == "KINGSTON 8GB" and drive.free_mb >= 0


def test_an_unreadable_mount_table_means_no_drives(tmp_path: Path) -> None:
    assert removable_drives([tmp_path], tmp_path / "missing") == []


def test_bundle_file_names_say_which_kiosk_and_when() -> None:
    name = bundle_filename("01a2269b-c1d1-7174-9b1e-0123456789ab", "20260302-093000")
    assert name == "kios3in1-456789ab-20260302-093000.k3b"

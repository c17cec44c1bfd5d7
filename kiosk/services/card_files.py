"""Card PDFs waiting on disk for a printer: where they go and how long they may stay.

A card PDF carries the holder's name, so it must not pile up in the data folder. The card
screen prints straight to the printer and writes a PDF only when no printer is there (staff
print it later); such a PDF is deleted once it is older than :data:`CARD_PDF_KEEP`.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Final

from kiosk.store.paths import DataPaths

log = logging.getLogger(__name__)

CARD_PDF_KEEP: Final = dt.timedelta(hours=24)


def card_pdf_folder(paths: DataPaths) -> Path:
    return paths.root / "cards"


def card_pdf_path(paths: DataPaths, card_number: str) -> Path:
    return card_pdf_folder(paths) / f"{card_number}.pdf"


def purge_card_pdfs(paths: DataPaths, now: dt.datetime, keep: dt.timedelta = CARD_PDF_KEEP) -> int:
    """Delete card PDFs (and half-written ones) older than ``keep``; returns how many."""
    folder = card_pdf_folder(paths)
    if not folder.is_dir():
        return 0
    limit = (now - keep).timestamp()
    removed = 0
    for path in folder.iterdir():
        if path.suffix.lower() not in (".pdf", ".partial") or not path.is_file():
            continue
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue  # printed and removed by someone else meanwhile
    if removed:
        log.info("removed %d card PDF(s) past the retention time", removed)
    return removed

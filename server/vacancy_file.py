"""A vacancy list as uploaded or given on the command line (CSV or XLSX), read as hostile
input into the header and rows of text cells that server.placement checks and publishes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Iterator
from typing import Any, Final

MAX_FILE_BYTES: Final = 10 * 1024 * 1024  # a 100,000-row list is about 15 MB as CSV, 5 as XLSX
# What the XLSX's parts may unpack to, in all: a zip bomb is refused before any XML is read.
MAX_UNPACKED_BYTES: Final = 200 * 1024 * 1024
MAX_COLUMNS: Final = 64
SUFFIXES: Final = (".csv", ".xlsx")

Row = tuple[int, list[str]]  # the row's number as the user sees it, its cells as text


class FileRefused(ValueError):
    """Not a vacancy list this server reads (size, type, broken file); nothing was read."""


def table_of(name: str, data: bytes) -> tuple[list[str], Iterator[Row]]:
    """The header and the rows of ``data`` (a CSV or the first sheet of an XLSX)."""
    if len(data) > MAX_FILE_BYTES:
        raise FileRefused(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if suffix == "csv":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise FileRefused("the CSV is not UTF-8 (save it as CSV UTF-8)") from None
        return csv_table(text)
    if suffix == "xlsx":
        return _xlsx_table(data)
    raise FileRefused("only .csv and .xlsx files are read")


def csv_table(text: str) -> tuple[list[str], Iterator[Row]]:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = next(reader, [])

    def rows() -> Iterator[Row]:
        number = 1
        for cells in reader:
            if not cells:  # a blank line, as csv.DictReader skips it
                continue
            number += 1
            yield number, cells

    return [h.strip() for h in header], rows()


def _text(value: Any) -> str:
    """A cell's value as the CSV would hold it: dates as ISO days, whole numbers without
    a decimal point, true/false as ya/tidak."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_table(data: bytes) -> tuple[list[str], Iterator[Row]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise FileRefused("the XLSX file is damaged or not an XLSX file") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise FileRefused("the XLSX file unpacks to too much data")
    from openpyxl import load_workbook

    try:
        # read_only streams the sheet; data_only takes each cell's value as last saved and
        # never a formula (openpyxl evaluates nothing: a formula without a saved value is
        # an empty cell, which the row's checks then refuse).
        with warnings.catch_warnings():  # "no default style": a plain, valid workbook
            warnings.simplefilter("ignore", UserWarning)
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        found = sheet.iter_rows(values_only=True)
        header_cells = next(found, ())
    except Exception as exc:  # openpyxl raises many kinds for a malformed file
        raise FileRefused(f"the XLSX file cannot be read ({type(exc).__name__})") from None
    header = [_text(v).strip() for v in header_cells[:MAX_COLUMNS]]
    while header and not header[-1]:
        header.pop()

    def rows() -> Iterator[Row]:
        try:
            for number, values in enumerate(found, start=2):
                cells = [_text(v) for v in values[: MAX_COLUMNS + 1]]
                while len(cells) > len(header) and not cells[-1]:
                    cells.pop()  # trailing empty cells a spreadsheet keeps are no fields
                cells += [""] * (len(header) - len(cells))  # an empty cell is an empty field
                if any(cells):
                    yield number, cells
        except Exception as exc:
            raise FileRefused(f"the XLSX file cannot be read ({type(exc).__name__})") from None
        finally:
            book.close()

    return header, rows()

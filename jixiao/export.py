"""The archive as tidy tables for spreadsheets and dataframes: indicators, projects, documents.

- ``indicators``: one row per indicator with its project's and document's columns
  (``load.read_indicators``), so a single sheet answers most questions;
- ``projects``: one row per project with its document's columns;
- ``documents``: one row per draft.

Formats: ``csv`` and ``parquet`` write a directory OUT holding ``<table>.csv`` /
``<table>.parquet``; ``xlsx`` writes one workbook OUT with a sheet per table. CSV is
UTF-8 with a byte-order mark, so Excel shows the Chinese text correctly.

Draft text is data, never a formula. In xlsx every text cell is written with the
string type, so ``=100%`` stays the printed value and ``=HYPERLINK(…)`` stays text;
control characters Excel cannot hold are shown as ``\\x1b`` escapes. CSV has no cell
types, so a text cell starting with ``= + - @`` (or a tab or carriage return) gets a
leading ``'`` (OWASP's guard against formula injection): on by default, because the
CSV is made for spreadsheets; ``formula_guard=False`` writes the text as it is.
Every file is written to a temporary name beside it and renamed into place when
complete, so a failed export never leaves a partial file.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import re
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from jixiao.outputs import write_atomically

FORMATS = ("csv", "parquet", "xlsx")
TABLES = ("indicators", "projects", "documents")
EXCEL_MAX_ROWS = 1_048_575  # one row is the header
EXCEL_MAX_CELL = 32_767  # characters in one cell; Excel calls a longer one a damaged file
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What openpyxl refuses (XML 1.0 cannot hold them): C0 controls except tab, newline, carriage return.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def read_tables(db_url: str | None) -> dict[str, pd.DataFrame]:
    from jixiao.load.read import read_documents, read_indicators, read_projects

    return {
        "indicators": read_indicators(db_url),
        "projects": read_projects(db_url),
        "documents": read_documents(db_url),
    }


def export(db_url: str | None, fmt: str, out: str | Path, *, formula_guard: bool = True,
           all_files: bool = False) -> list[Path]:
    """Write the three tables to ``out`` in ``fmt``; returns the files written.

    A draft loaded from several files is exported once unless ``all_files``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    out = Path(out)
    tables = read_tables(db_url)
    if not all_files:
        tables = one_file_per_draft(tables)
    if fmt == "xlsx":
        return [write_xlsx(tables, out)]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            write_csv(frame, path, formula_guard=formula_guard)
        else:
            write_atomically(path, lambda tmp, frame=frame: frame.to_parquet(tmp, index=False, engine="pyarrow"))
        written.append(path)
    return written


def one_file_per_draft(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Leave out documents that are other renderings of a draft (``same_as``) and their rows."""
    documents = tables["documents"]
    if "same_as" not in documents.columns:
        return tables
    known = set(documents["id"])
    keep = set(documents.loc[documents["same_as"].isna() | ~documents["same_as"].isin(known), "id"])
    out = {"documents": documents[documents["id"].isin(keep)].reset_index(drop=True)}
    for name in ("indicators", "projects"):
        out[name] = tables[name][tables[name]["document_id"].isin(keep)].reset_index(drop=True)
    return out


# --- CSV -----------------------------------------------------------------------------


def guard_formula(value: Any) -> Any:
    """``'=1+1`` for ``=1+1``: a spreadsheet shows the text instead of computing it."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(frame: pd.DataFrame, path: Path, *, formula_guard: bool = True) -> Path:
    if formula_guard:
        frame = frame.copy()
        for column in frame.columns:
            if pd.api.types.is_object_dtype(frame[column]) or pd.api.types.is_string_dtype(frame[column]):
                frame[column] = frame[column].map(guard_formula)
    return write_atomically(path, lambda tmp: frame.to_csv(tmp, index=False, encoding="utf-8-sig"))


# --- Excel ---------------------------------------------------------------------------


def write_xlsx(tables: dict[str, pd.DataFrame], out: Path) -> Path:
    too_long = [f"{name} ({len(f)} rows)" for name, f in tables.items() if len(f) > EXCEL_MAX_ROWS]
    if too_long:
        raise ValueError(f"too many rows for one Excel sheet: {', '.join(too_long)}; export csv or parquet")
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    # Write-only: rows stream to disk instead of building the whole workbook in memory.
    book = Workbook(write_only=True)
    try:
        for name, frame in tables.items():
            sheet = book.create_sheet(name)
            sheet.append([excel_text(str(c)) for c in frame.columns])
            cells = [_cell_writer(sheet, WriteOnlyCell, frame[c]) for c in frame.columns]
            for row in zip(*(frame[c].tolist() for c in frame.columns)):
                sheet.append([make(value) for make, value in zip(cells, row)])
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(out, book.save)
    except BaseException:
        for sheet in book.worksheets:  # each streams into a temporary file of its own: close them
            with contextlib.suppress(Exception):
                sheet.close()
        raise
    return out


def excel_text(value: str) -> str:
    """Text Excel can hold: illegal control characters escaped, at most 32,767 characters."""
    value = _ILLEGAL_XML.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), value)
    if len(value) > EXCEL_MAX_CELL:
        marker = f"…[{len(value):,} characters, cut for Excel]"
        value = value[:EXCEL_MAX_CELL - len(marker)] + marker
    return value


def _cell_writer(sheet, cell_class, column: pd.Series) -> Callable[[Any], Any]:
    timestamps = isinstance(column.dtype, pd.DatetimeTZDtype)

    def make(value: Any) -> Any:
        if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
            return None
        if isinstance(value, str):
            cell = cell_class(sheet, value=None)
            cell.value = excel_text(value)
            cell.data_type = "s"  # text, even when it starts with '=': never a formula
            return cell
        if timestamps or isinstance(value, (pd.Timestamp, dt.datetime)):
            stamp = pd.Timestamp(value)
            if stamp.tzinfo is not None:  # Excel has no time zones: naive UTC
                stamp = stamp.tz_convert("UTC").tz_localize(None)
            return stamp.to_pydatetime()
        if isinstance(value, (dict, list, tuple)):
            return make(json.dumps(value, ensure_ascii=False))
        if hasattr(value, "item"):  # numpy scalars
            value = value.item()
        if isinstance(value, float) and math.isinf(value):
            return make(str(value))
        if isinstance(value, (int, float, bool)) or type(value).__name__ == "Decimal":
            return value
        return make(str(value))

    return make

"""The archive as tidy tables for spreadsheets and dataframes: indicators, projects, documents.

- ``indicators``: one row per indicator with its project's and document's columns
  (``load.read_indicators``), so a single sheet answers most questions;
- ``projects``: one row per project with its document's columns;
- ``documents``: one row per draft.

Formats: ``csv`` and ``parquet`` write a directory OUT holding ``<table>.csv`` /
``<table>.parquet``; ``xlsx`` writes one workbook OUT with a sheet per table. CSV is
UTF-8 with a byte-order mark, so Excel shows the Chinese text correctly.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

FORMATS = ("csv", "parquet", "xlsx")
TABLES = ("indicators", "projects", "documents")
EXCEL_MAX_ROWS = 1_048_575  # one row is the header


def read_tables(db_url: str | None) -> dict[str, pd.DataFrame]:
    from load.read import read_documents, read_indicators, read_projects

    return {
        "indicators": read_indicators(db_url),
        "projects": read_projects(db_url),
        "documents": read_documents(db_url),
    }


def export(db_url: str | None, fmt: str, out: str | Path, *, all_files: bool = False) -> list[Path]:
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
        return [_write_xlsx(tables, out)]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            frame.to_csv(path, index=False, encoding="utf-8-sig")
        else:
            frame.to_parquet(path, index=False, engine="pyarrow")
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


def _write_xlsx(tables: dict[str, pd.DataFrame], out: Path) -> Path:
    too_long = [f"{name} ({len(f)} rows)" for name, f in tables.items() if len(f) > EXCEL_MAX_ROWS]
    if too_long:
        raise ValueError(f"too many rows for one Excel sheet: {', '.join(too_long)}; export csv or parquet")
    out.parent.mkdir(parents=True, exist_ok=True)
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        for name, frame in tables.items():
            _excel_ready(frame).to_excel(writer, sheet_name=name, index=False)
    return out


def _excel_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Excel has no time zones: timestamps go in as naive UTC."""
    frame = frame.copy()
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.DatetimeTZDtype):
            frame[column] = frame[column].dt.tz_convert("UTC").dt.tz_localize(None)
    return frame

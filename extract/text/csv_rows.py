"""A sheet exported as CSV: comma-separated fields, quoted where they hold a comma,
a quote or a line break (Excel's "CSV", often in GBK); and the tab-separated text Excel
saves as "Unicode text" (UTF-16), quoted the same way.

It is the tab-separated rendering with another separator: every record of a sheet
export has the same number of fields (empty cells stay as empty fields), which
running text with an ASCII comma here and there does not.  The records are handed to
the tab reader as its rows; a line break inside a quoted field (a goal list typed
with Alt+Enter) becomes a ``<br>``, which the tab reader keeps as the cell's parts.
"""
from __future__ import annotations

import csv
import io
from collections import Counter

MIN_FIELDS = 3
SHARE = 0.8  # records that must have the export's field count


def _records(text: str, delimiter: str = ",") -> list[list[str]] | None:
    try:
        return list(csv.reader(io.StringIO(text), delimiter=delimiter, strict=True))
    except csv.Error:
        return None


def looks_like(text: str) -> bool:
    if "," not in text or "\t" in text:
        return False
    return _one_width(_records(text))


def _one_width(records: list[list[str]] | None) -> bool:
    records = [r for r in (records or []) if any(f.strip() for f in r)]
    if len(records) < 5:
        return False
    width, count = Counter(len(r) for r in records).most_common(1)[0]
    return width >= MIN_FIELDS and count >= SHARE * len(records)


def quoted_tab_separated(text: str) -> bool:
    """Excel's "Unicode text" (and "text, tab-separated"): tabs between the cells, and a cell
    that holds a line break (a bilingual label, a goal list) quoted across the lines, which
    the tab reader would take for rows of their own."""
    # Only a field that begins with a quote is quoted: without one, no csv parse of the whole text.
    if "\t" not in text or not ('\t"' in text or '\n"' in text or text.startswith('"')):
        return False
    records = _records(text, "\t")
    return _one_width(records) and any("\n" in f for r in records or () for f in r)


def to_tab_separated(text: str, delimiter: str = ",") -> str:
    out = []
    for record in _records(text, delimiter) or []:
        out.append("\t".join(f.replace("\r\n", "\n").replace("\n", "<br>").replace("\t", " ") for f in record)
                   if any(f.strip() for f in record) else "")
    return "\n".join(out) + "\n"

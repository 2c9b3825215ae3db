"""A sheet exported as CSV: comma-separated fields, quoted where they hold a comma,
a quote or a line break (Excel's "CSV", often in GBK).

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


def _records(text: str) -> list[list[str]] | None:
    try:
        return list(csv.reader(io.StringIO(text), strict=True))
    except csv.Error:
        return None


def looks_like(text: str) -> bool:
    if "," not in text or "\t" in text:
        return False
    records = [r for r in (_records(text) or []) if any(f.strip() for f in r)]
    if len(records) < 5:
        return False
    width, count = Counter(len(r) for r in records).most_common(1)[0]
    return width >= MIN_FIELDS and count >= SHARE * len(records)


def to_tab_separated(text: str) -> str:
    out = []
    for record in _records(text) or []:
        out.append("\t".join(f.replace("\r\n", "\n").replace("\n", "<br>").replace("\t", " ") for f in record)
                   if any(f.strip() for f in record) else "")
    return "\n".join(out) + "\n"

"""Word forms written with python-docx for the tests: the pieces several tests build alike."""
from __future__ import annotations

LABELS = ("一级指标", "二级指标", "三级指标", "指标值")


def indicator_table(doc, rows: list[tuple[str, str, str, str]]):
    """A bordered indicator table: the header row, then one row per (一级, 二级, 三级, 指标值)."""
    table = doc.add_table(rows=1 + len(rows), cols=len(LABELS))
    table.style = "Table Grid"
    for c, label in enumerate(LABELS):
        table.cell(0, c).text = label
    for r, row in enumerate(rows, 1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table

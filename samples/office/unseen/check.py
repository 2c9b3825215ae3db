"""Check the unseen drafts' golds: score.py self-F1 1.0, and every printed string of a gold found in its draft.

The draft's text is read here naively and independently of jixiao (python-docx paragraphs of every table,
nested ones included; openpyxl/xlrd cell values shown with the few number formats author.py uses).
usage: python samples/office/unseen/check.py
"""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = HERE.parents[2] / "tests" / "score.py"
NOT_PRINTED = {"level1_std", "level2_std", "kind", "comparator", "scope", "period", "sign", "direction"}


def shown(v, fmt: str) -> str:
    if isinstance(v, dt.datetime):
        return f"{v.year}年{v.month}月{v.day}日" if "年" in fmt else v.strftime("%Y-%m-%d")
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return {"0%": f"{v * 100:.0f}%", "0.0%": f"{v * 100:.1f}%", "#,##0.00": f"{v:,.2f}", "#,##0": f"{v:,.0f}",
                "0.00": f"{v:.2f}"}.get(fmt, f"{v:g}")
    return str(v)


def draft_text(path: Path) -> str:
    if path.suffix == ".docx":
        from docx import Document

        body = Document(str(path)).element.body
        return "\n".join("".join(t.text or "" for t in p.iter("{*}t")) for p in body.iter("{*}p"))
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        return "\n".join(shown(c.value, c.number_format) for ws in load_workbook(path).worksheets
                         for row in ws.iter_rows() for c in row if c.value is not None)
    import xlrd

    book = xlrd.open_workbook(str(path), formatting_info=True)
    out = []
    for sh in book.sheets():
        for r in range(sh.nrows):
            for c in range(sh.ncols):
                cell = sh.cell(r, c)
                if cell.ctype == xlrd.XL_CELL_NUMBER:
                    fmt = book.format_map[book.xf_list[cell.xf_index].format_key].format_str
                    out.append(shown(cell.value, fmt))
                elif cell.value not in ("", None):
                    out.append(str(cell.value))
    return "\n".join(out)


def strings(node, key=None):
    if isinstance(node, dict):
        for k, v in node.items():
            if k not in NOT_PRINTED:
                yield from strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v, key)
    elif isinstance(node, str) and node:
        yield key, node


def main() -> int:
    bad = 0
    for gp in sorted((HERE / "expected").glob("*.gold.json")):
        stem = gp.name[: -len(".gold.json")]
        gold = json.loads(gp.read_text(encoding="utf-8"))
        f1 = json.loads(subprocess.run([sys.executable, str(SCORE), str(gp), str(gp)], capture_output=True,
                                       text=True, check=True).stdout)["f1"]
        draft = next((HERE / "drafts").glob(stem + ".*"))
        flat = re.sub(r"\s+", "", draft_text(draft))
        missing = [(k, s) for k, s in strings(gold) if re.sub(r"\s+", "", s) not in flat]
        n = sum(len(p["indicators"]) for p in gold["projects"])
        print(f"{draft.name}: projects={len(gold['projects'])} indicators={n} self-F1={f1} not-in-draft={missing}")
        bad += f1 != 1.0 or bool(missing)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

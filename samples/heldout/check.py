"""Check the held-out golds: valid JSON, score.py self-F1 1.0, and every printed string of a gold appears in its draft.

usage: python3 samples/heldout/check.py [FOLDER]   (default samples/heldout; the .docx/.xlsx drafts need python-docx/openpyxl)
Strings that are not printed text (standard level names, kind, comparator, scope, period, the sign/direction
words the draft prints inside longer words) are not looked for.
"""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent
SCORE = HERE.parents[1] / "tests" / "score.py"
NOT_PRINTED = {"level1_std", "level2_std", "kind", "comparator", "scope", "period"}


def draft_text(path: Path) -> str:
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join(parts)
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook
        out = []
        for ws in load_workbook(path).worksheets:
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None:
                        continue
                    if isinstance(v, (int, float)):
                        fmt = c.number_format
                        v = (f"{v * 100:.0f}%" if fmt == "0%" else f"{v:,.2f}" if fmt == "#,##0.00"
                             else f"{v:,.0f}" if fmt == "#,##0" else f"{v:g}")
                    out.append(str(v))
        return "\n".join(out)
    text = path.read_text(encoding="utf-8")
    return html.unescape(text) if path.suffix in (".md", ".html") else text


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
        text = draft_text(draft)
        flat = re.sub(r"\s+", "", text)
        missing = [(k, s) for k, s in strings(gold) if s not in text and re.sub(r"\s+", "", s) not in flat]
        n = sum(len(p["indicators"]) for p in gold["projects"])
        print(f"{draft.name}: projects={len(gold['projects'])} indicators={n} self-F1={f1} not-in-draft={missing}")
        bad += f1 != 1.0 or bool(missing)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

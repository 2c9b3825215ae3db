#!/usr/bin/env python3
"""PDF reader speed and table accuracy, against a bare pdfplumber script.

Speed: whole process against whole process (imports included), each run in a
fresh subprocess, median of --runs.  The baseline opens the PDF and runs
``extract_tables()`` and ``extract_text()`` on every page; ours is the whole
``extract_file`` (reader + interpreter + checks).  Budget: ratio <= 1.5.

Accuracy: the indicator cells (一级, 二级, 三级, 描述, 指标值, 依据) of the record
that match the gold, per table backend.

usage: python benchmarks/bench_pdf.py [--runs 5] [--camelot] [--write benchmarks/RESULTS_pdf.md]
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DRAFTS = ROOT / "samples" / "drafts"
SEEDS = [DRAFTS / "seed.lo.pdf", DRAFTS / "seed.rl.pdf"]
GOLD = ROOT / "samples" / "expected" / "seed.gold.json"
CELLS = ["level1", "level2", "level3", "description", "value_raw", "basis"]

BARE = """
import sys, pdfplumber
for path in sys.argv[2:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.extract_text()
"""
OURS = """
import sys
from jixiao.extract import extract_file
for path in sys.argv[2:]:
    extract_file(path, tables=sys.argv[1])
"""


def run(code: str, paths: list[Path], tables: str = "pdfplumber") -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, tables, *map(str, paths)], check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - t


def median_time(code: str, paths: list[Path], runs: int, tables: str = "pdfplumber") -> float:
    run(code, paths, tables)  # warm the OS file cache
    return statistics.median(run(code, paths, tables) for _ in range(runs))


def paired_times(paths: list[Path], runs: int) -> tuple[float, float]:
    """Bare and ours alternately, so that load from other processes hits both alike."""
    run(BARE, paths), run(OURS, paths)  # warm the OS file cache
    bare, ours = [], []
    for _ in range(runs):
        bare.append(run(BARE, paths))
        ours.append(run(OURS, paths))
    return statistics.median(bare), statistics.median(ours)


def pages(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def norm(x) -> str:
    return re.sub(r"\s+", "", str(x or ""))


def accuracy(path: Path, tables: str) -> tuple[int, int]:
    sys.path.insert(0, str(ROOT))
    from jixiao.extract import extract_file

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    try:
        rec = extract_file(str(path), tables=tables).to_dict()  # the typed record as JSON data
    except Exception:  # a backend that loses the tables entirely scores 0
        rec = {"projects": []}
    got = {p["seq"]: p for p in rec.get("projects", [])}
    hit = total = 0
    for gp in gold["projects"]:
        pi = got.get(gp["seq"], {}).get("indicators", [])
        for j, gi in enumerate(gp["indicators"]):
            pr = pi[j] if j < len(pi) else {}
            for f in CELLS:
                total += 1
                hit += norm(gi.get(f)) == norm(pr.get(f))
    return hit, total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--camelot", action="store_true", help="also time the camelot backend (slow)")
    ap.add_argument("--write", help="write a Markdown table of the results here")
    args = ap.parse_args()

    out = ["| PDF | pages | bare pdfplumber | ours (pdfplumber) | ratio | pages/s (ours) | camelot | indicator cells pdfplumber | indicator cells camelot |",
           "|---|---|---|---|---|---|---|---|---|"]
    ratios = []
    for path in SEEDS + [p for p in sorted(DRAFTS.glob("*.pdf")) if p not in SEEDS]:
        n = pages(path)
        bare, ours = paired_times([path], args.runs)
        ratios.append(ours / bare)
        cam = median_time(OURS, [path], max(1, args.runs // 2), "camelot") if args.camelot else None
        acc = {}
        if path in SEEDS:
            for backend in ("pdfplumber", "camelot") if args.camelot else ("pdfplumber",):
                h, t = accuracy(path, backend)
                acc[backend] = f"{h}/{t} ({100 * h / t:.1f}%)"
        row = (f"| {path.name} | {n} | {bare * 1000:.0f} ms ({bare * 1000 / n:.0f} ms/page) "
               f"| {ours * 1000:.0f} ms ({ours * 1000 / n:.0f} ms/page) | {ours / bare:.2f} | {n / ours:.1f} "
               f"| {'%.0f ms (%.0f ms/page)' % (cam * 1000, cam * 1000 / n) if cam else '-'} "
               f"| {acc.get('pdfplumber', '-')} | {acc.get('camelot', '-')} |")
        out.append(row)
        print(row, flush=True)
    summary = f"\nmedian ratio ours/bare: {statistics.median(ratios):.2f} (max {max(ratios):.2f}; budget 1.5)"
    print(summary)
    if args.write:
        Path(args.write).write_text(
            "# PDF reader benchmark\n\n`python benchmarks/bench_pdf.py --runs 5 --camelot --write benchmarks/RESULTS_pdf.md`\n\n"
            "Times are whole processes (Python start and imports included), median of the runs; "
            "'bare' opens the PDF and runs `extract_tables()` + `extract_text()` on every page; "
            "'ours' is the whole `extract_file` (reader, interpreter, checks). Indicator cells: "
            "一级/二级/三级/描述/指标值/依据 of every gold indicator, whitespace ignored.\n\n"
            + "\n".join(out) + "\n" + summary + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()

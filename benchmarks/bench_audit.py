"""The audit at archive scale: peers loaded once, then drafts audited one after another.

    python benchmarks/bench_audit.py [--indicators 40000] [--db URL] [--keep]

1. build: varied copies of the sample drafts' records (bench_search.build: department,
   year, indicator names and values changed), written through ``load.write_record``.
2. one FILE against the archive: ``run_audit([seed.txt], db_url=...)`` (peer groups,
   shared texts, last year), whole call, median of repeats.
3. every draft of the archive: ``run_audit(db_url=...)``: drafts per second, and the
   HTML report's rendering time.

Default database: a fresh SQLite file in a temp directory; ``--db`` takes any URL.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from benchmarks.bench_search import build
    from jixiao.audit import run_audit
    from jixiao.audit.report_html import to_html

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=40_000)
    parser.add_argument("--db", help="an empty database to fill (default: a temp SQLite file)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the temp directory and print it")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="jixiao-bench-audit-"))
    url = args.db or f"sqlite:///{tmp / 'bench.db'}"
    drafts, indicators, seconds = build(url, args.indicators)
    print(f"build: {drafts} drafts, {indicators} indicators in {seconds:.1f}s")
    print(f"load average before auditing: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    seed = str(ROOT / "samples" / "drafts" / "seed.txt")
    run_audit([seed], db_url=url)  # jieba's dictionary and the imports, once
    times = []
    for _ in range(args.repeats):
        started = time.perf_counter()
        report = run_audit([seed], db_url=url)
        times.append(time.perf_counter() - started)
    findings = len(report.drafts[0].findings)
    print(f"one file against {drafts} drafts: median {statistics.median(times):.2f}s ({findings} findings)")

    started = time.perf_counter()
    report = run_audit(db_url=url)
    elapsed = time.perf_counter() - started
    print(f"every draft: {len(report.drafts)} drafts in {elapsed:.1f}s ({len(report.drafts) / elapsed:.1f} drafts/s)")
    started = time.perf_counter()
    page = to_html(report)
    print(f"HTML report: {len(page) / 1e6:.1f} MB in {time.perf_counter() - started:.1f}s")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.keep:
        print(f"kept: {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

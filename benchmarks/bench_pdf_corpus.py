"""Issue 9's done-when on PDFs only: 1,000 generated PDF drafts into SQLite, 1 vs 2 workers.

``run_all.py`` measures the mixed corpus (a quarter PDFs); this runs the same
measurement (``run_all.ingest_once``: wall time, tree CPU, peak RSS/PSS of the
whole process tree) on a corpus that is all PDF, and prints a Markdown section.

usage: python benchmarks/bench_pdf_corpus.py [--count 1000] [--repeat 1]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus, run_all  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    folder = corpus.build(args.count, pdf_share=1.0)
    res = run_all.bench_ingest(folder, args.repeat)
    print(f"\n## d2. {args.count} PDF-only drafts ingested end to end (SQLite)\n")
    print("| workers | wall | drafts/s | ok / failed | peak RSS tree | peak PSS tree | load |")
    print("|---|---|---|---|---|---|---|")
    for workers, runs in res["runs"].items():
        for r in runs:
            print(f"| {workers} | {r['seconds']:.1f} s | {r['ok'] / r['seconds']:.1f} | {r['ok']} / {r['failed']} | "
                  f"{r['peak_rss_mb']:.0f} MB | {r['peak_pss_mb']:.0f} MB | {r['load']} |")
    print(f"\nSpeed-up 2 workers over 1 (fastest run of each): **{res['speedup']:.2f}** (target ≥ 1.7); "
          f"peak RSS {res['peak_rss_mb']:.0f} MB, PSS {res['peak_pss_mb']:.0f} MB (target < 500 MB).")
    return 0


if __name__ == "__main__":
    sys.exit(main())

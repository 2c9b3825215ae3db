#!/usr/bin/env python3
"""Two `jixiao ingest` runs on one folder at once: each file extracted once, and how long.

    python benchmarks/bench_concurrent.py [--count 200] [--pdf-share 0.25] [--workers 2] [--db-dir DIR]

1. one run alone on the generated corpus (benchmarks/corpus.py) into a fresh SQLite archive;
2. two runs started together on the same folder into another fresh archive.
Every extraction is counted (the real extractor, wrapped to note each call). Issue 15's
target: each file extracted once, and the pair done within the time of one run plus 20%.
"""
from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOG = "JIXIAO_BENCH_EXTRACTION_LOG"


def counting_extract(path: str) -> dict:
    """extract.extract_file, noting each call (runs in the worker processes)."""
    from jixiao.extract import extract_file

    with open(os.environ[LOG], "a", encoding="utf-8") as log:
        log.write(os.path.basename(path) + "\n")
    return extract_file(path)


def _runs(n: int, drafts: Path, db: Path, workers: int, log: Path) -> tuple[float, list[int]]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "benchmarks")]), **{LOG: str(log)})
    env.pop("JIXIAO_DB", None)
    command = [sys.executable, "-m", "jixiao.cli", "ingest", str(drafts), "--db", f"sqlite:///{db}",
               "--workers", str(workers), "--extractor", "bench_concurrent:counting_extract"]
    subprocess.run([sys.executable, "-m", "jixiao.cli", "db", "upgrade", "--db", f"sqlite:///{db}"],
                   env=env, check=True, capture_output=True)
    started = time.monotonic()
    processes = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
                 for _ in range(n)]
    codes = [p.wait() for p in processes]
    return time.monotonic() - started, codes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--pdf-share", type=float, default=0.25)
    parser.add_argument("--workers", type=int, default=2, help="workers per run")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import corpus

    drafts = corpus.build(args.count, args.pdf_share) / "drafts"
    files = sum(1 for p in drafts.rglob("*") if p.is_file())
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        alone, alone_codes = _runs(1, drafts, work / "alone.db", args.workers, work / "alone.log")
        pair, pair_codes = _runs(2, drafts, work / "pair.db", args.workers, work / "pair.log")
        extracted = collections.Counter((work / "pair.log").read_text(encoding="utf-8").split())
        import sqlite3

        documents = sqlite3.connect(work / "pair.db").execute("SELECT count(*) FROM documents").fetchone()[0]
    twice = sum(1 for n in extracted.values() if n > 1)
    print(f"corpus: {files} drafts ({args.pdf_share:.0%} PDF), {args.workers} workers per run, {os.cpu_count()} CPUs")
    print(f"one run alone:        {alone:6.1f} s  (exit {alone_codes})")
    print(f"two runs together:    {pair:6.1f} s  (exit {pair_codes}), {pair / alone:.2f} x the single run")
    print(f"extractions:          {sum(extracted.values())} for {len(extracted)} files, {twice} extracted twice; "
          f"{documents} documents loaded")
    return 0 if twice == 0 and documents == files else 1


if __name__ == "__main__":
    sys.exit(main())

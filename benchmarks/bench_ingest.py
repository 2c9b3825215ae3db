"""How fast does the archive fill up?

    python benchmarks/bench_ingest.py [--drafts 200] [--workers 2] [--pg-url URL]

1. drafts/s: seed-size text drafts (copies of the seed with another department line)
   through `jixiao.ingest.ingest` into a fresh SQLite file, extraction included.
   Target: >= 20 drafts/s with 2 workers.
2. rows/s: `load.write_record` alone (the gold record, one transaction per draft) into
   SQLite and PostgreSQL ($JIXIAO_BENCH_PG_URL, --pg-url, or a private throwaway cluster).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_ingest_support import gold_extract, gold_record, seed_variants  # noqa: E402


def real_extractor():
    """The batch's own extractor (test_ingest_support no longer provides this helper)."""
    try:
        from jixiao.ingest import default_extractor
    except ImportError:
        return None
    return default_extractor


def bench_drafts_per_second(count: int, workers: int, workdir: Path) -> None:
    from jixiao.ingest import ingest

    seed_variants(workdir / "drafts", count)
    url = f"sqlite:///{workdir / 'bench.db'}"
    extractor = real_extractor()
    label = "jixiao.extract.extract_file" if extractor else "gold stand-in (extractor not ready)"
    started = time.perf_counter()
    summary = ingest([workdir / "drafts"], url, workers=workers, extractor=extractor or gold_extract)
    elapsed = time.perf_counter() - started
    assert summary.ok == count, summary.failures[:3]
    rate = count / elapsed
    verdict = "meets" if rate >= 20 else "MISSES"
    print(f"ingest, {label}, SQLite, {workers} workers: {count} drafts in {elapsed:.2f}s = "
          f"{rate:.1f} drafts/s ({verdict} the 20/s target; includes pool start-up and schema creation)")


def rows_per_record(record: dict) -> int:
    projects = record.get("projects") or []
    return (1 + len(record.get("toc") or []) + len(record.get("overall_goals") or [])
            + len(record.get("sub_goals") or []) + len(record.get("safeguards") or [])
            + len(record.get("issues") or []) + len(projects)
            + sum(len(p.get("indicators") or []) + len(p.get("goals") or []) + len(p.get("spending_plan") or [])
                  for p in projects))


def bench_rows_per_second(url: str, label: str, count: int) -> None:
    from jixiao import load
    from jixiao.load.url import make_engine

    load.upgrade(url)
    engine = make_engine(url)
    record = gold_record()
    started = time.perf_counter()
    for n in range(count):
        with engine.begin() as conn:
            load.write_record(conn, record, path=f"/bench/{n}.txt", sha256=f"{n:064x}")
    elapsed = time.perf_counter() - started
    engine.dispose()
    rows = rows_per_record(record) * count
    print(f"write_record into {label}: {count} drafts, {rows} rows in {elapsed:.2f}s = "
          f"{rows / elapsed:,.0f} rows/s ({count / elapsed:.0f} drafts/s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--writes", type=int, default=100, help="drafts written in the rows/s runs")
    parser.add_argument("--pg-url", default=os.environ.get("JIXIAO_BENCH_PG_URL"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        workdir = Path(tmp)
        bench_drafts_per_second(args.drafts, args.workers, workdir)
        bench_rows_per_second(f"sqlite:///{workdir / 'rows.db'}", "SQLite", args.writes)
        cluster = None
        pg_url = args.pg_url
        if not pg_url:
            import pg

            try:
                cluster = pg.start_cluster()
                pg_url = cluster.url()
                pg.wait_until_ready(pg_url)
            except pg.NoPostgres as err:
                print(f"PostgreSQL: skipped ({err})")
        try:
            if pg_url:
                note = " (private cluster, fsync off)" if cluster else ""
                bench_rows_per_second(pg_url, f"PostgreSQL{note}", args.writes)
        finally:
            if cluster:
                cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

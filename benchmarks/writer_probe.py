"""One writer measurement, run by bench_ingest.py under today's jixiao or the baseline's.

    python benchmarks/writer_probe.py URL DRAFTS BATCH
    python benchmarks/writer_probe.py ingest DIR URL WORKERS [dask]

Writes DRAFTS copies of the seed's text and PDF records (distinct identities) into the
empty archive at URL and prints one JSON line: the writer's own CPU and wall time.
With this checkout's jixiao the writer's work is ``load.write.write_batch`` of rows
built beforehand (in ingest, workers build them: their cost is reported apart as
``prepare_cpu``); with a baseline that has no ``write_batch`` it is
``load.write_record`` per draft, one transaction each: what its writer did.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def records(n: int) -> list[dict]:
    from jixiao.extract import extract_file

    base = [_plain(extract_file(str(ROOT / "samples" / "drafts" / name))) for name in ("seed.txt", "seed.rl.pdf")]
    out = []
    for i in range(n):
        record = json.loads(json.dumps(base[i % 2]))
        record["source"]["sha256"] = f"{i:064x}"
        record["source"]["path"] = f"/bench/draft_{i}.{'txt' if i % 2 == 0 else 'pdf'}"
        out.append(record)
    return out


def _plain(record) -> dict:
    """The record as JSON data: a typed record (today) or the dict an older jixiao returned."""
    try:
        from jixiao.extract.record import encode
    except ImportError:
        return json.loads(json.dumps(record))
    return json.loads(encode(record))


def main() -> int:
    url, n, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    from jixiao import load
    from jixiao.load.segment import warm_up
    from jixiao.load.url import make_engine

    load.upgrade(url)
    engine = make_engine(url)
    recs = records(n)
    warm_up()
    rows = sum(_rows(r) for r in recs)
    try:
        from jixiao.load.rows import draft_rows
        from jixiao.load.write import write_batch
    except ImportError:
        mode, prepare_cpu = "write_record, one transaction per draft", 0.0
        cpu, wall = time.process_time(), time.perf_counter()
        for r in recs:
            with engine.begin() as conn:
                load.write_record(conn, r, path=r["source"]["path"], sha256=r["source"]["sha256"])
    else:
        mode = f"write_batch of {batch} drafts' prepared rows"
        cpu = time.process_time()
        prepared = [draft_rows(r, path=r["source"]["path"], sha256=r["source"]["sha256"],
                               dialect=engine.dialect.name) for r in recs]
        prepare_cpu = time.process_time() - cpu
        cpu, wall = time.process_time(), time.perf_counter()
        for start in range(0, n, batch):
            write_batch(engine, prepared[start:start + batch])
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    engine.dispose()
    print(json.dumps({"mode": mode, "drafts": n, "rows": rows, "cpu": cpu, "wall": wall,
                      "prepare_cpu": prepare_cpu}))
    return 0


def _rows(record: dict) -> int:
    projects = record.get("projects") or []
    return (1 + len(record.get("toc") or []) + len(record.get("overall_goals") or [])
            + len(record.get("sub_goals") or []) + len(record.get("safeguards") or [])
            + len(record.get("issues") or []) + len(projects)
            + sum(len(p.get("indicators") or []) + len(p.get("goals") or []) + len(p.get("spending_plan") or [])
                  for p in projects))




def ingest_main(argv: list[str]) -> int:
    """``ingest DIR URL WORKERS [dask]``: one ingest in this process; its own CPU is the writer's."""
    folder, url, workers = argv[0], argv[1], int(argv[2])
    from jixiao.ingest import ingest

    # What importing jixiao.ingest brought along before it imported the archive's side
    # inside ingest(): untimed for every version alike, so the figures compare the batch.
    import jixiao.ingest.writer  # noqa: F401
    import jixiao.load.schema  # noqa: F401

    client = cluster = None
    if len(argv) > 3 and argv[3] == "dask":
        from distributed import Client, LocalCluster

        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    cpu, wall = time.process_time(), time.perf_counter()
    if client is not None:
        summary = ingest([folder], url, executor="dask", scheduler=client)
    else:
        summary = ingest([folder], url, workers=workers)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    if client is not None:
        client.close()
        cluster.close()
    print(json.dumps({"ok": summary.ok, "failed": summary.failed, "cpu": cpu, "wall": wall}))
    return 0




if __name__ == "__main__":
    sys.exit(ingest_main(sys.argv[2:]) if sys.argv[1] == "ingest" else main())

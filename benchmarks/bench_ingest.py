"""How fast does the archive fill up? This checkout's writer against a baseline's, in one run.

    python benchmarks/bench_ingest.py [--rounds 2] [--baseline-python PY] [--markdown OUT.md]

The baseline is another installation of jixiao (default: the main checkout's venv,
/work/main/.venv/bin/python, if there is one): every measurement runs under both, the
two alternating round by round, so a machine shared with other jobs disturbs both
alike. Measured:

1. the writer: drafts/s and rows/s into SQLite and PostgreSQL with the search index,
   the writer's own CPU (benchmarks/writer_probe.py: today's batches of prepared rows,
   against the baseline's ``write_record`` per draft, which segmented words itself);
2. ``jixiao load`` of 1,000 seed-size records (JSON lines), whole process, both backends;
3. ``jixiao ingest`` with 1 and 2 local workers on 300 text drafts and on a mixed
   batch (text and PDF), SQLite: wall time, speed-up, and the writer process's CPU;
4. ``jixiao ingest`` with 2 workers into PostgreSQL (300 text drafts): the writer's CPU
   per draft, and the cap it sets on any number of workers;
5. a 4-worker Dask LocalCluster against the local pool (this checkout only).

PostgreSQL is a private throwaway cluster (tests/pg.py: fsync off) unless --pg-url.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
PROBE = str(ROOT / "benchmarks" / "writer_probe.py")
HERE = sys.executable

from test_ingest_support import SEED_PDF, gold_record, seed_variants  # noqa: E402,F401


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def loadavg() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def run_json(cmd: list[str], env=None) -> dict:
    # Not from the checkout: a baseline's worker processes would import this checkout's jixiao.
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=tempfile.gettempdir(), env=env)
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def fresh_url(backend: str, workdir: Path, name: str, pg) -> str:
    if backend == "sqlite":
        return f"sqlite:///{workdir / (name + '.db')}"
    return pg.fresh(name)


class PG:
    def __init__(self, url: str | None):
        self.cluster = None
        self.url = url
        self.counter = 0
        if not url:
            import pg

            self.cluster = pg.start_cluster()
            self.url = self.cluster.url()
            pg.wait_until_ready(self.url)

    def fresh(self, name: str) -> str:
        import psycopg
        from sqlalchemy.engine import make_url

        self.counter += 1
        database = f"bench_{name}_{self.counter}"
        admin = make_url(self.url).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}"')
            conn.execute(f'CREATE DATABASE "{database}"')
        return make_url(self.url).set(database=database).render_as_string(hide_password=False)

    def stop(self) -> None:
        if self.cluster:
            self.cluster.stop()


def summarize(runs: list[dict], key: str = "wall") -> dict:
    values = [r[key] for r in runs]
    return {"best": min(values), "median": statistics.median(values), "runs": values}


# --- 1. the writer -------------------------------------------------------------------


def bench_writer(pythons: dict[str, str], backends: list[str], rounds: int, drafts: int, workdir: Path, pg) -> list:
    results = []
    variants = [("baseline", pythons["baseline"], 1), ("this, batch 1", HERE, 1), ("this, batch 50", HERE, 50)]
    for backend in backends:
        runs: dict[str, list[dict]] = {}
        for r in range(rounds):
            for label, python, batch in variants:
                if python is None:
                    continue
                url = fresh_url(backend, workdir, f"w{r}{label[:4]}{batch}", pg)
                res = run_json([python, PROBE, url, str(drafts), str(batch)])
                runs.setdefault(label, []).append(res)
                log(f"writer {backend} {label}: {res}")
        results.append((backend, runs))
    return results


# --- 2. jixiao load ------------------------------------------------------------------


def make_jsonl(path: Path, n: int) -> None:
    code = ("import json,sys; sys.path.insert(0, %r); from writer_probe import records\n"
            "with open(%r, 'w', encoding='utf-8') as fh:\n"
            "    for r in records(%d): fh.write(json.dumps(r, ensure_ascii=False) + '\\n')\n"
            % (str(ROOT / "benchmarks"), str(path), n))
    subprocess.run([HERE, "-c", code], check=True, cwd=ROOT)


def bench_load(pythons, backends, rounds, jsonl: Path, n: int, workdir: Path, pg) -> list:
    results = []
    variants = [("baseline (its default workers)", pythons["baseline"], []),
                ("this, one process (--jobs 0)", HERE, ["--jobs", "0"]),
                ("this (default: a worker per CPU but one, the writer's)", HERE, [])]
    for backend in backends:
        runs: dict[str, list[dict]] = {}
        for r in range(rounds):
            for label, python, extra in variants:
                if python is None:
                    continue
                url = fresh_url(backend, workdir, f"l{r}{len(extra)}{label[:4]}", pg)
                started = time.perf_counter()
                out = subprocess.run([python, "-m", "jixiao.cli", "load", str(jsonl), "--db", url, *extra],
                                     capture_output=True, text=True, cwd=workdir)
                wall = time.perf_counter() - started
                if out.returncode != 0 or f"{n} loaded" not in out.stdout:
                    raise RuntimeError(f"jixiao load ({label}) failed: {out.stdout}{out.stderr[-2000:]}")
                runs.setdefault(label, []).append({"wall": wall})
                log(f"load {backend} {label}: {wall:.2f}s")
        results.append((backend, runs))
    return results


# --- 3. and 4. ingest ------------------------------------------------------------------


def make_batches(workdir: Path, text_drafts: int, mixed_text: int, mixed_pdf: int) -> dict[str, Path]:
    text = workdir / "text"
    seed_variants(text, text_drafts)
    batches = {f"{text_drafts} text drafts": text}
    if mixed_text + mixed_pdf == 0:  # --mixed 0,0: the text batch only
        return batches
    mixed = workdir / "mixed"
    seed_variants(mixed, mixed_text)
    data = SEED_PDF.read_bytes()
    for i in range(mixed_pdf):  # distinct bytes (a comment after %%EOF), the same PDF to read
        (mixed / f"scan_{i:03d}.pdf").write_bytes(data + f"\n% copy {i}\n".encode())
    batches[f"mixed: {mixed_text} text + {mixed_pdf} PDF drafts"] = mixed
    return batches


def bench_scaling(pythons, rounds, batches: dict[str, Path], workdir: Path) -> list:
    results = []
    for name, folder in batches.items():
        runs: dict[str, list[dict]] = {}
        for r in range(rounds):
            for label, python in (("baseline", pythons["baseline"]), ("this", HERE)):
                if python is None:
                    continue
                for workers in (1, 2):
                    url = f"sqlite:///{workdir / f's{r}{label[:4]}{workers}{len(name)}.db'}"
                    res = run_json([python, PROBE, "ingest", str(folder), url, str(workers)])
                    runs.setdefault(f"{label}, {workers} worker{'s' if workers > 1 else ''}", []).append(res)
                    log(f"ingest {name} {label} x{workers}: {res}")
        results.append((name, runs))
    return results


def bench_pg_ingest(pythons, rounds, folder: Path, pg) -> dict:
    """``jixiao ingest`` with 2 workers into PostgreSQL: there every claim and lookup is a
    round trip to the server, so the writer's CPU per draft bounds the whole batch."""
    runs: dict[str, list[dict]] = {}
    for r in range(rounds):
        for label, python in (("baseline", pythons["baseline"]), ("this", HERE)):
            if python is None:
                continue
            res = run_json([python, PROBE, "ingest", str(folder), pg.fresh(f"i{r}{label[:4]}"), "2"])
            runs.setdefault(label, []).append(res)
            log(f"ingest into PostgreSQL {label} x2: {res}")
    return runs


def bench_dask(rounds: int, folder: Path, workdir: Path) -> dict:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return {}
    runs: dict[str, list[dict]] = {}
    for r in range(rounds):
        for label, extra in (("local pool, 2 workers", ["2"]), ("local pool, 4 workers", ["4"]),
                             ("Dask LocalCluster, 4 workers", ["4", "dask"])):
            url = f"sqlite:///{workdir / f'd{r}{len(label)}{extra[-1]}.db'}"
            res = run_json([HERE, PROBE, "ingest", str(folder), url, *extra])
            runs.setdefault(label, []).append(res)
            log(f"dask comparison {label}: {res}")
    return runs


# --- report --------------------------------------------------------------------------


def two_cpu_ceiling(runs: int = 15) -> dict:
    """How much work two CPU-bound processes do side by side, against one alone: on a
    virtual machine the two CPUs may share a core or a host, and this bounds every
    speed-up below."""
    loop = [HERE, "-c", "sum(i * i for i in range(10**7))"]

    def side_by_side(n: int) -> float:
        started = time.perf_counter()
        procs = [subprocess.Popen(loop) for _ in range(n)]
        for p in procs:
            p.wait()
        return time.perf_counter() - started

    alone, pair = [], []
    for _ in range(runs):
        alone.append(side_by_side(1))
        pair.append(side_by_side(2))
    a, p = statistics.median(alone), statistics.median(pair)
    return {"runs": runs, "alone": a, "pair": p, "speedup": 2 * a / p}


def report(args, writer, loads, scaling, dask, started: str, load_before: str, load_after: str,
           ceiling: dict | None = None, pg_ingest: dict | None = None) -> str:
    lines = [f"`python benchmarks/bench_ingest.py --rounds {args.rounds}` on {started}; baseline: "
             f"`{args.baseline_python}` ({baseline_commit(args.baseline_python)}). "
             f"Load average {load_before} at the start, {load_after} at the end, on {os.cpu_count()} cores; "
             "baseline and this checkout alternate run by run, and the best of the runs is the least disturbed "
             "figure; CPU seconds are steadier than wall.", ""]
    if ceiling:
        lines += [f"**What two CPUs give here**, measured in this run ({ceiling['runs']} alternations): one "
                  f"pure-Python loop alone takes {ceiling['alone']:.3f} s (median), two copies side by side "
                  f"{ceiling['pair']:.3f} s, so two busy processes do **{ceiling['speedup']:.2f}×** the work of one: "
                  "the ceiling of any 1 → 2 worker speed-up on this machine, before the writer's share.", ""]
    lines += ["**The writer** (search index included), the writer process's own work only:", "",
              "| backend | writer | drafts/s (best wall) | rows/s | writer CPU per draft | rows built elsewhere, CPU per draft |",
              "|---|---|---|---|---|---|"]
    for backend, runs in writer:
        for label, rs in runs.items():
            best = min(rs, key=lambda r: r["wall"])
            lines.append(f"| {backend} | {label} ({best['mode']}) | {best['drafts'] / best['wall']:.0f} | "
                         f"{best['rows'] / best['wall']:,.0f} | {1000 * min(r['cpu'] for r in rs) / best['drafts']:.1f} ms | "
                         f"{1000 * min(r['prepare_cpu'] for r in rs) / best['drafts']:.1f} ms |")
    lines += ["", f"**`jixiao load`** of {args.records:,} seed-size records (the seed's text and PDF records under "
              "distinct identities), whole process: start-up, migrations, validation, search index:", "",
              "| backend | jixiao | best wall | median wall | drafts/s (best) |", "|---|---|---|---|---|"]
    for backend, runs in loads:
        for label, rs in runs.items():
            s = summarize(rs)
            lines.append(f"| {backend} | {label} | {s['best']:.2f} s | {s['median']:.2f} s | "
                         f"{args.records / s['best']:.0f} |")
    lines += ["", "**`jixiao ingest`, 1 → 2 local workers**, SQLite (writer CPU: the ingest process's own, "
              "the workers' excluded):", "",
              "| batch | jixiao | workers | best wall | drafts/s | speed-up 1 → 2 (best walls) | writer CPU per draft |",
              "|---|---|---|---|---|---|---|"]
    for name, runs in scaling:
        for impl in ("baseline", "this"):
            one, two = runs.get(f"{impl}, 1 worker"), runs.get(f"{impl}, 2 workers")
            if not one:
                continue
            for workers, rs in ((1, one), (2, two)):
                best = min(rs, key=lambda r: r["wall"])
                n = best["ok"] + best["failed"]
                speedup = f"{min(r['wall'] for r in one) / best['wall']:.2f}×" if workers == 2 else ""
                lines.append(f"| {name} | {impl} | {workers} | {best['wall']:.1f} s | {n / best['wall']:.1f} | "
                             f"{speedup} | {1000 * min(r['cpu'] for r in rs) / n:.1f} ms |")
    # Best against best can pair a lucky run with an unlucky one: each round's own ratio too.
    for name, runs in scaling:
        for impl in ("baseline", "this"):
            one, two = runs.get(f"{impl}, 1 worker"), runs.get(f"{impl}, 2 workers")
            if one and two:
                ratios = [a["wall"] / b["wall"] for a, b in zip(one, two)]
                lines.append(f"\n{name}, {impl}, 1 → 2 workers round by round: "
                             + ", ".join(f"{r:.2f}×" for r in ratios) + f" (median {statistics.median(ratios):.2f}×)")
    if pg_ingest:
        lines += ["", f"**`jixiao ingest` into PostgreSQL, 2 local workers**, {args.drafts} text drafts; the writer's "
                  "cap is what one writer process could take if extraction were free (1 / its CPU per draft):", "",
                  "| jixiao | best wall | drafts/s | writer CPU per draft | writer's cap |", "|---|---|---|---|---|"]
        for label, rs in pg_ingest.items():
            best = min(rs, key=lambda r: r["wall"])
            n = best["ok"] + best["failed"]
            cpu = min(r["cpu"] for r in rs) / n
            lines.append(f"| {label} | {best['wall']:.1f} s | {n / best['wall']:.1f} | {1000 * cpu:.1f} ms | "
                         f"{1 / cpu:.0f} drafts/s |")
    if dask:
        lines += ["", "**Dask LocalCluster (4 worker processes, 1 thread each) against the local pool**, "
                  f"same {next(iter(dict(scaling)))} (cluster start-up excluded), this checkout:", "",
                  "| executor | best wall | drafts/s | writer CPU per draft |", "|---|---|---|---|"]
        for label, rs in dask.items():
            best = min(rs, key=lambda r: r["wall"])
            n = best["ok"] + best["failed"]
            lines.append(f"| {label} | {best['wall']:.1f} s | {n / best['wall']:.1f} | "
                         f"{1000 * min(r['cpu'] for r in rs) / n:.1f} ms |")
    return "\n".join(lines) + "\n"


def baseline_commit(python: str | None) -> str:
    if not python:
        return "none"
    try:
        root = Path(python).absolute().parents[2]  # not resolved: a venv's python links elsewhere
        return "commit " + subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                                          capture_output=True, text=True, check=True).stdout.strip()
    except Exception:  # noqa: BLE001 - only a label
        return "commit unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_baseline = "/work/main/.venv/bin/python" if Path("/work/main/.venv/bin/python").exists() else None
    parser.add_argument("--baseline-python", default=default_baseline)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--writes", type=int, default=200, help="drafts per writer run")
    parser.add_argument("--records", type=int, default=1000, help="records per `jixiao load` run")
    parser.add_argument("--drafts", type=int, default=300, help="text drafts in the ingest runs")
    parser.add_argument("--mixed", default="60,12", help="text,PDF drafts of the mixed batch")
    parser.add_argument("--parts", default="writer,load,scaling,pgingest,dask")
    parser.add_argument("--pg-url", default=os.environ.get("JIXIAO_BENCH_PG_URL"))
    parser.add_argument("--markdown", help="also write the report to this file")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    pythons = {"baseline": args.baseline_python}
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    before = loadavg()
    ceiling = two_cpu_ceiling()
    log(f"two CPUs: {ceiling}")
    writer = loads = scaling = []
    dask: dict = {}
    pg_ingest: dict = {}
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        workdir = Path(tmp)
        pg = PG(args.pg_url) if parts & {"writer", "load", "pgingest"} else None
        try:
            backends = ["sqlite", "postgresql"]
            if "writer" in parts:
                writer = bench_writer(pythons, backends, args.rounds, args.writes, workdir, pg)
            if "load" in parts:
                jsonl = workdir / "records.jsonl"
                make_jsonl(jsonl, args.records)
                loads = bench_load(pythons, backends, args.rounds, jsonl, args.records, workdir, pg)
            text, pdf = (int(x) for x in args.mixed.split(","))
            batches = make_batches(workdir, args.drafts, text, pdf) if parts & {"scaling", "dask", "pgingest"} else {}
            if "pgingest" in parts:
                pg_ingest = bench_pg_ingest(pythons, args.rounds, next(iter(batches.values())), pg)
        finally:
            if pg:
                pg.stop()
        if "scaling" in parts:
            scaling = bench_scaling(pythons, args.rounds, batches, workdir)
        if "dask" in parts and batches:
            dask = bench_dask(args.rounds, next(iter(batches.values())), workdir)
        shutil.rmtree(workdir, ignore_errors=True)
    text = report(args, writer, loads, scaling, dask, started, before, loadavg(), ceiling, pg_ingest)
    print(text)
    if args.markdown:
        Path(args.markdown).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
